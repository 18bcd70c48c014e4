"""Settings > Passphrase and recovery code: change, new code, remove; KDF off the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from gui_support import PASSPHRASE, wait_for_screen
from PySide6.QtWidgets import QDialog
from test_shell_flows import create_plan

from saferplan.gui import dialogs
from saferplan.gui.home import HomeScreen
from saferplan.gui.keys import KeyAction, KeyDialog, KeysSection
from saferplan.gui.settings import SettingsScreen
from saferplan.storage import PlanFile, WrongPassphraseError, backup_path, read_plan

NEW = "harbour kettle meadow"


def open_keys(qtbot: Any, window: Any) -> KeysSection:
    window.show_settings()
    screen = wait_for_screen(qtbot, window, SettingsScreen)
    section = screen.findChild(KeysSection)
    assert section is not None
    return section


def finish(qtbot: Any, dialog: KeyDialog) -> None:
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted
                    or (not dialog.busy.isVisible() and dialog.message.text() != ""),
                    timeout=5000)


def test_settings_has_no_keys_section_without_an_open_plan(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.show_settings()
    screen = wait_for_screen(qtbot, window, SettingsScreen)
    assert screen.findChild(KeysSection) is None


def test_change_passphrase_in_the_app(qtbot: Any, make_window: Any, app_folders: Any,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    create_plan(qtbot, window, recovery_code=True)
    path = window.plan_path
    section = open_keys(qtbot, window)
    assert section.remove_code_button.isEnabled()
    threads: list[str] = []
    from saferplan.storage import keychange

    real = keychange.prepare_passphrase_change

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(keychange, "prepare_passphrase_change", spy)
    dialog = section.make_dialog(KeyAction.CHANGE_PASSPHRASE)
    dialog.current.setText(PASSPHRASE)
    dialog.form.first.setText("password1")
    dialog.form.second.setText("password1")
    dialog.buttons.accepted.emit()
    assert "common passwords" in dialog.message.text() and not threads
    dialog.form.first.setText(NEW)
    dialog.form.second.setText(NEW)
    finish(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert threads and threads[0] != threading.main_thread().name
    with dialogs.preanswer() as shown:
        section.finished(dialog.action, dialog.change)
    assert not shown
    assert "recovery code no longer" in section.result.text()
    assert not section.remove_code_button.isEnabled()
    window.lock_now()
    for copy in (path, backup_path(path)):
        assert read_plan(copy, NEW)[0] is not None
        with pytest.raises(WrongPassphraseError):
            read_plan(copy, PASSPHRASE)


def test_wrong_current_passphrase_changes_nothing(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    path = window.plan_path
    before = path.read_bytes()
    section = open_keys(qtbot, window)
    for action in KeyAction:
        dialog = section.make_dialog(action)
        dialog.current.setText("not my passphrase at all")
        dialog.form.first.setText(NEW)
        dialog.form.second.setText(NEW)
        finish(qtbot, dialog)
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.message.text() == "That is not the current passphrase. Nothing was changed."
    assert path.read_bytes() == before


def test_new_recovery_code_is_shown_once_and_opens_the_plan(qtbot: Any,
                                                            make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    path = window.plan_path
    section = open_keys(qtbot, window)
    assert not section.remove_code_button.isEnabled()
    # The command line's passwd points here by this name.
    assert section.new_code_button.text() == "Make a new recovery &code"
    dialog = section.make_dialog(KeyAction.NEW_CODE)
    dialog.current.setText(PASSPHRASE)
    finish(qtbot, dialog)
    code = dialog.change.code
    with dialogs.preanswer([None]) as shown:
        section.finished(dialog.action, dialog.change)
    assert [s.kind for s in shown] == ["recovery_code"] and code not in str(shown)
    assert section.remove_code_button.isEnabled()
    window.lock_now()
    opened, _ = PlanFile.unlock_with_recovery_code(path, code)
    opened.close()


def test_remove_recovery_code(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    path = window.plan_path
    section = open_keys(qtbot, window)
    code = window.plan_file.create_recovery_code()
    section.retranslate_ui()
    dialog = section.make_dialog(KeyAction.REMOVE_CODE)
    dialog.current.setText(PASSPHRASE)
    finish(qtbot, dialog)
    section.finished(dialog.action, dialog.change)
    assert "removed" in section.result.text()
    window.lock_now()
    with pytest.raises(WrongPassphraseError):
        PlanFile.unlock_with_recovery_code(path, code)
    assert read_plan(path, PASSPHRASE)[0] is not None


def test_unsaved_edits_are_kept_by_a_passphrase_change(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    path = window.plan_path
    window.session.doc.add_person("Mai", "", [])
    window.session.changed()
    section = open_keys(qtbot, window)
    dialog = section.make_dialog(KeyAction.CHANGE_PASSPHRASE)
    dialog.current.setText(PASSPHRASE)
    dialog.form.first.setText(NEW)
    dialog.form.second.setText(NEW)
    finish(qtbot, dialog)
    assert [p.name for p in read_plan(path, NEW)[0].people] == ["Mai"]


def test_a_lock_during_the_kdf_drops_the_change(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    path = window.plan_path
    before = path.read_bytes()
    section = open_keys(qtbot, window)
    dialog = section.make_dialog(KeyAction.CHANGE_PASSPHRASE)
    dialog.show()
    dialog.current.setText(PASSPHRASE)
    dialog.form.first.setText(NEW)
    dialog.form.second.setText(NEW)
    dialog.buttons.accepted.emit()
    assert dialog.busy.isVisible()
    window.lock_now()                   # closes open dialogs: Cancel
    qtbot.wait(300)
    assert path.read_bytes() == before
    assert read_plan(path, PASSPHRASE)[0] is not None


def test_after_a_recovery_code_unlock_the_code_sets_a_new_passphrase(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    path = window.plan_path
    code = window.plan_file.create_recovery_code()
    window.lock_now()
    screen = window.current_screen()
    screen._toggle_code()
    screen.field.setText(code)
    screen._open.click()
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.plan_file.opened_with_code
    section = open_keys(qtbot, window)
    dialog = section.make_dialog(KeyAction.CHANGE_PASSPHRASE)
    assert dialog._current_label.text() == "Your recovery code"
    dialog.current.setText(PASSPHRASE)
    dialog.form.first.setText(NEW)
    dialog.form.second.setText(NEW)
    finish(qtbot, dialog)
    assert dialog.message.text() == "That is not the recovery code. Nothing was changed."
    dialog.current.setText(code)
    dialog.form.first.setText(NEW)
    dialog.form.second.setText(NEW)
    finish(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    window.lock_now()
    assert read_plan(path, NEW)[0] is not None
