"""Plan JSON checked against the shipped question sets: round trips, and bad input rejected."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saferplan.forms import Form, load_all_forms, question_catalog
from saferplan.model import (
    ANSWER_STATES,
    ROLES,
    Answer,
    AnswerValue,
    Document,
    LogEntry,
    Person,
    Plan,
    PlanDocument,
    PlanJsonError,
    dumps_plan_json,
    loads_plan_json,
    text_rules,
)

FORMS: dict[str, Form] = load_all_forms()
CATALOG = question_catalog(FORMS)

ids = st.from_regex(r"[A-Za-z0-9_.-]{1,16}", fullmatch=True)
# Any script, including characters outside the Basic Multilingual Plane (emoji, rare CJK).
# Valid text has none of the hidden characters of model/text_rules.py (tested there).
visible = st.characters(blacklist_categories=("Cs",),
                        blacklist_characters=sorted(text_rules.HIDDEN_ONE_LINE))
texts = st.one_of(
    st.text(visible, max_size=40),
    st.text(st.characters(min_codepoint=0x10000), max_size=8),
    st.sampled_from(["Lan", "美玲", "Thảo", "สมชาย", "김민지", "ສົມ", "សុខា", "𠜎𠜱 🌸", ""]),
)
phones = st.one_of(st.from_regex(text_rules.PHONE_PATTERN, fullmatch=True),
                   st.sampled_from(["+1 416 555 0101", "(02) 9555-0101 ext. 12", ""]))
languages = st.sampled_from(["en", "vi", "zh_Hant", "km", "th", "pt-BR", "tl"])


def answer_values(kind: str, options: tuple[str, ...], people: list[str],
                  documents: list[str]) -> st.SearchStrategy[AnswerValue]:
    """Values that are valid for a question of this kind."""
    if kind in {"short_text", "long_text", "place", "money"}:
        return texts
    if kind == "yes_no":
        return st.sampled_from(["yes", "no", "not_sure"])
    if kind == "choice":
        return st.sampled_from(options)
    if kind == "checklist":
        return st.lists(st.sampled_from(options), unique=True)
    if kind == "date":
        return st.dates().map(lambda d: d.isoformat())
    pool = {"person": people, "document": documents}[kind]
    return st.lists(st.sampled_from(pool), max_size=3) if pool else st.just([])


@st.composite
def plan_documents(draw: st.DrawFn) -> PlanDocument:
    person_ids = draw(st.lists(ids, unique=True, max_size=5))
    people = [
        Person(pid, draw(texts), draw(phones),
               draw(st.lists(st.sampled_from(ROLES), unique=True, max_size=3)),
               draw(st.booleans()), draw(texts))
        for pid in person_ids
    ]
    document_ids = draw(st.lists(ids, unique=True, max_size=4))
    documents = [
        Document(did, draw(texts), draw(texts), draw(st.sampled_from(["", *person_ids])),
                 draw(texts))
        for did in document_ids
    ]
    plans = []
    for plan_id in draw(st.lists(ids, unique=True, max_size=3)):
        form = FORMS[draw(st.sampled_from(sorted(FORMS)))]
        chosen = draw(st.lists(st.sampled_from([q.id for q in form.questions()]), unique=True))
        answers: dict[str, Answer] = {}
        for qid in chosen:
            state = draw(st.sampled_from(ANSWER_STATES))
            value = None
            if state == "answered" and draw(st.integers(0, 9)):
                rule = CATALOG[form.id][qid]
                value = draw(answer_values(rule.kind, rule.options, person_ids, document_ids))
            answers[qid] = Answer(state, value)
        plans.append(Plan(plan_id, form.id, draw(texts), answers))
    log = [LogEntry(draw(texts), draw(texts), draw(texts), id=f"e{n}")
           for n in range(1, draw(st.integers(0, 2)) + 1)]
    return PlanDocument(draw(languages), people, documents, plans, log)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_documents(), st.sampled_from([2, None]))
def test_any_valid_plan_round_trips_through_json_with_the_catalog(
    doc: PlanDocument, indent: int | None
) -> None:
    text = dumps_plan_json(doc, indent=indent)
    assert loads_plan_json(text, CATALOG) == doc
    assert loads_plan_json(text.encode("utf-8"), CATALOG) == doc


def test_non_bmp_text_survives_the_round_trip() -> None:
    doc = PlanDocument(people=[Person("p1", "𠜎 🌸 美玲", "+1 416 555 0101")],
                       plans=[Plan("r1", "release_plan", "𝄞",
                                   {"r_medication": Answer("answered", "💊 𐐷")})])
    again = loads_plan_json(dumps_plan_json(doc), CATALOG)
    assert again == doc
    assert again.plans[0].answers["r_medication"].value == "💊 𐐷"


def base_plan() -> dict[str, Any]:
    return {
        "saferplan": 1,
        "people": [{"id": "p1", "name": "Lan"}],
        "documents": [{"id": "d1", "what": "Passport"}],
        "plans": [{"id": "r1", "form": "release_plan", "answers": {
            "r_bond_person": {"state": "answered", "value": ["p1"]},
            "r_documents": {"state": "answered", "value": ["d1"]},
            "r_rights": {"state": "answered", "value": "some"},
        }}],
    }


def with_answer(question_id: str, answer: object, form: str = "release_plan") -> str:
    raw = copy.deepcopy(base_plan())
    raw["plans"][0]["form"] = form
    raw["plans"][0]["answers"] = {question_id: answer}
    return json.dumps(raw, ensure_ascii=False)


def test_the_base_plan_is_valid() -> None:
    doc = loads_plan_json(json.dumps(base_plan()), CATALOG)
    assert doc.plans[0].answers["r_bond_person"].value == ["p1"]


@pytest.mark.parametrize(
    ("question_id", "answer", "form", "path"),
    [
        pytest.param("x_bad", {"state": "skipped"}, "release_plan",
                     "plans[0].answers.x_bad", id="unknown question id"),
        pytest.param("s_goal", {"state": "skipped"}, "release_plan",
                     "plans[0].answers.s_goal", id="question of the other form"),
        pytest.param("r_rights", {"state": "skipped"}, "holiday_plan",
                     "plans[0].form", id="unknown form"),
        pytest.param("r_talked_plan", {"state": "answered", "value": "maybe"}, "release_plan",
                     "plans[0].answers.r_talked_plan.value", id="yes_no with another word"),
        pytest.param("r_rights", {"state": "answered", "value": "I know my rights well"},
                     "release_plan", "plans[0].answers.r_rights.value",
                     id="choice given by label, not id"),
        pytest.param("r_notify", {"state": "answered", "value": ["school", "gym"]},
                     "release_plan", "plans[0].answers.r_notify.value[1]",
                     id="unknown checklist option"),
        pytest.param("r_notify", {"state": "answered", "value": "school"}, "release_plan",
                     "plans[0].answers.r_notify.value", id="checklist given as text"),
        pytest.param("r_medication", {"state": "answered", "value": ["a"]}, "release_plan",
                     "plans[0].answers.r_medication.value", id="text given as a list"),
        pytest.param("s_leave_date", {"state": "answered", "value": "15/12/2026"},
                     "safety_plan", "plans[0].answers.s_leave_date.value", id="bad date"),
        pytest.param("r_bond_person", {"state": "answered", "value": "p1"}, "release_plan",
                     "plans[0].answers.r_bond_person.value", id="person given as text"),
        pytest.param("r_bond_person", {"state": "answered", "value": ["p9"]}, "release_plan",
                     "plans[0].answers.r_bond_person.value[0]", id="unknown person id"),
        pytest.param("r_documents", {"state": "answered", "value": ["p1"]}, "release_plan",
                     "plans[0].answers.r_documents.value[0]", id="person id as a document"),
        pytest.param("r_rights", {"state": "answered", "value": 3}, "release_plan",
                     "plans[0].answers.r_rights.value", id="number"),
    ],
)
def test_bad_answers_are_rejected_with_the_field_path(
    question_id: str, answer: object, form: str, path: str
) -> None:
    with pytest.raises(PlanJsonError) as info:
        loads_plan_json(with_answer(question_id, answer, form), CATALOG)
    assert info.value.path == path
    assert str(info.value).startswith(path + ": ")


def test_error_messages_do_not_repeat_free_text_answers() -> None:
    secret = "my-secret-address-17"
    bad = with_answer("r_bond_person", {"state": "answered", "value": secret})
    with pytest.raises(PlanJsonError) as info:
        loads_plan_json(bad, CATALOG)
    assert secret not in str(info.value)
