"""The people screen: add, edit, roles, memorize, remove with a confirmation."""

from __future__ import annotations

from gui_support import type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from saferplan.gui import dialogs
from saferplan.gui.people import ROLE_TEXTS, PeopleWidget
from saferplan.gui.session import Session
from saferplan.model import (
    ROLES,
    Answer,
    Plan,
    PlanDocument,
    bond_persons,
    lawyer_contacts,
    numbers_by_heart,
)


def make(qtbot: QtBot, doc: PlanDocument | None = None) -> tuple[PeopleWidget, Session]:
    session = Session(doc or PlanDocument(), guest=True)
    widget = PeopleWidget(session)
    qtbot.addWidget(widget)
    return widget, session


def test_every_role_has_plain_words() -> None:
    assert set(ROLE_TEXTS) == set(ROLES)


def test_add_and_edit_a_person(qtbot: QtBot) -> None:
    widget, session = make(qtbot)
    assert widget.empty_state.isVisibleTo(widget)
    with qtbot.waitSignal(session.document_changed):
        qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    editor = widget.editor
    type_text(editor.name, "Lan 兰")
    type_text(editor.phone, "416-555-0101")
    editor.memorize.setChecked(True)
    editor.roles["bond_person"].setChecked(True)
    editor.roles["legal_clinic"].setChecked(True)
    type_text(editor.notes, "ملاحظة")
    person = session.doc.people[0]
    assert (person.name, person.phone, person.notes) == ("Lan 兰", "416-555-0101", "ملاحظة")
    assert person.roles == ["bond_person", "legal_clinic"]
    assert numbers_by_heart(session.doc) == [person]
    assert bond_persons(session.doc) == [person] == lawyer_contacts(session.doc)
    assert widget.list.item(0).text().startswith("Lan 兰\n")
    assert session.dirty


def test_selecting_shows_each_person(qtbot: QtBot) -> None:
    doc = PlanDocument()
    doc.add_person("Lan", "1", ["key_holder"])
    doc.add_person("Minh", "2")
    widget, _ = make(qtbot, doc)
    widget.list.setCurrentRow(1)
    assert widget.editor.name.text() == "Minh"
    assert not widget.editor.roles["key_holder"].isChecked()
    widget.list.setCurrentRow(0)
    assert widget.editor.roles["key_holder"].isChecked()
    assert widget.editor.roles["key_holder"].toolTip()


def test_remove_asks_first_and_clears_answers(qtbot: QtBot) -> None:
    doc = PlanDocument(plans=[Plan("p1", "release_plan")])
    lan = doc.add_person("Lan")
    doc.plans[0].answers["r_bond_person"] = Answer("answered", [lan.id])
    widget, _ = make(qtbot, doc)
    with dialogs.preanswer([False]) as shown:
        widget.remove_current()
    assert doc.people == [lan] and shown[0].kind == "confirm"
    with dialogs.preanswer([True]):
        widget.remove_current()
    assert doc.people == [] and doc.plans[0].answers["r_bond_person"].value == []
    assert widget.list.count() == 0 and not widget.editor.isEnabled()


def test_refreshes_when_another_screen_adds_someone(qtbot: QtBot) -> None:
    widget, session = make(qtbot)
    session.doc.add_person("From the directory")
    session.changed()
    assert widget.list.count() == 1


def test_text_fields_are_sensitive(qtbot: QtBot) -> None:
    widget, _ = make(qtbot)
    hints = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
    editor = widget.editor
    for field in (editor.name, editor.phone, editor.address, editor.notes):
        assert field.inputMethodHints() & hints == hints


def test_a_new_number_must_be_learnt_again(qtbot: QtBot) -> None:
    import datetime

    from saferplan.model.practice import is_known, record_attempt

    doc = PlanDocument()
    person = doc.add_person("Lan", "+1 416 555 0101")
    person.memorize = True
    for day in (1, 8, 16):
        record_attempt(doc, person.id, "4165550101", datetime.date(2026, 11, day))
    assert is_known(doc, person.id)
    widget, _ = make(qtbot)
    widget.session.doc = doc
    widget.refresh()
    widget.list.setCurrentRow(0)
    type_text(widget.editor.notes, "x")           # other edits keep the progress
    assert is_known(doc, person.id)
    widget.editor.phone.setText("+1 416 555 0101 ")
    widget.editor.phone.textEdited.emit("+1 416 555 0101 ")  # same digits: still known
    assert is_known(doc, person.id)
    widget.editor.phone.clear()
    type_text(widget.editor.phone, "+1 647 555 0199")
    assert not is_known(doc, person.id)
    assert person.id not in doc.practice


def _new_person(qtbot: QtBot) -> tuple[PeopleWidget, Session]:
    widget, session = make(qtbot)
    with qtbot.waitSignal(session.document_changed):
        qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    return widget, session


def test_the_phone_field_refuses_letters_calmly(qtbot: QtBot) -> None:
    widget, session = _new_person(qtbot)
    editor = widget.editor
    type_text(editor.phone, "416 CALL")
    assert session.doc.people[0].phone == "416"  # C, A, L, L refused one by one
    assert "only digits, spaces" in editor.phone_message.text()
    type_text(editor.phone, "555 ext 12")
    assert session.doc.people[0].phone == "416 555 ext 12"
    assert editor.phone_message.text() == ""  # a whole number again: the note goes


def test_a_pasted_direction_override_is_removed_from_phone_and_name(qtbot: QtBot) -> None:
    widget, session = _new_person(qtbot)
    editor = widget.editor
    editor.phone.setFocus()
    editor.phone.insert("+1 416 555 \u202e0101\u202c")  # a paste goes through the validator
    editor.name.insert("Lan \u202e1010\u202c")
    person = session.doc.people[0]
    assert editor.phone.text() == person.phone == "+1 416 555 0101"
    assert person.name == "Lan 1010"
    assert "Hidden characters" in editor.phone_message.text()


def test_an_old_number_with_letters_can_still_be_edited(qtbot: QtBot) -> None:
    doc = PlanDocument()
    doc.add_person("Minh", "555-CALL")
    widget, session = make(qtbot, doc)
    widget.list.setCurrentRow(0)
    editor = widget.editor
    editor.phone.setFocus()
    editor.phone.end(False)
    editor.phone.backspace()
    assert session.doc.people[0].phone == "555-CAL"


def test_an_address_is_kept_and_goes_on_the_card_only_when_chosen(qtbot: QtBot) -> None:
    doc = PlanDocument()
    lan = doc.add_person("Lan", "1", ["release_address"])
    widget, _ = make(qtbot, doc)
    widget.refresh(select=lan.id)
    editor = widget.editor
    type_text(editor.address, "25 Maple Avenue")
    qtbot.keyClick(editor.address, Qt.Key.Key_Return)
    type_text(editor.address, "Toronto")
    assert lan.address == "25 Maple Avenue\nToronto"
    assert lan.address_on_card is False
    editor.address_on_card.setChecked(True)
    assert lan.address_on_card is True
    widget.refresh(select=lan.id)
    assert editor.address.toPlainText() == "25 Maple Avenue\nToronto"
    assert editor.address_on_card.isChecked()
