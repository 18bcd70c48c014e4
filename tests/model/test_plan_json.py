"""Plan JSON without a catalog: field paths in every error, hostile input, derived lists."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saferplan.model import (
    PlanDocument,
    PlanJsonError,
    bond_persons,
    document_locations,
    dumps_plan_json,
    lawyer_contacts,
    loads_plan_json,
    numbers_by_heart,
)

GOOD = {
    "saferplan": 1, "language": "vi",
    "people": [{"id": "p1", "name": "Lan", "phone": "+1 416 555 0101",
                "roles": ["bond_person", "key_holder"], "memorize": True, "notes": ""},
               {"id": "p2", "name": "Grace", "roles": ["lawyer_immigration"]},
               {"id": "p3", "name": "Clinic", "roles": ["legal_clinic"]}],
    "documents": [{"id": "d1", "what": "passport", "where": "blue box", "copy_with": "p1"}],
    "plans": [{"id": "r1", "form": "release_plan", "title": "If I am detained",
               "answers": {"r_medication": {"state": "answered", "value": "inhaler"},
                           "r_lawyer": {"state": "later"}}}],
}


def _with(path: list[object], value: object) -> bytes:
    data = json.loads(json.dumps(GOOD))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return json.dumps(data).encode()


@pytest.mark.parametrize(("path", "value", "where"), [
    (["saferplan"], 2, "saferplan"),
    (["saferplan"], True, "saferplan"),
    (["language"], "not a language!", "language"),
    (["people", 0, "roles"], ["boss"], "people[0].roles[0]"),
    (["people", 0, "roles"], "bond_person", "people[0].roles"),
    (["people", 0, "memorize"], "yes", "people[0].memorize"),
    (["people", 1, "id"], "p1", "people[1].id"),
    (["people", 0, "name"], 42, "people[0].name"),
    (["documents", 0, "copy_with"], "p9", "documents[0].copy_with"),
    (["plans", 0, "answers", "r_lawyer", "state"], "maybe", "plans[0].answers.r_lawyer.state"),
    (["plans", 0, "answers", "r_lawyer", "value"], "x", "plans[0].answers.r_lawyer.value"),
    (["plans", 0, "answers"], [], "plans[0].answers"),
    (["people", 0, "colour"], "red", "people[0].colour"),
    (["people"], {"p1": {}}, "people"),
    # Patterns match the whole value: "$" alone would let a trailing line break through.
    (["people", 0, "id"], "p1\n", "people[0].id"),
    (["documents", 0, "id"], "d1\n", "documents[0].id"),
    (["plans", 0, "id"], "r1\n", "plans[0].id"),
    (["language"], "vi\n", "language"),
])
def test_bad_fields_are_named_by_their_path(path: list[object], value: object,
                                            where: str) -> None:
    with pytest.raises(PlanJsonError) as caught:
        loads_plan_json(_with(path, value))
    assert caught.value.path == where


def test_good_json_loads_and_gives_the_printed_lists() -> None:
    doc = loads_plan_json(json.dumps(GOOD).encode())
    assert [p.name for p in bond_persons(doc)] == ["Lan"]
    assert [p.name for p in lawyer_contacts(doc)] == ["Grace", "Clinic"]
    assert [p.name for p in numbers_by_heart(doc)] == ["Lan"]
    assert [(d.what, d.where) for d in document_locations(doc)] == [("passport", "blue box")]


@pytest.mark.parametrize("data", [
    b"\xff\xfe not utf-8",
    b"{" * 100_000,
    b"[" * 100_000 + b"]" * 100_000,
    b"",
    b"null",
    b'{"saferplan": 1, "people": [{"id": "p1", "name": "\\ud800"}]}',
])
def test_hostile_input_gives_one_clear_error(data: bytes) -> None:
    with pytest.raises(PlanJsonError) as caught:
        loads_plan_json(data)
    assert str(caught.value)
    assert "\\ud800" not in str(caught.value)


def test_fifty_megabytes_of_junk_is_refused_calmly() -> None:
    junk = bytes(range(256)) * (50 * 1024 * 1024 // 256)
    with pytest.raises(PlanJsonError, match=r"not UTF-8|not valid JSON"):
        loads_plan_json(junk)
    text_junk = b"x" * (50 * 1024 * 1024)
    with pytest.raises(PlanJsonError, match="not valid JSON"):
        loads_plan_json(text_junk)


@settings(max_examples=60, deadline=None)
@given(name=st.text(), notes=st.text())
def test_any_unicode_text_round_trips(name: str, notes: str) -> None:
    from saferplan.model.text_rules import TextKind, clean_text, text_problem

    doc = PlanDocument(language="km")
    doc.add_person(name, notes=notes)
    # The model removes hidden characters (model/text_rules.py), and nothing else.
    clean_name, clean_notes = clean_text(name, TextKind.ONE_LINE), clean_text(
        notes, TextKind.MULTI_LINE)
    assert doc.people[0].name == clean_name and doc.people[0].notes == clean_notes
    assert text_problem(clean_name, TextKind.ONE_LINE) is None
    assert text_problem(clean_notes, TextKind.MULTI_LINE) is None
    again = loads_plan_json(dumps_plan_json(doc).encode())
    assert again.people[0].name == clean_name and again.people[0].notes == clean_notes
    assert dumps_plan_json(again) == dumps_plan_json(doc)
