"""Cards and tiles for home and the first run: a plan with its progress, a part with a count.

Every card is a real push button (keyboard, screen reader) with labels inside it; its
accessible name says everything the card shows.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui import theme
from saferplan.gui.widgets import button, set_button_text, wrapped_label


def _label(role: str = "") -> QLabel:
    label = wrapped_label()   # never cuts right-to-left lines (see bidi_text)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    if role:
        theme.set_role(label, role)
    return label


class Tile(QPushButton):
    """A large button: an icon, a title and one line under it (a count or what it is for)."""

    def __init__(self, icon_name: str, icon_size: int = theme.ICON_LARGE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.set_role(self, "tile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.SPACE_L, theme.SPACE_M, theme.SPACE_L, theme.SPACE_M)
        row.setSpacing(theme.SPACE_M)
        self._icon = theme.icon_label(icon_name, "link", icon_size)
        self._icon.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.title = _label("subheading")
        self.title.setBuddy(self)   # an "&" in the title: Alt+letter presses the tile
        self.line = _label("muted")
        words = QVBoxLayout()
        words.setSpacing(theme.SPACE_XS)
        words.addWidget(self.title)
        words.addWidget(self.line)
        row.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)

    def set_words(self, title: str, line: str) -> None:
        """Set the title (its "&" marks the Alt+letter) and the line under it; the accessible
        name says both."""
        self.title.setText(title)
        self.line.setText(line)
        self.line.setVisible(bool(line))
        name = title.replace("&", "")
        self.setAccessibleName(f"{name}. {line}" if line else name)

    def sizeHint(self) -> QSize:
        """As large as the icon and words need."""
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        """At least the icon and the words, wrapped."""
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()


class PlanCard(QFrame):
    """One plan on home: type icon, title, kind, progress, and Continue/Open, Rename, Delete."""

    def __init__(self, plan_id: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_id = plan_id
        self.form_id = ""
        theme.set_role(self, "card")
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.SPACE_L, theme.SPACE_M, theme.SPACE_L, theme.SPACE_M)
        row.setSpacing(theme.SPACE_M)
        row.addWidget(theme.icon_label(icon_name, "link", theme.ICON_LARGE), 0,
                      Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(theme.SPACE_XS)
        self.title = _label("subheading")
        self.progress_text = _label("muted")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        for widget in (self.title, self.progress_text, self.bar):
            words.addWidget(widget)
        actions = QHBoxLayout()
        actions.setSpacing(theme.SPACE_S)
        self.open_button = button()
        self.rename_button = button()
        self.delete_button = button()
        for push in (self.rename_button, self.delete_button):
            theme.set_role(push, "quiet")
            actions.addWidget(push)
        actions.addStretch(1)
        words.addLayout(actions)
        row.addLayout(words, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_plan(self, title: str, progress: str, settled: int, total: int,
                  primary: bool) -> None:
        """Fill the card; ``primary`` makes its open button the screen's main action."""
        self.title.setText(title)
        self.progress_text.setText(progress)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(settled)
        self.bar.setAccessibleName(progress)
        theme.set_role(self.open_button, "primary" if primary else "secondary")
        self.setAccessibleName(f"{title}. {progress}")

    def set_button_words(self, open_text: str, rename: str, delete: str) -> None:
        """Set the words of the card's buttons."""
        set_button_text(self.open_button, open_text)
        set_button_text(self.rename_button, rename)
        set_button_text(self.delete_button, delete)
