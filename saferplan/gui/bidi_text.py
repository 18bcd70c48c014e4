"""Right-to-left text that is drawn whole, and answers aligned by their own direction.

Two gaps in Qt, seen on the Arabic screens: a wrapping plain-text QLabel draws each
right-to-left line one space too far to the left, cutting off the end of the line; and a
QPlainTextEdit lays its text out left to right whatever is typed in it.
"""

from __future__ import annotations

import math
import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget

from saferplan.lazy_qt import Qt

# What draws the right-to-left lines (QStyle for its visualAlignment, QTextLayout, QPainter...)
# is imported where it is used: naming a Qt class makes PySide build its type and enums, which
# a left-to-right first window never needs.

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QPlainTextEdit  # loads with the first screen with a text box

# Room either side of wrapped text for glyphs that reach past their advance (Arabic tails).
INK_MARGIN = 2


class WrappedLabel(QLabel):
    """A wrapping plain-text label whose right-to-left lines are never cut at the left edge.

    Qt draws wrapped plain text of a right-to-left window one space too far to the left, so
    the end of a long Arabic line is cut off (seen on the settings and print screens). In a
    right-to-left window the lines are drawn here with QTextLayout, as rich text is, at the
    same width and line breaks as Qt's own size calculation; each line follows its own text's
    direction, so an English line stays left-aligned.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setContentsMargins(INK_MARGIN, 0, INK_MARGIN, 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        """Draw right-to-left wrapped text ourselves; everything else as QLabel does."""
        # Left to right is asked first: the other questions' answers are Qt enums.
        if (not self.isRightToLeft() or not self.wordWrap()
                or self.textFormat() != Qt.TextFormat.PlainText or not self.text()
                or self._selectable()):
            super().paintEvent(event)
            return
        self._paint_lines()

    def _selectable(self) -> bool:
        flags = Qt.TextInteractionFlag
        return bool(self.textInteractionFlags()
                    & (flags.TextSelectableByMouse | flags.TextSelectableByKeyboard))

    def _paint_lines(self) -> None:
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QFontMetricsF, QPainter, QTextLayout, QTextOption
        from PySide6.QtWidgets import QStyle

        margin = self.margin()
        rect = self.contentsRect().adjusted(margin, margin, -margin, -margin)
        text, underline = self._shown_text()
        layout = QTextLayout(text, self.font())
        if underline is not None:      # the Alt+letter of a label with a buddy, as Qt shows it
            mark = QTextLayout.FormatRange()
            mark.start, mark.length = underline, 1
            mark.format.setFontUnderline(True)
            layout.setFormats([mark])
        direction = text_direction(text, self.layoutDirection())
        option = QTextOption(QStyle.visualAlignment(
            direction, self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask))
        option.setTextDirection(direction)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        leading = QFontMetricsF(self.font()).leading()
        height = 0.0
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(rect.width())
            height = math.ceil(height + leading)   # whole pixels, as Qt's own wrapping does
            line.setPosition(QPointF(0.0, height))
            height += line.height()
        layout.endLayout()
        top = float(rect.top())
        vertical = self.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
        if vertical & Qt.AlignmentFlag.AlignVCenter:
            top += (rect.height() - height) / 2
        elif vertical & Qt.AlignmentFlag.AlignBottom:
            top += rect.height() - height
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        layout.draw(painter, QPointF(rect.left(), top))
        painter.end()


    def _shown_text(self) -> tuple[str, int | None]:
        """The text as shown: with a buddy, "&x" is the Alt+letter x (underlined), "&&" is "&"."""
        text = self.text()
        if self.buddy() is None or "&" not in text:
            return text, None
        shown: list[str] = []
        underline: int | None = None
        index = 0
        while index < len(text):
            char = text[index]
            if char == "&" and index + 1 < len(text):
                index += 1
                if text[index] != "&" and underline is None:
                    underline = len(shown)
            shown.append(text[index])
            index += 1
        return "".join(shown), underline


def text_direction(text: str, fallback: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of the text's first strong letter (``fallback`` when it has none)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return fallback


class DirectionFollower(QObject):
    """Keeps a plain-text box aligned by the direction of its own text.

    Qt lays out a QPlainTextEdit left to right whatever is typed, so in an Arabic window an
    Arabic answer sat on the left; English answers must stay on the left and Arabic ones on
    the right, like the line edits beside them. An empty box follows the window.
    """

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        edit.textChanged.connect(self.update_alignment)
        edit.installEventFilter(self)
        self.update_alignment()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """An empty box follows the window when the language changes direction."""
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self.update_alignment()
        return super().eventFilter(watched, event)

    def update_alignment(self) -> None:
        """Align the box's text by the direction of its first letter."""
        from PySide6.QtWidgets import QPlainTextEdit, QStyle

        edit = self.parent()
        if not isinstance(edit, QPlainTextEdit):
            return
        document = edit.document()
        direction = text_direction(edit.toPlainText(), edit.layoutDirection())
        alignment = (QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignLeft)
                     | Qt.AlignmentFlag.AlignAbsolute)
        option = document.defaultTextOption()
        if option.textDirection() != direction or option.alignment() != alignment:
            option.setTextDirection(direction)
            option.setAlignment(alignment)
            document.setDefaultTextOption(option)
