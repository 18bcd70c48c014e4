"""The one set of text rules: phone numbers and hidden characters (model/text_rules.py)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saferplan.model import PlanDocument, PlanJsonError, loads_plan_json
from saferplan.model.text_rules import (
    HIDDEN_ONE_LINE,
    TextKind,
    clean_text,
    is_valid_phone,
    text_problem,
)


@pytest.mark.parametrize("number", [
    "", "+1 416 555 0101", "(02) 9555-0101", "416.555.0101", "+855 12 345 678 ext 12",
    "555 0101 x 3", "555 0101 EXT. 3", "555-0101,,12", "555-0101;4",
])
def test_phone_numbers_people_write_are_valid(number: str) -> None:
    assert is_valid_phone(number)
    assert text_problem(number, TextKind.PHONE) is None


@pytest.mark.parametrize("number", [
    "555-CALL", "+1 416 555 \u202e0101\u202c", "555\u200f0101", "555 0101 x", "*100#",
    "555 0101 ext 1 ext 2", "555\x000101", "５５５", "555 0101 x12a",
])
def test_anything_else_in_a_phone_is_refused(number: str) -> None:
    assert not is_valid_phone(number)
    assert text_problem(number, TextKind.PHONE) is not None


def test_cleaning_removes_only_hidden_characters() -> None:
    assert clean_text("+1 416 555 \u202e0101\u202c", TextKind.PHONE) == "+1 416 555 0101"
    # Other scripts' digits and full-width forms are the same numbers, in ASCII.
    assert clean_text("５５５ ០១០១ ٠١", TextKind.PHONE) == "555 0101 01"
    assert clean_text("Lan\u200f \u2067x\u2069\t", TextKind.ONE_LINE) == "Lan x"
    # Multi-line text keeps line breaks, tabs and the direction marks right-to-left needs.
    assert clean_text("a\u200fb\n\tc\u202e\x1b", TextKind.MULTI_LINE) == "a\u200fb\n\tc"
    assert clean_text("555-CALL \u202e0101", TextKind.PHONE) == "555-CALL 0101"


@given(st.text())
def test_cleaned_text_never_has_a_problem(text: str) -> None:
    for kind in (TextKind.ONE_LINE, TextKind.MULTI_LINE):
        assert text_problem(clean_text(text, kind), kind) is None
    assert not HIDDEN_ONE_LINE.intersection(clean_text(text, TextKind.PHONE))


def plan_with(person: dict[str, object]) -> str:
    base = {"id": "p1", "name": "Lan", "phone": "", "roles": [], "memorize": False, "notes": ""}
    return json.dumps({"saferplan": 1, "people": [{**base, **person}]})


@pytest.mark.parametrize(("field", "value", "reason"), [
    ("phone", "+1 416 555 \u202e0101\u202c", "U+202E"),
    ("phone", "555-CALL-NOW", "digits, spaces"),
    ("name", "Lan \u202e1010", "U+202E"),
    ("name", "Lan\rMinh", "U+000D"),
    ("name", "Lan\u200f", "U+200F"),
    ("notes", "ok\x07", "U+0007"),
])
def test_the_json_reader_refuses_hostile_text_with_the_field_path(
        field: str, value: str, reason: str) -> None:
    with pytest.raises(PlanJsonError) as caught:
        loads_plan_json(plan_with({field: value}))
    assert caught.value.path == f"people[0].{field}"
    assert reason in caught.value.message


def test_notes_may_keep_line_breaks_and_direction_marks() -> None:
    doc = loads_plan_json(plan_with({"notes": "سطر\u200f\nline\r\n\tx"}))
    assert doc.people[0].notes == "سطر\u200f\nline\r\n\tx"


def test_a_stored_plan_with_hidden_characters_still_opens_cleaned() -> None:
    doc = loads_plan_json(plan_with({"phone": "555 \u202e0101", "name": "L\x1ban"}),
                          clean_text=True)
    assert (doc.people[0].phone, doc.people[0].name) == ("555 0101", "Lan")


def test_the_model_removes_hidden_characters() -> None:
    person = PlanDocument().add_person("Lan \u202e1010", "+1 416 555 \u202e0101", notes="a\x00b")
    assert (person.name, person.phone, person.notes) == ("Lan 1010", "+1 416 555 0101", "ab")


_SOME_TEXT = st.text(alphabet=st.sampled_from(
    [*"Lan 555-0101 ép ١٢ ²\t\n\r", "\u202e", "\u200f", "\u2028", "\x1b", "\x85", "ក"]),
    max_size=8)


@given(texts=st.lists(_SOME_TEXT, min_size=9, max_size=9))
def test_a_save_cleans_whenever_cleaning_would_change_something(texts: list[str]) -> None:
    from saferplan.model import Document, LogEntry, Person
    from saferplan.model.text_rules import clean_document, needs_cleaning

    def make() -> PlanDocument:
        return PlanDocument(
            people=[Person("p1", texts[0], texts[1], notes=texts[2], address=texts[3])],
            documents=[Document("d1", texts[4], where=texts[5])],
            log=[LogEntry(when=texts[6], where=texts[7], what=texts[8], id="e1")])

    doc = make()
    changed = clean_document(doc)
    assert needs_cleaning(make()) or changed == 0  # never a save that would open differently
    assert not needs_cleaning(doc) or any("\ud800" <= c <= "\udfff" for t in texts for c in t)
