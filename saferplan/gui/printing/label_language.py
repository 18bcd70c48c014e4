"""Print the labels in another language than the app's, without touching the app's own.

The export translates its labels through ``export.labels.label_text``. To print in another
language, that language's translator is loaded here and handed to the export for the thread
that makes the output only (``labels_from``): the screens keep their language, and the export
can run in a worker thread while the window stays live (the quick exit acts at once).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QTranslator

from saferplan import i18n
from saferplan.export.labels import labels_from

T = TypeVar("T")


class _SourceText(QTranslator):
    """Answers every string with its English source (printing in English from another language)."""

    def translate(self, context: str, source_text: str,
                  disambiguation: str | None = None, n: int = -1) -> str:
        """Return the English source text unchanged."""
        return source_text

    def isEmpty(self) -> bool:
        """Never empty: it answers everything."""
        return False


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


def _labels_translator(code: str) -> QTranslator | None:
    """The translator for labels in ``code``; None for the app's own language (or unknown)."""
    return None if code == i18n.current_language() else _translator_for(code)


@contextmanager
def labels_in(code: str) -> Iterator[None]:
    """Within this block, in this thread, the export's labels come out in ``code`` (if SaferPlan
    has it). The application's translators, and so every screen, are left as they are."""
    with labels_from(_labels_translator(code)):
        yield


def in_labels(code: str, make: Callable[[], T]) -> Callable[[], T]:
    """Return ``make`` with its labels in ``code``, in whichever thread it runs (the translator
    is loaded now, on the calling thread)."""
    translator = _labels_translator(code)

    def made() -> T:
        with labels_from(translator):
            return make()

    return made
