"""The directory screen: the guide's organisations, dated, added to the plan in one click."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from saferplan.forms.directory import Directory, Organisation, add_to_plan, load_directory
from saferplan.gui.people import role_label
from saferplan.gui.quick_exit import clear_on_escape
from saferplan.gui.session import Session
from saferplan.gui.walk.common import wrapped_label
from saferplan.gui.widgets import PAGE_MARGINS, page_header
from saferplan.model import ROLES, Person


class OrganisationCard(QFrame):
    """One organisation: name, numbers, website, what it offers, and "Add to my people"."""

    add_requested = Signal(object, object)  # (Organisation, role id or None)

    def __init__(self, org: Organisation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.org = org
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(org.name, scale=1.15, bold=True, parent=self))
        if org.phones:
            layout.addWidget(wrapped_label("\n".join(org.phones), parent=self))
        if org.website:
            layout.addWidget(wrapped_label(org.website, parent=self))
        layout.addWidget(wrapped_label(org.offers, muted=True, parent=self))
        row = QHBoxLayout()
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role for {name}").format(name=org.name))
        self.role.addItem(self.tr("No role"), None)
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(max(self.role.findData(org.role), 0) if org.role else 0)
        self.add_button = QPushButton(self.tr("Add to my people"), self)
        self.add_button.setAccessibleName(
            self.tr("Add {name} to my people").format(name=org.name))
        self.add_button.clicked.connect(
            lambda: self.add_requested.emit(self.org, self.role.currentData()))
        row.addWidget(self.role)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.added_note = wrapped_label(parent=self)
        self.added_note.hide()
        layout.addWidget(self.added_note)

    def show_added(self) -> None:
        """Say quietly that it is in the person's list now."""
        self.added_note.setText(self.tr("Added to your people. You can change it there."))
        self.added_note.show()


class DirectoryWidget(QWidget):
    """Browse by category and search the organisations listed in the guide."""

    close_requested = Signal()
    person_added = Signal(str)  # person id, e.g. for the shell to open People

    def __init__(self, session: Session, parent: QWidget | None = None,
                 directory: Directory | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.directory = directory if directory is not None else load_directory()
        self.cards: list[OrganisationCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        # The words of the home button that opens this page, so the two always match.
        self.title = wrapped_label(
            QCoreApplication.translate("Home", "Or&ganisations that can help").replace("&", ""),
            scale=1.5, bold=True, heading=True, parent=self)
        self.home_button = QPushButton(self.tr("Back to ho&me"), self)
        self.home_button.clicked.connect(self.close_requested.emit)
        layout.addLayout(page_header(self.title, self.home_button))
        self.date_note = wrapped_label(
            self.tr("As listed in {date} — check before relying on it.").format(
                date=self._month()), bold=True, parent=self)
        layout.addWidget(self.date_note)
        layout.addLayout(self._build_filters())
        self.results = QScrollArea(self)
        self.results.setWidgetResizable(True)
        self.results.setWidget(self._build_cards())
        layout.addWidget(self.results, 1)
        self.show_results()

    def _month(self) -> str:
        # "2020-01" reads as "January 2020" in the person's language.
        month = QDate.fromString(self.directory.as_of, "yyyy-MM")
        if not month.isValid():
            return self.directory.as_of
        return QLocale().toString(month, "MMMM yyyy")

    def _build_cards(self) -> QWidget:
        # Cards are built once; searching only shows or hides them, so typing stays quick.
        box = QWidget()
        layout = QVBoxLayout(box)
        for org in self.directory.organisations:
            card = OrganisationCard(org, box)
            card.add_requested.connect(self.add_organisation)
            layout.addWidget(card)
            self.cards.append(card)
        self.nothing_found = wrapped_label(
            self.tr("Nothing matches. Try fewer letters or another category."), parent=box)
        layout.addWidget(self.nothing_found)
        layout.addStretch(1)
        return box

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category"))
        self.category.addItem(self.tr("All kinds of help"), None)
        for category in self.directory.categories:
            self.category.addItem(category.label, category.id)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, number or what they offer"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        clear_on_escape(self.search)
        self.category.currentIndexChanged.connect(self.show_results)
        self.search.textChanged.connect(self.show_results)
        self.search_label = QLabel(self.tr("&Search"), self)   # Alt+S goes to the search
        self.search_label.setBuddy(self.search)
        row.addWidget(self.category)
        row.addWidget(self.search_label)
        row.addWidget(self.search, 1)
        return row

    def show_results(self) -> None:
        """Show the organisations matching the search text and category."""
        found = {org.id for org in self.directory.search(self.search.text(),
                                                         self.category.currentData())}
        for card in self.cards:
            card.setVisible(card.org.id in found)
        self.nothing_found.setVisible(not found)

    def visible_cards(self) -> list[OrganisationCard]:
        """The cards the current search shows."""
        return [card for card in self.cards if not card.isHidden()]

    def add_organisation(self, org: Organisation, role: str | None) -> Person:
        """Copy an organisation into the person's list, with the chosen role."""
        note = self.tr("From the guide's list, {date} — check before relying on it.").format(
            date=self._month())
        person = add_to_plan(self.session.doc, org, role, note=note)
        self.session.changed()
        for card in self.cards:
            if card.org is org:
                card.show_added()
        self.person_added.emit(person.id)
        return person
