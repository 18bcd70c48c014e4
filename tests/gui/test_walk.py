"""The plan walk: answering, skipping, later, back, resume, people through questions, saving."""

from __future__ import annotations

import pytest
from gui_support import type_text
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
)
from pytestqt.qtbot import QtBot

from saferplan.forms import KINDS, Form, Option, Question, Section
from saferplan.gui.session import Session
from saferplan.gui.walk import ADAPTERS, PlanWalkWidget
from saferplan.gui.walk.question_page import QuestionPage
from saferplan.gui.walk.summary import SectionSummary
from saferplan.model import Answer, Plan, PlanDocument, bond_persons, lawyer_contacts
from saferplan.model.navigation import Position

FORM = Form("release_plan", "Release plan", "", (
    Section("one", "First things", "", (
        Question("q_name", "short_text", "What name do you use?", "So people know who to ask for."),
        Question("q_story", "long_text", "What helps you stay calm?", "It helps to know."),
        Question("q_yes", "yes_no", "Do you have a lawyer?", "Why."),
    )),
    Section("two", "People", "", (
        Question("q_bond", "person", "Who could be your bond person?", "Why.", role="bond_person"),
        Question("q_lawyer", "person", "Who is your lawyer?", "Why.", role="lawyer_immigration"),
        Question("q_pick", "choice", "Pick one", "Why.",
                 options=(Option("a", "Apple"), Option("b", "Banana"))),
        Question("q_list", "checklist", "Pick any", "Why.",
                 options=(Option("x", "Ex"), Option("y", "Why"))),
        Question("q_when", "date", "When?", "Why."),
    )),
))
FORMS = {"release_plan": FORM}


def make_session(saver: object = None) -> Session:
    doc = PlanDocument(plans=[Plan("p1", "release_plan", "If I am detained")])
    return Session(doc, saver)  # type: ignore[arg-type]


def make_walk(qtbot: QtBot, session: Session) -> PlanWalkWidget:
    walk = PlanWalkWidget(session, "p1", FORMS)
    qtbot.addWidget(walk)
    return walk


def page(walk: PlanWalkWidget) -> QuestionPage:
    assert isinstance(walk.page, QuestionPage)
    return walk.page



def answers(session: Session) -> dict[str, Answer]:
    return session.doc.plans[0].answers


def test_every_kind_has_an_adapter() -> None:
    assert set(ADAPTERS) == set(KINDS)


def test_answer_then_next_stores_it_and_notes_the_change(qtbot: QtBot) -> None:
    session = make_session()
    walk = make_walk(qtbot, session)
    assert walk.navigator.position == Position("one", "q_name")
    edit = page(walk).answer_widget
    assert isinstance(edit, QLineEdit)
    type_text(edit, "Mai Lan")
    with qtbot.waitSignal(session.document_changed):
        qtbot.mouseClick(walk.next_button, Qt.MouseButton.LeftButton)
    assert answers(session)["q_name"] == Answer("answered", "Mai Lan")
    assert walk.navigator.position == Position("one", "q_story")


def test_next_without_input_stores_nothing(qtbot: QtBot) -> None:
    session = make_session()
    walk = make_walk(qtbot, session)
    walk.go_next()
    assert answers(session) == {} and not session.dirty


def test_untouched_page_keeps_its_earlier_state(qtbot: QtBot) -> None:
    session = make_session()
    answers(session)["q_name"] = Answer("later")
    walk = make_walk(qtbot, session)
    walk.navigator.go_to_question("q_name")
    walk._show_position()
    walk.go_next()
    assert answers(session)["q_name"] == Answer("later")


def test_skip_not_applicable_and_later(qtbot: QtBot) -> None:
    session = make_session()
    walk = make_walk(qtbot, session)
    type_text(page(walk).answer_widget, "typed")  # type: ignore[arg-type]
    qtbot.mouseClick(walk.skip_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(walk.not_applicable_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(walk.later_button, Qt.MouseButton.LeftButton)
    assert answers(session) == {"q_name": Answer("skipped"), "q_story": Answer("not_applicable"),
                                "q_yes": Answer("later")}
    assert walk.navigator.position == Position("one")  # the section summary
    assert walk.sidebar.later.count() == 1
    assert walk.sidebar.later.item(0).text() == "Do you have a lawyer?"
    assert not walk.skip_button.isVisibleTo(walk)
    # the later list opens the question again
    walk.sidebar.question_chosen.emit("q_yes")
    assert page(walk).question.id == "q_yes"
    assert "later" in page(walk).state_label.text()


def test_back_shows_the_earlier_answer_and_a_change_is_kept(qtbot: QtBot) -> None:
    session = make_session()
    walk = make_walk(qtbot, session)
    type_text(page(walk).answer_widget, "Lan")  # type: ignore[arg-type]
    walk.go_next()
    text = page(walk).answer_widget
    assert isinstance(text, QPlainTextEdit)
    type_text(text, "Tea")
    qtbot.mouseClick(walk.back_button, Qt.MouseButton.LeftButton)
    edit = page(walk).answer_widget
    assert isinstance(edit, QLineEdit) and edit.text() == "Lan"
    assert answers(session)["q_story"] == Answer("answered", "Tea")
    edit.clear()
    walk.go_next()
    assert "q_name" not in answers(session)  # cleared: open again, not an empty answer
    assert walk.navigator.position == Position("one", "q_story")


def test_resume_in_a_new_widget_on_the_same_document(qtbot: QtBot) -> None:
    session = make_session()
    walk = make_walk(qtbot, session)
    type_text(page(walk).answer_widget, "Lan")  # type: ignore[arg-type]
    walk.go_next()
    walk.mark_and_next("later")
    yes = page(walk).answer_widget.findChildren(QRadioButton)[1]
    yes.setChecked(True)
    walk.go_next()  # leaves q_yes answered "no" and shows the summary
    walk.go_next()  # next section: q_bond, untouched
    walk.request_close()
    again = make_walk(qtbot, session)
    assert again.navigator.position == Position("two", "q_bond")
    assert answers(session)["q_yes"] == Answer("answered", "no")


def check_person(walk: PlanWalkWidget, name: str) -> None:
    widget = page(walk).answer_widget
    lst = widget.findChild(QListWidget)
    assert lst is not None
    for i in range(lst.count()):
        if lst.item(i).text().startswith(name):
            lst.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(name)


def test_picking_a_person_gives_the_role(qtbot: QtBot) -> None:
    session = make_session()
    lan = session.doc.add_person("Lan", "416-555-0101")
    walk = make_walk(qtbot, session)
    walk.open_question("q_bond")
    check_person(walk, "Lan")
    walk.go_next()
    assert answers(session)["q_bond"] == Answer("answered", [lan.id])
    assert bond_persons(session.doc) == [lan]
    # unpicking takes the role back, since no other answer names her for it
    walk.go_back()
    lst = page(walk).answer_widget.findChild(QListWidget)
    assert lst is not None and lst.item(0).checkState() == Qt.CheckState.Checked
    lst.item(0).setCheckState(Qt.CheckState.Unchecked)
    walk.go_next()
    assert bond_persons(session.doc) == [] and "q_bond" not in answers(session)


def test_adding_someone_in_place_picks_them_with_the_role(qtbot: QtBot) -> None:
    session = make_session()
    walk = make_walk(qtbot, session)
    walk.open_question("q_lawyer")
    edits = page(walk).answer_widget.findChildren(QLineEdit)
    type_text(edits[0], "Trần Văn Minh")
    type_text(edits[1], "416-555-0199")
    with qtbot.waitSignal(session.document_changed):
        qtbot.keyClick(edits[1], Qt.Key.Key_Return)
    assert [p.name for p in session.doc.people] == ["Trần Văn Minh"]
    assert edits[0].text() == ""
    walk.go_next()
    minh = session.doc.people[0]
    assert minh.phone == "416-555-0199"
    assert lawyer_contacts(session.doc) == [minh]
    assert answers(session)["q_lawyer"].value == [minh.id]


def test_choice_checklist_and_date(qtbot: QtBot) -> None:
    session = make_session()
    walk = make_walk(qtbot, session)
    walk.open_question("q_pick")
    page(walk).answer_widget.findChildren(QRadioButton)[1].setChecked(True)
    walk.go_next()
    boxes = page(walk).answer_widget.findChildren(QCheckBox)
    boxes[1].setChecked(True)
    walk.go_next()
    no_date = page(walk).answer_widget.findChild(QCheckBox)
    assert no_date is not None and no_date.isChecked()  # "no date" until one is chosen
    walk.go_next()
    assert "q_when" not in answers(session)
    walk.go_back()
    widget = page(walk).answer_widget
    widget.findChild(QCheckBox).setChecked(False)  # type: ignore[union-attr]
    widget.findChild(QDateEdit).setDate(QDate(2026, 3, 9))  # type: ignore[union-attr]
    walk.go_next()
    assert answers(session)["q_pick"] == Answer("answered", "b")
    assert answers(session)["q_list"] == Answer("answered", ["y"])
    assert answers(session)["q_when"] == Answer("answered", "2026-03-09")


def test_summary_lists_answers_and_change_opens_the_question(qtbot: QtBot) -> None:
    session = make_session()
    answers(session).update({"q_name": Answer("answered", "Lan"), "q_story": Answer("later"),
                             "q_yes": Answer("answered", "not_sure")})
    walk = make_walk(qtbot, session)
    walk.navigator.go_to_summary("one")
    walk._show_position()
    summary = walk.page
    assert isinstance(summary, SectionSummary)
    texts = [label.text() for label in summary.findChildren(QLabel)]
    assert "Lan" in texts and "Not sure" in texts and "To talk about later" in texts
    qtbot.mouseClick(summary.change_buttons["q_story"], Qt.MouseButton.LeftButton)
    assert page(walk).question.id == "q_story"
    assert walk.sidebar.sections.item(0).text().endswith("2 of 3 answered")


def test_save_failure_keeps_the_answer_and_says_so_calmly(qtbot: QtBot) -> None:
    def failing(_doc: PlanDocument) -> None:
        raise OSError("The disk is full.")

    session = make_session(failing)
    walk = make_walk(qtbot, session)
    walk.show()
    type_text(page(walk).answer_widget, "Lan")  # type: ignore[arg-type]
    walk.go_next()
    assert not session.save_now()
    assert walk.save_status.state == "failed"
    assert "The disk is full." in walk.save_status.label.text()
    assert answers(session)["q_name"] == Answer("answered", "Lan")


def test_saved_mark_after_a_save(qtbot: QtBot) -> None:
    saved: list[PlanDocument] = []
    session = make_session(saved.append)
    walk = make_walk(qtbot, session)
    type_text(page(walk).answer_widget, "Lan")  # type: ignore[arg-type]
    walk.go_next()
    with qtbot.waitSignal(session.saved, timeout=3000):
        pass  # the debounced autosave
    assert walk.save_status.label.text() == "Saved ✓" and saved == [session.doc]


def test_hiding_the_walk_keeps_what_is_typed(qtbot: QtBot) -> None:
    session = Session(PlanDocument(plans=[Plan("p1", "release_plan")]), guest=True)
    walk = make_walk(qtbot, session)
    walk.show()
    type_text(page(walk).answer_widget, "Lan")  # type: ignore[arg-type]
    walk.hide()
    assert answers(session)["q_name"] == Answer("answered", "Lan")
    assert walk.save_status.label.text() == "Kept for this session only"


def test_text_fields_are_marked_sensitive(qtbot: QtBot) -> None:
    walk = make_walk(qtbot, make_session())
    hints = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
    for qid in ("q_name", "q_story", "q_bond"):
        walk.open_question(qid)
        fields = page(walk).findChildren(QLineEdit) + page(walk).findChildren(QPlainTextEdit)
        assert fields
        for field in fields:
            assert field.inputMethodHints() & hints == hints


def test_sidebar_jumps_to_a_section(qtbot: QtBot) -> None:
    session = make_session()
    answers(session)["q_bond"] = Answer("skipped")
    walk = make_walk(qtbot, session)
    walk.sidebar.section_chosen.emit("two")
    assert walk.navigator.position == Position("two", "q_lawyer")


def test_last_page_finishes_for_now(qtbot: QtBot) -> None:
    walk = make_walk(qtbot, make_session())
    walk.navigator.go_to_summary("two")
    walk._show_position()
    assert walk.next_button.text().replace("&", "") == "Finish for now"
    with qtbot.waitSignal(walk.close_requested):
        walk.go_next()


def test_unknown_plan_is_refused(qtbot: QtBot) -> None:
    with pytest.raises(KeyError):
        PlanWalkWidget(make_session(), "nope", FORMS)
