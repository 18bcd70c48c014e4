"""Qt's own standard button words, listed so that our translation files carry them.

Qt ships no translations of its standard buttons (OK, Cancel, Close…) for Vietnamese, Thai,
Khmer, Lao or Tagalog. Qt looks these words up in the "QPlatformTheme" context through every
installed translator, so listing them here lets `tools/translations.py update` put them in
`translations/*.ts`, and our translator answers for them in every language. Nothing imports this
module at run time; it is a source for the translation tools only.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
)
