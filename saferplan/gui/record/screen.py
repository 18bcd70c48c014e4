"""The private record: dated notes of what happened, with photos, kept inside the locked plan."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from saferplan.export.record_pdf import when_text
from saferplan.gui import dialogs
from saferplan.gui.record.editor import EntryEditor
from saferplan.gui.record.pdf_dialog import RecordPdfDialog
from saferplan.gui.session import Session
from saferplan.gui.walk.common import WrappingList, wrapped_label
from saferplan.gui.widgets import message_label, sensitive
from saferplan.i18n import current_language
from saferplan.model import LogEntry
from saferplan.model.record import add_entry, remove_entry, search_entries

_ID_ROLE = Qt.ItemDataRole.UserRole
FIRST_LINE_CHARS = 90


class RecordWidget(QWidget):
    """List, search, add, edit and remove record entries; make a PDF of some of them."""

    close_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pdf_dialog: RecordPdfDialog | None = None
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = wrapped_label(scale=1.5, bold=True, parent=self)
        header.addWidget(self.title, 1)
        self.home_button = QPushButton(self)
        self.home_button.clicked.connect(self.close_requested.emit)
        header.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        self.intro = wrapped_label(parent=self)
        layout.addWidget(self.intro)
        self.status = message_label()
        self.status.hide()
        layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_list())
        self.editor = EntryEditor(lambda: self.session.doc, self._on_edited, self.say)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self._own_change = False
        session.document_changed.connect(self._on_document_changed)
        self.retranslate_ui()
        self.refresh()

    def _build_list(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(box)
        sensitive(self.search)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.refresh())
        layout.addWidget(self.search)
        self.list = WrappingList(box)
        self.list.currentItemChanged.connect(self._on_current)
        layout.addWidget(self.list, 1)
        self.empty_note = wrapped_label(muted=True, parent=box)
        layout.addWidget(self.empty_note)
        row = QHBoxLayout()
        self.add_button = QPushButton(box)
        self.remove_button = QPushButton(box)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_current)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.pdf_button = QPushButton(box)
        self.pdf_button.clicked.connect(self.open_pdf_dialog)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_button)
        pdf_row.addStretch(1)
        layout.addLayout(pdf_row)
        return box

    # --- words -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set the words (the editor's fields keep theirs until the screen is opened again)."""
        self.title.setText(self.tr("Private record"))
        self.home_button.setText(self.tr("Back to home"))
        self.intro.setText(self.tr(
            "Write as much or as little as you like. This stays inside your locked plan."))
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setAccessibleName(self.tr("Search the record"))
        self.list.setAccessibleName(self.tr("Entries, newest first"))
        self.add_button.setText(self.tr("Add an entry"))
        self.remove_button.setText(self.tr("Remove"))
        self.pdf_button.setText(self.tr("Make a PDF for a lawyer or advocate…"))
        for push in (self.home_button, self.add_button, self.remove_button, self.pdf_button):
            push.setAccessibleName(push.text().replace("…", ""))
        if hasattr(self, "editor"):
            self.refresh()

    def describe(self, entry_id: str) -> str:
        """Return the list text of an entry: when and where, its first line, its files."""
        entry = next((e for e in self.session.doc.log if e.id == entry_id), None)
        return self._item_text(entry) if entry is not None else ""

    def _item_text(self, entry: LogEntry) -> str:
        date, time = when_text(entry.when, current_language())
        when = self.tr("{date}, {time}").format(date=date, time=time) if time else date
        when = when or self.tr("No date")
        top = self.tr("{when} · {where}").format(when=when, where=entry.where) \
            if entry.where else when
        lines = [top]
        first = next((line.strip() for line in entry.what.splitlines() if line.strip()), "")
        if first:
            lines.append(first if len(first) <= FIRST_LINE_CHARS
                         else first[:FIRST_LINE_CHARS].rstrip() + "…")
        if entry.attachments:
            count = len(entry.attachments)
            # No English .qm file exists, so the singular gets its own source string.
            lines.append(self.tr("1 file") if count == 1
                         else self.tr("%n files", "", count))
        return "\n".join(lines)

    def say(self, message: str) -> None:
        """Show a calm line about what just happened (empty: hide it)."""
        self.status.setText(message)
        self.status.setVisible(bool(message))

    # --- the list --------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Rebuild the list (filtered by the search), keeping or choosing the selection."""
        current = select or self.current_id()
        found = search_entries(self.session.doc, self.search.text())
        self.list.blockSignals(True)
        self.list.clear()
        chosen: QListWidgetItem | None = None
        for entry in found:
            item = QListWidgetItem(self._item_text(entry), self.list)
            item.setData(_ID_ROLE, entry.id)
            if entry.id == current:
                chosen = item
        self.list.blockSignals(False)
        self.list.fit_items()
        if chosen is None and self.list.count():
            chosen = self.list.item(0)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._on_current(chosen)
        searching = bool(self.search.text().strip())
        self.empty_note.setText(self.tr("Nothing found.") if searching else self.tr(
            "Nothing written yet. When you want to, add an entry."))
        self.empty_note.setVisible(self.list.count() == 0)
        self.pdf_button.setEnabled(bool(self.session.doc.log))

    def current_id(self) -> str | None:
        """The id of the selected entry, or None."""
        item = self.list.currentItem()
        return str(item.data(_ID_ROLE)) if item is not None else None

    def current_entry(self) -> LogEntry | None:
        """The selected entry, or None."""
        entry_id = self.current_id()
        return next((e for e in self.session.doc.log if e.id == entry_id), None)

    def _on_current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        entry = self.current_entry() if item is not None else None
        if entry is not self.editor.entry:
            self.editor.show_entry(entry)
        self.remove_button.setEnabled(entry is not None)

    # --- changes ---------------------------------------------------------------------------

    def _note_change(self) -> None:
        # Our own edits are already on screen; other screens' edits (people) need a refresh.
        self._own_change = True
        try:
            self.session.changed()
        finally:
            self._own_change = False

    def _on_document_changed(self) -> None:
        if not self._own_change:
            self.editor.reload_people()
            self.refresh()

    def _on_edited(self) -> None:
        item = self.list.currentItem()
        entry = self.editor.entry
        if item is not None and entry is not None:
            item.setText(self._item_text(entry))
            self.list.fit_items()
        self._note_change()

    def add_entry(self) -> None:
        """Add an entry dated today, select it and put the cursor in "where"."""
        from PySide6.QtCore import QDate

        self.search.clear()
        entry = add_entry(self.session.doc, QDate.currentDate().toString("yyyy-MM-dd"))
        self._note_change()
        self.refresh(select=entry.id)
        self.say("")
        self.editor.where.setFocus()

    def remove_current(self) -> None:
        """Remove the selected entry (and its files) after a calm confirmation."""
        entry = self.current_entry()
        if entry is None:
            return
        text = (self.tr("Remove this entry and the files kept with it?") if entry.attachments
                else self.tr("Remove this entry?"))
        if not dialogs.confirm(self, self.tr("Remove an entry"), text,
                               self.tr("Remove"), self.tr("Keep")):
            return
        self.editor.show_entry(None)
        remove_entry(self.session.doc, entry.id)
        self._note_change()
        self.refresh()

    def open_pdf_dialog(self) -> RecordPdfDialog:
        """Open the PDF choices (the selected entry ticked); returns the open dialog."""
        chosen = {self.current_id()} - {None}
        self.pdf_dialog = RecordPdfDialog(self.session.doc, self.describe,
                                          {str(c) for c in chosen}, self)
        self.pdf_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pdf_dialog.destroyed.connect(self._pdf_dialog_gone)
        self.pdf_dialog.open()
        return self.pdf_dialog

    def _pdf_dialog_gone(self) -> None:
        self.pdf_dialog = None
