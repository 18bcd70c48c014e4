"""The private record: dated notes of what happened, with photos, kept inside the locked plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QLineEdit,
    QPushButton,
    QWidget,
)

from saferplan.gui import dialogs
from saferplan.gui.list_screen import ListEditorScreen, button_row
from saferplan.gui.quick_exit import clear_on_escape
from saferplan.gui.record.editor import EntryEditor
from saferplan.gui.record.entry_list import EntryList
from saferplan.gui.session import Session
from saferplan.gui.walk.common import wrapped_label
from saferplan.gui.widgets import message_label, sensitive
from saferplan.i18n import current_language, when_text
from saferplan.model import LogEntry
from saferplan.model.log_entry import entry_ids
from saferplan.model.record import add_entry, remove_entry

if TYPE_CHECKING:
    # Loaded when a PDF is asked for: the PDF makers take 0.1 s to load, which opening the
    # screen would otherwise wait for the first time.
    from saferplan.gui.record.pdf_dialog import RecordPdfDialog

FIRST_LINE_CHARS = 90
FOLD_AHEAD = 4000  # entries made ready for searching between two events (a few ms)
FOLD_AFTER_MS = 20  # the screen is drawn first
# Rows the list has when the screen opens (more than any window shows); the others come in the
# next event: giving the list 100,000 rows and placing them takes 15 ms more (issue #18).
FIRST_ROWS = 300


class RecordWidget(ListEditorScreen):
    """List, search, add, edit and remove record entries; make a PDF of some of them."""

    empty_icon = "record"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.pdf_dialog: RecordPdfDialog | None = None
        self._by_id: dict[str, LogEntry] = {}
        # Kept between keystrokes, and while the plan is open: 100,000 entries sort and fold
        # slowly (the window gives it its first look in the thread that opened the plan).
        self.finder = session.record_search
        # Made ready between events after the screen shows, so that typing never waits.
        self._fold_timer = QTimer(self, singleShot=True)
        self._fold_timer.timeout.connect(self._fold_ahead)
        # The list opens with its first rows; this gives it the others (see FIRST_ROWS).
        self._rest_timer = QTimer(self, singleShot=True, interval=0)
        self._rest_timer.timeout.connect(self.refresh)
        self._opening = True
        self.add_header()  # the words come in retranslate_ui
        self.intro = wrapped_label(parent=self)
        self.screen_layout.addWidget(self.intro)
        self.status = message_label()
        self.status.hide()
        self.screen_layout.addWidget(self.status)
        self.editor = self.add_list_and_editor(
            self._build_list,
            lambda: EntryEditor(lambda: self.session.doc, self._on_edited, self.say),
            stretch=(2, 3))
        self.retranslate_ui()  # also fills the list
        self._opening = False

    def _build_list(self) -> QWidget:
        box, layout = self.list_pane()
        self.search = QLineEdit(box)
        sensitive(self.search)
        self.search.setClearButtonEnabled(True)
        clear_on_escape(self.search)
        self.search.textChanged.connect(self._on_search)
        layout.addWidget(self.search)
        # A model/view list: thousands of entries cost only the rows on screen.
        self.entry_list = EntryList(self._item_text, box)
        self.list = self.entry_list  # type: ignore[assignment]  # the base's name for it
        self.entry_list.current_changed.connect(self._on_current)
        layout.addWidget(self.entry_list, 1)
        self.empty_note = wrapped_label(self.tr("Nothing found."), muted=True, parent=box)
        layout.addWidget(self.empty_note)
        self.add_list_controls(box, layout, self.add_entry)
        self.pdf_button = QPushButton(box)
        self.pdf_button.clicked.connect(self.open_pdf_dialog)
        layout.addLayout(button_row(self.pdf_button))
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
        self.home_button.setText(self.tr("Back to ho&me"))
        self.intro.setText(self.tr(
            "Write as much or as little as you like. This stays inside your locked plan."))
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setAccessibleName(self.tr("Search the record"))
        self.entry_list.setAccessibleName(self.tr("Entries, newest first"))
        self.add_button.setText(self.tr("&Add an entry"))
        self.remove_button.setText(self.tr("&Remove"))
        self.pdf_button.setText(self.tr("Make a &PDF for a lawyer or advocate…"))
        for push in (self.home_button, self.add_button, self.remove_button, self.pdf_button):
            push.setAccessibleName(push.text().replace("…", "").replace("&", ""))
        self.empty_note.setText(self.tr("Nothing found."))
        self.set_empty_words(self.tr("Nothing written yet"), self.tr(
            "A dated note of what happened, in your own words, can help a lawyer or "
            "advocate later. Add one when you want to."))
        if hasattr(self, "editor"):
            self.refresh()

    def describe(self, entry_id: str) -> str:
        """Return the list text of an entry: when and where, its first line, its files."""
        entry = self._entry(entry_id)
        return self._item_text(entry) if entry is not None else ""

    def _entry(self, entry_id: str) -> LogEntry | None:
        if entry_id not in self._by_id:
            log = self.session.doc.log
            # The first entry with an id wins (old files may repeat one); no call per entry.
            self._by_id = dict(zip(reversed(entry_ids(log)), reversed(log), strict=True))
        return self._by_id.get(entry_id)

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
        self._show(self._entry(select) if select else self.current_entry())

    def _on_search(self) -> None:
        found = self._found()
        if not self.entry_list.entries.shows(found):  # the same rows need nothing more
            self._show_found(found, self.current_entry())

    def _show(self, current: LogEntry | None) -> None:
        self._show_found(self._found(), current)

    def _found(self) -> list[LogEntry]:
        """The entries the search field finds (all when empty), newest first."""
        found = self.finder.search(self.session.doc, self.search.text())
        if not self.finder.ready and not self._fold_timer.isActive():
            self._fold_timer.start(FOLD_AFTER_MS)
        return found

    def _show_found(self, found: list[LogEntry], current: LogEntry | None) -> None:
        self._by_id = {}  # made again when an entry is next described
        self._rest_timer.stop()  # these are all the rows
        if self._opening and len(found) > FIRST_ROWS and current is None:
            found = found[:FIRST_ROWS]  # newest first: the rows on show
            self._rest_timer.start()
            self._fold_timer.stop()  # started again with the rest, so never with it
        self._on_current(self.entry_list.show_entries(found, current))
        self._show_around_the_list()

    def _show_around_the_list(self) -> None:
        """Show the note that a search found nothing, the empty record's page and the PDF
        button as the list and the record now are."""
        self.empty_note.setVisible(not self.entry_list.count())
        self.show_empty_state(not self.session.doc.log)
        self.pdf_button.setEnabled(bool(self.session.doc.log))

    def _fold_ahead(self) -> None:
        if not self.finder.prepare(self.session.doc, FOLD_AHEAD):
            self._fold_timer.start(0)

    def current_id(self) -> str | None:
        """The id of the selected entry, or None."""
        entry = self.entry_list.current_entry()
        return entry.id if entry is not None else None

    def current_entry(self) -> LogEntry | None:
        """The selected entry, or None."""
        return self.entry_list.current_entry()

    def _on_current(self, entry: object, _previous: object = None) -> None:
        if not isinstance(entry, LogEntry):
            entry = None
        if entry is not self.editor.entry:
            self.editor.show_entry(entry)
        self.remove_button.setEnabled(entry is not None)

    def _on_edited(self) -> None:
        if self.editor.entry is not None:
            self.entry_list.entries.row_changed(self.entry_list.currentIndex().row())  # that row
        self._note_change()

    # --- changes ---------------------------------------------------------------------------

    def _on_document_changed(self) -> None:
        if not self._own_change:  # other screens' edits (people) need a refresh
            self.editor.reload_people()
            self.refresh()

    def edited_item_text(self) -> str | None:
        """The list text of the entry being edited (None: none)."""
        entry = self.editor.entry
        return self._item_text(entry) if entry is not None else None

    def add_entry(self) -> None:
        """Add an entry dated today, select it and put the cursor in "where"."""
        from PySide6.QtCore import QDate

        self.search.clear()
        entry = add_entry(self.session.doc, QDate.currentDate().toString("yyyy-MM-dd"))
        self._note_change()
        self._show(entry)
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
        remove_entry(self.session.doc, entry)
        self._note_change()
        self._by_id = {}  # made again when an entry is next described
        self.finder.look(self.session.doc)  # it forgets the entry and its text now
        self._on_current(self.entry_list.drop(entry))
        self._show_around_the_list()

    def open_pdf_dialog(self) -> RecordPdfDialog:
        """Open the PDF choices (the selected entry ticked); returns the open dialog."""
        from saferplan.gui.record.pdf_dialog import RecordPdfDialog

        chosen = {self.current_id()} - {None}
        self.pdf_dialog = RecordPdfDialog(self.session.doc, self.describe,
                                          {str(c) for c in chosen}, self)
        self.pdf_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pdf_dialog.destroyed.connect(self._pdf_dialog_gone)
        self.pdf_dialog.open()
        return self.pdf_dialog

    def _pdf_dialog_gone(self) -> None:
        self.pdf_dialog = None
