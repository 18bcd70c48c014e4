"""The record's list of entries as a model and a view: cost follows what is shown, not the record.

A record can hold 100,000 entries. A QListWidget makes one item per entry and measures every
item's wrapped height on each edit and resize. Here every row has the same height (three lines:
when and where, the note's first line, the files; a line too long for the width ends in "…"),
so the view places all rows at once without asking about each one, and the model makes an
entry's text only when its row is drawn or read, keeping it until that entry changes: the list
shows its first rows as soon as the screen opens, at any length, and a keystroke touches one
row. (Rows of their own heights laid out in batches were blank until the last batch was done,
half a minute at 100,000 entries.)
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from saferplan.model import LogEntry

ID_ROLE: Final = Qt.ItemDataRole.UserRole
LINES: Final = 3  # the lines of every row: when and where, the note's first line, the files
_Index = QModelIndex | QPersistentModelIndex


class EntryListModel(QStringListModel):
    """Rows of entries, all of one height; each row's text is made on first use and kept.

    The rows are counted in C++, by a list of empty strings: the view asks for the count twice
    for each row it places, and a count given in Python costs about 1.5 µs each time (0.15 s at
    100,000 entries, against 8 ms). Everything shown comes from ``data``.
    """

    def __init__(self, describe: Callable[[LogEntry], str],
                 metrics: Callable[[], QFontMetrics], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._metrics = metrics
        self._entries: list[LogEntry] = []
        self._texts: dict[int, str] = {}  # by row: entries from old files may share an id
        self._width = 200

    def set_entries(self, entries: list[LogEntry]) -> None:
        """Show these entries, in this order (texts are made again when next shown)."""
        self._entries = entries
        self._texts.clear()
        self.setStringList([""] * len(entries))  # the row count; resets the model

    def remove_row(self, row: int) -> None:
        """Take row ``row`` out (its entry left the record); the other rows keep their texts."""
        self.removeRows(row, 1)   # while the view hears of it, the rows are as they were
        self._entries = [*self._entries[:row], *self._entries[row + 1:]]
        self._texts = {(shown if shown < row else shown - 1): text
                       for shown, text in self._texts.items() if shown != row}

    def set_width(self, width: int) -> None:
        """The rows' width (from the next layout on)."""
        self._width = width

    def row_changed(self, row: int) -> None:
        """Make the row's text again (its height stays)."""
        if not 0 <= row < len(self._entries):
            return
        self._texts.pop(row, None)
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.AccessibleTextRole])

    def shows(self, entries: list[LogEntry]) -> bool:
        """True if the rows are these very entries, in this order (one pass in C)."""
        return len(entries) == len(self._entries) and all(
            map(operator.is_, entries, self._entries))

    def row_of(self, entry: LogEntry | None, likely: int = -1) -> int:
        """The row showing ``entry`` (-1: not shown), found by identity: on row ``likely``
        at once, else in one pass in C."""
        if entry is None:
            return -1
        if 0 <= likely < len(self._entries) and self._entries[likely] is entry:
            return likely
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

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows can be chosen, not edited or dragged."""
        return (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The row's text (made on first use), id or size (the same for every row)."""
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return isolated_lines(self.text(row))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.text(row)
        if role == ID_ROLE:
            return self._entries[row].id
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(self._width, LINES * self._metrics().lineSpacing() + 8)
        return None


def isolated_lines(text: str) -> str:
    """Each line set apart in its own direction (first strong isolate … pop): a note in
    English on an Arabic screen then reads left to right, and the "…" of a line cut short
    comes at its end, not before its first word."""
    return "\n".join(f"\u2068{line}\u2069" for line in text.split("\n"))


@dataclass(frozen=True)
class EntryRow:
    """One shown row, as tests and callers read it (like a list widget's item)."""

    entry: LogEntry
    shown: str

    def text(self) -> str:
        """The row's list text."""
        return self.shown


class EntryList(QListView):
    """The view: rows of one height, all placed at once (see the module's words)."""

    current_changed = Signal(object)  # the selected entry, or None

    def __init__(self, describe: Callable[[LogEntry], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)  # each line on one line, ending in "…" if too long
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(3)
        self._placed = True  # False: the rows' places were not made while hidden
        self.entries = EntryListModel(describe, self.fontMetrics, self)
        self.setModel(self.entries)
        self.selectionModel().currentChanged.connect(self._on_current)

    def _text_width(self) -> int:
        # Leave room for the item's own margins, as the other lists do.
        return max(self.viewport().width() - 2 * self.spacing() - self.fontMetrics().height() - 12,
                   40)

    def dataChanged(self, top_left: _Index, bottom_right: _Index,
                    roles: Sequence[int] = ()) -> None:
        """Draw changed rows again; QListView would also place every row again, but each row
        keeps its height (a keystroke in an entry would place 100,000 rows)."""
        QAbstractItemView.dataChanged(self, top_left, bottom_right, roles)

    def doItemsLayout(self) -> None:
        """Place the rows, once they can be seen: a hidden list (a screen being built, or
        restyled as it joins the window) would place 100,000 rows for nothing (8 ms each
        time); showing the list places them."""
        if self.isVisible():
            self._placed = True
            super().doItemsLayout()
        else:
            self._placed = False

    def showEvent(self, event: QShowEvent) -> None:
        """Place the rows left unplaced while the list was hidden."""
        if not self._placed:
            self.doItemsLayout()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Give the rows the new width."""
        self.entries.set_width(self._text_width())
        super().resizeEvent(event)

    def show_entries(self, entries: list[LogEntry],
                     current: LogEntry | None) -> LogEntry | None:
        """Show these entries and select ``current`` if shown (else the first)."""
        self.entries.set_width(self._text_width())
        was = self.currentIndex().row()  # where ``current`` most often still is
        blocked = self.selectionModel().blockSignals(True)
        self.entries.set_entries(entries)
        self.selectionModel().blockSignals(blocked)
        row = self.entries.row_of(current, was)
        if row < 0 and entries:
            row = 0
        if row >= 0:
            self.setCurrentIndex(self.entries.index(row))
        return self.current_entry()

    def drop(self, entry: LogEntry) -> LogEntry | None:
        """Take ``entry``'s row out (it left the record) and select the row that takes its
        place, or the row before it at the end; return the entry now selected (None: none).

        No search and no new rows: taking an entry out of the record takes nothing else out
        of what a search finds (at 100,000 entries, 1 ms against 28 ms; the view places its
        rows again in an event of its own, 8 ms)."""
        row = self.entries.row_of(entry, self.currentIndex().row())
        if row < 0:
            return self.current_entry()
        rows = self.entries.rowCount()
        if rows > 1:  # selected first, as any selection is: screen readers hear of it once
            self.setCurrentIndex(self.entries.index(row + 1 if row + 1 < rows else row - 1))
        self.entries.remove_row(row)
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
