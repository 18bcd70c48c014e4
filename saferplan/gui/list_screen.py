"""The shared shape of the list-and-editor screens (people, documents, private record).

A title with "Back to home", then a list of items on the left and a scrolling editor for the
chosen item on the right. While the plan holds none of these items, a calm empty state says what
the list is for and offers the one button that fills it, in place of an empty list and a disabled
editor. Every text is passed in already translated by the screen itself, so
each string keeps its own translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui import theme
from saferplan.gui.session import Session
from saferplan.gui.walk.common import WrappingList, wrapped_label
from saferplan.gui.widgets import PAGE_MARGINS, page_header

ID_ROLE = Qt.ItemDataRole.UserRole
EditorT = TypeVar("EditorT", bound=QWidget)


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Return a row with these buttons at its start."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class ListEditorScreen(QWidget):
    """Base of a screen that lists items of the plan and edits the chosen one in place.

    A subclass builds its screen with the ``add_…`` methods and provides ``refresh``,
    ``_on_current``, ``edited_item_text`` and ``remove_current``.
    """

    close_requested = Signal()
    empty_icon = "people"  # the theme icon of the empty state; a subclass names its own

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._own_change = False
        self.screen_layout = QVBoxLayout(self)
        self.screen_layout.setContentsMargins(*PAGE_MARGINS)
        session.document_changed.connect(self._on_document_changed)

    # --- building ------------------------------------------------------------------------

    def add_header(self, title: str = "", home_text: str = "") -> None:
        """Add the large title, whether changes were kept, and "Back to home" (texts may be
        set later)."""
        self.title = wrapped_label(title, scale=1.5, bold=True, heading=True, parent=self)
        self.save_status = theme.SaveStatus(self.session, self)
        self.home_button = QPushButton(home_text, self)
        self.home_button.setIcon(theme.icon("back"))
        self.home_button.clicked.connect(self.close_requested.emit)
        header = page_header(self.title, self.home_button)
        header.insertWidget(1, self.save_status, 0, Qt.AlignmentFlag.AlignVCenter)
        self.screen_layout.addLayout(header)

    def add_list_and_editor(self, build_list: Callable[[], QWidget],
                            make_editor: Callable[[], EditorT],
                            stretch: tuple[int, int] = (1, 2)) -> EditorT:
        """Add the list pane and the scrolling editor side by side; return the editor."""
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(build_list())
        editor = make_editor()
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, stretch[0])
        splitter.setStretchFactor(1, stretch[1])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.stack = QStackedWidget(self)
        self.stack.addWidget(splitter)
        self.stack.addWidget(self._build_empty_page())
        self.screen_layout.addWidget(self.stack, 1)
        return editor

    def _build_empty_page(self) -> QWidget:
        """The page shown while the list is empty: the empty state near the top, centred."""
        page = QScrollArea(self)
        page.setWidgetResizable(True)
        page.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(page)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, theme.SPACE_S, 0, 0)
        row = QHBoxLayout()
        row.addStretch(1)
        self.empty_state = theme.EmptyState(self.empty_icon, parent=inner)
        self.empty_state.setMaximumWidth(self.fontMetrics().averageCharWidth() * 60)
        # A lambda, not add_button.click itself: PySide6 6.12 crashes collecting a screen whose
        # signal is bound straight to another widget's slot method.
        self.empty_state.action.clicked.connect(lambda: self.add_button.click())
        row.addWidget(self.empty_state, 3)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        page.setWidget(inner)
        self.empty_page = page
        return page

    def set_empty_words(self, title: str, text: str) -> None:
        """Set the empty state's title and its one calm sentence; its button says what the
        list's add button says (after the add button has its words)."""
        self.empty_state.set_words(title, text, self.add_button.text())

    def show_empty_state(self, empty: bool) -> None:
        """Show the empty state (the plan holds none of these items) or the list and editor."""
        page = self.empty_page if empty else self.splitter
        if self.stack.currentWidget() is page:
            return
        had_focus = self.stack.isAncestorOf(self.focusWidget())
        self.stack.setCurrentWidget(page)
        if empty and had_focus:  # the focused list or Remove button just went away
            self.empty_state.action.setFocus()

    def list_pane(self) -> tuple[QWidget, QVBoxLayout]:
        """Return an empty, margin-free pane for the list and its buttons."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        return box, layout

    def add_list(self, box: QWidget, layout: QVBoxLayout, add: Callable[[], object], *,
                 list_name: str = "", add_text: str = "", remove_text: str = "") -> None:
        """Add the list and the add and remove buttons to a list pane."""
        self.list = WrappingList(box)
        if list_name:
            self.list.setAccessibleName(list_name)
        self.list.currentItemChanged.connect(self._on_current)
        layout.addWidget(self.list, 1)
        self.add_list_controls(box, layout, add, add_text=add_text, remove_text=remove_text)

    def add_list_controls(self, box: QWidget, layout: QVBoxLayout, add: Callable[[], object], *,
                          add_text: str = "", remove_text: str = "") -> None:
        """Add the add and remove buttons under a list."""
        self.add_button = QPushButton(add_text, box)
        self.remove_button = QPushButton(remove_text, box)
        self.add_button.clicked.connect(add)
        self.remove_button.clicked.connect(self.remove_current)
        layout.addLayout(button_row(self.add_button, self.remove_button))

    # --- the list ------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Rebuild the list from the plan, keeping (or choosing) the selection."""
        raise NotImplementedError

    def remove_current(self) -> None:
        """Remove the selected item (after asking)."""
        raise NotImplementedError

    def _on_current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        raise NotImplementedError

    def edited_item_text(self) -> str | None:
        """The list text of the item being edited (None: nothing is being edited)."""
        raise NotImplementedError

    def fill_list(self, rows: Iterable[tuple[str, str]],
                  current: str | None) -> QListWidgetItem | None:
        """Fill the list with (id, text) rows; select ``current`` (or the first); return it."""
        self.list.blockSignals(True)
        self.list.clear()
        chosen: QListWidgetItem | None = None
        for item_id, text in rows:
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, item_id)
            if item_id == current:
                chosen = item
        self.list.blockSignals(False)
        self.list.fit_items()
        if chosen is None and self.list.count():
            chosen = self.list.item(0)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._on_current(chosen)
        self.show_empty_state(self.list.count() == 0)
        return chosen

    def current_id(self) -> str | None:
        """The id of the selected item, or None."""
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    # --- changes -------------------------------------------------------------------------

    def _on_edited(self) -> None:
        item = self.list.currentItem()
        text = self.edited_item_text()
        if item is not None and text is not None:
            item.setText(text)
            self.list.fit_items()
        self._note_change()

    def _note_change(self) -> None:
        # Our own edits are already on screen; other screens' edits need a refresh.
        self._own_change = True
        try:
            self.session.changed()
        finally:
            self._own_change = False

    def _on_document_changed(self) -> None:
        if not self._own_change:
            self.refresh()
