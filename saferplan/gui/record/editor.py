"""Edits one record entry in place: when, where, what happened, who was there, kept files."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui import dialogs
from saferplan.gui.list_screen import button_row
from saferplan.gui.record.attachments import (
    AttachmentRow,
    choose_attachment_file,
    import_file,
    kinds_text,
    offer_to_delete_original,
)
from saferplan.gui.walk.common import wrapped_label
from saferplan.gui.widgets import sensitive
from saferplan.model import LogEntry, PlanDocument
from saferplan.model import record as record_model

_ID_ROLE = Qt.ItemDataRole.UserRole


def split_when(when: str) -> tuple[QDate, QTime | None, bool]:
    """Return (date, time or None, readable) of an entry's "when"; unreadable text gives today."""
    day, _, clock = when.partition("T")
    date = QDate.fromString(day, "yyyy-MM-dd")
    if not when or not record_model.is_valid_when(when) or not date.isValid():
        return QDate.currentDate(), None, False
    time = QTime.fromString(clock, "HH:mm") if clock else None
    return date, time if time is not None and time.isValid() else None, True


def join_when(date: QDate, time: QTime | None) -> str:
    """Return "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"."""
    day = date.toString("yyyy-MM-dd")
    return f"{day}T{time.toString('HH:mm')}" if time is not None else day


def _four_digit_years(fmt: str) -> str:
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


class EntryEditor(QWidget):
    """Every change goes straight into the entry, then ``on_edited`` is called.

    A plain callback rather than a Signal, as in the people screen: these fire on every keystroke.
    """

    def __init__(self, doc_of: Callable[[], PlanDocument], on_edited: Callable[[], None],
                 on_status: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc_of = doc_of
        self.on_edited = on_edited
        self.on_status = on_status
        self.entry: LogEntry | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_when())
        self.old_when = wrapped_label(muted=True, parent=self)
        layout.addWidget(self.old_when)
        layout.addWidget(wrapped_label(self.tr("Where"), bold=True, parent=self))
        self.where = QLineEdit(self)
        sensitive(self.where)
        self.where.setAccessibleName(self.tr("Where"))
        layout.addWidget(self.where)
        layout.addWidget(wrapped_label(self.tr("What happened"), bold=True, parent=self))
        self.what = QPlainTextEdit(self)
        sensitive(self.what)
        self.what.setPlaceholderText(self.tr("Write as much or as little as you like."))
        self.what.setAccessibleName(self.tr("What happened"))
        self.what.setTabChangesFocus(True)
        self.what.setMinimumHeight(self.fontMetrics().height() * 8)
        layout.addWidget(self.what, 2)
        layout.addLayout(self._build_people())
        layout.addLayout(self._build_attachments())
        layout.addStretch(1)
        self.date.dateChanged.connect(self._store_when)
        self.time.timeChanged.connect(self._store_when)
        self.has_time.toggled.connect(self._time_toggled)
        self.where.textEdited.connect(self._store_text)
        self.what.textChanged.connect(self._store_text)
        self.people.itemChanged.connect(self._store_people)
        self.show_entry(None)

    # --- building --------------------------------------------------------------------------

    def _build_when(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(_four_digit_years(
            QLocale().dateFormat(QLocale.FormatType.ShortFormat)))
        self.date.setAccessibleName(self.tr("Date"))
        self.has_time = QCheckBox(self.tr("Time"), self)
        self.has_time.setAccessibleName(self.tr("Add a time"))
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.time.setAccessibleName(self.tr("Time"))
        time_row = QHBoxLayout()
        time_row.addWidget(self.has_time)
        time_row.addWidget(self.time)
        time_row.addStretch(1)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(time_row)
        return form

    def _build_people(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(wrapped_label(self.tr("Who was there (optional)"), bold=True, parent=self))
        self.no_people = wrapped_label(
            self.tr("People you add under People can be chosen here."), muted=True, parent=self)
        self.people = QListWidget(self)
        self.people.setAccessibleName(self.tr("Who was there"))
        self.people.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.people.setMaximumHeight(self.fontMetrics().height() * 9)
        box.addWidget(self.no_people)
        box.addWidget(self.people)
        return box

    def _build_attachments(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(wrapped_label(self.tr("Photos and files"), bold=True, parent=self))
        self.attachment_rows = QVBoxLayout()
        box.addLayout(self.attachment_rows)
        self.add_file_button = QPushButton(self.tr("Add a photo or screenshot…"), self)
        self.add_file_button.setAccessibleName(self.tr("Add a photo or screenshot"))
        self.add_file_button.clicked.connect(self.add_file)
        box.addLayout(button_row(self.add_file_button))
        return box

    # --- showing an entry ------------------------------------------------------------------

    def show_entry(self, entry: LogEntry | None) -> None:
        """Show this entry (None: an empty, disabled editor)."""
        self.entry = None  # no stores while the fields are filled
        date, time, readable = split_when(entry.when if entry else "")
        self.date.setDate(date)
        self.has_time.setChecked(time is not None)
        self.time.setTime(time or QTime(12, 0))
        self.time.setEnabled(time is not None)
        old = entry.when if entry and entry.when and not readable else ""
        self.old_when.setText(self.tr("First written as: {when}. Choosing a date here "
                                      "replaces it.").format(when=old) if old else "")
        self.old_when.setVisible(bool(old))
        self.where.setText(entry.where if entry else "")
        self.what.setPlainText(entry.what if entry else "")
        self.setEnabled(entry is not None)
        self.entry = entry
        self.reload_people()
        self.reload_attachments()

    def reload_people(self) -> None:
        """List the plan's people, ticking those who were there."""
        doc, entry = self._doc_of(), self.entry
        self.people.blockSignals(True)
        self.people.clear()
        for person in doc.people:
            item = QListWidgetItem(person.name or self.tr("(no name yet)"), self.people)
            item.setData(_ID_ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            there = entry is not None and person.id in entry.people
            item.setCheckState(Qt.CheckState.Checked if there else Qt.CheckState.Unchecked)
        self.people.blockSignals(False)
        self.people.setVisible(bool(doc.people))
        self.no_people.setVisible(not doc.people)

    def reload_attachments(self) -> None:
        """Show a row for each file kept with the entry."""
        while self.attachment_rows.count():
            item = self.attachment_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if self.entry is None:
            return
        doc = self._doc_of()
        for attachment_id in self.entry.attachments:
            attachment = doc.attachments.get(attachment_id)
            if attachment is not None:
                self.attachment_rows.addWidget(
                    AttachmentRow(attachment, self.on_edited, self.remove_file, self))

    def rows(self) -> list[AttachmentRow]:
        """The attachment rows shown now (for tests and keyboard users)."""
        items = (self.attachment_rows.itemAt(i) for i in range(self.attachment_rows.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [w for w in widgets if isinstance(w, AttachmentRow)]

    # --- storing ---------------------------------------------------------------------------

    def _time_toggled(self, on: bool) -> None:
        self.time.setEnabled(on)
        self._store_when()

    def _store_when(self) -> None:
        if self.entry is None:
            return
        time = self.time.time() if self.has_time.isChecked() else None
        self.entry.when = join_when(self.date.date(), time)
        self.old_when.hide()
        self.on_edited()

    def _store_text(self) -> None:
        if self.entry is None:
            return
        self.entry.where = self.where.text().strip()
        self.entry.what = self.what.toPlainText()
        self.on_edited()

    def _store_people(self) -> None:
        if self.entry is None:
            return
        self.entry.people = [str(self.people.item(row).data(_ID_ROLE))
                             for row in range(self.people.count())
                             if self.people.item(row).checkState() == Qt.CheckState.Checked]
        self.on_edited()

    # --- files -----------------------------------------------------------------------------

    def add_file(self) -> None:
        """Choose a file, keep it with this entry, then offer to delete the original."""
        entry = self.entry
        if entry is None:
            return
        path = choose_attachment_file(self, self.tr("Add a photo or screenshot"), kinds_text())
        if path is None:
            return
        attachment = import_file(self, self._doc_of(), path)
        if attachment is None:
            return
        entry.attachments = [*entry.attachments, attachment.id]
        self.on_edited()
        self.reload_attachments()
        deleted = offer_to_delete_original(self, path)
        if deleted:
            self.on_status(self.tr("The file is kept in your plan, and the original was deleted."))
        elif deleted is False:
            self.on_status(self.tr("The file is kept in your plan. The original is still there."))

    def remove_file(self, attachment_id: str) -> None:
        """Take a file away from this entry (and out of the plan if no other entry has it)."""
        entry = self.entry
        if entry is None or not dialogs.confirm(
                self, self.tr("Remove file"),
                self.tr("Remove this file from the entry? It will no longer be kept in your plan."),
                self.tr("Remove"), self.tr("Keep")):
            return
        doc = self._doc_of()
        entry.attachments = [a for a in entry.attachments if a != attachment_id]
        if not any(attachment_id in other.attachments for other in doc.log):
            record_model.remove_attachment(doc, attachment_id)
        self.on_edited()
        self.reload_attachments()
