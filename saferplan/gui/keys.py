"""Settings for the open plan: change the passphrase, make a new recovery code, remove it.

Each change asks for the current passphrase, or for the recovery code when the plan was opened
with it (the person may have forgotten the passphrase: this is how they set a new one). The
key derivation runs in a worker thread
(saferplan.storage.keychange prepares the new key slots); the plan is then saved and re-keyed
in the GUI thread, with the same rotation as the command line's ``passwd``. A lock while the
worker runs closes the dialog and the prepared change is dropped: nothing is written.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from saferplan.gui import dialogs
from saferplan.gui.passphrase_field import PassphraseField
from saferplan.gui.recovery_code import RecoveryCodeScreen
from saferplan.gui.session import Session
from saferplan.gui.storage_errors import storage_error_text
from saferplan.gui.unlock import PassphraseForm
from saferplan.gui.widgets import (
    busy_bar,
    button,
    heading,
    message_label,
    set_button_text,
    set_label_text,
    wrapped_label,
)
from saferplan.gui.workers import run_in_background

if TYPE_CHECKING:
    from saferplan.storage import PlanFile
    from saferplan.storage.keychange import KeyChange


class KeyAction(enum.Enum):
    """The three changes this section offers."""

    CHANGE_PASSPHRASE = "change"  # noqa: S105 - an action, not a password
    NEW_CODE = "new_code"
    REMOVE_CODE = "remove_code"


class KeyDialog(QDialog):
    """Asks for the current passphrase (and a new one), then makes the change off the GUI thread."""

    def __init__(self, action: KeyAction, plan_file: PlanFile, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.change: KeyChange | None = None   # the change written, once done
        self._plan_file = plan_file
        self._session = session
        self._cancelled = False
        self._text = wrapped_label()
        self._current_label = wrapped_label()
        self.current = PassphraseField()
        self._current_label.setBuddy(self.current.edit)
        self._new_title = heading(scale=1.1)
        self.form = PassphraseForm()
        for part in (self._new_title, self.form):
            part.setVisible(action is KeyAction.CHANGE_PASSPHRASE)
        self.message = message_label()
        self.busy = busy_bar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        for widget in (self._text, self._current_label, self.current, self._new_title,
                       self.form, self.message, self.busy):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the words."""
        titles = {
            KeyAction.CHANGE_PASSPHRASE: self.tr("Change the passphrase"),
            KeyAction.NEW_CODE: self.tr("Make a new recovery code"),
            KeyAction.REMOVE_CODE: self.tr("Remove the recovery code"),
        }
        texts = {
            KeyAction.CHANGE_PASSPHRASE: self.tr(
                "After the change, only the new passphrase opens this plan file and its "
                "backup. A recovery code stops working; you can make a new one afterwards. "
                "Copies of the file made before (for example on a USB stick) still open with "
                "the old passphrase."),
            KeyAction.NEW_CODE: self.tr(
                "The new code is shown once, for you to write down. An older code stops "
                "working for this file, but still opens copies of the file made before."),
            KeyAction.REMOVE_CODE: self.tr(
                "After this, only your passphrase opens this plan file. If you forget it, the "
                "plan cannot be opened again. Copies of the file made before still open with "
                "the old code."),
        }
        self.setWindowTitle(titles[self.action])
        set_label_text(self._text, texts[self.action])
        current = (self.tr("Your recovery code") if self._by_code()
                   else self.tr("Your current passphrase"))
        set_label_text(self._current_label, current)
        self.current.set_accessible_name(current)
        set_label_text(self._new_title, self.tr("Your new passphrase"))

    def submit(self) -> None:
        """Check what was typed, then prepare the change in the background."""
        problem = self._problem()
        set_label_text(self.message, problem or "")
        if problem:
            return
        job = self._job(self.current.text(), self.form.passphrase())
        self.current.clear()
        self.form.clear()
        self._set_busy(True)
        run_in_background(job, self._prepared, self._failed)

    def _by_code(self) -> bool:
        """True if the change is confirmed with the recovery code the plan was opened with.

        Removing the code needs the passphrase: the new key is sealed with it.
        """
        return (self.action is not KeyAction.REMOVE_CODE
                and self._plan_file.opened_with_code)

    def _problem(self) -> str | None:
        if not self.current.text():
            if self._by_code():
                return self.tr("Please type your recovery code first.")
            return self.tr("Please type your current passphrase first.")
        if self.action is KeyAction.CHANGE_PASSPHRASE:
            return self.form.problem()
        return None

    def _job(self, current: str, new: str) -> Callable[[], KeyChange]:
        from saferplan.storage import keychange

        plan = self._plan_file
        if self.action is KeyAction.CHANGE_PASSPHRASE:
            return lambda: keychange.prepare_passphrase_change(plan, current, new)
        if self.action is KeyAction.NEW_CODE:
            return lambda: keychange.prepare_new_recovery_code(plan, current)
        return lambda: keychange.prepare_recovery_removal(plan, current)

    def _gone(self) -> bool:
        return not shiboken6.isValid(self) or self._cancelled

    def _prepared(self, change: KeyChange) -> None:
        """Back in the GUI thread: save the latest changes, then write the new keys."""
        from saferplan.storage import StorageError

        if self._gone():
            return  # locked or cancelled meanwhile: the change is dropped, nothing written
        if not self._session.save_now():
            self._show_failure(self.tr("Your latest changes could not be saved, so nothing "
                                       "was changed. Please try again."))
            return
        try:
            self._plan_file.apply_key_change(change)
        except StorageError as exc:
            self._show_failure(storage_error_text(exc))
            return
        self.change = change
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from saferplan.storage import StorageError, WrongPassphraseError

        if self._gone():
            return
        if isinstance(exc, WrongPassphraseError) and self._by_code():
            text = self.tr("That is not the recovery code. Nothing was changed.")
        elif isinstance(exc, WrongPassphraseError):
            text = self.tr("That is not the current passphrase. Nothing was changed.")
        elif isinstance(exc, StorageError):
            text = storage_error_text(exc)
        else:
            text = self.tr("The change could not be made. Nothing was changed.")
        self._show_failure(text)

    def _show_failure(self, text: str) -> None:
        self._set_busy(False)
        set_label_text(self.message, text)
        self.current.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.current.setEnabled(not busy)
        self.form.setEnabled(not busy)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not busy)

    def reject(self) -> None:
        """Cancel (also what a lock does): a change still being prepared is dropped."""
        self._cancelled = True
        self.current.clear()
        self.form.clear()
        super().reject()


class KeysSection(QWidget):
    """The part of Settings about the open plan's passphrase and recovery code."""

    def __init__(self, plan_file: PlanFile, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan_file = plan_file
        self._session = session
        self._title = heading(scale=1.2)
        self._status = wrapped_label()
        self.result = message_label()
        self.change_button = button()
        self.new_code_button = button()
        self.remove_code_button = button()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self._status)
        # One button a line: long translations and large text never squeeze them.
        for push in (self.change_button, self.new_code_button, self.remove_code_button):
            layout.addWidget(push, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.result)
        self.change_button.clicked.connect(lambda: self.run(KeyAction.CHANGE_PASSPHRASE))
        self.new_code_button.clicked.connect(lambda: self.run(KeyAction.NEW_CODE))
        self.remove_code_button.clicked.connect(lambda: self.run(KeyAction.REMOVE_CODE))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the words."""
        has_code = self._has_code()
        set_label_text(self._title, self.tr("Passphrase and recovery code"))
        set_label_text(self._status, self.tr("This plan has a recovery code.") if has_code
                       else self.tr("This plan has no recovery code."))
        set_button_text(self.change_button, self.tr("Change the &passphrase"))
        set_button_text(self.new_code_button, self.tr("Make a new recovery &code"))
        set_button_text(self.remove_code_button, self.tr("&Remove the recovery code"))
        self.remove_code_button.setEnabled(has_code)

    def _has_code(self) -> bool:
        try:
            return bool(self._plan_file.has_recovery_code)
        except Exception:  # a plan closed by a lock: the section is about to go
            return False

    def make_dialog(self, action: KeyAction) -> KeyDialog:
        """The dialog for one change (tests drive it directly)."""
        return KeyDialog(action, self._plan_file, self._session, self.window())

    def run(self, action: KeyAction) -> None:
        """Ask, make the change, and say what happened."""
        dialog = self.make_dialog(action)
        dialog.accepted.connect(lambda: self.finished(dialog.action, dialog.change))
        set_label_text(self.result, "")
        dialogs.run(dialog)

    def finished(self, action: KeyAction, change: KeyChange | None) -> None:
        """Say what changed; show a new recovery code once."""
        if dialogs.is_gone(self) or change is None:
            return
        self.retranslate_ui()
        if action is KeyAction.CHANGE_PASSPHRASE:
            text = self.tr("The passphrase is changed. The old passphrase no longer opens "
                           "this file.")
            if change.removed_code:
                text = self.tr("The passphrase is changed. The old passphrase and the "
                               "recovery code no longer open this file. You can make a new "
                               "recovery code here.")
        elif action is KeyAction.NEW_CODE:
            text = self.tr("The new recovery code works now.")
            if change.code is not None:
                show_recovery_code(self, change.code)
        else:
            text = self.tr("The recovery code is removed. Only your passphrase opens this "
                           "file now.")
        set_label_text(self.result, text)

    def changeEvent(self, event: Any) -> None:
        """Retranslate on a language change."""
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def show_recovery_code(parent: QWidget, code: str) -> None:
    """Show a new recovery code once, in its own dialog, as the create screen does."""
    if dialogs.take_preanswer("recovery_code", "", "")[0]:
        return
    dialog = QDialog(parent.window())
    screen = RecoveryCodeScreen(code)
    screen.close_requested.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(screen)
    dialog.setWindowTitle(QCoreApplication.translate("RecoveryCodeScreen", "Your recovery code"))
    dialog.setMinimumWidth(520)
    dialogs.run(dialog)
