"""Create a plan file with a passphrase, show a recovery code once, and unlock a plan file.

The key derivation (about a second) always runs in a worker thread with a busy bar showing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui import theme
from saferplan.gui.announce import announce
from saferplan.gui.passphrase_field import PassphraseField, hint_text
from saferplan.gui.storage_errors import storage_error_text
from saferplan.gui.widgets import (
    Screen,
    busy_bar,
    button,
    centred,
    heading,
    message_label,
    page_header,
    scrolling,
    set_button_text,
    set_label_text,
    wrapped_label,
)
from saferplan.gui.workers import run_in_background
from saferplan.storage.passphrase import Hint

BACKUP_AFTER_FAILURES = 2

if TYPE_CHECKING:
    from saferplan.model import PlanDocument
    from saferplan.model.record_search import RecordSearch
    from saferplan.storage import PlanFile


@dataclass
class Opened:
    """What creating or unlocking gives back: the open plan file and its document."""

    plan_file: PlanFile
    doc: PlanDocument
    recovery_code: str | None = None
    from_backup: bool = False
    created: bool = False       # a new file: the first run goes on to choosing a plan
    # The record's search, given its first look in the worker thread (None: none given).
    record_search: RecordSearch | None = None


class PassphraseForm(QWidget):
    """Passphrase twice, a gentle strength hint and advice; reused by the guest-save dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_box = PassphraseField(show_strength=True)
        self.second_box = PassphraseField()
        self.first, self.second = self.first_box.edit, self.second_box.edit
        self._first_label = wrapped_label()
        self._second_label = wrapped_label()
        self._first_label.setBuddy(self.first)
        self._second_label.setBuddy(self.second)
        self._advice = wrapped_label()
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self._advice, self._first_label, self.first_box,
                       self._second_label, self.second_box, self.message):
            layout.addWidget(widget)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the words."""
        set_label_text(self._advice, self.tr(
            "A few unrelated words you can remember make a strong passphrase, for example "
            "four words from different parts of your life. Do not use a name or a date "
            "someone could guess."))
        set_label_text(self._first_label, self.tr("Passphrase"))
        set_label_text(self._second_label, self.tr("The same passphrase again"))
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second.setAccessibleName(self.tr("The same passphrase again"))

    def problem(self) -> str | None:
        """Return a calm sentence if the passphrase cannot be used yet, else None."""
        hint = self.first_box.hint()
        if hint is Hint.EMPTY:
            return self.tr("Please choose a passphrase first.")
        if not hint.acceptable:
            return hint_text(hint)
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases are not the same. Please type them again.")
        return None

    def passphrase(self) -> str:
        """Return the passphrase typed."""
        return self.first.text()

    def clear(self) -> None:
        """Empty both fields (the passphrase should not stay in widgets)."""
        self.first_box.clear()
        self.second_box.clear()

    def changeEvent(self, event: Any) -> None:
        """Retranslate on a language change."""
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _create_plan_file(path: Path, passphrase: str, language: str, with_code: bool,
                      seen_saves: Any = None) -> Opened:
    """Worker body: run the KDF, write the new file, and make a recovery code if asked."""
    import saferplan.storage as storage
    from saferplan.model import PlanDocument

    doc = PlanDocument(language=language)
    plan_file = storage.PlanFile.create(path, passphrase, doc,  # KDF calibrated here
                                        seen_saves=seen_saves)
    try:
        code = plan_file.create_recovery_code() if with_code else None
    except Exception:
        plan_file.close()
        raise
    return Opened(plan_file, doc, code, created=True)


def _with_first_look(job: Callable[[], Opened]) -> Callable[[], Opened]:
    """``job``, then, in the same worker thread, the record search's first look at the plan
    opened (RecordSearch.look): nothing else sees the plan yet, and at 100,000 entries that
    look (the newest-first order above all) would hold the record screen for about 45 ms."""

    def job_and_look() -> Opened:
        from saferplan.model.record_search import RecordSearch

        opened = job()
        search = RecordSearch()
        try:
            search.look(opened.doc)
        except Exception:  # only a head start: the plan opens, the record screen looks itself
            return opened
        opened.record_search = search
        return opened

    return job_and_look


def _close_if_orphaned(owner: QWidget, result: Opened) -> bool:
    """Close a freshly opened file whose screen is gone (quick exit during the KDF)."""
    if shiboken6.isValid(owner) and not getattr(owner, "abandoned", False):
        return False
    result.plan_file.close()
    return True


class _WorkingScreen(Screen):
    """Shared by the create and unlock screens: a busy bar and locking the inputs during work."""

    busy: QProgressBar
    working: QLabel
    form_area: QWidget
    cancel: QPushButton | None = None  # shown while working, if the screen has one
    _back: QPushButton
    _title: QLabel
    _job: object | None = None  # the work under way; None once cancelled

    def _lay_out_page(self, body: QWidget) -> None:
        """The title and Back across the top, as on every other page, above the scrolling,
        centred ``body``. The header joins the page last, so Back comes after the form in the
        Tab order and the cursor starts in the first field."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(centred(body)), 1)
        header = page_header(self._title, self._back)
        header.setContentsMargins(24, 16, 24, 0)
        outer.insertLayout(0, header)

    def _start_work(self, job: Callable[[], Opened], done: Callable[[Opened], None],
                    failed: Callable[[BaseException], None]) -> None:
        self._set_busy(True)
        token = self._job = object()

        def on_success(result: Opened) -> None:
            if _close_if_orphaned(self, result):
                return
            if self._job is not token:  # cancelled: the key derivation ran on; drop it
                result.plan_file.close()
                return
            self._set_busy(False)
            done(result)

        def on_failure(exc: BaseException) -> None:
            if shiboken6.isValid(self) and self._job is token:
                self._set_busy(False)
                failed(exc)

        run_in_background(_with_first_look(job), on_success, on_failure)

    def cancel_work(self) -> None:
        """Stop waiting: the screen is usable again, and a late result is closed unopened."""
        self._job = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.working.setVisible(busy)
        if self.cancel is not None:
            self.cancel.setVisible(busy)
        self.form_area.setEnabled(not busy)
        self._back.setEnabled(not busy)


class CreateScreen(_WorkingScreen):
    """Choose a passphrase for a new plan file; optionally make a recovery code."""

    created = Signal(object)    # Opened
    close_requested = Signal()

    def __init__(self, path: Path, language: str, parent: QWidget | None = None, *,
                 seen_saves: Any = None) -> None:
        super().__init__(parent)
        self._path = path
        self._language = language
        self._seen_saves = seen_saves  # storage.SeenSaves: this computer's record of saves
        self.form_area = QWidget()
        self._title = heading()
        self.form = PassphraseForm()
        self._want_code = QCheckBox()
        self._code_pros_cons = wrapped_label()
        self._create = button()
        self._create.setDefault(True)
        self._back = button()
        self.busy = busy_bar()
        self.working = wrapped_label()
        self.working.hide()
        theme.set_role(self._create, "primary")
        theme.set_role(self._code_pros_cons, "muted")
        self._back.setIcon(theme.icon("back"))
        inner = QVBoxLayout(self.form_area)
        inner.setContentsMargins(theme.SPACE_XL, theme.SPACE_S, theme.SPACE_XL, theme.SPACE_XL)
        inner.setSpacing(theme.SPACE_M)
        inner.addWidget(self.form)
        inner.addWidget(self._want_code)
        inner.addWidget(self._code_pros_cons)
        row = QHBoxLayout()
        row.addWidget(self._create)
        row.addStretch(1)
        inner.addLayout(row)
        inner.addWidget(self.working)
        inner.addWidget(self.busy)
        inner.addStretch(1)
        self._lay_out_page(self.form_area)
        self._create.clicked.connect(self.submit)
        self.form.second.returnPressed.connect(self.submit)
        self._back.clicked.connect(self.close_requested)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the words."""
        set_label_text(self._title, self.tr("Choose a passphrase"))
        self._want_code.setText(self.tr("Also make a recovery code"))
        self._want_code.setAccessibleName(self._want_code.text())
        set_label_text(self._code_pros_cons, self.tr(
            "A recovery code opens the plan if you forget your passphrase. It is shown once, "
            "for you to write down. Anyone who finds it can open your plan too, so keep it "
            "somewhere safe, away from this computer. Without a code, a forgotten passphrase "
            "means the plan cannot be opened again."))
        set_label_text(self.working, self.tr("Locking your new plan. This takes a moment."))
        set_button_text(self._create, self.tr("&Create my plan"))
        set_button_text(self._back, self.tr("&Back"))

    def submit(self) -> None:
        """Check the passphrase, then create the file in the background."""
        problem = self.form.problem()
        set_label_text(self.form.message, problem or "")
        if problem:
            return
        path, language, seen = self._path, self._language, self._seen_saves
        passphrase, with_code = self.form.passphrase(), self._want_code.isChecked()
        self.form.clear()
        self._start_work(lambda: _create_plan_file(path, passphrase, language, with_code, seen),
                         self.created.emit, self._failed)

    def _failed(self, exc: BaseException) -> None:
        from saferplan.storage import StorageError

        text = storage_error_text(exc) if isinstance(exc, StorageError) else self.tr(
            "The plan could not be created. Nothing was saved.")
        set_label_text(self.form.message, text)


class UnlockScreen(_WorkingScreen):
    """Type the passphrase (or recovery code) to open a plan file."""

    unlocked = Signal(object)   # Opened
    close_requested = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None, *,
                 seen_saves: Any = None) -> None:
        super().__init__(parent)
        self._path = path
        self._seen_saves = seen_saves  # storage.SeenSaves: notices an older copy put back
        self._use_code = False
        self.failures = 0          # wrong passphrases in a row: the backup is offered after two
        self.form_area = QWidget()
        self._title = heading()
        self._label = wrapped_label()
        self.box = PassphraseField()
        self.field = self.box.edit
        self._label.setBuddy(self.field)
        self.message = message_label()
        self.message.hide()          # shown only with something to say (see say())
        self._open = button()
        self._open.setDefault(True)
        self._backup = button()
        self._backup.hide()
        self._switch = button()
        self._back = button()
        self.busy = busy_bar()
        self.working = wrapped_label()
        self.working.hide()
        self.cancel = button()
        self.cancel.hide()
        self.cancel.clicked.connect(self._cancelled)
        theme.set_role(self._open, "primary")
        self._open.setIcon(theme.icon("open", "on-primary"))
        theme.set_role(self._switch, "quiet")
        self._switch.setIcon(theme.icon("recovery", "link"))
        self._back.setIcon(theme.icon("back"))
        self.problem = theme.StateBanner("problem")
        self.problem.hide()
        # A costly file (up to the reader's work budget) can take long: count the seconds.
        self._started = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        inner = QVBoxLayout(self.form_area)
        inner.setContentsMargins(theme.SPACE_XL, theme.SPACE_S, theme.SPACE_XL, theme.SPACE_XL)
        inner.setSpacing(theme.SPACE_M)
        for widget in (self.message, self._label, self.box, self.problem):
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self._open)
        row.addWidget(self._switch)
        row.addStretch(1)
        inner.addLayout(row)
        inner.addWidget(self._backup, 0, Qt.AlignmentFlag.AlignLeading)
        inner.addWidget(self.working)
        inner.addWidget(self.busy)
        # The stop button sits under the form, outside it: the form is disabled while working.
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form_area)
        stop_row = QHBoxLayout()
        stop_row.setContentsMargins(24, 0, 24, 0)
        stop_row.addWidget(self.cancel)
        stop_row.addStretch(1)
        column.addLayout(stop_row)
        column.addStretch(1)
        self._lay_out_page(page)
        self._open.clicked.connect(self.submit)
        self.field.returnPressed.connect(self.submit)
        self._backup.clicked.connect(self.submit_backup)
        self._switch.clicked.connect(self._toggle_code)
        self._back.clicked.connect(self.close_requested)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the words."""
        set_label_text(self._title, self.tr("Open your plan"))
        label = self.tr("Recovery code") if self._use_code else self.tr("Passphrase")
        set_label_text(self._label, label)
        self.field.setAccessibleName(label)
        set_button_text(self._open, self.tr("&Open"))
        set_button_text(self._backup, self.tr("Open the backup copy instead"))
        set_button_text(self._switch, self.tr("Use my &passphrase") if self._use_code
                        else self.tr("Use a &recovery code"))
        set_button_text(self._back, self.tr("&Back"))
        set_label_text(self.working, self.tr("Opening your plan. This takes a moment."))
        if self.cancel is not None:
            set_button_text(self.cancel, self.tr("&Stop opening"))

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if busy:
            self._started.start()
            self._ticker.start()
        else:
            self._ticker.stop()
            self.retranslate_ui()

    def _tick(self) -> None:
        """After a few seconds, show how long opening has taken so far."""
        seconds = self._started.elapsed() // 1000
        if seconds >= 3:
            set_label_text(self.working, self.tr(
                "Still opening your plan: %1 seconds so far. Some files take longer. You can "
                "stop at any time.").replace("%1", str(seconds)))

    def say(self, text: str) -> None:
        """Show a calm line above the field, such as "Your plan was locked." (empty: none)."""
        set_label_text(self.message, text)
        self.message.setVisible(bool(text))

    def _cancelled(self) -> None:
        self.cancel_work()
        self.say(self.tr("Stopped. The plan was not opened."))
        self.field.setFocus()

    def _toggle_code(self) -> None:
        self._use_code = not self._use_code
        self.box.clear()
        self.box.set_plain(self._use_code)
        self.problem.hide()
        self.retranslate_ui()
        self.field.setFocus()

    def submit(self, *, backup: bool = False) -> None:
        """Unlock in the background with what was typed."""
        import saferplan.storage as storage

        secret = self.field.text()
        if not secret:
            self._say_problem(self.tr("Please type your passphrase first."))
            return
        path, seen = self._path, self._seen_saves
        if self._use_code:
            def job() -> Opened:
                return Opened(*storage.PlanFile.unlock_with_recovery_code(path, secret, seen))
        elif backup:
            def job() -> Opened:
                return Opened(*storage.PlanFile.unlock_backup(path, secret, seen),
                              from_backup=True)
        else:
            def job() -> Opened:
                return Opened(*storage.PlanFile.unlock(path, secret, seen))
        self.say("")
        self.problem.hide()
        self._start_work(job, self._done, self._failed)

    def submit_backup(self) -> None:
        """Try the backup copy with the passphrase typed."""
        self.submit(backup=True)

    def _done(self, result: Opened) -> None:
        self.box.clear()
        self.unlocked.emit(result)

    def _failed(self, exc: BaseException) -> None:
        import saferplan.storage as storage

        wrong = isinstance(exc, storage.WrongPassphraseError)
        self.failures = self.failures + 1 if wrong else 0
        damaged = isinstance(exc, storage.UnsupportedFileError)
        backup_may_help = (not self._use_code and storage.has_backup(self._path)
                           and (damaged or (wrong and self.failures >= BACKUP_AFTER_FAILURES)))
        self._backup.setVisible(backup_may_help)
        if wrong and self._use_code:
            text = self.tr("That recovery code did not open it — check it and try again.")
        elif wrong and backup_may_help:
            text = self.tr(
                "That passphrase did not open it — try again. If you are sure it is right, the "
                "file may be damaged: the backup copy, kept from the save before, may open.")
        elif wrong:
            text = self.tr("That passphrase did not open it — try again.")
        elif isinstance(exc, storage.PlanInUseError):
            text = self.tr("This plan is already open in another window. Close it there "
                           "first, then try again.")
        elif damaged and backup_may_help:
            text = self.tr("This file looks damaged, so it did not open. The backup copy, "
                           "kept from the save before, may open.")
        elif isinstance(exc, storage.StorageError):
            text = storage_error_text(exc)
        else:
            text = self.tr("The plan could not be opened. Nothing was changed.")
        self._say_problem(text)
        self.field.selectAll()

    def _say_problem(self, text: str) -> None:
        """Show a problem beside the field, tell screen readers, and keep the cursor there."""
        self.problem.show_state("problem", text)
        self.problem.show()
        announce(self, text, urgent=True)
        self.field.setFocus()


class PassphraseDialog(QDialog):
    """A small dialog asking for a new passphrase twice (used to save a guest session)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(text))
        self.form = PassphraseForm()
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        problem = self.form.problem()
        set_label_text(self.form.message, problem or "")
        if problem is None:
            self.accept()

    def passphrase(self) -> str:
        """Return the passphrase typed."""
        return self.form.passphrase()
