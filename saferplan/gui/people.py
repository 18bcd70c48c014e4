"""The people screen: the person's support network, with roles in plain words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui.session import Session
from saferplan.gui.walk.common import WrappingList, mark_sensitive, wrapped_label
from saferplan.model import ROLES, Person

_ID_ROLE = Qt.ItemDataRole.UserRole

# Role id -> (plain label, one-line explanation); translated in the "Roles" context.
ROLE_TEXTS: dict[str, tuple[object, object]] = {
    "bond_person": (
        QT_TRANSLATE_NOOP("Roles", "Bond person"),
        QT_TRANSLATE_NOOP("Roles", "Could bring money or promise it so I can be released."),
    ),
    "hearing_witness": (
        QT_TRANSLATE_NOOP("Roles", "Would speak for me at a hearing"),
        QT_TRANSLATE_NOOP("Roles", "Could come to a detention review and say who I am."),
    ),
    "lawyer_immigration": (
        QT_TRANSLATE_NOOP("Roles", "Immigration lawyer"),
        QT_TRANSLATE_NOOP("Roles", "Helps with status, detention and removal."),
    ),
    "lawyer_criminal": (
        QT_TRANSLATE_NOOP("Roles", "Criminal lawyer"),
        QT_TRANSLATE_NOOP("Roles", "Helps if I am charged with a crime."),
    ),
    "lawyer_family": (
        QT_TRANSLATE_NOOP("Roles", "Family lawyer"),
        QT_TRANSLATE_NOOP("Roles", "Helps with children, custody or separation."),
    ),
    "legal_clinic": (
        QT_TRANSLATE_NOOP("Roles", "Legal clinic"),
        QT_TRANSLATE_NOOP("Roles", "Free legal information and help."),
    ),
    "support_worker": (
        QT_TRANSLATE_NOOP("Roles", "Support worker"),
        QT_TRANSLATE_NOOP("Roles", "Someone from a service I trust, who can contact others."),
    ),
    "key_holder": (
        QT_TRANSLATE_NOOP("Roles", "Has my key"),
        QT_TRANSLATE_NOOP("Roles", "Could fetch clothes, money, documents or medication."),
    ),
    "carer_children": (
        QT_TRANSLATE_NOOP("Roles", "Would care for my children"),
        QT_TRANSLATE_NOOP("Roles", "Could look after my children if I cannot."),
    ),
    "carer_pets": (
        QT_TRANSLATE_NOOP("Roles", "Would care for my pets"),
        QT_TRANSLATE_NOOP("Roles", "Could feed and look after my animals."),
    ),
    "release_address": (
        QT_TRANSLATE_NOOP("Roles", "I could stay with them if released"),
        QT_TRANSLATE_NOOP("Roles", "An address I can give when I am released."),
    ),
    "power_of_attorney": (
        QT_TRANSLATE_NOOP("Roles", "Power of attorney"),
        QT_TRANSLATE_NOOP("Roles", "Allowed to act for me on money or papers."),
    ),
    "emergency_contact": (
        QT_TRANSLATE_NOOP("Roles", "Emergency contact"),
        QT_TRANSLATE_NOOP("Roles", "Someone to call first if something happens."),
    ),
    "safe_place": (
        QT_TRANSLATE_NOOP("Roles", "Safe place"),
        QT_TRANSLATE_NOOP("Roles", "Somewhere I could go to be safe."),
    ),
}


def role_label(role: str) -> str:
    """The plain, translated name of a role."""
    return QCoreApplication.translate("Roles", str(ROLE_TEXTS[role][0]))


def role_explanation(role: str) -> str:
    """The one-line, translated explanation of a role."""
    return QCoreApplication.translate("Roles", str(ROLE_TEXTS[role][1]))


class PersonEditor(QWidget):
    """Edits one person in place: every change goes straight into the plan."""

    # A plain callback, not a Signal: PySide6 6.12.0 on Python 3.11 drops a reference to
    # True on every Python-side emit(), and these editors fire on every keystroke.
    def __init__(self, on_edited: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_edited = on_edited
        self.person: Person | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = mark_sensitive(QLineEdit(self))
        self.name.setAccessibleName(self.tr("Name"))
        self.phone = mark_sensitive(QLineEdit(self))
        self.phone.setAccessibleName(self.tr("Phone"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        layout.addLayout(form)
        self.memorize = QCheckBox(self.tr("I want to know this number by heart"), self)
        layout.addWidget(self.memorize)
        roles_title = wrapped_label(self.tr("What they could do for me"), bold=True, parent=self)
        layout.addWidget(roles_title)
        layout.addLayout(self._build_roles())
        layout.addWidget(wrapped_label(self.tr("Notes"), bold=True, parent=self))
        self.notes = mark_sensitive(QPlainTextEdit(self))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 4)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        self.name.textEdited.connect(self._store)
        self.phone.textEdited.connect(self._store)
        self.memorize.toggled.connect(self._store)
        self.notes.textChanged.connect(self._store)

    def _build_roles(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.roles: dict[str, QCheckBox] = {}
        for row, role in enumerate(ROLES):
            box = QCheckBox(role_label(role), self)
            box.setToolTip(role_explanation(role))
            box.setAccessibleDescription(role_explanation(role))
            box.toggled.connect(self._store)
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(wrapped_label(role_explanation(role), muted=True, parent=self), row, 1)
            self.roles[role] = box
        return grid

    def show_person(self, person: Person | None) -> None:
        """Show this person (None: an empty, disabled editor)."""
        self.person = None  # no stores while the fields are filled
        self.name.setText(person.name if person else "")
        self.phone.setText(person.phone if person else "")
        self.memorize.setChecked(bool(person and person.memorize))
        for role, box in self.roles.items():
            box.setChecked(bool(person and role in person.roles))
        self.notes.setPlainText(person.notes if person else "")
        self.setEnabled(person is not None)
        self.person = person

    def _store(self) -> None:
        person = self.person
        if person is None:
            return
        person.name = self.name.text().strip()
        person.phone = self.phone.text().strip()
        person.memorize = self.memorize.isChecked()
        # Keep ROLES order so printouts list roles the same way every time.
        person.roles = [role for role in ROLES if self.roles[role].isChecked()]
        person.notes = self.notes.toPlainText()
        self.on_edited()


class PeopleWidget(QWidget):
    """List, add, edit and remove the people of the plan."""

    close_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(wrapped_label(self.tr("People"), scale=1.5, bold=True, parent=self), 1)
        self.home_button = QPushButton(self.tr("Back to home"), self)
        self.home_button.clicked.connect(self.close_requested.emit)
        header.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        layout.addWidget(wrapped_label(self.tr(
            "First names or nicknames are enough. Add only what your plan needs."), parent=self))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_list())
        self.editor = PersonEditor(self._on_edited)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self._own_change = False
        session.document_changed.connect(self._on_document_changed)
        self.refresh()

    def _note_change(self) -> None:
        # Our own edits are already on screen; other screens' edits (directory) need a refresh.
        self._own_change = True
        try:
            self.session.changed()
        finally:
            self._own_change = False

    def _on_document_changed(self) -> None:
        if not self._own_change:
            self.refresh()

    def _build_list(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = WrappingList(box)
        self.list.setAccessibleName(self.tr("People"))
        self.list.currentItemChanged.connect(self._on_current)
        layout.addWidget(self.list, 1)
        self.empty_note = wrapped_label(self.tr("No one in your list yet."), muted=True, parent=box)
        layout.addWidget(self.empty_note)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add someone"), box)
        self.remove_button = QPushButton(self.tr("Remove"), box)
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_current)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _item_text(self, person: Person) -> str:
        name = person.name or self.tr("(no name yet)")
        roles = ", ".join(role_label(r) for r in person.roles)
        return f"{name}\n{roles}" if roles else name

    def refresh(self, select: str | None = None) -> None:
        """Rebuild the list from the plan, keeping (or choosing) the selected person."""
        current = select or self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        chosen: QListWidgetItem | None = None
        for person in self.session.doc.people:
            item = QListWidgetItem(self._item_text(person), self.list)
            item.setData(_ID_ROLE, person.id)
            if person.id == current:
                chosen = item
        self.list.blockSignals(False)
        self.list.fit_items()
        if chosen is None and self.list.count():
            chosen = self.list.item(0)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._on_current(chosen)
        self.empty_note.setVisible(self.list.count() == 0)
        self.remove_button.setEnabled(chosen is not None)

    def current_id(self) -> str | None:
        """The id of the selected person, or None."""
        item = self.list.currentItem()
        return str(item.data(_ID_ROLE)) if item is not None else None

    def _on_current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        person = self.session.doc.person(str(item.data(_ID_ROLE))) if item else None
        self.editor.show_person(person)
        self.remove_button.setEnabled(person is not None)

    def _on_edited(self) -> None:
        item = self.list.currentItem()
        person = self.editor.person
        if item is not None and person is not None:
            item.setText(self._item_text(person))
            self.list.fit_items()
        self._note_change()

    def add_person(self) -> None:
        """Add an empty person, select them and put the cursor in the name field."""
        person = self.session.doc.add_person("")
        self._note_change()
        self.refresh(select=person.id)
        self.editor.name.setFocus()

    def remove_current(self) -> None:
        """Remove the selected person after a calm confirmation."""
        from saferplan.gui import dialogs  # the shell's one module for message boxes

        person_id = self.current_id()
        person = self.session.doc.person(person_id) if person_id else None
        if person is None:
            return
        name = person.name or self.tr("this person")
        if not dialogs.confirm(
            self, self.tr("Remove someone"),
            self.tr("Remove {name} from your plan? They will also be taken out of your "
                    "answers.").format(name=name),
            self.tr("Remove"), self.tr("Keep"),
        ):
            return
        self.session.doc.remove_person(person.id)
        self._note_change()
        self.refresh()
