"""The record read in bulk (issue #18) refuses, cleans and keeps exactly what the entry-by-entry
reading does: the same document, or the same error with the same path."""

from __future__ import annotations

import base64
import copy
import gc
import hashlib
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from saferplan.model import (
    PlanDocument,
    PlanJsonError,
    load_plan_json,
    loads_plan_json,
    record_json,
)
from saferplan.model.text_rules import (
    HIDDEN_ANYWHERE,
    HIDDEN_ONE_LINE,
    TextKind,
    clean_text,
    texts_are_clean,
)

FILE = b"%PDF-1.7\n"
SURROGATES = [chr(c) for c in (0xD800, 0xDBFF, 0xDC00, 0xDFFF)]
# Text that is often plain and sometimes holds what the rules are about.
TRICKY = sorted(HIDDEN_ONE_LINE) + SURROGATES + ["\u200c", "\u00a0", "\u00ad", " ", "ầ", "ع"]
texts = st.text(st.one_of(st.characters(), st.sampled_from(TRICKY)), max_size=6)
not_text = st.sampled_from([None, 5, 1.5, True, [], {}, ["x"]])
good_ids = st.sampled_from(["e1", "e2", "e3", "x.y-z_9", "A" * 64])
ids = st.one_of(good_ids, st.sampled_from(["", "bad id", "a\nb", "e1\n", "é", "a" * 65]))
good_people = st.lists(st.sampled_from(["p1", "p2"]), max_size=3)
people = st.lists(st.sampled_from(["p1", "p2", "p9", 5, None, ["p1"], "a1"]), max_size=3)
good_files = st.lists(st.just("a1"), max_size=2)
files = st.lists(st.sampled_from(["a1", "a2", "p1", 7, {}]), max_size=3)
MISSING = object()


def field(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly a good value, sometimes the wrong type, sometimes left out."""
    return st.one_of(values, values, values, not_text, st.just(MISSING))


@st.composite
def entries(draw: st.DrawFn) -> object:
    """Most entries as this version writes them (so that the bulk pass has work), the others
    with anything wrong or left out."""
    if draw(st.integers(0, 40)) == 0:
        return draw(st.sampled_from(["not an entry", ["e1"], None, 3]))
    entry: dict[str, Any] = {}
    if draw(st.integers(0, 9)) < 7:
        for key, values in (("id", good_ids), ("when", texts), ("where", texts),
                            ("what", texts)):
            entry[key] = draw(values)
        for key, lists in (("people", good_people), ("attachments", good_files)):
            value = draw(st.one_of(lists, st.just(MISSING)))
            if value is not MISSING:
                entry[key] = value
        return entry
    for key, values in (("id", ids), ("when", texts), ("where", texts), ("what", texts),
                        ("people", people), ("attachments", files)):
        value = draw(field(values))
        if value is not MISSING:
            entry[key] = value
    if draw(st.integers(0, 30)) == 0:
        entry["mood"] = "x"
    return entry


def plan(log: list[object]) -> dict[str, Any]:
    return {"saferplan": 1, "language": "vi",
            "people": [{"id": "p1", "name": "Lan"}, {"id": "p2", "name": "Minh"}],
            "attachments": [{"id": "a1", "name": "letter.pdf", "media_type": "application/pdf",
                             "added": "2026-11-05", "size": len(FILE),
                             "sha256": hashlib.sha256(FILE).hexdigest(),
                             "data": base64.b64encode(FILE).decode("ascii")}],
            "log": log}


def outcome(read: Callable[[], PlanDocument]) -> object:
    """The document read, or the error's path and message."""
    try:
        return read()
    except PlanJsonError as exc:
        return ("refused", exc.path, exc.message)


def entry_by_entry(read: Callable[[], PlanDocument]) -> object:
    """The outcome with the bulk pass switched off: every entry read and walked one by one."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(record_json, "_quick_log", lambda *args: None)
        return outcome(read)


COMPLETE = {"when": "", "where": "", "what": ""}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entries(), max_size=6), st.booleans())
@example([{"id": "", **COMPLETE}], False)  # a single id, empty
@example([{"id": "e1", **COMPLETE}, {"id": "", **COMPLETE}], False)
@example([{"id": "a" * 65, **COMPLETE}], False)
@example([{"id": "e1\n", **COMPLETE}, {"id": "e2", **COMPLETE}], False)
@example([{"id": "e1", "people": [], **COMPLETE}, {"id": "e2", "mood": "", **COMPLETE}], False)
def test_the_bulk_pass_reads_any_log_as_entry_by_entry(log: list[object], clean: bool) -> None:
    raw = plan(log)
    text = json.dumps(raw)  # lone surrogates and hidden characters become escapes

    def parsed() -> PlanDocument:
        return load_plan_json(copy.deepcopy(raw), clean_text=clean)

    def from_text() -> PlanDocument:
        return loads_plan_json(text, clean_text=clean)

    assert outcome(parsed) == entry_by_entry(parsed)
    assert outcome(from_text) == entry_by_entry(from_text)


def test_a_plain_log_takes_the_bulk_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """The property above compares two paths only if the quick one is really taken."""
    log = [{"id": f"e{n}", "when": "2026-11-01", "where": "Phố Huế", "what": "a\nb\u200f",
            "people": ["p1", "p1", "p2"] if n == 3 else []} for n in range(1, 60)]
    one_by_one = record_json.read_log_entry
    calls: list[str] = []
    monkeypatch.setattr(record_json, "read_log_entry",
                        lambda r, path, *a: calls.append(path) or one_by_one(r, path, *a))
    entries_read, checked, ids_checked = record_json.read_log(log, {"p1", "p2"}, set())
    assert calls == [] and checked and ids_checked
    assert entries_read[2].people == ["p1", "p2"] and entries_read[0].what == "a\nb\u200f"
    assert loads_plan_json(json.dumps(plan(log))).log == entries_read


@pytest.mark.parametrize(("entry", "checked"), [
    ({"id": "e1", "when": "2026\n11", "where": "", "what": ""}, False),  # LF: one-line field
    ({"id": "e1", "when": "", "where": "\u200f", "what": ""}, False),
    ({"id": "e1", "when": "", "where": "", "what": "\u202e"}, False),
    ({"id": "e1", "when": "", "where": "", "what": "\t\r\n\u200e\u061c"}, True),
])
def test_the_bulk_pass_says_when_the_text_rules_still_have_work(
        entry: dict[str, str], checked: bool) -> None:
    assert record_json.read_log([entry], set(), set())[1] is checked


@given(st.lists(texts, max_size=5), st.sampled_from([TextKind.ONE_LINE, TextKind.MULTI_LINE]))
def test_texts_are_clean_exactly_when_no_field_holds_anything_to_remove_or_refuse(
        parts: list[str], kind: TextKind) -> None:
    each_clean = all(clean_text(t, kind) == t
                     and not any(0xD800 <= ord(c) <= 0xDFFF for c in t) for t in parts)
    assert texts_are_clean("".join(parts), kind) is each_clean


def test_every_hidden_character_and_surrogate_is_unprintable() -> None:
    """texts_are_clean trusts str.isprintable() first: it must see every one of them."""
    assert HIDDEN_ANYWHERE <= HIDDEN_ONE_LINE
    assert not any(ch.isprintable() for ch in HIDDEN_ONE_LINE)
    assert not any(chr(c).isprintable() for c in range(0xD800, 0xE000))


def test_texts_are_clean_is_not_for_phone_numbers() -> None:
    with pytest.raises(ValueError):
        texts_are_clean("555", TextKind.PHONE)


@pytest.mark.parametrize(("name", "cleaned"), [("Lan\u202e", "Lan"), ("L\nan", "Lan")])
def test_a_stored_plan_is_cleaned_whatever_way_its_json_writes_the_character(
        name: str, cleaned: str) -> None:
    """json.dumps writes U+202E and LF as escapes, which a search of the text for the
    characters themselves did not see: such a plan opened with them still in."""
    text = json.dumps({"saferplan": 1, "people": [{"id": "p1", "name": name}],
                       "log": [{"id": "e1", "when": name}]})
    doc = loads_plan_json(text, clean_text=True)
    assert (doc.people[0].name, doc.log[0].when) == (cleaned, cleaned)


def test_a_read_plan_joins_the_oldest_generation_and_the_collector_is_as_it_was() -> None:
    """A long record is read with the cycle collector held. What was made then goes straight
    to the oldest generation: one young collection would otherwise scan every new object
    (40 ms at 100,000 entries) only to move it there. Nothing stays frozen."""
    log = [{"id": f"e{n}", "when": "2026-11-01", "where": "", "what": "note"}
           for n in range(1, 2001)]
    text = json.dumps(plan(log))
    assert gc.isenabled()
    doc = loads_plan_json(text)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    oldest = gc.get_objects(generation=2)
    assert any(obj is doc.log[0] for obj in oldest)
    assert any(obj is doc.log[-1] for obj in oldest)
    gc.disable()
    try:
        load_plan_json(json.loads(text))
        assert not gc.isenabled()  # left off when it was off
    finally:
        gc.enable()


def test_ids_are_looked_at_again_only_when_the_bulk_pass_has_not_checked_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    log = [{"id": f"e{n}", "when": "", "where": "", "what": ""} for n in range(1, 4)]
    assign = record_json.assign_missing_entry_ids
    calls: list[int] = []
    monkeypatch.setattr(record_json, "assign_missing_entry_ids",
                        lambda doc: calls.append(len(doc.log)) or assign(doc))
    assert [e.id for e in loads_plan_json(json.dumps(plan(log))).log] == ["e1", "e2", "e3"]
    assert calls == []
    twice = [*log, {"id": "e2", "when": "", "where": "", "what": ""}]
    with pytest.raises(PlanJsonError, match=r"log\[3\]\.id: the id 'e2' is used twice"):
        loads_plan_json(json.dumps(plan(twice)))
    older = [{"when": "", "where": "", "what": "no id"}, *log]
    assert [e.id for e in loads_plan_json(json.dumps(plan(older))).log] == ["e4", "e1", "e2", "e3"]
    assert calls == [4, 4]
