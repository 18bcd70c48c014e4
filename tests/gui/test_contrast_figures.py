"""The README's contrast table is measured: recomputed here from the real palettes.

Every text role against each background it is drawn on (≥ 4.5 : 1) and the focus ring against
what it touches (≥ 3 : 1), light and dark. If a colour changes, this test prints the new table.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from test_theme import contrast

from saferplan.gui import theme

README = Path(__file__).resolve().parents[2] / "README.md"
START, END = "<!-- contrast:start -->", "<!-- contrast:end -->"


def _ratio(dark: bool, fg: str, bg: str) -> float:
    colours = theme.palette_colours(dark)
    return contrast(QColor(getattr(colours, fg)), QColor(getattr(colours, bg)))


def contrast_table() -> str:
    """The Markdown table of every checked pair, light and dark."""
    rows = ["| Colour role on background | Light | Dark | Needed |", "|---|---|---|---|"]
    pairs = [(fg, bg, 4.5) for fg, bg in theme.TEXT_PAIRS]
    pairs += [(fg, bg, 3.0) for fg, bg in theme.FOCUS_PAIRS]
    for fg, bg, needed in pairs:
        name = {"focus": "focus ring", "text": "body text", "border": "field border"}.get(
            fg, f"{fg} text".replace("_", " "))
        light, dark = _ratio(False, fg, bg), _ratio(True, fg, bg)
        assert min(light, dark) >= needed, (fg, bg, light, dark)
        rows.append(f"| {name} on {bg.replace('_', ' ')} | {light:.1f} : 1 | {dark:.1f} : 1 "
                    f"| {needed:g} : 1 |")
    return "\n".join(rows)


def test_readme_contrast_table_is_the_measured_one() -> None:
    text = README.read_text(encoding="utf-8")
    assert START in text and END in text
    shown = text.split(START, 1)[1].split(END, 1)[0].strip()
    expected = contrast_table()
    assert shown == expected, "\n" + expected
