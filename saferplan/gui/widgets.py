"""Small shared widgets and helpers used by every screen of the shell."""

from __future__ import annotations

import math
import unicodedata

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QTextEdit,
    QWidget,
)

_SENSITIVE_HINTS = (Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
                    | Qt.InputMethodHint.ImhNoAutoUppercase)


def sensitive(widget: QLineEdit | QPlainTextEdit | QTextEdit) -> None:
    """Mark a field holding plan text: no predictive keyboard, no input-method history.

    A plain-text box also aligns by what is written in it (see _DirectionFollower), as line
    edits and rich text boxes already do.
    """
    widget.setInputMethodHints(widget.inputMethodHints() | _SENSITIVE_HINTS)
    if isinstance(widget, QPlainTextEdit) and not widget.findChild(_DirectionFollower):
        _DirectionFollower(widget)


class _DirectionFollower(QObject):
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


def passphrase_field(widget: QLineEdit) -> None:
    """Make a line edit a passphrase field: hidden text, no input-method help at all."""
    widget.setEchoMode(QLineEdit.EchoMode.Password)
    sensitive(widget)
    widget.setInputMethodHints(widget.inputMethodHints() | Qt.InputMethodHint.ImhHiddenText)


# Room either side of wrapped text for glyphs that reach past their advance (Arabic tails).
_INK_MARGIN = 2
_SELECTABLE = (Qt.TextInteractionFlag.TextSelectableByMouse
               | Qt.TextInteractionFlag.TextSelectableByKeyboard)


class WrappedLabel(QLabel):
    """A wrapping plain-text label whose right-to-left lines are never cut at the left edge.

    Qt draws wrapped plain text of a right-to-left window one space too far to the left, so
    the end of a long Arabic line is cut off (seen on the settings and print screens). In a
    right-to-left window the lines are drawn here with QTextLayout, as rich text is, at the
    same width and line breaks as Qt's own size calculation; each line follows its own text's
    direction, so an English line stays left-aligned.
    """

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        """Draw right-to-left wrapped text ourselves; everything else as QLabel does."""
        if (self.layoutDirection() != Qt.LayoutDirection.RightToLeft or not self.wordWrap()
                or self.textFormat() != Qt.TextFormat.PlainText or not self.text()
                or self.textInteractionFlags() & _SELECTABLE):
            super().paintEvent(event)
            return
        self._paint_lines()

    def _paint_lines(self) -> None:
        margin = self.margin()
        rect = self.contentsRect().adjusted(margin, margin, -margin, -margin)
        layout = QTextLayout(self.text(), self.font())
        direction = text_direction(self.text(), self.layoutDirection())
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


def text_direction(text: str, fallback: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of the text's first strong letter (``fallback`` when it has none)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return fallback


def wrapped_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """Return a plain-text label that wraps, so long translations never clip."""
    label = WrappedLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setContentsMargins(_INK_MARGIN, 0, _INK_MARGIN, 0)
    return label


def heading(text: str = "", parent: QWidget | None = None, scale: float = 1.5) -> QLabel:
    """Return a wrapped label in a larger, bold font, sized relative to the app font."""
    label = wrapped_label(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


PAGE_TITLE = "page_title"
PAGE_BACK = "page_back"


def page_header(title: QLabel, back: QPushButton) -> QHBoxLayout:
    """The top of every page: its title, then the way back at the far end, always there.

    People, documents, record, organisations, practice, print and settings all put their
    Back button here, so it is found in the same place on every page. The object names let
    tests (and style rules) find the two on any page.
    """
    title.setObjectName(PAGE_TITLE)
    back.setObjectName(PAGE_BACK)
    row = QHBoxLayout()
    row.addWidget(title, 1)
    row.addWidget(back, 0, Qt.AlignmentFlag.AlignTop)
    return row


def button(text: str = "", parent: QWidget | None = None) -> QPushButton:
    """Return a push button that takes keyboard focus and says what it does to screen readers."""
    push = QPushButton(text, parent)
    push.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    push.setAccessibleName(text.replace("&", ""))
    return push


def set_button_text(push: QPushButton, text: str) -> None:
    """Change a button's words and its accessible name together (after a language change)."""
    push.setText(text)
    push.setAccessibleName(text.replace("&", ""))


def set_label_text(label: QLabel, text: str) -> None:
    """Change a label's words and its accessible name together."""
    label.setText(text)
    label.setAccessibleName(text)


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """Wrap ``content`` in a frameless scroll area that only scrolls vertically."""
    area = QScrollArea(parent)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


READING_WIDTH = 760


def centred(content: QWidget, max_width: int = READING_WIDTH) -> QWidget:
    """Return a widget holding ``content`` centred, no wider than a comfortable line length."""
    content.setMaximumWidth(max_width)
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(content, 100)
    row.addStretch(1)
    return holder


def message_label() -> QLabel:
    """Return a wrapped bold label for calm messages about what just happened."""
    label = wrapped_label()
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def busy_bar(parent: QWidget | None = None) -> QProgressBar:
    """Return an indeterminate progress bar, hidden until work starts."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(12)
    bar.hide()
    return bar


class Screen(QWidget):
    """A page of the main window that re-reads its words whenever the language changes."""

    # Set by the window when it throws the screen away, so late worker results are dropped.
    abandoned = False

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every visible string again (override in each screen)."""


class BlankScreen(QWidget):
    """An empty page: what quick exit shows while it tidies up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)


def text_of_all_widgets(root: QWidget | None = None) -> list[str]:
    """Return the text every widget shows (used by tests to look for plan text after a lock)."""
    from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QListWidget

    widgets = root.findChildren(QWidget) if root is not None else QApplication.allWidgets()
    texts: list[str] = []
    for widget in widgets:
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
        texts.append(widget.windowTitle())
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
    return texts
