"""Measured, wrapped text placed in dots: the one code path used both to measure and to draw."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTextLayout, QTextOption

from saferplan.export.targets import DOTS_PER_POINT, reference_device
from saferplan.model.text_rules import TextKind, clean_text


@cache
def _reference() -> QImage:
    return reference_device()


@dataclass
class Placed:
    """A laid-out paragraph and where its top-left goes, in dots."""

    layout: QTextLayout
    pos: QPointF
    color: QColor

    def moved(self, dx: float, dy: float) -> Placed:
        """Return the same paragraph shifted by (dx, dy)."""
        return Placed(self.layout, self.pos + QPointF(dx, dy), self.color)

    def draw(self, painter: QPainter) -> None:
        """Draw the paragraph with its colour."""
        painter.setPen(self.color)
        self.layout.draw(painter, self.pos)


def text_width(text: str, font: QFont) -> float:
    """Return the width of ``text`` on one line, in dots."""
    return QFontMetricsF(font, _reference()).horizontalAdvance(text)


def points(size: float) -> float:
    """Return ``size`` points in dots."""
    return size * DOTS_PER_POINT


def paragraph(
    text: str,
    font: QFont,
    width: float,
    direction: Qt.LayoutDirection = Qt.LayoutDirection.LayoutDirectionAuto,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> tuple[QTextLayout, float]:
    """Lay ``text`` out in ``width`` dots (long words wrap anywhere); return its height.

    Hidden direction overrides and control characters are removed first (model/text_rules.py).
    """
    layout = QTextLayout(clean_text(text, TextKind.MULTI_LINE), font, _reference())
    # AlignAbsolute: left means left even in right-to-left text; callers mirror positions.
    option = QTextOption(align | Qt.AlignmentFlag.AlignAbsolute)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height
