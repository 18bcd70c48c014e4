"""Wallet card geometry: ID-1 panels in a fold-over strip, crop marks, the 5 cm line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from saferplan.export.card_content import CardEntry, CardGroup, CardModel, CardNote
from saferplan.export.errors import CardOverflowError
from saferplan.export.fonts import is_rtl, make_font, script_name
from saferplan.export.labels import Label
from saferplan.export.targets import DOTS_PER_MM
from saferplan.export.textbox import Placed, paragraph, points, text_width

PANEL_W: Final = 85.6  # ISO/IEC 7810 ID-1, millimetres
PANEL_H: Final = 54.0
STRIP_W: Final = 2 * PANEL_W
PADDING: Final = 3.5  # inside each panel
STRIP_GAP: Final = 7.0  # between strips, room for the crop marks
PAGE_MARGIN: Final = 10.0
CHECK_AREA: Final = 18.0  # space under the last strip for the 5 cm line and its label
CHECK_LENGTH: Final = 50.0
MIN_POINT_SIZE: Final = 5.5
# Larger type in one column first, then two columns, then smaller type (readable before compact).
_SIZES_LARGE: Final = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0)
_SIZES_SMALL: Final = (6.75, 6.5, 6.25, 6.0, 5.75, 5.5)
_ATTEMPTS: Final = (
    [(s, 1) for s in _SIZES_LARGE] + [(s, 2) for s in _SIZES_LARGE]
    + [(s, c) for s in _SIZES_SMALL for c in (1, 2)]
)
_INK: Final = QColor(0, 0, 0)
_SOFT_INK: Final = QColor(85, 85, 85)
_GUIDE: Final = QColor(170, 170, 170)

LTR = Qt.LayoutDirection.LeftToRight
RTL = Qt.LayoutDirection.RightToLeft
AUTO = Qt.LayoutDirection.LayoutDirectionAuto
LEFT = Qt.AlignmentFlag.AlignLeft
RIGHT = Qt.AlignmentFlag.AlignRight


def mm(value: float) -> float:
    """Return millimetres in dots."""
    return value * DOTS_PER_MM


@dataclass
class _Unit:
    """A block kept in one column (a group, a note); positions relative to its top."""

    items: list[Placed]
    height: float
    gap_before: float  # space above it when it is not at the top of a column


@dataclass
class CardLayout:
    """The laid-out strip: what goes on each panel, positions in dots from the strip's corner."""

    placed: list[Placed]
    point_size: float
    columns: int


@dataclass(frozen=True)
class SheetGeometry:
    """Where strips and the check line go on the page, in millimetres from the page's corner."""

    strips: tuple[QPointF, ...]
    check_line: QLineF


# The scripts each labels' language is written in: text with none of them (a Latin name, a phone
# number, the English labels) gets the Latin fonts first, whose lines are much less tall than the
# Arabic or Lao fonts' lines.
_OWN_SCRIPTS: Final[dict[str, frozenset[str]]] = {
    "zh_Hans": frozenset({"Chinese"}),
    "zh_Hant": frozenset({"Chinese"}),
    "ko": frozenset({"Korean", "Chinese"}),
    "th": frozenset({"Thai"}),
    "km": frozenset({"Khmer"}),
    "lo": frozenset({"Lao"}),
    "ar": frozenset({"Arabic"}),
}
# Space between a name and its phone, between a label and its English, in points per point of size.
_GAP: Final = 0.6
_COLUMN_GAP: Final = 2.5  # millimetres


def _font_language(language: str, text: str) -> str:
    """Return the language whose font list should draw ``text``: its own, or English's."""
    own = _OWN_SCRIPTS.get(language)
    if own is None or any(script_name(ch) in own for ch in text if ch.isalpha()):
        return language
    return "en"


class _Writer:
    """Lays out card text at one base size and direction."""

    def __init__(self, language: str, size: float) -> None:
        self.language = language
        self.rtl = is_rtl(language)
        self.size = size

    def font(self, text: str, size: float, bold: bool = False) -> QFont:
        language = _font_language(self.language, text)
        return make_font(language, max(size, MIN_POINT_SIZE), bold)

    def label(self, label: Label, width: float, size: float, y: float,
              bold: bool = True, inline: bool = True) -> tuple[list[Placed], float]:
        """Place a label and its English: on one line when both fit, else English beneath."""
        lines = label.lines()
        local_font = self.font(lines[0], size, bold)
        if len(lines) == 1:
            return self._stacked([(lines[0], local_font)], width, y)
        english_font = self.font(lines[1], size - 1.0)
        if inline:
            placed = self._side_by_side(lines[0], local_font, lines[1], english_font, width, y)
            if placed is not None:
                return placed
        return self._stacked([(lines[0], local_font), (lines[1], english_font)], width, y)

    def _stacked(self, lines: list[tuple[str, QFont]], width: float,
                 y: float) -> tuple[list[Placed], float]:
        items = []
        for index, (text, font) in enumerate(lines):
            direction = (RTL if self.rtl else LTR) if index == 0 else LTR
            layout, height = paragraph(text, font, width, direction, RIGHT if self.rtl else LEFT)
            items.append(Placed(layout, QPointF(0, y), _INK if index == 0 else _SOFT_INK))
            y += height
        return items, y

    def _side_by_side(self, local: str, local_font: QFont, english: str, english_font: QFont,
                      width: float, y: float) -> tuple[list[Placed], float] | None:
        """Place "label · English" on one line (mirrored in RTL); None when it is too long."""
        english = f"{english} \u00b7" if self.rtl else f"\u00b7 {english}"
        local_w, english_w = text_width(local, local_font), text_width(english, english_font)
        gap = points(local_font.pointSizeF()) * _GAP * 0.5
        if local_w + gap + english_w > width:
            return None
        local_layout, _ = paragraph(local, local_font, width, RTL if self.rtl else LTR,
                                    RIGHT if self.rtl else LEFT)
        english_layout, _ = paragraph(english, english_font, english_w + 1.0, LTR, LEFT)
        first, second = local_layout.lineAt(0), english_layout.lineAt(0)
        baseline = max(first.ascent(), second.ascent())
        bottom = baseline + max(first.descent(), second.descent())
        english_x = width - local_w - gap - english_w if self.rtl else local_w + gap
        return [Placed(local_layout, QPointF(0, y + baseline - first.ascent()), _INK),
                Placed(english_layout, QPointF(english_x, y + baseline - second.ascent()),
                       _SOFT_INK)], y + bottom

    def entry(self, entry: CardEntry, width: float, y: float) -> tuple[list[Placed], float]:
        """Place a name and its phone on one line when they fit, else the phone on the next line."""
        name_font = self.font(entry.name, self.size)
        phone_font = self.font(entry.phone, self.size, bold=True)
        phone_w = text_width(entry.phone, phone_font) if entry.phone else 0.0
        gap = points(self.size) * _GAP
        one_line = text_width(entry.name, name_font) + gap + phone_w <= width
        name_w = width - phone_w - gap if one_line else width
        name_layout, name_h = paragraph(entry.name, name_font, name_w, AUTO,
                                        RIGHT if self.rtl else LEFT)
        name_x = width - name_w if self.rtl else 0.0
        items = [Placed(name_layout, QPointF(name_x, y), _INK)]
        if not entry.phone:
            return self._address(entry, items, width, y + name_h)
        phone_layout, phone_h = paragraph(entry.phone, phone_font, width, LTR,
                                          LEFT if self.rtl else RIGHT)
        phone_y = y if one_line else y + name_h
        if one_line:  # same baseline as the name, whose font may be taller
            phone_y += name_layout.lineAt(0).ascent() - phone_layout.lineAt(0).ascent()
        items.append(Placed(phone_layout, QPointF(0, phone_y), _INK))
        return self._address(entry, items, width, max(y + name_h, phone_y + phone_h))

    def _address(self, entry: CardEntry, items: list[Placed], width: float,
                 y: float) -> tuple[list[Placed], float]:
        """Add the address beneath the name, a little smaller (only when the person chose it)."""
        if not entry.address:
            return items, y
        font = self.font(entry.address, self.size - 1.0)
        layout, height = paragraph(entry.address, font, width, AUTO, RIGHT if self.rtl else LEFT)
        return [*items, Placed(layout, QPointF(0, y), _SOFT_INK)], y + height

    def group(self, group: CardGroup, width: float) -> list[_Unit]:
        """Return one unit per person (the label rides with the first) so groups can flow on."""
        units: list[_Unit] = []
        for index, entry in enumerate(group.entries):
            items: list[Placed] = []
            y = 0.0
            if index == 0 and group.label is not None:
                items, y = self.label(group.label, width, self.size - 0.5, y)
            placed, y = self.entry(entry, width, y)
            gap = points(self.size) * (0.45 if index == 0 else 0.15)
            units.append(_Unit(items + placed, y, gap))
        return units

    def note(self, note: CardNote, width: float) -> _Unit:
        """Return a labelled note (medication, language) as one unit."""
        items, y = self.label(note.label, width, self.size - 0.5, 0.0)
        layout, height = paragraph(note.text, self.font(note.text, self.size), width, AUTO,
                                   RIGHT if self.rtl else LEFT)
        items.append(Placed(layout, QPointF(0, y), _INK))
        return _Unit(items, y + height, points(self.size) * 0.45)


def _columns_of(units: list[_Unit], capacity: float) -> list[list[_Unit]]:
    """Fill columns in order, each at most ``capacity`` high (a unit taller than it stays alone)."""
    columns: list[list[_Unit]] = [[]]
    y = 0.0
    for unit in units:
        gap = unit.gap_before if columns[-1] else 0.0
        if columns[-1] and y + gap + unit.height > capacity:
            columns.append([])
            y, gap = 0.0, 0.0
        columns[-1].append(unit)
        y += gap + unit.height
    return columns


def _balanced(units: list[_Unit], columns: int, height: float) -> list[list[_Unit]] | None:
    """Return the units split into columns as evenly as their order allows, or None if too high."""
    if any(unit.height > height for unit in units) or len(_columns_of(units, height)) > columns:
        return None
    low, high = max((unit.height for unit in units), default=0.0), height
    while high - low > 1.0:  # the lowest column height that still needs no more columns
        middle = (low + high) / 2
        if len(_columns_of(units, middle)) <= columns:
            high = middle
        else:
            low = middle
    return _columns_of(units, high)


def _pack(units: list[_Unit], columns: int, column_w: float, top: float, height: float,
          rtl: bool) -> list[Placed] | None:
    """Place the units in balanced columns under ``top``; None when something does not fit."""
    split = _balanced(units, columns, height - top)
    if split is None:
        return None
    placed: list[Placed] = []
    for column, column_units in enumerate(split):
        index = columns - 1 - column if rtl else column
        x = index * (column_w + mm(_COLUMN_GAP))
        y = top
        for number, unit in enumerate(column_units):
            gap = unit.gap_before if number else 0.0
            placed += [item.moved(x, y + gap) for item in unit.items]
            y += gap + unit.height
    return placed


def _inside(model: CardModel, language: str, size: float, columns: int) -> list[Placed] | None:
    writer = _Writer(language, size)
    inner_w, inner_h = mm(PANEL_W - 2 * PADDING), mm(PANEL_H - 2 * PADDING)
    items: list[Placed] = []
    top = 0.0
    if model.heading is not None:
        items, top = writer.label(model.heading, inner_w, size + 0.5, 0.0)
        top += points(size) * 0.5
    column_w = (inner_w - mm(_COLUMN_GAP) * (columns - 1)) / columns
    units = [unit for g in model.groups for unit in writer.group(g, column_w)]
    units += [writer.note(n, column_w) for n in model.notes]
    packed = _pack(units, columns, column_w, top, inner_h, writer.rtl)
    return None if packed is None else items + packed


def _cover(model: CardModel, language: str) -> list[Placed]:
    writer = _Writer(language, 9.0)
    items, _ = writer.label(model.cover, mm(PANEL_W - 2 * PADDING), 10.0, 0.0, inline=False)
    return items


def overflow_message(model: CardModel) -> str:
    """Return the calm sentence saying what to remove when the card is too full."""
    if model.notes:
        return QCoreApplication.translate(
            "Export", "There is not enough room on the card. "
            "Choose fewer people or leave out the medication line.")
    return QCoreApplication.translate(
        "Export", "There is not enough room on the card. Choose fewer people.")


# No font's line is shorter than this share of its size: a bound on how many lines a panel holds.
_SHORTEST_LINE: Final = 0.8


def most_entries() -> int:
    """More people than this can never fit on the card, whatever the font and the names.

    Each person takes at least one line at the smallest size tried; checked before anything is
    laid out, so a plan with 100,000 people is refused at once, not after measuring every name.
    """
    smallest = min(size for size, _ in _ATTEMPTS)
    most_columns = max(count for _, count in _ATTEMPTS)
    lines = mm(PANEL_H - 2 * PADDING) / (points(smallest) * _SHORTEST_LINE)
    return int(lines) * most_columns


def fit_card(model: CardModel, language: str) -> CardLayout:
    """Shrink the text (not below 5.5 pt) until the inside panel holds everything, or raise."""
    for size, columns in _ATTEMPTS:
        inside = _inside(model, language, size, columns)
        if inside is not None:
            offset_x, offset_y = mm(PANEL_W + PADDING), mm(PADDING)
            placed = [p.moved(mm(PADDING), mm(PADDING)) for p in _cover(model, language)]
            placed += [p.moved(offset_x, offset_y) for p in inside]
            return CardLayout(placed, size, columns)
    raise CardOverflowError(overflow_message(model))


def sheet_geometry(page_mm: QSizeF) -> SheetGeometry:
    """Return as many strips as fit on the page, centred, with the 5 cm line under the last one."""
    usable = page_mm.height() - 2 * PAGE_MARGIN - CHECK_AREA + STRIP_GAP
    count = max(1, int(usable // (PANEL_H + STRIP_GAP)))
    block = count * PANEL_H + (count - 1) * STRIP_GAP + CHECK_AREA
    x = (page_mm.width() - STRIP_W) / 2
    top = (page_mm.height() - block) / 2
    strips = tuple(QPointF(x, top + i * (PANEL_H + STRIP_GAP)) for i in range(count))
    line_y = strips[-1].y() + PANEL_H + 9.0
    return SheetGeometry(strips, QLineF(x, line_y, x + CHECK_LENGTH, line_y))


def _pen(color: QColor, width_mm: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color, mm(width_mm), style)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def draw_strip_guides(painter: QPainter, corner: QPointF) -> None:
    """Draw the strip's faint outline, dashed fold line and the crop marks outside its corners."""
    x, y = mm(corner.x()), mm(corner.y())
    w, h = mm(STRIP_W), mm(PANEL_H)
    painter.setPen(_pen(_GUIDE, 0.1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(x, y, w, h))
    fold = _pen(_GUIDE, 0.2)
    fold.setDashPattern([6.0, 4.0])
    painter.setPen(fold)
    painter.drawLine(QLineF(x + mm(PANEL_W), y, x + mm(PANEL_W), y + h))
    painter.setPen(_pen(_INK, 0.15))
    gap, side, end = mm(1.0), mm(6.0), mm(2.3)
    for cx in (x, x + w):
        outward = -1 if cx == x else 1
        for cy in (y, y + h):
            down = -1 if cy == y else 1
            painter.drawLine(QLineF(cx + outward * gap, cy, cx + outward * (gap + side), cy))
            painter.drawLine(QLineF(cx, cy + down * gap, cx, cy + down * (gap + end)))


def draw_cover_lines(painter: QPainter, corner: QPointF) -> None:
    """Draw a few faint lines on the outside panel, for handwriting."""
    painter.setPen(_pen(_GUIDE, 0.15))
    left, right = mm(corner.x() + PADDING), mm(corner.x() + PANEL_W - PADDING)
    for offset in (22.0, 29.0, 36.0, 43.0):
        y = mm(corner.y() + offset)
        painter.drawLine(QLineF(left, y, right, y))


def draw_check_line(painter: QPainter, line: QLineF, label: list[Placed]) -> None:
    """Draw the 5 cm line (exact length, flat ends) with end ticks, and its label to the right."""
    painter.setPen(_pen(_INK, 0.3))
    start, end = line.p1() * DOTS_PER_MM, line.p2() * DOTS_PER_MM
    painter.drawLine(QLineF(start, end))
    painter.setPen(_pen(_INK, 0.2))
    for point in (start, end):
        painter.drawLine(QLineF(point.x(), point.y() - mm(1.5), point.x(), point.y() + mm(1.5)))
    for item in label:
        item.draw(painter)


def check_label(label: Label, language: str, line: QLineF, page_w_mm: float) -> list[Placed]:
    """Lay out the check line's label to the right of the line, centred on it."""
    writer = _Writer(language, 7.0)
    left = line.x2() + 5.0
    width = page_w_mm - left - line.x1()
    items, height = writer.label(label, mm(width), 7.0, 0.0, bold=False, inline=False)
    return [p.moved(mm(left), mm(line.y1()) - height / 2) for p in items]
