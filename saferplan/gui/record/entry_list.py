"""The record's list of entries as a model and a view: cost follows what is shown, not the record.

A record can hold thousands of entries. A QListWidget makes one item per entry and measures
every item's wrapped height on each edit and resize; here the model makes an entry's text and
measures its height only when the view asks, keeps both until that entry or the width changes,
and the view lays the list out in batches between events, so the screen opens at once and a
keystroke touches one row.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QListView, QWidget

from saferplan.model import LogEntry

ID_ROLE: Final = Qt.ItemDataRole.UserRole
BATCH: Final = 25  # rows laid out between two events (a few ms)
_Index = QModelIndex | QPersistentModelIndex


class EntryListModel(QAbstractListModel):
    """Rows of entries; each row's text and height are made on first use and kept."""

    def __init__(self, describe: Callable[[LogEntry], str],
                 metrics: Callable[[], QFontMetrics], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._metrics = metrics
        self._entries: list[LogEntry] = []
        self._texts: dict[int, str] = {}  # by row: entries from old files may share an id
        self._heights: dict[int, int] = {}
        self._width = 200

    def set_entries(self, entries: list[LogEntry]) -> None:
        """Show these entries, in this order (texts are made again when next shown)."""
        self.beginResetModel()
        self._entries = entries
        self._texts.clear()
        self._heights.clear()
        self.endResetModel()

    def set_width(self, width: int) -> None:
        """Measure heights again at this text width (from the next layout on)."""
        if width != self._width:
            self._width = width
            self._heights.clear()

    def row_changed(self, row: int) -> None:
        """Make the row's text again; the list is laid out again only if its height moved."""
        if not 0 <= row < len(self._entries):
            return
        self._texts.pop(row, None)
        old = self._heights.pop(row, None)
        roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole]
        if old is None or self._height(row) != old:
            roles.append(Qt.ItemDataRole.SizeHintRole)
        index = self.index(row)
        self.dataChanged.emit(index, index, roles)

    def shows(self, entries: list[LogEntry]) -> bool:
        """True if the rows are these very entries, in this order (one pass in C)."""
        return len(entries) == len(self._entries) and all(
            map(operator.is_, entries, self._entries))

    def row_of(self, entry: LogEntry | None) -> int:
        """The row showing ``entry`` (-1: not shown), found by identity in one pass in C."""
        if entry is None:
            return -1
        try:
            return list(map(operator.is_, self._entries, itertools.repeat(entry))).index(True)
        except ValueError:
            return -1

    def entry(self, row: int) -> LogEntry:
        """The entry on ``row``."""
        return self._entries[row]

    def text(self, row: int) -> str:
        """The list text of ``row``."""
        text = self._texts.get(row)
        if text is None:
            text = self._texts[row] = self._describe(self._entries[row])
        return text

    def _height(self, row: int) -> int:
        height = self._heights.get(row)
        if height is None:
            bounds = self._metrics().boundingRect(
                QRect(0, 0, self._width, 1 << 20), int(Qt.TextFlag.TextWordWrap),
                self.text(row))
            height = self._heights[row] = bounds.height() + 8
        return height

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        """The number of entries shown."""
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The row's text, id or wrapped size, made on first use."""
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row)
        if role == ID_ROLE:
            return self._entries[row].id
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(self._width, self._height(row))
        return None


@dataclass(frozen=True)
class EntryRow:
    """One shown row, as tests and callers read it (like a list widget's item)."""

    entry: LogEntry
    shown: str

    def text(self) -> str:
        """The row's list text."""
        return self.shown


class EntryList(QListView):
    """The view: whole texts on as many lines as they need, laid out in batches."""

    current_changed = Signal(object)  # the selected entry, or None

    def __init__(self, describe: Callable[[LogEntry], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(BATCH)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(3)
        self.entries = EntryListModel(describe, self.fontMetrics, self)
        self.setModel(self.entries)
        self.selectionModel().currentChanged.connect(self._on_current)

    def _text_width(self) -> int:
        # Leave room for the item's own margins, as the other lists do.
        return max(self.viewport().width() - 2 * self.spacing() - self.fontMetrics().height() - 12,
                   40)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Measure heights again at the new width (only rows the layout reaches)."""
        self.entries.set_width(self._text_width())
        super().resizeEvent(event)

    def show_entries(self, entries: list[LogEntry],
                     current: LogEntry | None) -> LogEntry | None:
        """Show these entries and select ``current`` if shown (else the first)."""
        self.entries.set_width(self._text_width())
        blocked = self.selectionModel().blockSignals(True)
        self.entries.set_entries(entries)
        self.selectionModel().blockSignals(blocked)
        row = self.entries.row_of(current)
        if row < 0 and entries:
            row = 0
        if row >= 0:
            self.setCurrentIndex(self.entries.index(row))
        return self.current_entry()

    def current_entry(self) -> LogEntry | None:
        """The selected entry, or None."""
        index = self.currentIndex()
        return self.entries.entry(index.row()) if index.isValid() else None

    def count(self) -> int:
        """The number of rows shown."""
        return self.entries.rowCount()

    def item(self, row: int) -> EntryRow:
        """Row ``row``: its entry and its text."""
        return EntryRow(self.entries.entry(row), self.entries.text(row))

    def setCurrentRow(self, row: int) -> None:
        """Select row ``row``."""
        self.setCurrentIndex(self.entries.index(row))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.entries.entry(current.row())
                                  if current.isValid() else None)
