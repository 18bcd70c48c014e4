"""The quick exit acts within 100 ms while a plan with a very long record is being opened, and
the plan opened meanwhile is closed, never shown."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from gui_support import PASSPHRASE, flush_deletes, wait_for_screen
from PySide6.QtCore import QTimer
from test_quick_exit_during_export import ACT_WITHIN_S, _PaintTimes
from test_shell_flows import create_plan
from test_shell_quick_exit import CANARY, TRIGGERS

from saferplan.gui.start import StartScreen
from saferplan.gui.unlock import UnlockScreen
from saferplan.gui.widgets import text_of_all_widgets
from saferplan.model import LogEntry
from saferplan.storage import payload_json
from saferplan.storage.lock import is_locked

# Reading the record of this many entries took 83 ms in one call that kept Python's lock.
ENTRIES = 100_000


def test_quick_exit_acts_within_100_ms_while_a_long_record_is_read(
        qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    create_plan(qtbot, window)
    path = window.plan_path
    window.session.doc.log = [
        LogEntry(when=f"2026-11-{1 + i % 28:02d}T21:30", where="near the station",
                 what=f"{CANARY} shouted; I left safely. Entry {i}.", id=f"e{i}")
        for i in range(ENTRIES)]
    window.session.changed()
    window.lock_now()  # saved, then the unlock screen
    flush_deletes()
    screen = wait_for_screen(qtbot, window, UnlockScreen)
    reading, read = threading.Event(), threading.Event()
    read_at: list[float] = []
    real_loads = payload_json.loads

    def watched(text: Any) -> Any:  # the real read; only notes when it starts and ends
        reading.set()
        try:
            return real_loads(text)
        finally:
            read_at.append(time.perf_counter())
            read.set()

    acted: dict[str, float] = {}
    blanked = _PaintTimes()
    window.blank.installEventFilter(blanked)

    def press_while_reading() -> None:
        assert reading.wait(20)
        pressed = time.perf_counter()
        TRIGGERS["esc"](window, qtbot)
        if blanked.times:
            acted["seconds"] = blanked.times[0] - pressed
            acted["blanked"] = blanked.times[0]

    qtbot.keyClicks(screen.field, PASSPHRASE)
    monkeypatch.setattr(payload_json, "loads", watched)
    QTimer.singleShot(0, press_while_reading)
    screen._open.click()
    qtbot.waitUntil(read.is_set, timeout=20_000)
    qtbot.wait(200)  # the late result reaches the GUI thread and is closed there
    assert acted, "the quick exit did not act while the record was read"
    assert acted["blanked"] < read_at[0]  # the plan was still being read
    assert acted["seconds"] <= ACT_WITHIN_S
    assert window.session is None and window.plan_file is None
    assert isinstance(window.current_screen(), StartScreen)
    assert not is_locked(path)
    flush_deletes()
    assert not [t for t in text_of_all_widgets() if CANARY in t]
