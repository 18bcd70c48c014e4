"""The directory screen: dated, searchable, added to People in one click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from saferplan.forms.directory import load_directory
from saferplan.gui.directory_view import DirectoryWidget
from saferplan.gui.people import PeopleWidget
from saferplan.gui.session import Session
from saferplan.model import PlanDocument, lawyer_contacts


def make(qtbot: QtBot) -> tuple[DirectoryWidget, Session]:
    session = Session(PlanDocument(), guest=True)
    widget = DirectoryWidget(session)
    qtbot.addWidget(widget)
    return widget, session


def test_date_note_is_always_shown(qtbot: QtBot) -> None:
    widget, _ = make(qtbot)
    widget.show()
    assert widget.date_note.isVisible()
    assert widget.date_note.text() == "As listed in January 2020 — check before relying on it."
    widget.search.setText("zzzz no such thing")
    assert widget.visible_cards() == [] and widget.nothing_found.isVisibleTo(widget)
    assert widget.date_note.isVisible()


def test_search_and_category(qtbot: QtBot) -> None:
    widget, _ = make(qtbot)
    directory = load_directory()
    assert len(widget.visible_cards()) == len(directory.organisations)
    category = directory.categories[0].id
    widget.category.setCurrentIndex(widget.category.findData(category))
    shown = {card.org.id for card in widget.visible_cards()}
    assert shown == {o.id for o in directory.search("", category)} and shown
    widget.category.setCurrentIndex(0)
    org = directory.organisations[3]
    widget.search.setText(org.name[:8])
    assert org in [card.org for card in widget.visible_cards()]


def test_add_to_my_people_in_one_click(qtbot: QtBot) -> None:
    widget, session = make(qtbot)
    people = PeopleWidget(session)
    qtbot.addWidget(people)
    card = next(c for c in widget.cards if c.org.role == "legal_clinic")
    assert card.role.currentData() == "legal_clinic"  # the organisation's role by default
    with qtbot.waitSignal(widget.person_added):
        qtbot.mouseClick(card.add_button, Qt.MouseButton.LeftButton)
    [person] = session.doc.people
    assert person.name == card.org.name and person.roles == ["legal_clinic"]
    assert "January 2020" in person.notes
    assert lawyer_contacts(session.doc) == [person]
    assert card.added_note.isVisibleTo(card)
    assert people.list.count() == 1  # editable in People at once
    other = next(c for c in widget.cards if c is not card)
    other.role.setCurrentIndex(other.role.findData("support_worker"))
    widget.add_organisation(other.org, other.role.currentData())
    assert session.doc.people[1].roles == ["support_worker"]
