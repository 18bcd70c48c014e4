"""A lock always locks: a failed save is sealed in memory (never plain text) and comes back at the
next unlock; open dialogs close; SaferPlan's data leaves the clipboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import shiboken6
from gui_support import PASSPHRASE, flush_deletes, wait_for_screen
from PySide6.QtCore import QTimer
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
)
from test_shell_flows import create_plan, unlock

from saferplan.gui import dialogs
from saferplan.gui.home import HomeScreen
from saferplan.gui.quick_exit import ClipboardGuard
from saferplan.gui.unlock import UnlockScreen
from saferplan.gui.widgets import text_of_all_widgets
from saferplan.model import Plan

CANARY = "Kestrel-4W9"


def _visible_canary() -> list[str]:
    """Plan text on screen (screens thrown away wait for deletion hidden, see dialogs.run)."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    return [t for t in texts if CANARY in t]


def _canary_anywhere() -> list[str]:
    return [t for t in text_of_all_widgets() if CANARY in t]


def _change_with_canary(window: Any) -> None:
    window.session.doc.plans.append(Plan("plan1", "safety_plan", CANARY))
    window.session.changed()


def _make_saving_fail(path: Path) -> None:
    """Rewrite the same bytes: the file now looks changed by another program to the app."""
    path.write_bytes(path.read_bytes())


def _saved_titles(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    from saferplan.storage import read_plan

    doc, _key = read_plan(path, passphrase)
    return [p.title for p in doc.plans]


def _locked_with_unsaved_change(qtbot: Any, window: Any, how: str = "lock") -> Path:
    create_plan(qtbot, window)
    path = window.plan_path
    _change_with_canary(window)
    _make_saving_fail(path)
    with dialogs.preanswer() as shown:       # a message would block the test: recorded
        if how == "quick exit":
            window.quick_exit()
            window.showNormal()
            window.show_unlock(path)
        else:
            window.lock_now()
    assert shown == []              # nothing said now: the next unlock tells
    assert window.session is None and window.plan_file is None
    assert isinstance(window.current_screen(), UnlockScreen)
    flush_deletes()
    assert not _canary_anywhere()
    assert _saved_titles(path) == []          # really not saved
    return Path(path)


@pytest.mark.parametrize("how", ["lock", "quick exit"])
def test_lock_seals_unsaved_changes_and_brings_them_back(qtbot: Any, make_window: Any,
                                                          how: str) -> None:
    window = make_window()
    path = _locked_with_unsaved_change(qtbot, window, how)
    kept = list(window._unsaved.values())
    assert len(kept) == 1 and kept[0] is not None
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):   # ciphertext only
        assert CANARY.encode(encoding) not in kept[0]
    with dialogs.preanswer() as shown:
        unlock(qtbot, window, PASSPHRASE)
        wait_for_screen(qtbot, window, HomeScreen)
    assert [p.title for p in window.session.doc.plans] == [CANARY]
    assert [s.kind for s in shown] == ["inform"] and "They are back now" in shown[0].text
    assert window._unsaved == {}
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=3000)   # saved again
    assert _saved_titles(path) == [CANARY]


def test_changes_sealed_under_old_keys_are_said_lost(qtbot: Any, make_window: Any) -> None:
    from saferplan.storage import PlanFile

    window = make_window()
    path = _locked_with_unsaved_change(qtbot, window)
    other, _doc = PlanFile.unlock(path, PASSPHRASE)
    other.change_passphrase("a completely new passphrase here")   # a new data key
    other.close()
    with dialogs.preanswer() as shown:
        unlock(qtbot, window, "a completely new passphrase here")
        wait_for_screen(qtbot, window, HomeScreen)
    assert window.session.doc.plans == []
    assert [s.kind for s in shown] == ["warn"] and "could not be kept" in shown[0].text


def test_lock_drops_the_plan_even_when_sealing_fails(qtbot: Any, make_window: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan.storage import PlanFile, StorageError

    def broken_seal(self: Any, doc: Any) -> bytes:
        raise StorageError

    monkeypatch.setattr(PlanFile, "seal", broken_seal)
    window = make_window()
    _locked_with_unsaved_change(qtbot, window)
    assert list(window._unsaved.values()) == [None]
    with dialogs.preanswer() as shown:
        unlock(qtbot, window, PASSPHRASE)
        wait_for_screen(qtbot, window, HomeScreen)
    assert window.session.doc.plans == []
    assert [s.kind for s in shown] == ["warn"]


def test_idle_lock_locks_even_when_saving_fails(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    _change_with_canary(window)
    _make_saving_fail(window.plan_path)
    window.idle.set_timeout_ms(100)
    window.idle.start()
    with dialogs.preanswer():
        wait_for_screen(qtbot, window, UnlockScreen, timeout=3000)
    assert window.session is None and len(window._unsaved) == 1
    flush_deletes()
    assert not _canary_anywhere()


def test_rename_dialog_open_during_idle_lock(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    home = create_plan(qtbot, window)
    _change_with_canary(window)
    home.refresh()
    seen: dict[str, Any] = {}

    def idle_lock_while_dialog_is_open() -> None:
        seen["dialog"] = isinstance(QApplication.activeModalWidget(), QDialog)
        window.lock_when_idle()
        seen["canary"] = _visible_canary()
        # The person clicks OK a moment later, if the dialog were still there.
        QTimer.singleShot(50, _accept_open_dialog)

    QTimer.singleShot(100, idle_lock_while_dialog_is_open)
    QTimer.singleShot(3000, _reject_open_dialog)      # a failing test never hangs
    home.plan_cards[0].rename_button.click()    # blocks in the dialog until the lock closes it
    assert seen == {"dialog": True, "canary": []}
    assert window.session is None
    assert isinstance(window.current_screen(), UnlockScreen)
    qtbot.wait(100)
    flush_deletes()
    assert not _canary_anywhere()
    assert _saved_titles(window.plan_path) == [CANARY]   # saved before it locked, not renamed


def _accept_open_dialog() -> None:
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QDialog):
        modal.accept()


def _reject_open_dialog() -> None:
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QDialog):
        modal.reject()


def test_screen_outlives_a_dialog_the_lock_closed(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    home = create_plan(qtbot, window)

    def lock_then_tidy() -> None:
        window.lock_now()
        flush_deletes()     # the dialog's own event loop may run deferred deletes before it ends

    QTimer.singleShot(100, lock_then_tidy)
    QTimer.singleShot(3000, _reject_open_dialog)      # a failing test never hangs
    answer = dialogs.confirm(home, "Title", "Text", "Yes", "No")   # a real dialog
    # The code that asked may still look at its screen: it is thrown away, not yet deleted.
    assert answer is False and shiboken6.isValid(home) and dialogs.is_gone(home)
    assert window.session is None
    flush_deletes()
    assert not shiboken6.isValid(home)


def test_lock_clears_the_clipboard(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    clipboard = QApplication.clipboard()
    clipboard.setText(CANARY)
    window.lock_now()
    assert clipboard.text() == ""


def test_quick_exit_and_quit_clear_the_clipboard(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    clipboard = QApplication.clipboard()
    clipboard.setText(CANARY)
    window.quick_exit()
    assert clipboard.text() == ""
    clipboard.setText(CANARY)
    window._quitting = True
    window.close()
    assert clipboard.text() == ""


def test_a_copy_is_cleared_after_a_while(qtbot: Any) -> None:
    guard = ClipboardGuard(delay_ms=150)
    clipboard = QApplication.clipboard()
    try:
        clipboard.setText(CANARY)
        assert guard.timer.isActive() and clipboard.text() == CANARY
        qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
        assert not guard.timer.isActive()       # an empty clipboard starts no new count
        assert guard.owns(QClipboard.Mode.Selection) is False   # offscreen has no selection
    finally:
        guard.deleteLater()
        flush_deletes()


def test_closing_after_a_failed_save_asks_first(qtbot: Any, make_window: Any) -> None:
    from saferplan.model import Plan

    window = make_window()
    create_plan(qtbot, window)
    session = window.session

    def failing_saver(doc: object) -> None:
        raise OSError("disk full")

    session.saver = failing_saver
    session.doc.plans.append(Plan("s1", "safety_plan", "x"))
    session.changed()
    with dialogs.preanswer([False]) as shown:
        window.close()
    assert [s.kind for s in shown][-1] == "confirm"
    assert window.session is session              # stayed: nothing dropped
    with dialogs.preanswer([True]):
        window.close()
    assert window.session is None
