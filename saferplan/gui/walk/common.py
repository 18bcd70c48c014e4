"""Small helpers shared by the plan walk, people, documents and directory screens."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QStyle,
    QTextEdit,
    QWidget,
)

from saferplan.gui import theme
from saferplan.gui.announce import HeadingLabel
from saferplan.gui.widgets import sensitive
from saferplan.gui.widgets import wrapped_label as base_wrapped_label

# The hints every field holding plan text gets (the shell's ``sensitive`` sets these too).
SENSITIVE_HINTS = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText

# A widget property: this field uses Enter itself (the walk's Enter-goes-Next leaves it alone).
HANDLES_ENTER = "handlesEnter"

_Field = TypeVar("_Field", QLineEdit, QPlainTextEdit, QTextEdit)


def mark_sensitive(widget: _Field) -> _Field:
    """Keep plan text out of input-method history and prediction; returns the widget."""
    sensitive(widget)
    widget.setInputMethodHints(widget.inputMethodHints() | SENSITIVE_HINTS)
    return widget


class WrappingList(QListWidget):
    """A list whose items show their whole text on as many lines as it needs.

    Qt's own word wrap measures items before the list has its final width and then cuts
    long (translated) texts with "…"; here each item's height is measured at the real width.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(3)
        # Heights already measured, by text, at one width in one font: a keystroke in a list
        # of 1,000 people measures the one text that changed, not all of them again.
        self._heights: dict[str, int] = {}
        self._measured_at: tuple[int, str] = (0, "")

    def fit_items(self) -> None:
        """Give every item the height its text needs at the list's current width (a hidden
        list has no width yet: it is measured when it shows)."""
        if not self.isVisible():
            return
        metrics = self.fontMetrics()
        # Leave room for the item's own margins (and a check box, if any).
        width = max(self._text_room(metrics.lineSpacing()) - 2 * self.spacing()
                    - metrics.height() - 12, 40)
        measured_at = (width, self.font().key())
        if self._measured_at != measured_at or len(self._heights) > 2 * self.count() + 64:
            self._heights.clear()  # a new width or font, or many texts edited away since
            self._measured_at = measured_at
        heights = self._heights
        for row in range(self.count()):
            item = self.item(row)
            text = item.text()
            height = heights.get(text)
            if height is None:
                height = heights[text] = metrics.boundingRect(
                    QRect(0, 0, width, 1 << 20), int(Qt.TextFlag.TextWordWrap), text).height()
            item.setSizeHint(QSize(width, height + 8))

    def _text_room(self, line: int) -> int:
        """The viewport's width once the items are in: without the scroll bar's room when
        they surely overflow (a line each at least), so its coming does not measure them all
        again (1,000 names: twice)."""
        room = self.viewport().width()
        bar = self.verticalScrollBar()
        if not bar.isVisible() and self.count() * line > self.viewport().height():
            room -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return room

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Measure the items again at the new width."""
        super().resizeEvent(event)
        self.fit_items()

    def showEvent(self, event: QShowEvent) -> None:
        """Measure the items now that the list has its width."""
        super().showEvent(event)
        self.fit_items()


def wrapped_label(text: str = "", *, scale: float = 1.0, bold: bool = False,
                  muted: bool = False, heading: bool = False,
                  parent: QWidget | None = None) -> QLabel:
    """A word-wrapping plain-text label, optionally larger, bold, a heading or softer in colour."""
    # Both kinds never cut right-to-left lines (see bidi_text).
    label = HeadingLabel(text, parent=parent) if heading else base_wrapped_label(text, parent)
    if heading:   # the theme's sizes: 1.5× heading, 1.2× subheading
        theme.set_role(label, "heading" if scale >= 1.4 else "subheading")
        return label
    if muted:
        theme.set_role(label, "muted")
    if scale != 1.0 or bold:
        font = QFont(label.font())
        if scale != 1.0:
            font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
        font.setBold(bold)
        label.setFont(font)
    return label


def answer_group(question_text: str, parent: QWidget | None = None) -> QGroupBox:
    """A borderless group for an answer made of several controls, named with the question.

    Screen readers say the group's name when focus enters it, so every radio button, check
    box or field inside is heard with the question it answers.
    """
    group = QGroupBox(parent)
    group.setFlat(True)
    group.setAccessibleName(question_text)
    group.setStyleSheet("QGroupBox { border: none; margin: 0; padding: 0; }")
    return group
