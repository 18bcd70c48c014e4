"""Answer adapters that pick from the plan's people or documents, with "add" in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from saferplan.export.labels import document_name, kind_for_text
from saferplan.gui.walk.base import AnswerAdapter
from saferplan.gui.walk.common import HANDLES_ENTER, answer_group, mark_sensitive, wrapped_label
from saferplan.model import AnswerValue, Document

_ID_ROLE = Qt.ItemDataRole.UserRole


class _PickerAdapter(AnswerAdapter):
    """A checkable list of the plan's entries, plus two fields and a button to add one."""

    def entries(self) -> list[tuple[str, str]]:
        """(id, shown text) of every entry that can be picked."""
        raise NotImplementedError

    def add_entry(self, first: str, second: str) -> str:
        """Add an entry to the plan from the two fields and return its id."""
        raise NotImplementedError

    def texts(self) -> tuple[str, str, str, str, str]:
        """Empty-list note, add-box title, first field label, second field label, button."""
        raise NotImplementedError

    def make_widget(self, parent: QWidget | None = None) -> QWidget:
        """The list of entries, then the "add" fields beneath it."""
        empty, title, first_label, second_label, button_text = self.texts()
        box = answer_group(self.question.text, parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self._list = QListWidget(box)
        self._list.setAccessibleName(self.question.text)
        self._list.setSpacing(2)
        for entry_id, text in self.entries():
            self._append(entry_id, text, checked=False)
        self._fit_list()
        self._empty = wrapped_label(empty, muted=True, parent=box)
        layout.addWidget(self._list)
        layout.addWidget(self._empty)
        layout.addWidget(wrapped_label(title, bold=True, parent=box))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._first = mark_sensitive(QLineEdit(box))
        self._second = mark_sensitive(QLineEdit(box))
        self._first.setAccessibleName(first_label)
        self._second.setAccessibleName(second_label)
        form.addRow(QLabel(first_label, box), self._first)
        form.addRow(QLabel(second_label, box), self._second)
        layout.addLayout(form)
        row = QHBoxLayout()
        self._add_button = QPushButton(button_text, box)
        self._add_button.clicked.connect(self.add_from_fields)
        for field in (self._first, self._second):
            field.setProperty(HANDLES_ENTER, True)  # Enter adds the entry, not "Next"
        self._first.returnPressed.connect(self.add_from_fields)
        self._second.returnPressed.connect(self.add_from_fields)
        row.addWidget(self._add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._update_empty()
        return box

    def _append(self, entry_id: str, text: str, *, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text, self._list)
        item.setData(_ID_ROLE, entry_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def _fit_list(self) -> None:
        # Tall enough for the entries (3 to 10 rows), so a short list leaves no empty box.
        rows = min(max(self._list.count(), 3), 10)
        row_height = max(self._list.sizeHintForRow(0), self._list.fontMetrics().height()) + 4
        self._list.setFixedHeight(rows * row_height + 2 * self._list.frameWidth() + 4)

    def _update_empty(self) -> None:
        has_entries = self._list.count() > 0
        self._list.setVisible(has_entries)
        self._empty.setVisible(not has_entries)

    def add_from_fields(self) -> None:
        """Add what the two fields hold to the plan, tick it, and clear the fields."""
        first = self._first.text().strip()
        if not first:
            self._first.setFocus()
            return
        second = self._second.text().strip()
        entry_id = self.add_entry(first, second)
        self.session.changed()
        self._append(entry_id, self._shown(first, second), checked=True)
        self._first.clear()
        self._second.clear()
        self._fit_list()
        self._update_empty()
        self._first.setFocus()

    def _shown(self, first: str, second: str) -> str:
        return f"{first} — {second}" if second else first

    def read_value(self) -> AnswerValue | None:
        """The ids of the ticked entries, or None."""
        picked = [
            str(item.data(_ID_ROLE))
            for item in (self._list.item(i) for i in range(self._list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        return picked or None

    def write_value(self, value: AnswerValue | None) -> None:
        """Tick the stored entries."""
        chosen = set(value) if isinstance(value, list) else set()
        for i in range(self._list.count()):
            item = self._list.item(i)
            checked = item.data(_ID_ROLE) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def describe(self, value: AnswerValue) -> str:
        """The names of the picked entries."""
        names = dict(self.entries())
        ids = value if isinstance(value, list) else [value]
        return ", ".join(names[i] for i in ids if i in names)


class PersonAdapter(_PickerAdapter):
    """Pick people from the plan's list (they get the question's role), or add someone."""

    def entries(self) -> list[tuple[str, str]]:
        """Every person, with their phone number when there is one."""
        return [(p.id, self._shown(p.name, p.phone)) for p in self.session.doc.people]

    def add_entry(self, first: str, second: str) -> str:
        """Add a person with this name and phone number."""
        return self.session.doc.add_person(first, second).id

    def texts(self) -> tuple[str, str, str, str, str]:
        """The person picker's words."""
        return (
            QCoreApplication.translate("PersonAdapter", "No one in your list yet."),
            QCoreApplication.translate("PersonAdapter", "Add someone"),
            QCoreApplication.translate("PersonAdapter", "Name or nickname"),
            QCoreApplication.translate("PersonAdapter", "Phone (if you want)"),
            QCoreApplication.translate("PersonAdapter", "Add"),
        )


class DocumentAdapter(_PickerAdapter):
    """Pick documents from the plan's list, or add one with where it is kept."""

    def entries(self) -> list[tuple[str, str]]:
        """Every document, with where it is kept."""
        return [(d.id, self._shown(document_name(d), d.where))
                for d in self.session.doc.documents]

    def add_entry(self, first: str, second: str) -> str:
        """Add a document: what it is and where it is kept."""
        doc = self.session.doc
        kind = kind_for_text(first)  # a kind's name is stored as the kind, shown translated
        document = Document(doc.new_id("d"), "" if kind else first, second, kind=kind)
        doc.documents.append(document)
        return document.id

    def texts(self) -> tuple[str, str, str, str, str]:
        """The document picker's words."""
        return (
            QCoreApplication.translate("DocumentAdapter", "No documents in your list yet."),
            QCoreApplication.translate("DocumentAdapter", "Add a document"),
            QCoreApplication.translate("DocumentAdapter", "What it is"),
            QCoreApplication.translate("DocumentAdapter", "Where it is kept"),
            QCoreApplication.translate("DocumentAdapter", "Add"),
        )
