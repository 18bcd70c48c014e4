"""Small shared widgets and helpers used by every screen of the shell."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui.announce import HeadingLabel
from saferplan.gui.bidi_text import DirectionFollower, WrappedLabel
from saferplan.lazy_qt import (
    PLAIN_TEXT,
    SCROLL_BAR_ALWAYS_OFF,
    STRONG_FOCUS,
    TEXT_SHOW_MNEMONIC,
    Qt,
    set_enum_property,
)

if TYPE_CHECKING:   # text boxes and progress bars load with the screens that have them
    from collections.abc import Iterable

    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QProgressBar, QTextEdit


def sensitive(widget: QLineEdit | QPlainTextEdit | QTextEdit) -> None:
    """Mark a field holding plan text: no predictive keyboard, no input-method history.

    A plain-text box also aligns by what is written in it (see DirectionFollower), as line
    edits and rich text boxes already do.
    """
    from PySide6.QtWidgets import QPlainTextEdit

    hints = Qt.InputMethodHint
    widget.setInputMethodHints(widget.inputMethodHints() | hints.ImhSensitiveData
                               | hints.ImhNoPredictiveText | hints.ImhNoAutoUppercase)
    if isinstance(widget, QPlainTextEdit) and not widget.findChild(DirectionFollower):
        DirectionFollower(widget)


def passphrase_field(widget: QLineEdit) -> None:
    """Make a line edit a passphrase field: hidden text, no input-method help at all."""
    from PySide6.QtWidgets import QLineEdit

    widget.setEchoMode(QLineEdit.EchoMode.Password)
    sensitive(widget)
    widget.setInputMethodHints(widget.inputMethodHints() | Qt.InputMethodHint.ImhHiddenText)


def wrapped_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """Return a plain-text label that wraps, so long translations never clip."""
    label = WrappedLabel(text, parent)
    label.setWordWrap(True)
    set_enum_property(label, "textFormat", PLAIN_TEXT)
    return label


def heading(text: str = "", parent: QWidget | None = None, scale: float = 1.5) -> QLabel:
    """Return a heading (Heading role for screen readers) in the theme's title, heading or
    subheading style (``scale`` ≥ 1.8, ≥ 1.4, else)."""
    from saferplan.gui.theme import set_role

    label = HeadingLabel(text, parent)
    set_role(label, "title" if scale >= 1.8 else "heading" if scale >= 1.4 else "subheading")
    return label


PAGE_TITLE = "page_title"
# The margins of a page, so its header (and Back) sit in the same place on every page.
PAGE_MARGINS = (24, 16, 24, 16)
PAGE_BACK = "page_back"


def indented(widget: QWidget, indent: int = 24) -> QHBoxLayout:
    """A row that indents ``widget`` under the choice it explains, on the reading side.

    A layout's spacing is mirrored in right-to-left languages; a widget's own margins are not.
    """
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addSpacing(indent)
    row.addWidget(widget, 1)
    return row


# Placing a widget in a layout without a Qt.AlignmentFlag, which the first window cannot name
# (lazy_qt.py): a stretch beside the widget takes the room it does not need.

def leading(widget: QWidget) -> QHBoxLayout:
    """A row with ``widget`` at its natural width at the start of the line (mirrored in RTL)."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


def on_top(widget: QWidget) -> QVBoxLayout:
    """A column with ``widget`` at its top, for a grid row that may be taller than it."""
    column = QVBoxLayout()
    column.addWidget(widget)
    column.addStretch(1)
    return column


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
    set_enum_property(push, "focusPolicy", STRONG_FOCUS)
    push.setAccessibleName(text.replace("&", ""))
    return push


class ChoiceButton(QPushButton):
    """A checkable button for one of several choices (a language). The theme draws the chosen
    one in bold, which Qt's size hint does not measure: once chosen, it asks for that room."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setCheckable(True)
        self.toggled.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        """The usual size, plus what bold words need more when chosen."""
        return super().sizeHint() + QSize(self._bold_extra(), 0)

    def minimumSizeHint(self) -> QSize:
        """The usual smallest size, plus what bold words need more when chosen."""
        return super().minimumSizeHint() + QSize(self._bold_extra(), 0)

    def _bold_extra(self) -> int:
        if not self.isChecked():
            return 0
        bold = QFont(self.font())
        bold.setBold(True)
        flags = TEXT_SHOW_MNEMONIC
        extra = (QFontMetrics(bold).size(flags, self.text()).width()
                 - self.fontMetrics().size(flags, self.text()).width())
        return max(0, extra)


def choice_button(text: str = "", parent: QWidget | None = None) -> ChoiceButton:
    """Return a checkable choice button that takes keyboard focus, named for screen readers."""
    push = ChoiceButton(text, parent)
    set_enum_property(push, "focusPolicy", STRONG_FOCUS)
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
    set_enum_property(area, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
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
    from PySide6.QtWidgets import QProgressBar

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
    from PySide6.QtWidgets import (
        QAbstractButton,
        QApplication,
        QComboBox,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTextEdit,
    )

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


class ResponsiveGrid(QWidget):
    """Widgets in as many equal columns as fit the width (one column on a narrow window).

    Keeps long translations and large fonts from forcing the window wider than the screen.
    """

    def __init__(self, max_columns: int = 3, parent: QWidget | None = None, *,
                 even_heights: bool = False) -> None:
        from PySide6.QtWidgets import QGridLayout

        super().__init__(parent)
        self._max_columns = max_columns
        # One-line buttons as high as the highest: a name in a script with shorter lines
        # (Khmer) would otherwise be lower than the others in its row.
        self._even_heights = even_heights
        self._items: list[QWidget] = []
        self._columns = 0
        self._unmeasured = False    # widgets added while the grid was hidden on purpose
        self._hidden_on_purpose = False
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        # The widget may be narrower than the current columns: it re-flows when resized.
        self._grid.setSizeConstraint(QGridLayout.SizeConstraint.SetNoConstraint)

    def add(self, widget: QWidget) -> None:
        """Add ``widget`` after the others (to add several, ``extend`` is cheaper)."""
        self.extend([widget])

    def extend(self, widgets: Iterable[QWidget]) -> None:
        """Add ``widgets`` after the others, then arrange the grid once (each arrangement
        measures every widget: added one by one, n widgets were measured n times each).

        A grid hidden on purpose (a folded list) measures its widgets only when it is first
        shown: measuring means loading the fonts of every script the widgets show.
        """
        added = list(widgets)
        if not added:
            return
        self._items.extend(added)
        if self.isHidden() and self._hidden_on_purpose:
            first = len(self._items) - len(added)
            for index, widget in enumerate(added, start=first):
                self._grid.addWidget(widget, index, 0)   # placed when shown
            self._unmeasured = True
            return
        self._columns = 0
        self._arrange(self.width())

    def setVisible(self, visible: bool) -> None:  # Qt override: hide() and show() call it
        """Note a hide on purpose (a folded list): ``extend`` then leaves the measuring."""
        self._hidden_on_purpose = not visible
        super().setVisible(visible)

    def widgets(self) -> list[QWidget]:
        """Return the widgets in order."""
        return list(self._items)

    def _column_width(self) -> int:
        return max((w.sizeHint().width() for w in self._items), default=1)

    def columns_for(self, width: int) -> int:
        """Return how many columns fit ``width`` pixels."""
        spacing = self._grid.horizontalSpacing()
        fit = (width + spacing) // max(self._column_width() + spacing, 1)
        return max(1, min(self._max_columns, fit, len(self._items) or 1))

    def _arrange(self, width: int) -> None:
        columns = self.columns_for(width) if width > 0 else 1
        if columns == self._columns:
            return
        self._columns = columns
        for widget in self._items:
            self._grid.removeWidget(widget)
        if self._even_heights:
            height = max(w.sizeHint().height() for w in self._items)
            for widget in self._items:
                widget.setMinimumHeight(height)
        for index, widget in enumerate(self._items):
            self._grid.addWidget(widget, index // columns, index % columns)
        for column in range(self._max_columns):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def minimumSizeHint(self) -> QSize:
        """As narrow as one column."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._column_width()), hint.height())

    def showEvent(self, event: QShowEvent) -> None:
        """Place the widgets added while the grid was hidden."""
        super().showEvent(event)
        if self._unmeasured:
            self._unmeasured = False
            self._columns = 0
            self._arrange(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-flow the columns for the new width."""
        super().resizeEvent(event)
        if not self._unmeasured:
            self._arrange(event.size().width())
