"""Print the labels in another language than the app's, for the moment of rendering only.

The export translates its labels through the application's installed translators. To print in
another language we install that language's translator just around the (synchronous, GUI-thread)
rendering and remove it again; the LanguageChange events this causes are swallowed so that no open
screen retranslates itself twice for nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator

from saferplan import i18n


class _SourceText(QTranslator):
    """Answers every string with its English source (printing in English from another language)."""

    def translate(self, context: str, source_text: str,
                  disambiguation: str | None = None, n: int = -1) -> str:
        """Return the English source text unchanged."""
        return source_text

    def isEmpty(self) -> bool:
        """Never empty: it answers everything."""
        return False


class _SwallowLanguageChange(QObject):
    """Drops LanguageChange events while a temporary translator comes and goes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Swallow LanguageChange, let everything else through."""
        return event.type() == QEvent.Type.LanguageChange


def _translator_for(code: str) -> QTranslator | None:
    if code == i18n.DEFAULT_LANGUAGE:
        return _SourceText()
    # i18n keeps the loader private; see the report: a public ``translator_for(code)`` would do.
    return i18n.translator_for(code)


def label_languages() -> list[i18n.Language]:
    """Return the languages printed labels can be in: the app's, English, translated ones."""
    current = i18n.current_language()
    offered = []
    for lang in i18n.LANGUAGES:
        if lang.code in (current, i18n.DEFAULT_LANGUAGE) or _translator_for(lang.code) is not None:
            offered.append(lang)
    return offered


@contextmanager
def labels_in(code: str) -> Iterator[None]:
    """Within this block, the export's labels come out in ``code`` (if SaferPlan has it)."""
    app = QCoreApplication.instance()
    translator = None if code == i18n.current_language() else _translator_for(code)
    if translator is None or app is None:
        yield
        return
    swallow = _SwallowLanguageChange()
    app.installEventFilter(swallow)
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        app.removeEventFilter(swallow)
