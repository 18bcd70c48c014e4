"""One passphrase field for every screen: hidden text, a show/hide eye, and strength words.

The eye is a named, checkable tool button ("Show passphrase" / "Hide passphrase"). When asked,
the words of the passphrase rule (saferplan.storage.passphrase) show under the field and are
also its accessible description. When the words change (a new hint, not every keystroke), they
are announced politely once typing has paused for ANNOUNCE_DELAY_MS, so a screen reader hears
the new strength without being flooded. The passphrase itself is never announced.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui.announce import announce
from saferplan.gui.bidi_text import WrappedLabel
from saferplan.gui.theme import icon
from saferplan.storage.passphrase import MIN_PASSPHRASE_LENGTH, Hint, judge_passphrase

_HINTS = (Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
          | Qt.InputMethodHint.ImhNoAutoUppercase | Qt.InputMethodHint.ImhHiddenText)

ANNOUNCE_DELAY_MS = 700   # the strength words are announced this long after typing stops


_WORDS: dict[Hint, Any] = {  # QT_TRANSLATE_NOOP gives back its text
    Hint.BLANK: QT_TRANSLATE_NOOP("PassphraseField", "Spaces alone cannot be a passphrase."),
    Hint.TOO_SHORT: QT_TRANSLATE_NOOP("PassphraseField",
                                      "Too short: use at least %1 characters."),
    Hint.COMMON: QT_TRANSLATE_NOOP("PassphraseField", "This is one of the most common "
                                   "passwords, so it is easy to guess. Please choose another."),
    Hint.PATTERN: QT_TRANSLATE_NOOP("PassphraseField", "This is a keyboard or letter pattern, "
                                    "so it is easy to guess. Please choose another."),
    Hint.NUMBERS: QT_TRANSLATE_NOOP("PassphraseField", "Numbers alone, such as a date, are easy "
                                    "to guess. Please add some words."),
    Hint.FAIR: QT_TRANSLATE_NOOP("PassphraseField",
                                 "Fair. Adding another word or two makes it much stronger."),
    Hint.GOOD: QT_TRANSLATE_NOOP("PassphraseField",
                                 "Good. One more word makes it stronger still."),
    Hint.STRONG: QT_TRANSLATE_NOOP("PassphraseField", "Strong: long, with several words."),
}


def hint_text(hint: Hint) -> str:
    """The translated words for one hint of the passphrase rule ("" for an empty field)."""
    if hint is Hint.EMPTY:
        return ""
    words = QCoreApplication.translate("PassphraseField", str(_WORDS[hint]))
    return words.replace("%1", str(MIN_PASSPHRASE_LENGTH))


class PassphraseField(QWidget):
    """A passphrase line edit with a show/hide eye and, if asked, strength words under it."""

    textChanged = Signal(str)
    returnPressed = Signal()

    def __init__(self, *, show_strength: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._show_strength = show_strength
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setInputMethodHints(self.edit.inputMethodHints() | _HINTS)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.eye = QToolButton()
        self.eye.setCheckable(True)
        self.eye.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.strength = WrappedLabel()   # never cuts right-to-left lines
        self.strength.setWordWrap(True)
        self.strength.setTextFormat(Qt.TextFormat.PlainText)
        self.strength.setVisible(show_strength)
        self._announced = Hint.EMPTY        # the hint a screen reader last heard
        self._announce_timer = QTimer(self)
        self._announce_timer.setSingleShot(True)
        self._announce_timer.setInterval(ANNOUNCE_DELAY_MS)
        self._announce_timer.timeout.connect(self._announce_strength)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.eye)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.strength)
        self.setFocusProxy(self.edit)
        self.eye.toggled.connect(self._set_shown)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.returnPressed.connect(self.returnPressed)
        self.retranslate_ui()

    # -- what screens use ---------------------------------------------------------------------
    def text(self) -> str:
        """Return the passphrase typed."""
        return self.edit.text()

    def setText(self, text: str) -> None:
        """Set the text (tests and the recovery-code switch)."""
        self.edit.setText(text)

    def clear(self) -> None:
        """Empty the field and hide the text again (the passphrase should not stay visible)."""
        self.edit.clear()
        self.eye.setChecked(False)

    def selectAll(self) -> None:
        """Select the whole text, to type it again."""
        self.edit.selectAll()

    def hint(self) -> Hint:
        """The passphrase rule's hint for what is typed now."""
        return judge_passphrase(self.edit.text()).hint

    def set_accessible_name(self, name: str) -> None:
        """Name the line edit for screen readers (the label's words)."""
        self.edit.setAccessibleName(name)

    def set_plain(self, plain: bool) -> None:
        """Show the text always (a recovery code), or hide it behind the eye again."""
        self.eye.setChecked(False)
        self.eye.setVisible(not plain)
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if plain
                              else QLineEdit.EchoMode.Password)

    # -- inside -------------------------------------------------------------------------------
    def _set_shown(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown
                              else QLineEdit.EchoMode.Password)
        self._update_eye()

    def _text_changed(self, text: str) -> None:
        self._update_strength()
        if self._show_strength:
            self._announce_timer.start()     # (re)started: waits for a pause in typing
        self.textChanged.emit(text)

    def _announce_strength(self) -> None:
        """Say the strength words if their hint differs from the last one said."""
        hint = self.hint()
        if hint is self._announced or not self.isVisible():
            return
        self._announced = hint
        announce(self.edit, hint_text(hint))   # nothing is said for an emptied field

    def _update_eye(self) -> None:
        shown = self.eye.isChecked()
        name = self.tr("Hide passphrase") if shown else self.tr("Show passphrase")
        self.eye.setAccessibleName(name)
        self.eye.setToolTip(name)
        self.eye.setIcon(icon("hide" if shown else "show"))

    def _update_strength(self) -> None:
        if not self._show_strength:
            return
        words = hint_text(self.hint())
        self.strength.setText(words)
        self.strength.setAccessibleName(words)
        self.edit.setAccessibleDescription(words)

    def retranslate_ui(self) -> None:
        """Set the words."""
        self._update_eye()
        self._update_strength()

    def changeEvent(self, event: Any) -> None:
        """Retranslate on a language change; redraw the eye when the colours change."""
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate_ui()
        super().changeEvent(event)
