"""A slow unlock (a file asking for a costly key derivation) can be stopped from the screen."""

from __future__ import annotations

import time
from typing import Any

import pytest
from gui_support import PASSPHRASE, flush_deletes, wait_for_screen
from test_shell_flows import create_plan

from saferplan.gui.unlock import UnlockScreen
from saferplan.storage import PlanFile
from saferplan.storage.lock import is_locked


def test_stopping_a_slow_unlock_leaves_the_plan_closed(
        qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    create_plan(qtbot, window)
    path = window.plan_path
    window.lock_now()
    flush_deletes()
    screen = wait_for_screen(qtbot, window, UnlockScreen)
    real_unlock = PlanFile.unlock
    finished: list[object] = []

    def slow_unlock(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.6)  # as a 2 GiB, 20-pass key derivation would, only shorter
        result = real_unlock(*args, **kwargs)
        finished.append(result)
        return result

    monkeypatch.setattr(PlanFile, "unlock", slow_unlock)
    qtbot.keyClicks(screen.field, PASSPHRASE)
    screen._open.click()
    assert screen.cancel is not None and screen.cancel.isVisible()
    assert not screen.form_area.isEnabled()

    class FiveSecondsIn:
        def elapsed(self) -> int:
            return 5400

    monkeypatch.setattr(screen, "_started", FiveSecondsIn())
    screen._tick()  # what the one-second timer does
    assert "5 seconds so far" in screen.working.text()
    screen.cancel.click()
    assert "so far" not in screen.working.text()
    assert screen.form_area.isEnabled() and not screen.busy.isVisible()
    assert "Stopped" in screen.message.text() and screen.message.isVisibleTo(screen)
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    qtbot.wait(100)  # the late result reaches the GUI thread and is closed there
    assert window.session is None and window.plan_file is None
    assert not is_locked(path)  # the late result was closed: its lock is released
    assert window.current_screen() is screen
