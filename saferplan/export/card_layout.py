"""Wallet card geometry: ID-1 panels in a fold-over strip, crop marks, the 5 cm line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from saferplan.export.card_content import CardEntry, CardGroup, CardModel, CardNote
from saferplan.export.errors import CardOverflowError
from saferplan.export.fonts import is_rtl, make_font
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


class _Writer:
    """Lays out card text at one base size and direction."""

    def __init__(self, language: str, size: float) -> None:
        self.language = language
        self.rtl = is_rtl(language)
        self.size = size

    def font(self, size: float, bold: bool = False) -> QFont:
        return make_font(self.language, max(size, MIN_POINT_SIZE), bold)

    def label(self, label: Label, width: float, size: float, y: float,
              bold: bool = True) -> tuple[list[Placed], float]:
        """Place a label (its language, English beneath in grey); return the items and new y."""
        items = []
        direction = RTL if self.rtl else LTR
        align = RIGHT if self.rtl else LEFT
        for index, line in enumerate(label.lines()):
            font = self.font(size if index == 0 else size - 1.0, bold=bold and index == 0)
            layout, height = paragraph(line, font, width, direction if index == 0 else LTR,
                                       align)
            items.append(Placed(layout, QPointF(0, y), _INK if index == 0 else _SOFT_INK))
            y += height
        return items, y

    def entry(self, entry: CardEntry, width: float, y: float) -> tuple[list[Placed], float]:
        """Place a name and its phone on one line when they fit, else the phone on the next line."""
        name_font, phone_font = self.font(self.size), self.font(self.size, bold=True)
        phone_w = text_width(entry.phone, phone_font) if entry.phone else 0.0
        gap = points(self.size)
        one_line = text_width(entry.name, name_font) + gap + phone_w <= width
        name_w = width - phone_w - gap if one_line else width
        name_layout, name_h = paragraph(entry.name, name_font, name_w, AUTO,
                                        RIGHT if self.rtl else LEFT)
        name_x = width - name_w if self.rtl else 0.0
        items = [Placed(name_layout, QPointF(name_x, y), _INK)]
        if not entry.phone:
            return items, y + name_h
        phone_layout, phone_h = paragraph(entry.phone, phone_font, width, LTR,
                                          LEFT if self.rtl else RIGHT)
        phone_y = y if one_line else y + name_h
        items.append(Placed(phone_layout, QPointF(0, phone_y), _INK))
        return items, max(y + name_h, phone_y + phone_h)

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
        items, y = self.label(note.label, width, self.size - 0.5, 0.0)
        layout, height = paragraph(note.text, self.font(self.size), width, AUTO,
                                   RIGHT if self.rtl else LEFT)
        items.append(Placed(layout, QPointF(0, y), _INK))
        return _Unit(items, y + height, points(self.size) * 0.45)


def _pack(units: list[_Unit], columns: int, column_w: float, top: float, height: float,
          rtl: bool) -> list[Placed] | None:
    """Fill columns in order; return the placed items, or None when something does not fit."""
    placed: list[Placed] = []
    column, y = 0, top
    for unit in units:
        gap = unit.gap_before if y > top else 0.0
        if y > top and y + gap + unit.height > height:
            column, y, gap = column + 1, top, 0.0
        if column >= columns or y + unit.height > height:
            return None
        index = columns - 1 - column if rtl else column
        x = index * (column_w + mm(3.0))
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
    column_w = (inner_w - mm(3.0) * (columns - 1)) / columns
    units = [unit for g in model.groups for unit in writer.group(g, column_w)]
    units += [writer.note(n, column_w) for n in model.notes]
    packed = _pack(units, columns, column_w, top, inner_h, writer.rtl)
    return None if packed is None else items + packed


def _cover(model: CardModel, language: str) -> list[Placed]:
    writer = _Writer(language, 9.0)
    items, _ = writer.label(model.cover, mm(PANEL_W - 2 * PADDING), 10.0, 0.0)
    return items


def overflow_message(model: CardModel) -> str:
    """Return the calm sentence saying what to remove when the card is too full."""
    if model.notes:
        return ("There is not enough room on the card. "
                "Choose fewer people or leave out the medication line.")
    return "There is not enough room on the card. Choose fewer people."


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
    items, height = writer.label(label, mm(width), 7.0, 0.0, bold=False)
    return [p.moved(mm(left), mm(line.y1()) - height / 2) for p in items]
