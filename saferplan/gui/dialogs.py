"""The one module that shows message boxes and small questions; tests can pre-answer them.

Usage in a test::

    with dialogs.preanswer([True, "My plan"]) as shown:
        ...  # confirm() returns True, then ask_text() returns "My plan"
    assert shown[0].kind == "confirm"

While a ``preanswer`` block is active no dialog is ever shown: ``inform`` and ``warn`` are only
recorded, and every question takes the next answer (an unexpected question fails loudly).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, NamedTuple

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from saferplan.gui.bidi_text import WrappedLabel
from saferplan.lazy_qt import Qt

if TYPE_CHECKING:   # the dialog classes load with the first dialog, not at start-up
    from PySide6.QtWidgets import QDialog, QMessageBox


class Shown(NamedTuple):
    """A record of one dialog asked for while pre-answering (for tests)."""

    kind: str
    title: str
    text: str


class UnexpectedDialogError(AssertionError):
    """A test pre-answered fewer questions than the code asked."""


_answers: deque[object] | None = None
_shown: list[Shown] = []


@contextmanager
def preanswer(answers: Iterable[object] = ()) -> Iterator[list[Shown]]:
    """Answer the next questions from ``answers`` in order; yield the list of dialogs asked for."""
    global _answers, _shown
    previous = (_answers, _shown)
    _answers, _shown = deque(answers), []
    try:
        yield _shown
    finally:
        _answers, _shown = previous


def _take(kind: str, title: str, text: str) -> tuple[bool, object]:
    """Return (True, answer) while pre-answering, else (False, None)."""
    if _answers is None:
        return False, None
    _shown.append(Shown(kind, title, text))
    if kind in ("inform", "warn"):
        return True, None
    if not _answers:
        raise UnexpectedDialogError(f"no pre-answer for a {kind} dialog")
    return True, _answers.popleft()


def _owner(parent: QWidget | None) -> QWidget | None:
    """Dialogs belong to the top-level window, which outlives any screen (quick exit)."""
    return parent.window() if parent is not None else None


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, _owner(parent))
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


# How many dialogs run() is showing right now (each exec() is a nested event loop), and the
# objects whose deletion waits until the last of them returned.
_running = 0
_waiting_for_deletion: list[QObject] = []


def run(dialog: QDialog) -> int:
    """Show ``dialog`` modally, then let Qt destroy it (no text stays behind in memory).

    A lock can happen while the dialog is open (idle time, quick exit): the window then drops
    the plan and its screens. Those screens are only deleted once the dialog returned, so the
    code that opened it can still look at them (``abandoned``) instead of crashing.
    """
    global _running
    _running += 1
    try:
        result = dialog.exec()
    finally:
        _running -= 1
        if shiboken6.isValid(dialog):
            dialog.deleteLater()
        if _running == 0:
            _delete_waiting()
    return result



def delete_later(thing: QObject) -> None:
    """``deleteLater`` now, or once the last open dialog returned (see ``run``)."""
    if _running:
        _waiting_for_deletion.append(thing)
    else:
        thing.deleteLater()


def _delete_waiting() -> None:
    waiting = list(_waiting_for_deletion)
    _waiting_for_deletion.clear()
    for thing in waiting:
        if shiboken6.isValid(thing):
            thing.deleteLater()


def is_gone(widget: QWidget | None) -> bool:
    """True if ``widget`` or a screen holding it was deleted or thrown away (after a lock)."""
    while widget is not None:
        if not shiboken6.isValid(widget) or getattr(widget, "abandoned", False):
            return True
        widget = widget.parentWidget()
    return False


def take_preanswer(kind: str, title: str, text: str) -> tuple[bool, object]:
    """For other choosers: return (True, answer) while pre-answering, else (False, None)."""
    return _take(kind, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the person something, calmly, with one OK button."""
    handled, _ = _take("inform", title, text)
    if handled:
        return
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    run(box)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the person something went wrong and what to do; one OK button."""
    handled, _ = _take("warn", title, text)
    if handled:
        return
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    run(box)


def confirm(parent: QWidget | None, title: str, text: str,
            yes_label: str, no_label: str) -> bool:
    """Ask a yes/no question with clear button words; the safe answer (no) is the default."""
    handled, answer = _take("confirm", title, text)
    if handled:
        return bool(answer)
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(yes_label, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_label, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.buttonClicked.connect(lambda clicked: clicked_buttons.append(clicked))
    clicked_buttons: list[object] = []
    run(box)
    return clicked_buttons == [yes]


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "",
             *, sensitive_input: bool = True) -> str | None:
    """Ask for one line of text; return it stripped, or None if the person cancels."""
    handled, answer = _take("ask_text", title, label)
    if handled:
        return None if answer is None else str(answer)
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    dialog = QInputDialog(_owner(parent))
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    if sensitive_input:
        from saferplan.gui.widgets import sensitive

        for edit in dialog.findChildren(QLineEdit):
            sensitive(edit)
    dialog.accepted.connect(lambda: typed.append(dialog.textValue().strip()))
    typed: list[str] = []
    run(dialog)
    return typed[0] if typed else None


def choose(parent: QWidget | None, title: str, text: str,
           options: Sequence[tuple[str, str]]) -> str | None:
    """Offer a few choices as buttons (key, label); return the chosen key or None (cancel)."""
    handled, answer = _take("choose", title, text)
    if handled:
        return None if answer is None else str(answer)
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout

    dialog = QDialog(_owner(parent))
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(480)
    layout = QVBoxLayout(dialog)
    label = WrappedLabel(text)   # never cuts right-to-left lines
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(label)
    chosen: list[str] = []

    def _pick(key: str) -> None:
        chosen.append(key)
        dialog.accept()

    for key, option_label in options:
        button = QPushButton(option_label)
        button.setAccessibleName(option_label.replace("&", ""))
        button.clicked.connect(lambda _=False, k=key: _pick(k))
        layout.addWidget(button)
    cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel.rejected.connect(dialog.reject)
    layout.addWidget(cancel)
    run(dialog)
    return chosen[0] if chosen else None


def ask_passphrase(parent: QWidget | None, title: str, text: str) -> str | None:
    """Ask for a new passphrase (twice, with the strength hint); None if the person cancels."""
    handled, answer = _take("ask_passphrase", title, text)
    if handled:
        return None if answer is None else str(answer)
    from saferplan.gui.unlock import PassphraseDialog

    dialog = PassphraseDialog(title, text, _owner(parent))
    dialog.accepted.connect(lambda: typed.append(dialog.passphrase()))
    typed: list[str] = []
    run(dialog)
    return typed[0] if typed else None


def close_open_dialogs() -> None:
    """Reject every open dialog (a lock or quick exit must leave nothing on screen).

    Each one then answers as if the person had pressed Cancel.
    """
    from PySide6.QtWidgets import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


__all__ = ["Shown", "UnexpectedDialogError", "ask_passphrase", "ask_text", "choose",
           "close_open_dialogs", "confirm", "delete_later", "inform", "is_gone", "preanswer",
           "run", "take_preanswer", "warn"]
