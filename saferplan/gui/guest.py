"""Ending a guest session: the person chooses what to take, then everything is forgotten."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from saferplan.gui import dialogs
from saferplan.gui.session import Session
from saferplan.gui.storage_errors import storage_error_text
from saferplan.gui.widgets import (
    Screen,
    busy_bar,
    button,
    heading,
    set_button_text,
    set_label_text,
    wrapped_label,
)
from saferplan.gui.workers import run_in_background

translate = QCoreApplication.translate


def _is_empty(session: Session) -> bool:
    doc = session.doc
    return not (doc.plans or doc.people or doc.documents or doc.log)


def finish_guest_session(parent: QWidget, session: Session) -> bool:
    """Ask what to take (a locked file, a printout, nothing); True when it may be forgotten."""
    if _is_empty(session):
        return True
    options = [
        ("save", translate("Guest", "&Save a locked file to a folder or USB stick")),
        ("print", translate("Guest", "&Print it")),
        ("nothing", translate("Guest", "&Take nothing and forget it all")),
    ]
    choice = dialogs.choose(
        parent,
        translate("Guest", "Finish guest session"),
        translate(
            "Guest",
            "Nothing from this session stays on this computer. What would you like to take with "
            "you?",
        ),
        options,
    )
    if choice == "save":
        return save_guest_copy(parent, session)
    if choice == "print":
        dialogs.inform(
            parent,
            translate("Guest", "Print"),
            translate("Guest", "Open Print from the home screen first, then finish the session."),
        )
        return False
    if choice == "nothing":
        return dialogs.confirm(
            parent,
            translate("Guest", "Forget everything"),
            translate("Guest", "Forget everything from this session? It cannot be brought back."),
            translate("Guest", "Forget it all"),
            translate("Guest", "Go back"),
        )
    return False


def save_guest_copy(parent: QWidget, session: Session) -> bool:
    """Write the guest plan as a locked file in a folder the person picks; True when saved."""
    place = _choose_place(parent)
    if place is None:
        return False
    folder, on_stick = place
    passphrase = dialogs.ask_passphrase(
        parent,
        translate("Guest", "Lock the file"),
        translate(
            "Guest", "Choose a passphrase for this file. You will need it to open the plan again."
        ),
    )
    if passphrase is None:
        return False
    outcome = _create_in_background(parent, folder, passphrase, session)
    if isinstance(outcome, Path):
        dialogs.inform(parent, translate("Guest", "Saved"), _saved_message(outcome, on_stick))
        return True
    dialogs.warn(parent, translate("Guest", "Not saved"), outcome)
    return False


def _choose_place(parent: QWidget) -> tuple[Path, bool] | None:
    """Ask for a folder until it is on a removable drive or the person accepts this computer.

    Return the folder and whether it is on a removable drive, or None when cancelled.
    """
    from saferplan.gui import folder_chooser
    from saferplan.gui.drives import is_inside

    while True:
        folder = folder_chooser.choose_folder(
            parent,
            translate("Guest", "Where to save"),
            translate(
                "Guest",
                "Choose a folder, for example on your own USB stick. The file is locked with a "
                "passphrase and has a neutral name.",
            ),
        )
        if folder is None or dialogs.is_gone(parent):
            return None
        on_stick = is_inside(folder, folder_chooser.removable_places())
        if on_stick or _accept_this_computer(parent):
            return folder, on_stick


def _accept_this_computer(parent: QWidget) -> bool:
    """Say plainly that the folder is on this computer; True to save there anyway."""
    return dialogs.confirm(
        parent,
        translate("Guest", "This folder is on this computer"),
        translate(
            "Guest",
            "This folder is on this computer, not on a USB stick. The file will stay here after "
            "you leave. It is locked, but other people who use this computer can see that it is "
            "there. Save it here anyway?",
        ),
        translate("Guest", "Save it here"),
        translate("Guest", "Choose another place"),
    )


def _saved_message(path: Path, on_stick: bool) -> str:
    """What was saved where; only a file on a removable drive is one to take away."""
    if on_stick:
        text = translate("Guest", "Saved as %1 in %2. Take the USB stick with you.")
    else:
        text = translate("Guest", "Saved as %1 in %2, on this computer. It stays here, locked "
                                  "with your passphrase.")
    return text.replace("%1", path.name).replace("%2", str(path.parent))


def _create_in_background(
    parent: QWidget, folder: Path, passphrase: str, session: Session
) -> Path | str:
    """Create the file off the GUI thread, with a busy page; return its path or a message."""
    import saferplan.storage as storage
    from saferplan.storage.paths import AppDirs, new_plan_path

    doc = session.doc
    path = new_plan_path(AppDirs(settings_dir=folder, plans_dir=folder, portable=True))

    def job() -> Any:
        plan_file = storage.PlanFile.create(path, passphrase, doc)
        plan_file.close()
        return path

    result: list[Path | str] = []
    loop = QEventLoop()
    busy = BusyPage(translate("Guest", "Saving a locked copy. This takes a moment."), parent)
    busy.show()

    def failed(exc: BaseException) -> None:
        result.append(
            storage_error_text(exc)
            if isinstance(exc, storage.StorageError)
            else translate("Guest", "The file could not be written. Nothing was saved there.")
        )
        loop.quit()

    def done(saved: Any) -> None:
        result.append(saved)
        loop.quit()

    run_in_background(job, done, failed)
    loop.exec()
    busy.close()
    busy.deleteLater()
    return result[0]


class BusyPage(QWidget):
    """A small window saying work is going on, with a moving bar."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent, Qt.WindowType.Dialog)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(text))
        bar = busy_bar()
        bar.show()
        layout.addWidget(bar)


class PausedScreen(Screen):
    """What a guest or sample session shows after idle time: nothing but a way back."""

    continue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self._title = heading()
        self._text = wrapped_label()
        self._continue = button()
        self._continue.clicked.connect(self.continue_requested)
        row = QHBoxLayout()
        row.addWidget(self._continue)
        row.addStretch(1)
        layout.addWidget(self._title)
        layout.addWidget(self._text)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the words."""
        set_label_text(self._title, self.tr("Paused"))
        set_label_text(
            self._text, self.tr("This session was hidden after a few minutes without use.")
        )
        set_button_text(self._continue, self.tr("&Continue"))
