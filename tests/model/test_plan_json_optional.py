"""Optional plan JSON fields added later: a person's address, a document's kind."""

from __future__ import annotations

import json

import pytest

from saferplan.model import (
    DOCUMENT_KINDS,
    Document,
    PlanDocument,
    PlanJsonError,
    dumps_plan_json,
    loads_plan_json,
)

OLD = {
    "saferplan": 1, "language": "en",
    "people": [{"id": "p1", "name": "Lan", "phone": "1", "roles": ["release_address"],
                "memorize": False, "notes": ""}],
    "documents": [{"id": "d1", "what": "Passport", "where": "blue box", "copy_with": "",
                   "notes": ""}],
    "plans": [], "log": [],
}


def test_an_old_file_loads_and_writes_back_unchanged() -> None:
    doc = loads_plan_json(json.dumps(OLD).encode())
    assert doc.people[0].address == "" and doc.people[0].address_on_card is False
    assert doc.documents[0].kind == "" and doc.documents[0].what == "Passport"
    written = json.loads(dumps_plan_json(doc))
    assert written["people"] == OLD["people"]
    assert written["documents"] == OLD["documents"]


def test_address_and_kind_round_trip() -> None:
    doc = PlanDocument()
    person = doc.add_person("Lan", "1", ["release_address"])
    person.address = "12 King St, apt 4\nToronto"
    person.address_on_card = True
    doc.documents.append(Document("d1", "", "blue box", kind="passport"))
    again = loads_plan_json(dumps_plan_json(doc).encode())
    assert again.people[0].address == "12 King St, apt 4\nToronto"
    assert again.people[0].address_on_card is True
    assert again.documents[0].kind == "passport"
    assert dumps_plan_json(again) == dumps_plan_json(doc)


@pytest.mark.parametrize(("where", "value", "path"), [
    ("documents", {"kind": "spaceship"}, "documents[0].kind"),
    ("documents", {"kind": 3}, "documents[0].kind"),
    ("people", {"address": ["x"]}, "people[0].address"),
    ("people", {"address_on_card": "yes"}, "people[0].address_on_card"),
])
def test_bad_optional_fields_are_named(where: str, value: dict[str, object], path: str) -> None:
    data = json.loads(json.dumps(OLD))
    data[where][0].update(value)
    with pytest.raises(PlanJsonError) as caught:
        loads_plan_json(json.dumps(data).encode())
    assert caught.value.path == path


def test_every_document_kind_loads() -> None:
    for kind in DOCUMENT_KINDS:
        data = json.loads(json.dumps(OLD))
        data["documents"][0]["kind"] = kind
        assert loads_plan_json(json.dumps(data).encode()).documents[0].kind == kind


def test_a_hidden_override_in_an_address_is_refused_with_its_path() -> None:
    data = json.loads(json.dumps(OLD))
    data["people"][0]["address"] = "25 Maple\u202e Avenue"
    with pytest.raises(PlanJsonError) as caught:
        loads_plan_json(json.dumps(data).encode())
    assert caught.value.path == "people[0].address"
