"""A question's dated legal lines, and the organisations shown when the person wants to learn."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from saferplan.export.labels import legal_date_line
from saferplan.forms import load_all_forms
from saferplan.gui.session import Session
from saferplan.gui.walk import PlanWalkWidget
from saferplan.gui.walk.question_page import QuestionPage
from saferplan.model import Plan, PlanDocument


def _walk_to(qtbot: QtBot, question_id: str) -> tuple[Session, QuestionPage]:
    doc = PlanDocument(plans=[Plan("p1", "release_plan", "If I am detained")])
    session = Session(doc, None)  # type: ignore[arg-type]
    walk = PlanWalkWidget(session, "p1", load_all_forms())
    qtbot.addWidget(walk)
    walk.open_question(question_id)
    assert isinstance(walk.page, QuestionPage)
    return session, walk.page


def _labels(page: QuestionPage) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel)]


def test_a_legal_question_shows_its_lines_with_the_date_line(qtbot: QtBot) -> None:
    _, page = _walk_to(qtbot, "r_bond_person")
    assert page.legal_box is not None
    texts = _labels(page)
    assert legal_date_line() in texts
    assert any("own money, not yours" in text for text in texts)


def test_a_plain_question_has_no_legal_box(qtbot: QtBot) -> None:
    _, page = _walk_to(qtbot, "r_carer_pets")
    assert page.legal_box is None
    assert legal_date_line() not in _labels(page)


def test_learn_more_shows_organisations_and_adds_one(qtbot: QtBot) -> None:
    session, page = _walk_to(qtbot, "r_rights")
    panel = page.learn_panel
    assert panel is not None and panel.isHidden()
    buttons = {b.text(): b for b in page.answer_widget.findChildren(QRadioButton)}
    buttons["I would like to learn more"].click()
    assert not panel.isHidden()
    buttons["I know some things"].click()
    assert panel.isHidden()
    buttons["I would like to learn more"].click()
    with qtbot.waitSignal(session.document_changed):
        panel.add_buttons["cleo"].click()
    names = [p.name for p in session.doc.people]
    assert names == ["Community Legal Education Ontario (CLEO)"]
    assert "January 2020" in session.doc.people[0].notes
    assert not panel.add_buttons["cleo"].isEnabled()
