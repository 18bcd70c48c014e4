"""Before the idle lock: "Still there? Keep working", announced and answered with one key."""

from __future__ import annotations

from typing import Any

import pytest
from gui_support import wait_for_screen
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from test_shell_flows import create_plan

import saferplan.gui.announce as announce_module
from saferplan.gui.home import HomeScreen
from saferplan.gui.quick_exit import WARNING_MS, IdleWatcher
from saferplan.gui.unlock import UnlockScreen


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def record(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            said.append(event.message())  # type: ignore[attr-defined]

    monkeypatch.setattr(announce_module.QAccessible, "updateAccessibility", record)
    return said


def test_the_warning_comes_thirty_seconds_before_the_lock() -> None:
    idle = IdleWatcher()
    idle.set_timeout_ms(5 * 60_000)
    assert idle.timer.interval() - idle.warn_timer.interval() == WARNING_MS == 30_000


def test_still_there_is_announced_and_keep_working_answers_it(
        qtbot: Any, make_window: Any, heard: list[str]) -> None:
    window = make_window()
    home = create_plan(qtbot, window)
    field = QLineEdit(home)        # where the person was
    field.show()
    field.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: field.hasFocus())
    window.idle.set_timeout_ms(1200)          # the warning at 600 ms, the lock at 1200 ms
    window.idle.start()
    qtbot.waitUntil(lambda: window.idle_warning.isVisible(), timeout=3000)
    assert "Still there?" in window.idle_warning.label.text()
    assert any("Still there? Your plan will lock in 30 seconds" in m for m in heard)
    assert QApplication.focusWidget() is window.idle_warning.keep
    qtbot.keyClick(window.idle_warning.keep, Qt.Key.Key_Space)
    assert window.idle_warning.isHidden()
    assert QApplication.focusWidget() is field          # back where they were
    qtbot.wait(900)                                      # past the first lock time
    assert window.session is not None and isinstance(window.current_screen(), HomeScreen)


def test_without_an_answer_the_plan_locks_and_the_warning_goes(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    window.idle.set_timeout_ms(400)
    window.idle.start()
    qtbot.waitUntil(lambda: window.idle_warning.isVisible(), timeout=3000)
    wait_for_screen(qtbot, window, UnlockScreen, timeout=3000)
    assert window.idle_warning.isHidden()


def _restarts(idle: IdleWatcher, watched: Any, event: Any,
              monkeypatch: pytest.MonkeyPatch) -> bool:
    idle.start()
    restarted: list[bool] = []
    monkeypatch.setattr(idle, "start", lambda: restarted.append(True))
    idle.eventFilter(watched, event)
    monkeypatch.undo()
    return restarted == [True]


def test_input_at_a_window_and_input_method_text_restart_the_count(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The filter looks at windows' events (input reaches a window first) and at input
    methods' text, which goes to the field itself: typing Khmer or Chinese keeps it open."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QInputMethodEvent, QKeyEvent

    idle = IdleWatcher()
    idle.set_timeout_ms(60_000)
    field = QLineEdit()
    qtbot.addWidget(field)
    with qtbot.waitExposed(field):
        field.show()
    composed = QInputMethodEvent()
    composed.setCommitString("ក")
    assert _restarts(idle, field, composed, monkeypatch)
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    assert _restarts(idle, field.windowHandle(), key, monkeypatch)
    assert not _restarts(idle, field, QEvent(QEvent.Type.Polish), monkeypatch)
