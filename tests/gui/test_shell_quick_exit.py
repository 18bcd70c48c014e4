"""Quick exit by each of its three triggers leaves no plan text anywhere and releases the plan."""

from __future__ import annotations

from typing import Any

import pytest
from gui_support import PASSPHRASE, flush_deletes, wait_for_screen
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from test_shell_flows import create_plan

from saferplan.gui import dialogs
from saferplan.gui.home import HomeScreen
from saferplan.gui.quick_exit import QuickExitWatcher
from saferplan.gui.settings import Settings
from saferplan.gui.start import StartScreen
from saferplan.gui.widgets import text_of_all_widgets
from saferplan.model import Plan

CANARY = "Zebrafinch-7Q3"


def _press_hide(window: Any, qtbot: Any) -> None:
    qtbot.mouseClick(window.hide_button, Qt.MouseButton.LeftButton)


def _press_esc_twice(window: Any, qtbot: Any) -> None:
    for _ in range(2):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)


def _press_shift_three_times(window: Any, qtbot: Any) -> None:
    for _ in range(3):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)


TRIGGERS = {"hide": _press_hide, "esc": _press_esc_twice, "shift": _press_shift_three_times}


def _open_plan_with_canary(qtbot: Any, window: Any) -> HomeScreen:
    home = create_plan(qtbot, window)
    window.session.doc.plans.append(Plan("plan1", "safety_plan", CANARY))
    window.session.doc.add_person(CANARY + " person")
    window.session.changed()
    home.refresh()
    # Plan text also sits in an edit field, as it would on a plan screen.
    field = QLineEdit(CANARY, home)
    field.show()
    assert any(CANARY in text for text in text_of_all_widgets())
    return home


@pytest.mark.parametrize("trigger", sorted(TRIGGERS))
def test_quick_exit_hides_everything(qtbot: Any, make_window: Any, trigger: str) -> None:
    window = make_window()
    _open_plan_with_canary(qtbot, window)
    path = window.plan_path
    session = window.session
    TRIGGERS[trigger](window, qtbot)
    assert window.session is None and window.plan_file is None
    assert window.windowState() & Qt.WindowState.WindowMinimized
    assert isinstance(window.current_screen(), StartScreen)
    flush_deletes()
    assert not [t for t in text_of_all_widgets() if CANARY in t]
    # The session was saved before it was dropped, and the lock is released.
    from saferplan.storage import PlanFile

    plan_file, doc = PlanFile.unlock(path, PASSPHRASE)
    plan_file.close()
    assert [p.title for p in doc.plans] == [CANARY]
    assert not session.dirty


def test_quick_exit_can_quit(qtbot: Any, make_window: Any) -> None:
    window = make_window(settings=Settings(language="en", quick_exit="quit"))
    _open_plan_with_canary(qtbot, window)
    _press_esc_twice(window, qtbot)
    assert window.session is None
    assert not window.isVisible()


def test_quick_exit_closes_open_dialogs(qtbot: Any, make_window: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    window = make_window()
    home = _open_plan_with_canary(qtbot, window)
    # Shift x3: an Esc in a dialog only closes the dialog (see the tests in test_esc_*).
    QTimer.singleShot(50, lambda: _press_shift_three_times(QApplication.activeModalWidget()
                                                           or window, qtbot))
    dialogs.confirm(home, CANARY, CANARY, "Yes", "No")   # blocks until quick exit
    assert window.session is None
    flush_deletes()
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]


def test_quick_exit_from_the_start_screen_only_minimises(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    _press_hide(window, qtbot)
    assert window.windowState() & Qt.WindowState.WindowMinimized


def test_new_window_after_quick_exit_needs_passphrase(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    _open_plan_with_canary(qtbot, window)
    _press_hide(window, qtbot)
    window.showNormal()
    start = window.current_screen()
    start._open.click()
    from saferplan.gui.unlock import UnlockScreen

    assert isinstance(wait_for_screen(qtbot, window, UnlockScreen), UnlockScreen)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_escape_must_be_pressed_within_the_window() -> None:
    clock = FakeClock()
    watcher = QuickExitWatcher(clock=clock)
    fired: list[bool] = []
    watcher.triggered.connect(lambda: fired.append(True))
    watcher.key_pressed(Qt.Key.Key_Escape)
    clock.now += 2.0
    watcher.key_pressed(Qt.Key.Key_Escape)
    assert not fired
    clock.now += 1.0
    watcher.key_pressed(Qt.Key.Key_Escape)
    assert fired == [True]


def test_shift_counts_only_alone_and_within_five_seconds() -> None:
    clock = FakeClock()
    watcher = QuickExitWatcher(clock=clock)
    fired: list[bool] = []
    watcher.triggered.connect(lambda: fired.append(True))
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_H, Qt.Key.Key_Shift, Qt.Key.Key_W, Qt.Key.Key_Shift):
        watcher.key_pressed(key)        # typing capital letters
    watcher.key_pressed(Qt.Key.Key_E)
    assert not fired
    for _ in range(2):
        watcher.key_pressed(Qt.Key.Key_Shift)
        clock.now += 3.0
    watcher.key_pressed(Qt.Key.Key_Shift)   # first press is now more than 5 s old
    assert not fired
    watcher.key_pressed(Qt.Key.Key_Shift)
    assert fired == [True]


def test_esc_that_closes_a_dialog_does_not_count(qtbot: Any, make_window: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window = make_window()
    home = _open_plan_with_canary(qtbot, window)
    QTimer.singleShot(50, lambda: QTest.keyClick(
        QApplication.activeModalWidget().windowHandle(), Qt.Key.Key_Escape))
    assert not dialogs.confirm(home, "Delete?", "Delete it?", "Yes", "No")   # Esc said No
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    assert window.session is not None          # one Esc after the dialog: not two
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    assert window.session is None


def test_esc_that_closes_a_popup_or_clears_a_search_does_not_count(
        qtbot: Any, make_window: Any) -> None:
    from PySide6.QtWidgets import QApplication, QComboBox

    from saferplan.gui.quick_exit import clear_on_escape

    window = make_window()
    home = _open_plan_with_canary(qtbot, window)
    combo = QComboBox(home)
    combo.addItems(["one", "two"])
    combo.show()
    combo.showPopup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    # Qt hands keys to the open popup, whichever window they arrive at.
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    search = clear_on_escape(QLineEdit("words", home))
    search.show()
    search.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    assert search.text() == ""                  # the Esc cleared the search…
    assert window.session is not None           # …and neither Esc counted
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    assert window.session is not None           # the field is empty now: this one counts
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    assert window.session is None


def test_shift_three_times_can_be_turned_off_esc_and_hide_remain(
        qtbot: Any, make_window: Any) -> None:
    window = make_window(settings=Settings(language="en", shift_exit=False))
    _open_plan_with_canary(qtbot, window)
    _press_shift_three_times(window, qtbot)
    assert window.session is not None
    _press_esc_twice(window, qtbot)
    assert window.session is None


def test_the_shift_setting_is_on_the_settings_screen_and_kept(qtbot: Any, make_window: Any,
                                                              app_folders: Any) -> None:
    from saferplan.gui.settings import load_settings

    window = make_window()
    window.show_settings()
    screen = window.current_screen()
    assert screen._shift_exit.isChecked()
    screen._shift_exit.setChecked(False)
    assert window.quick_exit_watcher.shift_enabled is False
    assert load_settings(app_folders.settings_dir).shift_exit is False
