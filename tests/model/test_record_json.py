"""The private record in plan JSON: entries with ids, attachments with and without their bytes."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saferplan.model import (
    ACCEPTED_MEDIA_TYPES,
    MAX_ATTACHMENT_BYTES,
    MAX_TOTAL_ATTACHMENT_BYTES,
    PlanDocument,
    PlanJsonError,
    add_attachment,
    add_entry,
    dump_plan_json,
    dumps_plan_json,
    load_plan_json,
    loads_plan_json,
    text_rules,
)

TODAY = date(2026, 11, 5)
OLD_FORMAT: dict[str, Any] = {
    "saferplan": 1,
    "language": "vi",
    "people": [{"id": "p1", "name": "Lan", "phone": "", "roles": [], "memorize": False,
                "notes": ""}],
    "documents": [],
    "plans": [],
    "log": [{"when": "2026-11-01T21:30", "where": "Toronto", "what": "Ghi chú"},
            {"when": "last spring", "where": "", "what": "free text date"}],
}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def record_plan() -> dict[str, Any]:
    data = b"%PDF-1.7\n\x00\xff"
    return {
        "saferplan": 1,
        "people": [{"id": "p1", "name": "Lan"}],
        "attachments": [{"id": "a1", "name": "letter.pdf", "media_type": "application/pdf",
                         "added": "2026-11-05", "size": len(data), "sha256": sha(data),
                         "data": base64.b64encode(data).decode("ascii")}],
        "log": [{"id": "e1", "when": "2026-11-01", "people": ["p1"], "attachments": ["a1"]}],
    }


def rejected(raw: dict[str, Any], **kwargs: Any) -> PlanJsonError:
    with pytest.raises(PlanJsonError) as caught:
        loads_plan_json(json.dumps(raw), **kwargs)
    return caught.value


# -- old files ---------------------------------------------------------------------------------
def test_old_format_loads_and_entries_get_ids_in_order() -> None:
    doc = load_plan_json(copy.deepcopy(OLD_FORMAT))
    assert [e.id for e in doc.log] == ["e1", "e2"]
    assert doc.log[1].when == "last spring"
    assert doc.attachments == {}
    out = dump_plan_json(doc)
    # Only the ids are new; no empty keys appear.
    assert "attachments" not in out
    assert out["log"] == [{"id": f"e{i + 1}", **e} for i, e in enumerate(OLD_FORMAT["log"])]
    assert {k: v for k, v in out.items() if k != "log"} == \
        {k: v for k, v in OLD_FORMAT.items() if k != "log"}


def test_a_plan_without_a_log_dumps_exactly_as_before() -> None:
    raw = {k: v for k, v in OLD_FORMAT.items() if k != "log"} | {"log": []}
    assert dump_plan_json(load_plan_json(copy.deepcopy(raw))) == raw


def test_given_ids_are_kept_and_missing_ones_do_not_collide() -> None:
    raw = copy.deepcopy(OLD_FORMAT)
    raw["log"][1]["id"] = "e1"
    doc = load_plan_json(raw)
    assert [e.id for e in doc.log] == ["e2", "e1"]


def test_entry_ids_are_unique() -> None:
    raw = copy.deepcopy(OLD_FORMAT)
    raw["log"] = [{"id": "e1", "when": ""}, {"when": ""}, {"id": "e1", "when": ""}]
    assert rejected(raw).path == "log[2].id"


# -- round trips -----------------------------------------------------------------------------
def test_record_round_trips_and_writes_the_documented_fields() -> None:
    doc = loads_plan_json(json.dumps(record_plan()))
    assert doc.attachments["a1"].data == b"%PDF-1.7\n\x00\xff"
    assert doc.log[0].people == ["p1"] and doc.log[0].attachments == ["a1"]
    out = dump_plan_json(doc)
    assert out["attachments"] == record_plan()["attachments"]
    assert out["log"] == [{"id": "e1", "when": "2026-11-01", "where": "", "what": "",
                           "people": ["p1"], "attachments": ["a1"]}]
    assert loads_plan_json(dumps_plan_json(doc)) == doc


def test_without_attachment_data_the_bytes_come_from_the_mapping() -> None:
    doc = loads_plan_json(json.dumps(record_plan()))
    text = dumps_plan_json(doc, indent=None, attachment_data=False)
    item = json.loads(text)["attachments"][0]
    assert "data" not in item and item["size"] == 11
    assert item["sha256"] == sha(b"%PDF-1.7\n\x00\xff")
    assert loads_plan_json(text, attachment_data={"a1": doc.attachments["a1"].data}) == doc
    assert rejected(json.loads(text)).path == "attachments[0].data"
    assert rejected(json.loads(text), attachment_data={"a2": b"x"}).path == "attachments[0].data"


# Valid text has none of the hidden characters of model/text_rules.py (tested there).
plain_text = st.text(st.characters(blacklist_characters=sorted(text_rules.HIDDEN_ONE_LINE),
                                  blacklist_categories=("Cs",)),
                     max_size=40)
blobs = st.binary(max_size=4096)


@st.composite
def record_documents(draw: st.DrawFn) -> PlanDocument:
    doc = PlanDocument()
    for _ in range(draw(st.integers(0, 2))):
        doc.add_person(draw(plain_text))
    for _ in range(draw(st.integers(0, 3))):
        add_attachment(doc, draw(plain_text), draw(st.sampled_from(ACCEPTED_MEDIA_TYPES)),
                       draw(blobs), draw(st.dates()))
    person_ids = [p.id for p in doc.people]
    for _ in range(draw(st.integers(0, 3))):
        when = draw(st.one_of(st.just(""), st.dates().map(date.isoformat),
                              st.datetimes().map(lambda d: d.isoformat(timespec="minutes"))))
        add_entry(doc, when, draw(plain_text), draw(plain_text),
                  people=draw(st.lists(st.sampled_from(person_ids), max_size=2))
                  if person_ids else [],
                  attachments=draw(st.lists(st.sampled_from(list(doc.attachments)),
                                            max_size=3)) if doc.attachments else [])
    return doc


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record_documents(), st.sampled_from([2, None]))
def test_any_record_round_trips_byte_for_byte(doc: PlanDocument, indent: int | None) -> None:
    text = dumps_plan_json(doc, indent=indent)
    again = loads_plan_json(text.encode("utf-8"))
    assert again == doc
    for attachment_id, attachment in doc.attachments.items():
        assert again.attachments[attachment_id].data == attachment.data
    assert list(again.attachments) == list(doc.attachments)  # order kept
    bare = dumps_plan_json(doc, indent=indent, attachment_data=False)
    mapping = {a.id: a.data for a in doc.attachments.values()}
    assert loads_plan_json(bare, attachment_data=mapping) == doc


# -- rejected input, with the path ---------------------------------------------------------------
@pytest.mark.parametrize(("change", "path"), [
    (lambda r: r["log"][0]["people"].append("p9"), "log[0].people[1]"),
    (lambda r: r["log"][0]["attachments"].append("a9"), "log[0].attachments[1]"),
    (lambda r: r["log"][0].update(people="p1"), "log[0].people"),
    (lambda r: r["log"][0].update(id="bad id"), "log[0].id"),
    (lambda r: r["log"][0].update(mood="x"), "log[0].mood"),
    (lambda r: r["attachments"][0].update(size=10), "attachments[0].size"),
    (lambda r: r["attachments"][0].update(size=True), "attachments[0].size"),
    (lambda r: r["attachments"][0].update(size=MAX_ATTACHMENT_BYTES + 1), "attachments[0].size"),
    (lambda r: r["attachments"][0].update(sha256="0" * 64), "attachments[0].sha256"),
    (lambda r: r["attachments"][0].update(sha256="ABC"), "attachments[0].sha256"),
    (lambda r: r["attachments"][0].update(data="not base64!"), "attachments[0].data"),
    (lambda r: r["attachments"][0].update(data="ñ"), "attachments[0].data"),
    (lambda r: r["attachments"][0].update(media_type="application/zip"),
     "attachments[0].media_type"),
    (lambda r: r["attachments"][0].update(added="5 Nov"), "attachments[0].added"),
    (lambda r: r["attachments"][0].pop("id"), "attachments[0].id"),
    (lambda r: r["attachments"][0].update(extra=1), "attachments[0].extra"),
    (lambda r: r["attachments"].append(dict(r["attachments"][0])), "attachments[1].id"),
    (lambda r: r.update(attachments={}), "attachments"),
])
def test_bad_record_fields_are_rejected_with_their_path(change: Any, path: str) -> None:
    raw = record_plan()
    change(raw)
    assert rejected(raw).path == path


def test_size_and_sha256_are_optional_only_when_the_data_is_there() -> None:
    raw = record_plan()
    del raw["attachments"][0]["size"], raw["attachments"][0]["sha256"]
    assert loads_plan_json(json.dumps(raw)).attachments["a1"].data == b"%PDF-1.7\n\x00\xff"
    del raw["attachments"][0]["data"]
    assert rejected(raw, attachment_data={"a1": b"%PDF-1.7\n\x00\xff"}).path == \
        "attachments[0].size"


def test_mapped_bytes_must_match_size_and_sha256() -> None:
    raw = record_plan()
    del raw["attachments"][0]["data"]
    good = b"%PDF-1.7\n\x00\xff"
    assert loads_plan_json(json.dumps(raw), attachment_data={"a1": good}).attachments["a1"].data \
        == good
    assert rejected(raw, attachment_data={"a1": good + b"!"}).path == "attachments[0].size"
    assert rejected(raw, attachment_data={"a1": good[::-1]}).path == "attachments[0].sha256"


def test_limits_are_enforced_on_load() -> None:
    block = bytes(MAX_ATTACHMENT_BYTES)  # shared by every entry of the mapping
    count = MAX_TOTAL_ATTACHMENT_BYTES // MAX_ATTACHMENT_BYTES
    item = {"name": "", "media_type": "text/plain", "added": "2026-11-05",
            "size": len(block), "sha256": sha(block)}
    raw: dict[str, Any] = {"saferplan": 1,
                           "attachments": [{"id": f"a{i}", **item} for i in range(count)]}
    mapping = {f"a{i}": block for i in range(count + 1)} | {"x": b"x"}
    doc = loads_plan_json(json.dumps(raw), attachment_data=mapping)  # exactly at the limit
    assert len(doc.attachments) == count
    raw["attachments"].append({"id": "x", **item, "size": 1, "sha256": sha(b"x")})
    assert rejected(raw, attachment_data=mapping).path == "attachments"
    over = bytes(MAX_ATTACHMENT_BYTES + 1)
    one = {"saferplan": 1, "attachments": [
        {"id": "a1", "media_type": "text/plain", "added": "2026-11-05",
         "data": base64.b64encode(over).decode("ascii")}]}
    assert rejected(one).path == "attachments[0].data"


# -- a long log: read in one quick pass, with the same checks -----------------------------------
def long_log_plan(count: int = 300) -> dict[str, Any]:
    raw = record_plan()
    raw["log"] += [{"id": f"e{n}", "when": "2026-11-01", "where": "Phố Huế", "what": f"Note {n}"}
                   for n in range(2, count)]
    return raw


def test_a_long_plain_log_is_read_without_checking_each_entry_apart(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan.model import record_json

    raw = long_log_plan()
    raw["log"].pop(0)  # no people or files: every entry is plain
    calls: list[str] = []
    one_by_one = record_json.read_log_entry
    monkeypatch.setattr(record_json, "read_log_entry",
                        lambda r, path, *a: calls.append(path) or one_by_one(r, path, *a))
    doc = loads_plan_json(json.dumps(raw))
    assert calls == [] and len(doc.log) == 298
    assert doc.log[5].what == "Note 7" and doc.log[5].people == [] and doc.log[5].id == "e7"
    assert doc.log[0].people is not doc.log[1].people  # each entry its own lists
    raw["log"][3]["people"] = ["p1", "p1"]
    doc = loads_plan_json(json.dumps(raw))
    assert calls == [] and doc.log[3].people == ["p1"]  # repeats left out, as one by one


@pytest.mark.parametrize(("change", "path"), [
    (lambda e: e.update(what="\ud800"), "log[150].what"),
    (lambda e: e.update(when=None), "log[150].when"),
    (lambda e: e.update(where=5), "log[150].where"),
    (lambda e: e.update(id="bad id"), "log[150].id"),
    (lambda e: e.update(id=""), "log[150].id"),
    (lambda e: e.update(id="e3"), "log[150].id"),
    (lambda e: e.update(mood="x"), "log[150].mood"),
    (lambda e: e.update(people=["p9"]), "log[150].people[0]"),
    (lambda e: e.update(people=[]), None),
    (lambda e: e.update(people=None), "log[150].people"),
    (lambda e: e.update(people=[["p1"]]), "log[150].people[0]"),
    (lambda e: e.update(attachments={}), "log[150].attachments"),
    (lambda e: e.update(attachments=[5]), "log[150].attachments[0]"),
    (lambda e: e.pop("id"), None),
])
def test_a_bad_entry_in_a_long_log_is_named_as_before(change: Any, path: str | None) -> None:
    raw = long_log_plan()
    change(raw["log"][150])
    if path is None:
        assert len(loads_plan_json(json.dumps(raw)).log) == 299
    else:
        assert rejected(raw).path == path
    if path is None:
        return
    raw["log"][150] = "not an entry"
    assert rejected(raw).path == "log[150]"


def test_a_sha256_ending_in_a_line_break_is_refused_for_its_form() -> None:
    raw = record_plan()
    item = raw["attachments"][0]
    item["sha256"] += "\n"
    assert "64 lowercase hexadecimal digits" in str(rejected(raw))
