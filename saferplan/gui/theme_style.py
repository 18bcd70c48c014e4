"""The theme's Qt style: Fusion, with check boxes, radio buttons and arrows that can be seen."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from saferplan.gui.theme import palette_colours


class ThemeStyle(QProxyStyle):
    """Fusion, with check boxes and radio buttons whose outline can be seen (≥ 3:1), and plain
    carets for the arrows of combo boxes and spin boxes.

    Fusion draws their outline a little darker than the window: about 2:1 on a light theme and
    nearly invisible on a dark one. Here they take the theme's border colour, the focus colour
    when focused, and the primary colour with a white mark when checked.
    """

    _INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                   QStyle.PrimitiveElement.PE_IndicatorRadioButton,
                   QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)
    # The arrows of combo boxes, date fields and spin boxes (True: pointing up). Under the
    # stylesheet Fusion squeezes its own into a few pixels, where they show as thin odd lines.
    _CARETS: ClassVar[dict[QStyle.PrimitiveElement, bool]] = {
        QStyle.PrimitiveElement.PE_IndicatorArrowDown: False,
        QStyle.PrimitiveElement.PE_IndicatorArrowUp: True,
        QStyle.PrimitiveElement.PE_IndicatorSpinDown: False,
        QStyle.PrimitiveElement.PE_IndicatorSpinUp: True,
        QStyle.PrimitiveElement.PE_IndicatorSpinMinus: False,
        QStyle.PrimitiveElement.PE_IndicatorSpinPlus: True}

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        """Draw the indicators and arrows in the theme's colours; the rest as Fusion does."""
        if element in self._CARETS:
            self._draw_caret(self._CARETS[element], QRectF(option.rect), option, painter)
            return
        if element not in self._INDICATORS:
            super().drawPrimitive(element, option, painter, widget)
            return
        p = palette_colours()
        state = option.state
        on = bool(state & QStyle.StateFlag.State_On)
        partly = bool(state & QStyle.StateFlag.State_NoChange)
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        edge = p.focus if state & QStyle.StateFlag.State_HasFocus else p.border
        fill = p.primary if (on or partly) and enabled else p.surface
        side = min(option.rect.width(), option.rect.height()) - 2
        box = QRectF(option.rect.x() + (option.rect.width() - side) / 2,
                     option.rect.y() + (option.rect.height() - side) / 2, side, side)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(edge if enabled else p.disabled), 1.5))
        painter.setBrush(QColor(fill))
        radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if radio:
            painter.drawEllipse(box.adjusted(0.75, 0.75, -0.75, -0.75))
        else:
            painter.drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
        mark = QColor(p.on_primary if enabled else p.disabled)
        if radio and on:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)
            painter.drawEllipse(box.center(), side * 0.2, side * 0.2)
        elif on or partly:
            painter.setPen(QPen(mark, max(1.5, side / 8), Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            x, y, w = box.x(), box.y(), box.width()
            if partly:
                painter.drawLine(QPointF(x + w * 0.25, y + w / 2), QPointF(x + w * 0.75, y + w / 2))
            else:
                painter.drawPolyline([QPointF(x + w * 0.22, y + w * 0.52),
                                      QPointF(x + w * 0.42, y + w * 0.72),
                                      QPointF(x + w * 0.78, y + w * 0.3)])
        painter.restore()

    @staticmethod
    def _draw_caret(up: bool, rect: QRectF, option: QStyleOption, painter: QPainter) -> None:
        """A caret (as in the icon set) for combo boxes and spin boxes, in the text colour."""
        p = palette_colours()
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        side = max(6.0, min(rect.width() * 0.6, rect.height() * 0.8, 12.0))
        half, lift = side / 2, side / 4
        centre = rect.center()
        tip = -lift if up else lift
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(p.text if enabled else p.disabled), max(1.5, side / 7),
                            Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPolyline([QPointF(centre.x() - half, centre.y() - tip),
                              QPointF(centre.x(), centre.y() + tip),
                              QPointF(centre.x() + half, centre.y() - tip)])
        painter.restore()
