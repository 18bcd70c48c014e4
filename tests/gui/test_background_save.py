"""Autosaves are written in a worker thread: a slow save never holds up the window, the quick
exit acts at once while one runs, and the lock's own save comes after it, never before."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from gui_support import PASSPHRASE, flush_deletes
from PySide6.QtCore import QTimer
from test_quick_exit_during_export import ACT_WITHIN_S, _PaintTimes
from test_shell_quick_exit import CANARY, TRIGGERS, _open_plan_with_canary

from saferplan.gui.start import StartScreen
from saferplan.gui.widgets import text_of_all_widgets
from saferplan.storage import PlanFile, read_plan

SLOW_WRITE_S = 1.0


@pytest.fixture
def slow_writes(monkeypatch: pytest.MonkeyPatch) -> dict[str, threading.Event]:
    """Every background write waits SLOW_WRITE_S before it writes, as a large plan would."""
    events = {"writing": threading.Event(), "written": threading.Event()}
    real = PlanFile.write_prepared

    def slow(self: PlanFile, prepared: Any) -> bool:
        if threading.current_thread() is threading.main_thread():
            return real(self, prepared)
        events["writing"].set()
        time.sleep(SLOW_WRITE_S)
        try:
            return real(self, prepared)
        finally:
            events["written"].set()

    monkeypatch.setattr(PlanFile, "write_prepared", slow)
    return events


def test_a_slow_autosave_leaves_the_window_free(qtbot: Any, make_window: Any,
                                                slow_writes: dict[str, threading.Event]
                                                ) -> None:
    window = make_window()
    _open_plan_with_canary(qtbot, window)
    session, path = window.session, window.plan_path
    qtbot.waitUntil(lambda: not session.dirty, timeout=10000)  # the first saves are done
    for event in slow_writes.values():
        event.clear()
    session.doc.add_person("Another " + CANARY)
    session.changed()
    qtbot.waitUntil(slow_writes["writing"].is_set, timeout=5000)
    assert session.dirty  # not saved until the write says so
    ticks: list[float] = []
    started = time.perf_counter()
    for delay in (0, 50, 100, 150):
        QTimer.singleShot(delay, lambda: ticks.append(time.perf_counter() - started))
    qtbot.waitUntil(lambda: len(ticks) == 4, timeout=1000)
    assert not slow_writes["written"].is_set()  # the window went on while it was written
    assert max(b - a for a, b in zip([0.0, *ticks], ticks, strict=False)) < 0.1
    with qtbot.waitSignal(session.saved, timeout=5000):
        pass
    assert not session.dirty
    assert "Another " + CANARY in [p.name for p in read_plan(path, PASSPHRASE)[0].people]


@pytest.mark.parametrize("trigger", sorted(TRIGGERS))
def test_quick_exit_acts_within_100_ms_while_a_slow_save_runs(
        qtbot: Any, make_window: Any, slow_writes: dict[str, threading.Event],
        trigger: str) -> None:
    window = make_window()
    _open_plan_with_canary(qtbot, window)
    path = window.plan_path
    qtbot.waitUntil(slow_writes["writing"].is_set, timeout=5000)
    window.session.doc.add_person("Later " + CANARY)  # newer than the write under way
    window.session.changed()
    blanked = _PaintTimes()
    window.blank.installEventFilter(blanked)
    pressed = time.perf_counter()
    TRIGGERS[trigger](window, qtbot)
    assert window.session is None and blanked.times
    assert blanked.times[0] - pressed <= ACT_WITHIN_S
    assert isinstance(window.current_screen(), StartScreen)
    # The lock saved the plan itself; the slower, older write then wrote nothing over it.
    assert slow_writes["written"].wait(5)
    assert "Later " + CANARY in [p.name for p in read_plan(path, PASSPHRASE)[0].people]
    flush_deletes()
    assert not [t for t in text_of_all_widgets() if CANARY in t]


def test_the_open_plan_is_left_out_of_full_collections_until_it_is_locked(
        qtbot: Any, make_window: Any) -> None:
    """A full pass of the cycle collector over a 100,000-entry record holds the GUI thread
    30-50 ms at a time; the open plan's objects are frozen out of it for the session."""
    import gc

    window = make_window()
    assert gc.get_freeze_count() == 0
    _open_plan_with_canary(qtbot, window)
    doc = window.session.doc
    assert gc.get_freeze_count() > 0 and gc.is_tracked(doc)
    assert not any(o is doc for o in gc.get_objects())  # frozen: no generation scans it
    window.lock_now()
    flush_deletes()
    assert gc.get_freeze_count() == 0
