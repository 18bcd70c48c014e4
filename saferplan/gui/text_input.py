"""Validators that keep hidden characters out of one-line fields and letters out of numbers.

The rules live in model/text_rules.py; these only apply them as the person types or pastes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QValidator

from saferplan.model.text_rules import PHONE_CHARACTERS, TextKind, clean_text, is_valid_phone


def _moved(text: str, cleaned: str, pos: int) -> int:
    """The cursor position after removing characters (those before it shift it left)."""
    return max(0, min(len(cleaned), pos - (len(text) - len(cleaned))))


class CleanTextValidator(QValidator):
    """Removes hidden characters (direction overrides, controls) from a one-line field.

    ``cleaned`` is emitted when something was removed, so the screen can say so.
    """

    cleaned = Signal()

    def validate(self, text: str, pos: int) -> object:
        """Accept anything visible; drop what is hidden."""
        cleaned = clean_text(text, TextKind.ONE_LINE)
        if cleaned != text:
            self.cleaned.emit()
        return QValidator.State.Acceptable, cleaned, _moved(text, cleaned, pos)


class PhoneValidator(QValidator):
    """Lets in only a phone number's characters: digits, spaces, + - ( ) . and an extension.

    Hidden characters are dropped and other scripts' digits become ASCII digits (``cleaned``
    is emitted); a letter or a sign a number cannot hold is refused (the field's
    ``inputRejected`` fires). Characters already stored by an older version stay editable
    (``tolerate``), so the person can remove them.
    """

    cleaned = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tolerated: frozenset[str] = frozenset()

    def tolerate(self, stored: str) -> None:
        """Allow the odd characters of the number now shown (until another is shown)."""
        self._tolerated = frozenset(clean_text(stored, TextKind.PHONE)) - PHONE_CHARACTERS

    def validate(self, text: str, pos: int) -> object:
        """Acceptable: a whole number; Intermediate: on the way; Invalid: refused."""
        cleaned = clean_text(text, TextKind.PHONE)
        moved = _moved(text, cleaned, pos)
        if any(ch not in PHONE_CHARACTERS and ch not in self._tolerated for ch in cleaned):
            return QValidator.State.Invalid, text, pos
        if cleaned != text:
            self.cleaned.emit()
        state = (QValidator.State.Acceptable if is_valid_phone(cleaned)
                 else QValidator.State.Intermediate)
        return state, cleaned, moved
