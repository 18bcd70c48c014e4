"""The font families each language is drawn with, on screen and on paper (data only, no Qt).

Its own script's font first (the CJK font first for Chinese and Korean, so each gets its own glyph
forms), then the Latin fonts, then every other script's font for names written in another script.
"""

from __future__ import annotations

from typing import Final

LATIN: Final = ("Noto Sans", "DejaVu Sans")

# The script font a language needs before the Latin ones (Latin-script languages need none).
SCRIPT_FAMILIES: Final[dict[str, tuple[str, ...]]] = {
    "zh_Hans": ("Noto Sans CJK SC",),
    "zh_Hant": ("Noto Sans CJK TC",),
    "ko": ("Noto Sans CJK KR",),
    "th": ("Noto Sans Thai",),
    "km": ("Noto Sans Khmer",),
    "lo": ("Noto Sans Lao",),
    "ar": ("Noto Sans Arabic",),
}

# Fonts for names written in another script than the language's own, in this order.
OTHER_SCRIPTS: Final = (
    "Noto Sans CJK SC",
    "Noto Sans Thai",
    "Noto Sans Khmer",
    "Noto Sans Lao",
    "Noto Sans Arabic",
    "Noto Sans CJK KR",
    "Noto Sans CJK TC",
)


def family_list(language: str) -> list[str]:
    """Return the font families for ``language``: its script's font, Latin, then the others."""
    families = [*SCRIPT_FAMILIES.get(language, ()), *LATIN]
    return families + [f for f in OTHER_SCRIPTS if f not in families]
