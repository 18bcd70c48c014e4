"""A record entry kept as the JSON object the plan file stores (model/log_entry.py)."""

from __future__ import annotations

import copy
from typing import Any

import orjson
import pytest

from saferplan.model import LogEntry, PlanDocument, add_entry, load_plan_json, record_json
from saferplan.model.log_entry import stored_objects
from saferplan.storage import payload_info
from saferplan.storage.plan_bytes import plan_json

RLO, LRM = "\u202e", "\u200e"


def _saved(doc: PlanDocument) -> dict[str, Any]:
    """The plan JSON a save writes, without the version stamp."""
    return payload_info.split(orjson.loads(plan_json(doc)))[0]


def test_text_given_is_cleaned_when_made_and_when_changed() -> None:
    entry = LogEntry(f"2026-11-01{RLO}", f"Union{RLO} Station\n", f"line one\n{LRM}two{RLO}")
    assert (entry.when, entry.where, entry.what) == ("2026-11-01", "Union Station",
                                                     f"line one\n{LRM}two")
    entry.where = f"Queen{RLO} St"
    entry.what = f"a\tb{RLO}"
    entry.when = f"2026-11-02{LRM}"
    assert (entry.when, entry.where, entry.what) == ("2026-11-02", "Queen St", "a\tb")


def test_lists_read_as_copies_and_change_by_assignment() -> None:
    entry = LogEntry("2026-11-01", id="e1", people=["p1"])
    entry.people.append("p2")
    entry.attachments.append("a1")
    assert (entry.people, entry.attachments) == (["p1"], [])
    entry.attachments = [*entry.attachments, "a1"]
    entry.people = []
    assert (entry.people, entry.attachments) == ([], ["a1"])


def test_the_stored_object_has_the_form_the_file_has_always_had() -> None:
    entry = LogEntry("2026-11-01", "Toronto", "note", id="e7", people=["p1"])
    assert stored_objects([entry]) == [{"id": "e7", "when": "2026-11-01", "where": "Toronto",
                                         "what": "note", "people": ["p1"]}]
    assert list(stored_objects([entry])[0]) == list(record_json.dump_log_entry(entry))
    entry.people, entry.id = [], ""
    assert stored_objects([entry]) == [{"when": "2026-11-01", "where": "Toronto",
                                        "what": "note"}]


def test_equal_by_fields_whatever_the_stored_form() -> None:
    made = LogEntry("2026-11-01", id="e1")
    read = LogEntry.from_json({"when": "2026-11-01", "where": "", "what": "", "id": "e1",
                               "people": [], "attachments": []})
    assert made == read
    assert made != LogEntry("2026-11-01", id="e2")
    twin = copy.deepcopy(made)
    twin.what = "changed"
    assert made.what == "" and twin != made
    assert "when='2026-11-01'" in repr(made)
    with pytest.raises(TypeError):
        hash(made)


def _plan_with_entries(count: int) -> dict[str, Any]:
    doc = PlanDocument(language="en")
    for number in range(count):
        add_entry(doc, "2026-11-01", "Toronto", f"note {number}")
    return _saved(doc)


def test_opening_keeps_the_parsed_objects_and_a_save_writes_them_as_they_are(
        monkeypatch: pytest.MonkeyPatch) -> None:
    raw = _plan_with_entries(3)
    objects = list(raw["log"])
    doc = load_plan_json(raw, clean_text=True)
    assert all(a is b for a, b in zip(stored_objects(doc.log), objects, strict=True))

    def one_by_one(entry: LogEntry) -> None:
        raise AssertionError("a save built an entry's JSON again")

    monkeypatch.setattr(record_json, "dump_log_entry", one_by_one)
    doc.log[1].what = "changed"
    saved = _saved(doc)
    assert [e["what"] for e in saved["log"]] == ["note 0", "changed", "note 2"]


def test_a_repeated_id_in_a_list_is_dropped_in_the_kept_object() -> None:
    doc = PlanDocument(language="en")
    doc.add_person("Lan")
    add_entry(doc, "2026-11-01", people=["p1"])
    raw = _saved(doc)
    raw["log"][0]["people"] = ["p1", "p1"]
    opened = load_plan_json(raw, clean_text=True)
    assert opened.log[0].people == ["p1"]
    assert _saved(opened)["log"][0]["people"] == ["p1"]
