"""Languages SaferPlan offers and the machinery that switches between them at run time.

Strings are written in English in the code; a language is applied by installing Qt translators
(``saferplan_<lang>.qm`` and Qt's own ``qtbase_*.qm``). Installing or removing a translator makes
Qt send a LanguageChange event to every widget, and each screen then calls ``retranslate_ui()``.
"""

from __future__ import annotations

import functools
import re
from contextlib import ExitStack
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from saferplan.lazy_qt import LEFT_TO_RIGHT, RIGHT_TO_LEFT, set_enum_property


# A NamedTuple, not a dataclass: the first window loads no dataclasses module (start-up time).
class Language(NamedTuple):
    """One language: its code, its name in its own script, and Qt's locale name for it.

    ``draft`` is the word "draft" in that language while no native speaker has reviewed the
    translation; the chooser shows it beside the name. English, the source, has none.
    """

    code: str
    native_name: str
    qt_locale: str
    right_to_left: bool = False
    draft: str = ""

    @property
    def chooser_label(self) -> str:
        """The name shown in language choosers, marked while the translation is a draft."""
        return f"{self.native_name} ({self.draft})" if self.draft else self.native_name


# Every language offered, each named in its own script (never translated).
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "en_CA"),
    Language("zh_Hans", "简体中文", "zh_CN", draft="草稿"),
    Language("zh_Hant", "繁體中文", "zh_TW", draft="草稿"),
    Language("vi", "Tiếng Việt", "vi_VN", draft="bản nháp"),
    Language("th", "ไทย", "th_TH", draft="ฉบับร่าง"),
    Language("km", "ខ្មែរ", "km_KH", draft="សេចក្ដីព្រាង"),
    Language("lo", "ລາວ", "lo_LA", draft="ສະບັບຮ່າງ"),
    Language("ko", "한국어", "ko_KR", draft="초안"),
    Language("tl", "Tagalog", "fil_PH", draft="borador"),
    Language("es", "Español", "es_ES", draft="borrador"),
    Language("pt_BR", "Português", "pt_BR", draft="rascunho"),
    Language("fr", "Français", "fr_CA", draft="ébauche"),
    Language("ar", "العربية", "ar", right_to_left=True, draft="مسودة"),
)

LANGUAGE_CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
DEFAULT_LANGUAGE = "en"

# Placeholders and markup that pseudo-localisation must leave exactly as they are.
_KEEP = re.compile(r"(%n|%L?\d+|\{[A-Za-z_0-9]*\}|<[^>]*>|&&|&(?=\w))")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "àéîõüýÀÉÎÕÜÝçñšž")
PSEUDO_STRETCH = 0.4


def language(code: str) -> Language:
    """Return the language with this code; unknown codes give English."""
    return next((lang for lang in LANGUAGES if lang.code == code), LANGUAGES[0])


def is_known_language(code: str) -> bool:
    """Tell whether SaferPlan offers this language code."""
    return code in LANGUAGE_CODES


def pseudo_localise(source: str) -> str:
    """Return ``source`` accented and stretched ~40 %, bracketed, with placeholders intact."""
    if not source:
        return source
    parts = _KEEP.split(source)
    out = [p if _KEEP.fullmatch(p) else p.translate(_ACCENTED) for p in parts]
    padding = "~" * max(1, round(len(source) * PSEUDO_STRETCH))
    # Pad with short word-like chunks so word wrap can still break long strings.
    chunks = " ".join(padding[i:i + 6] for i in range(0, len(padding), 6))
    return f"[!! {''.join(out)} {chunks} !!]"


class PseudoTranslator(QTranslator):
    """A translator that pseudo-localises every string, to test layouts with long text."""

    def translate(self, context: str, source_text: str,
                  disambiguation: str | None = None, n: int = -1) -> str:
        """Return the pseudo-localised form of ``source_text``."""
        return pseudo_localise(source_text)

    def isEmpty(self) -> bool:
        """Never empty: it translates everything."""
        return False


def translator_for(code: str) -> QTranslator | None:
    """Load saferplan_<code>.qm from the installed translations, if it exists."""
    from saferplan.resources import ResourceMissingError, data_dir

    try:
        folder = data_dir("translations")
    except ResourceMissingError:
        return None
    entry = folder / f"saferplan_{code}.qm"
    if not entry.is_file():
        return None
    translator = QTranslator()
    if isinstance(entry, Path):     # on disk, as installed: no importlib.resources needed
        return translator if translator.load(str(entry)) else None
    from importlib.resources import as_file

    with ExitStack() as stack:
        real = stack.enter_context(as_file(entry))
        if not translator.load(str(real)):
            return None
    return translator


def _qt_translation_file(lang: Language) -> QTranslator | None:
    """Load Qt's own qtbase_*.qm for this language where Qt ships one (standard buttons)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    candidates = (lang.qt_locale, lang.qt_locale.split("_")[0])
    for name in candidates:
        path = folder / f"qtbase_{name}.qm"
        if path.is_file():
            translator = QTranslator()
            if translator.load(str(path)):
                return translator
    return None


class LanguageSwitcher:
    """Installs and removes the translators of the current language on the application."""

    def __init__(self) -> None:
        self.current = DEFAULT_LANGUAGE
        self.pseudo = False  # pseudo-localise on top (tools and tests: use_pseudo)
        self._installed: list[QTranslator] = []

    def apply(self, code: str) -> None:
        """Switch the whole application to ``code`` (unknown codes fall back to English)."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the application before choosing a language")
        lang = language(code)
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        for found in (_qt_translation_file(lang), translator_for(lang.code)):
            if found is not None:
                self._install(found)
        if self.pseudo:
            self._install(PseudoTranslator())
        QLocale.setDefault(QLocale(lang.qt_locale))
        if isinstance(app, QGuiApplication):
            set_enum_property(app, "layoutDirection",
                              RIGHT_TO_LEFT if lang.right_to_left else LEFT_TO_RIGHT)
        self.current = lang.code
        # Qt posts LanguageChange to each widget; deliver them now so every screen is in the
        # new language before anything else is drawn.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def _install(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)


# The application's one switcher.
switcher = LanguageSwitcher()


def use_pseudo(on: bool) -> None:
    """Pseudo-localise every string from the next ``set_language`` on (screenshots and layout
    tests: long text shows clipped or untranslated words); the app never turns it on."""
    switcher.pseudo = on


def set_language(code: str) -> None:
    """Switch the running application to ``code``; open screens retranslate themselves."""
    switcher.apply(code)


def current_language() -> str:
    """Return the code of the language in use."""
    return switcher.current


@functools.lru_cache(maxsize=16)
def _locale(code: str) -> QLocale:
    # Kept: the record list asks for thousands of dates. Only read, never changed.
    return QLocale(language(code).qt_locale)


def when_text(when: str, code: str) -> tuple[str, str]:
    """Return (date, time) of a record entry's "when" in the words of language ``code``; free
    text stays as is. Here, not with the record's PDF, so that the record screen opens without
    loading the PDF makers (0.1 s the first time)."""
    day, _, clock = when.partition("T")
    date = QDate.fromString(day, "yyyy-MM-dd")
    if not date.isValid():
        return when, ""
    locale = _locale(code)
    time = QTime.fromString(clock, "HH:mm") if clock else QTime()
    time_text = locale.toString(time, QLocale.FormatType.ShortFormat) if time.isValid() else ""
    return locale.toString(date, QLocale.FormatType.LongFormat), time_text
