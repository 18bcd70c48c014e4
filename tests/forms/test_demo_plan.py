"""The fictional demo plan loads, matches the question sets, and shows a bit of everything."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import saferplan.forms.loader as loader
from saferplan.forms import FormError, clear_form_cache, load_all_forms, load_demo_plan
from saferplan.model import ANSWER_STATES, bond_persons, lawyer_contacts, numbers_by_heart
from saferplan.resources import data_dir


def test_the_demo_plan_has_two_plans_of_both_forms() -> None:
    doc = load_demo_plan()
    assert sorted(p.form for p in doc.plans) == ["release_plan", "safety_plan"]
    titles = {p.form: p.title for p in doc.plans}
    assert titles["release_plan"] == "If I am detained"
    assert titles["safety_plan"]


def test_the_demo_people_are_fictional_first_names_with_555_numbers() -> None:
    doc = load_demo_plan()
    assert 5 <= len(doc.people) <= 8
    for person in doc.people:
        assert re.fullmatch(r"\+1 \d{3} 555 01\d\d", person.phone), person.id
        assert person.roles, person.id
    # Names in other scripts show that any script is kept.
    assert sum(any(ord(ch) > 0x2FF for ch in p.name) for p in doc.people) >= 2
    assert bond_persons(doc) and lawyer_contacts(doc) and numbers_by_heart(doc)


def test_the_demo_documents_are_kept_somewhere() -> None:
    doc = load_demo_plan()
    assert 3 <= len(doc.documents) <= 6
    assert all(d.where for d in doc.documents)
    assert any(d.copy_with for d in doc.documents)


def test_the_demo_answers_use_every_state_and_leave_some_open() -> None:
    doc = load_demo_plan()
    forms = load_all_forms()
    states = {a.state for plan in doc.plans for a in plan.answers.values()}
    assert states == set(ANSWER_STATES)
    unanswered = [
        q.id for plan in doc.plans for q in forms[plan.form].questions()
        if q.id not in plan.answers
    ]
    assert unanswered  # a real plan is rarely complete


def test_the_wallet_card_questions_are_answered_in_the_demo() -> None:
    release = next(p for p in load_demo_plan().plans if p.form == "release_plan")
    for question_id in ("r_medication", "r_interpreter", "r_bond_person", "r_lawyer",
                        "r_key_holder", "r_carer_children"):
        assert release.answers[question_id].state == "answered", question_id


def test_each_call_gives_a_fresh_document() -> None:
    first = load_demo_plan()
    first.people.clear()
    assert load_demo_plan().people


def test_a_broken_demo_plan_is_a_form_error_with_the_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = data_dir("forms")
    for name in ("safety_plan.toml", "release_plan.toml"):
        (tmp_path / name).write_bytes(real.joinpath(name).read_bytes())
    (tmp_path / "demo").mkdir()
    text = real.joinpath("demo", "plan.json").read_text(encoding="utf-8")
    (tmp_path / "demo" / "plan.json").write_text(
        text.replace('"r_rights"', '"r_no_such_question"'), encoding="utf-8")
    monkeypatch.setattr(loader, "data_dir", lambda name: tmp_path)
    clear_form_cache()
    try:
        with pytest.raises(FormError, match=r"demo/plan\.json: plans\[0\]\.answers\.r_no_such"):
            load_demo_plan()
        (tmp_path / "demo" / "plan.json").unlink()
        with pytest.raises(FormError, match="cannot be read"):
            load_demo_plan()
    finally:
        clear_form_cache()
