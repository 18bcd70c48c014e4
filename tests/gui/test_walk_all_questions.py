"""Every question of both real question sets renders, and text in any script reaches the plan."""

from __future__ import annotations

import itertools

from gui_support import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
)
from pytestqt.qtbot import QtBot

from saferplan.forms import FORM_IDS, load_all_forms, question_catalog
from saferplan.gui.session import Session
from saferplan.gui.walk import PlanWalkWidget
from saferplan.gui.walk.question_page import QuestionPage
from saferplan.model import Document, Plan, PlanDocument, dumps_plan_json, loads_plan_json

TEXT_KINDS = {"short_text", "long_text", "place", "money"}
SAMPLES = ("Tôi cần người phiên dịch tiếng Việt",  # Vietnamese
           "我需要普通话翻译",  # Chinese
           "ខ្ញុំត្រូវការអ្នកបកប្រែ",  # Khmer
           "أحتاج إلى مترجم")  # Arabic



def fill(page: QuestionPage, text: str) -> object:
    """Put an answer in the page's widget; return the value the plan should then hold."""
    kind = page.question.kind
    widget = page.answer_widget
    if kind in TEXT_KINDS:
        field = widget if isinstance(widget, (QLineEdit, QPlainTextEdit)) else None
        assert field is not None, kind
        type_text(field, text)
        return text
    if kind in ("yes_no", "choice"):
        radios = widget.findChildren(QRadioButton)
        assert len(radios) >= 2
        radios[-1].setChecked(True)
        return "not_sure" if kind == "yes_no" else page.question.options[-1].id
    if kind == "checklist":
        boxes = widget.findChildren(QCheckBox)
        assert len(boxes) == len(page.question.options) >= 2
        boxes[0].setChecked(True)
        return [page.question.options[0].id]
    if kind in ("person", "document"):
        lst = widget.findChild(QListWidget)
        assert lst is not None and lst.count() >= 1
        lst.item(0).setCheckState(Qt.CheckState.Checked)
        return [lst.item(0).data(Qt.ItemDataRole.UserRole)]
    assert kind == "date", kind
    widget.findChild(QCheckBox).setChecked(False)  # type: ignore[union-attr]
    edit = widget.findChild(QDateEdit)
    assert edit is not None
    return edit.date().toString("yyyy-MM-dd")


def test_walk_every_question_of_both_forms(qtbot: QtBot) -> None:
    forms = load_all_forms()
    doc = PlanDocument(plans=[Plan(f"p{n}", form_id) for n, form_id in enumerate(FORM_IDS)])
    doc.add_person("Lan", "416-555-0101")
    doc.documents.append(Document("d1", "blue box", "home"))
    session = Session(doc, guest=True)
    samples = itertools.cycle(SAMPLES)
    for plan in doc.plans:
        walk = PlanWalkWidget(session, plan.id, forms)
        qtbot.addWidget(walk)
        expected: dict[str, object] = {}
        questions = forms[plan.form].questions()
        for question in questions:
            walk.open_question(question.id)
            page = walk.page
            assert isinstance(page, QuestionPage) and page.question is question
            assert page.question_label.text() == question.text
            expected[question.id] = fill(page, next(samples))
        walk.go_next()  # leave the last page
        assert {qid: a.value for qid, a in plan.answers.items()} == expected
        assert all(a.state == "answered" for a in plan.answers.values())
        assert len(plan.answers) == len(questions)
    roles = {q.role for form in forms.values() for q in form.questions() if q.role}
    assert roles and roles <= set(doc.people[0].roles)
    # what the walk stored is valid plan JSON for these question sets
    again = loads_plan_json(dumps_plan_json(doc), question_catalog(forms))
    assert again.plans[1].answers == doc.plans[1].answers
