"""Font families per language, and a check that every character to print has a glyph.

Qt falls back through a QFont's family list character by character, so each language gets an
explicit list: its own script first (the CJK family first for Chinese, so Simplified and Traditional
keep their own glyph forms), then Latin, then the other scripts a name might be written in.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from saferplan.export.errors import MissingFontError
from saferplan.script_fonts import SCRIPT_FAMILIES, family_list

# Every language SaferPlan prints in (Latin-script ones need no script font of their own).
_LANGUAGES: Final = ("en", "es", "fr", "pt_BR", "tl", "vi", *SCRIPT_FAMILIES)


# The explicit family list per language; tests may replace entries to simulate missing fonts.
FAMILIES: dict[str, list[str]] = {lang: family_list(lang) for lang in _LANGUAGES}

RTL_LANGUAGES: Final = frozenset({"ar"})

# Characters that need no glyph of their own: spaces, controls, format marks (ZWJ, bidi isolates).
_NO_GLYPH_CATEGORIES: Final = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})

# Unicode name prefixes and the script name people know them by.
_SCRIPT_NAMES: Final = (
    ("CJK", "Chinese"),
    ("KANGXI", "Chinese"),
    ("IDEOGRAPHIC", "Chinese"),
    ("HANGUL", "Korean"),
    ("HIRAGANA", "Japanese"),
    ("KATAKANA", "Japanese"),
    ("KHMER", "Khmer"),
    ("THAI", "Thai"),
    ("LAO", "Lao"),
    ("ARABIC", "Arabic"),
    ("LATIN", "Latin"),
    ("GREEK", "Greek"),
    ("CYRILLIC", "Cyrillic"),
    ("DEVANAGARI", "Devanagari"),
    ("BENGALI", "Bengali"),
    ("TAMIL", "Tamil"),
    ("MYANMAR", "Myanmar"),
    ("HEBREW", "Hebrew"),
    ("ETHIOPIC", "Ethiopic"),
    ("TIBETAN", "Tibetan"),
)

# A font to suggest per script, and the Debian/Ubuntu package that has it.
_SUGGESTED_FONT: Final[dict[str, tuple[str, str]]] = {
    "Chinese": ("Noto Sans CJK SC", "fonts-noto-cjk"),
    "Korean": ("Noto Sans CJK KR", "fonts-noto-cjk"),
    "Japanese": ("Noto Sans CJK JP", "fonts-noto-cjk"),
    "Latin": ("Noto Sans", "fonts-noto-core"),
    "symbols": ("Noto Color Emoji", "fonts-noto-color-emoji"),
}


def families_for(language: str) -> list[str]:
    """Return the font families for this labels' language (unknown languages: English's)."""
    return list(FAMILIES.get(language, FAMILIES["en"]))


def is_rtl(language: str) -> bool:
    """Return True when the labels' language is written right to left."""
    return language in RTL_LANGUAGES


def make_font(language: str, point_size: float, bold: bool = False) -> QFont:
    """Return a QFont with the language's family list, at this size in points."""
    font = QFont()
    font.setFamilies(families_for(language))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


_this_thread = threading.local()  # .raw_fonts: this thread's fonts, by family


def _raw_font(family: str) -> QRawFont | None:
    """The family's font as loaded in this thread (None if it is not installed).

    Kept per thread: Qt loads a font's FreeType face for the thread that asks and frees it
    when that thread ends, so a font kept from a worker thread that has ended has no glyphs
    left (every character then seemed to need a font to be installed).
    """
    fonts: dict[str, QRawFont | None] = _this_thread.__dict__.setdefault("raw_fonts", {})
    if family not in fonts:
        # QRawFont.fromFont silently substitutes a missing family, so ask the database first.
        fonts[family] = (QRawFont.fromFont(QFont(family)) if QFontDatabase.hasFamily(family)
                         else None)
    return fonts[family]


@cache
def _has_glyph(family: str, code: int) -> bool:
    raw = _raw_font(family)
    return raw is not None and raw.supportsCharacter(code)


def _covered(char: str, families: Iterable[str]) -> bool:
    return any(_has_glyph(family, ord(char)) for family in families)


def _needs_glyph(char: str) -> bool:
    if unicodedata.category(char) in _NO_GLYPH_CATEGORIES:
        return False
    return not 0xFE00 <= ord(char) <= 0xFE0F  # variation selectors choose a form, drawn by nobody


def script_name(char: str) -> str:
    """Return the name people know the script of ``char`` by ("Khmer", "Chinese"...)."""
    name = unicodedata.name(char, "")
    for prefix, script in _SCRIPT_NAMES:
        if name.startswith(prefix):
            return script
    if unicodedata.category(char).startswith("S") or not name:
        return "symbols"
    return name.split(" ")[0].title()


def install_advice(script: str) -> str:
    """Return the calm sentence saying which font to install for ``script``."""
    font, package = _SUGGESTED_FONT.get(script, (f"Noto Sans {script}", "fonts-noto-core"))
    return QCoreApplication.translate(
        "Export",
        "Some text cannot be printed because no font for {script} is installed. "
        "Install a font for {script}, for example the {font} font "
        "(on Debian or Ubuntu: the {package} package), then try again.",
    ).format(script=script, font=font, package=package)


def check_coverage(texts: Iterable[str], families: list[str]) -> None:
    """Raise MissingFontError naming the script of the first character no family can draw."""
    seen: set[str] = set()
    for text in texts:
        for char in text:
            if char in seen:
                continue
            seen.add(char)
            if _needs_glyph(char) and not _covered(char, families):
                script = script_name(char)
                raise MissingFontError(install_advice(script), script)
