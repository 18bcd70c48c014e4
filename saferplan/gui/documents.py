"""The documents screen: what each document is, where it is kept, who has a copy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from saferplan.export.labels import DOCUMENT_KIND_LABELS, document_kind_label, document_name
from saferplan.gui.list_screen import ID_ROLE, ListEditorScreen
from saferplan.gui.session import Session
from saferplan.gui.walk.common import SENSITIVE_HINTS, mark_sensitive, wrapped_label
from saferplan.model import Document


def suggestions() -> list[str]:
    """The document kinds, translated, offered for "what it is"; anything else can be typed."""
    return [document_kind_label(kind) for kind in DOCUMENT_KIND_LABELS]


class DocumentEditor(QWidget):
    """Edits one document in place: every change goes straight into the plan."""

    # A plain callback, not a Signal: PySide6 6.12.0 on Python 3.11 drops a reference to
    # True on every Python-side emit(), and these editors fire on every keystroke.
    def __init__(self, session: Session, on_edited: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.on_edited = on_edited
        self.document: Document | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.what = QComboBox(self)
        self.what.setEditable(True)
        self.what.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for kind in DOCUMENT_KIND_LABELS:
            self.what.addItem(document_kind_label(kind), kind)
        self.what.setAccessibleName(self.tr("What it is"))
        # The combo passes its own hints to its line edit, so mark both.
        self.what.setInputMethodHints(self.what.inputMethodHints() | SENSITIVE_HINTS)
        line = self.what.lineEdit()
        if line is not None:
            mark_sensitive(line)
            line.setAccessibleName(self.what.accessibleName())  # screen readers land here
        self.where = mark_sensitive(QLineEdit(self))
        self.where.setAccessibleName(self.tr("Where it is kept"))
        self.copy_with = QComboBox(self)
        self.copy_with.setAccessibleName(self.tr("Who has a copy"))
        form.addRow(self.tr("What it is"), self.what)
        form.addRow(self.tr("Where it is kept"), self.where)
        form.addRow(self.tr("Who has a copy"), self.copy_with)
        layout.addLayout(form)
        layout.addWidget(wrapped_label(self.tr("Notes"), bold=True, parent=self))
        self.notes = mark_sensitive(QPlainTextEdit(self))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        layout.addWidget(self.notes, 1)
        self.what.editTextChanged.connect(self._store)
        self.where.textEdited.connect(self._store)
        self.copy_with.currentIndexChanged.connect(self._store)
        self.notes.textChanged.connect(self._store)

    def _fill_people(self, selected: str) -> None:
        self.copy_with.clear()
        self.copy_with.addItem(self.tr("Nobody"), "")
        for person in self.session.doc.people:
            self.copy_with.addItem(person.name or self.tr("(no name yet)"), person.id)
        index = self.copy_with.findData(selected)
        self.copy_with.setCurrentIndex(max(index, 0))

    def show_document(self, document: Document | None) -> None:
        """Show this document (None: an empty, disabled editor)."""
        self.document = None  # no stores while the fields are filled
        self.what.setEditText(document_name(document) if document else "")
        self.where.setText(document.where if document else "")
        self._fill_people(document.copy_with if document else "")
        self.notes.setPlainText(document.notes if document else "")
        self.setEnabled(document is not None)
        self.document = document

    def _store(self) -> None:
        document = self.document
        if document is None:
            return
        # A kind picked from the list is stored as its kind (printed in the reader's language);
        # other words are the person's own.
        text = self.what.currentText().strip()
        index = self.what.findText(text) if text else -1
        document.kind = str(self.what.itemData(index)) if index >= 0 else ""
        document.what = "" if document.kind else text
        document.where = self.where.text().strip()
        document.copy_with = str(self.copy_with.currentData() or "")
        document.notes = self.notes.toPlainText()
        self.on_edited()


class DocumentsWidget(ListEditorScreen):
    """List, add, edit and remove the plan's documents."""

    empty_icon = "documents"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.add_header(self.tr("Documents"), self.tr("Back to ho&me"))
        self.screen_layout.addWidget(wrapped_label(self.tr(
            "Discreet words are fine: \u201cthe blue box\u201d works as well as "
            "\u201cpassport at Lan's\u201d."), parent=self))
        self.editor = self.add_list_and_editor(
            self._build_list, lambda: DocumentEditor(session, self._on_edited))
        self.set_empty_words(self.tr("No documents in your list yet"), self.tr(
            "Note where your important papers are kept and who has a copy, so they can be "
            "found when you need them."))
        self.refresh()

    def _build_list(self) -> QWidget:
        box, layout = self.list_pane()
        self.add_list(box, layout, self.add_document, list_name=self.tr("Documents"),
                      add_text=self.tr("&Add a document"), remove_text=self.tr("&Remove"))
        return box

    def _item_text(self, document: Document) -> str:
        what = document_name(document) or self.tr("(not named yet)")
        return f"{what}\n{document.where}" if document.where else what

    def refresh(self, select: str | None = None) -> None:
        """Rebuild the list from the plan, keeping (or choosing) the selected document."""
        rows = ((document.id, self._item_text(document))
                for document in self.session.doc.documents)
        self.fill_list(rows, select or self.current_id())

    def _document(self, document_id: str | None) -> Document | None:
        return next((d for d in self.session.doc.documents if d.id == document_id), None)

    def _on_current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        document = self._document(str(item.data(ID_ROLE))) if item else None
        self.editor.show_document(document)
        self.remove_button.setEnabled(document is not None)

    def edited_item_text(self) -> str | None:
        """The list text of the document being edited (None: none)."""
        document = self.editor.document
        return self._item_text(document) if document is not None else None

    def add_document(self) -> None:
        """Add an empty document, select it and put the cursor in "what"."""
        doc = self.session.doc
        document = Document(doc.new_id("d"), "")
        doc.documents.append(document)
        self._note_change()
        self.refresh(select=document.id)
        self.editor.what.setFocus()

    def remove_current(self) -> None:
        """Remove the selected document after a calm confirmation."""
        from saferplan.gui import dialogs  # the shell's one module for message boxes

        document = self._document(self.current_id())
        if document is None:
            return
        what = document_name(document) or self.tr("this document")
        if not dialogs.confirm(
            self, self.tr("Remove a document"),
            self.tr("Remove {what} from your list?").format(what=what),
            self.tr("Remove"), self.tr("Keep"),
        ):
            return
        doc = self.session.doc
        doc.documents = [d for d in doc.documents if d.id != document.id]
        for plan in doc.plans:  # answers that picked it no longer name it
            for answer in plan.answers.values():
                if isinstance(answer.value, list) and document.id in answer.value:
                    answer.value = [v for v in answer.value if v != document.id]
        self._note_change()
        self.refresh()
