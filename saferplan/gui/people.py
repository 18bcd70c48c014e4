"""The people screen: the person's support network, with roles in plain words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui.list_screen import ID_ROLE, ListEditorScreen
from saferplan.gui.session import Session
from saferplan.gui.text_input import CleanTextValidator, PhoneValidator
from saferplan.gui.walk.common import mark_sensitive, wrapped_label
from saferplan.gui.widgets import message_label, set_label_text
from saferplan.model import ROLES, Person
from saferplan.model.practice import digits_of, reset_progress
from saferplan.model.text_rules import TextKind, clean_text, is_valid_phone

# Role id -> (plain label, one-line explanation); translated in the "Roles" context.
ROLE_TEXTS: dict[str, tuple[object, object]] = {
    "bond_person": (
        QT_TRANSLATE_NOOP("Roles", "Bond person"),
        QT_TRANSLATE_NOOP("Roles", "Could pay or promise money of their own so I can be released."),
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

    def __init__(self, session: Session, on_edited: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.on_edited = on_edited
        self.person: Person | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = mark_sensitive(QLineEdit(self))
        self.name.setAccessibleName(self.tr("Name"))
        self.phone = mark_sensitive(QLineEdit(self))
        self.phone.setAccessibleName(self.tr("Phone"))
        self.address = mark_sensitive(QPlainTextEdit(self))
        self.address.setAccessibleName(self.tr("Address (if you want)"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address (if you want)"), self.address)
        layout.addLayout(form)
        self.phone_message = message_label()
        self.phone_message.setAccessibleName(self.tr("About the phone number"))
        layout.addWidget(self.phone_message)
        self._phone_rule = PhoneValidator(self.phone)
        self.phone.setValidator(self._phone_rule)
        name_rule = CleanTextValidator(self.name)
        self.name.setValidator(name_rule)
        self._phone_rule.cleaned.connect(self._say_hidden_removed)
        name_rule.cleaned.connect(self._say_hidden_removed)
        self.phone.inputRejected.connect(self._say_phone_rule)
        self.address_on_card = QCheckBox(self.tr("Print this address on my wallet card"), self)
        self.address_on_card.setToolTip(self.tr(
            "Officers may read the card. Leave this off unless you need the address on it."))
        layout.addWidget(self.address_on_card)
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
        self.address.textChanged.connect(self._store)
        self.address_on_card.toggled.connect(self._store)
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
        self._phone_rule.tolerate(person.phone if person else "")
        self.phone.setText(person.phone if person else "")
        set_label_text(self.phone_message, "")
        self.memorize.setChecked(bool(person and person.memorize))
        self.address.setPlainText(person.address if person else "")
        self.address_on_card.setChecked(bool(person and person.address_on_card))
        for role, box in self.roles.items():
            box.setChecked(bool(person and role in person.roles))
        self.notes.setPlainText(person.notes if person else "")
        self.setEnabled(person is not None)
        self.person = person

    def _store(self) -> None:
        person = self.person
        if person is None:
            return
        person.name = clean_text(self.name.text(), TextKind.ONE_LINE).strip()
        phone = clean_text(self.phone.text(), TextKind.PHONE).strip()
        if phone and is_valid_phone(phone) and self.phone_message.text() == self._rule_text():
            set_label_text(self.phone_message, "")
        if digits_of(phone) != digits_of(person.phone):
            # Practice progress was for the old number: "known by heart" must not carry over.
            reset_progress(self.session.doc, person.id)
        person.phone = phone
        person.memorize = self.memorize.isChecked()
        person.address = self.address.toPlainText().strip()
        person.address_on_card = self.address_on_card.isChecked()
        # Keep ROLES order so printouts list roles the same way every time.
        person.roles = [role for role in ROLES if self.roles[role].isChecked()]
        person.notes = clean_text(self.notes.toPlainText(), TextKind.MULTI_LINE)
        self.on_edited()

    def _rule_text(self) -> str:
        return self.tr("A phone number can hold only digits, spaces, a dot and the signs "
                       "+ - ( ). For an extension, type x or ext, then its digits.")

    def _say_phone_rule(self) -> None:
        """A refused letter or sign: say calmly what a number can hold."""
        set_label_text(self.phone_message, self._rule_text())

    def _say_hidden_removed(self) -> None:
        """Hidden characters were dropped from a paste: say so (the text shown is what is kept)."""
        set_label_text(self.phone_message, self.tr(
            "Hidden characters that can change how text is shown were removed."))


class PeopleWidget(ListEditorScreen):
    """List, add, edit and remove the people of the plan."""

    empty_icon = "people"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.add_header(self.tr("People"), self.tr("Back to ho&me"))
        self.screen_layout.addWidget(wrapped_label(self.tr(
            "First names or nicknames are enough. Add only what your plan needs."), parent=self))
        self.editor = self.add_list_and_editor(self._build_list,
                                               lambda: PersonEditor(session, self._on_edited))
        self.set_empty_words(self.tr("No one in your list yet"), self.tr(
            "Add the people who could help: someone to call, a lawyer, someone who could care "
            "for your children."))
        self.refresh()

    def _build_list(self) -> QWidget:
        box, layout = self.list_pane()
        self.add_list(box, layout, self.add_person, list_name=self.tr("People"),
                      add_text=self.tr("&Add someone"), remove_text=self.tr("&Remove"))
        return box

    def _item_text(self, person: Person) -> str:
        name = person.name or self.tr("(no name yet)")
        roles = ", ".join(role_label(r) for r in person.roles)
        return f"{name}\n{roles}" if roles else name

    def refresh(self, select: str | None = None) -> None:
        """Rebuild the list from the plan, keeping (or choosing) the selected person."""
        rows = ((person.id, self._item_text(person)) for person in self.session.doc.people)
        chosen = self.fill_list(rows, select or self.current_id())
        self.remove_button.setEnabled(chosen is not None)

    def _on_current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        person = self.session.doc.person(str(item.data(ID_ROLE))) if item else None
        self.editor.show_person(person)
        self.remove_button.setEnabled(person is not None)

    def edited_item_text(self) -> str | None:
        """The list text of the person being edited (None: no one)."""
        person = self.editor.person
        return self._item_text(person) if person is not None else None

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
