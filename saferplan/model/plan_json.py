"""Read and write the plan JSON interchange format, rejecting bad input with the field's path."""

from __future__ import annotations

import contextlib
import gc
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from saferplan.model.attachment import Files
from saferplan.model.document import (
    ANSWER_STATES,
    DOCUMENT_KINDS,
    MAX_PRACTICE_BOX,
    ROLES,
    SCHEMA_VERSION,
    Answer,
    AnswerValue,
    Document,
    Person,
    Plan,
    PlanDocument,
    PracticeProgress,
)
from saferplan.model.log_entry import stored_objects
from saferplan.model.record import MAX_TOTAL_ATTACHMENT_BYTES
from saferplan.model.text_rules import clean_document, first_text_problem

# Larger input is refused before parsing (the biggest real plan is far below this).
MAX_JSON_BYTES: Final = 64 * 1024 * 1024
# Plan JSON with the record's files inside (base64: 4 characters for every 3 bytes).
MAX_JSON_WITH_FILES_BYTES: Final = MAX_JSON_BYTES + (MAX_TOTAL_ATTACHMENT_BYTES + 2) // 3 * 4
# Every top-level field of the plan JSON this version reads.
TOP_LEVEL_KEYS: Final = frozenset({"saferplan", "language", "people", "documents", "plans",
                                   "log", "practice", "attachments"})
_ID = re.compile(r"[A-Za-z0-9_.-]{1,64}")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TEXT_KINDS: Final = frozenset({"short_text", "long_text", "place", "money"})
_YES_NO: Final = ("yes", "no", "not_sure")
_MAX_INT_DIGITS: Final = 30


class PlanJsonError(ValueError):
    """Plan JSON that cannot be used; ``path`` names the field (``plans[0].answers.q1``)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


@dataclass(frozen=True)
class AnswerRule:
    """What an answer to one question may hold: its kind and, for choices, the option ids."""

    kind: str
    options: tuple[str, ...] = ()


# Question sets known to the reader: form id -> question id -> rule.
QuestionCatalog = Mapping[str, Mapping[str, AnswerRule]]


def loads_plan_json(data: bytes | str, catalog: QuestionCatalog | None = None, *,
                    attachment_data: Files | None = None,
                    clean_text: bool = False) -> PlanDocument:
    """Parse plan JSON; with a catalog, also check forms, question ids and answer values.

    Attachments written without "data" take their bytes from ``attachment_data`` (by id).
    Text breaking model/text_rules.py (a hidden control character, a phone number with
    letters) is refused with the field's path; with ``clean_text`` (a plan file saved by an
    older version, which must still open) hidden characters are removed instead.
    """
    limit = MAX_JSON_WITH_FILES_BYTES
    if isinstance(data, bytes):
        if len(data) > limit:
            raise PlanJsonError("", f"the file is larger than {limit // 2**20} MB")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise PlanJsonError("", f"not UTF-8 text (bad byte at position {exc.start})") from None
    else:
        text = data
    if len(text) > limit:
        raise PlanJsonError("", f"the file is larger than {limit // 2**20} MB")
    with no_collection_pauses():
        try:
            raw = json.loads(text, object_pairs_hook=_no_duplicate_keys,
                             parse_constant=_no_constant, parse_int=_short_int)
        except json.JSONDecodeError as exc:
            raise PlanJsonError("", f"not valid JSON (line {exc.lineno}, column {exc.colno})") \
                from None
        except RecursionError:
            raise PlanJsonError("", "not valid JSON (nested too deeply)") from None
        except ValueError as exc:  # a 5,000-digit number, NaN, a key given twice
            raise PlanJsonError("", f"not valid JSON ({exc})") from None
        return load_plan_json(raw, catalog, attachment_data=attachment_data,
                              clean_text=clean_text)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build a JSON object, refusing a key given twice (which copy would count is unclear)."""
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ValueError("a key is given twice in one object")
    return out


def _short_int(digits: str) -> int:
    """Read an integer; refuse one too long to be a plan's (Python refuses 4,300+ digits)."""
    if len(digits) > _MAX_INT_DIGITS:
        raise ValueError("a number has too many digits")
    return int(digits)


def _no_constant(name: str) -> Any:
    """Refuse NaN and Infinity, which are not JSON."""
    raise ValueError(f"{name} is not a JSON value")


@contextlib.contextmanager
def no_collection_pauses() -> Iterator[None]:
    """Hold Python's cycle collector while a plan is read (from the JSON text on).

    Reading 100,000 log entries makes several hundred thousand objects, none in a cycle; the
    collector would otherwise scan all of them again and again as they are made (a third of
    the time). It runs as usual afterwards (and is left off if it was off).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What was made is kept (the plan): it joins the oldest generation at once, instead
        # of one young collection scanning all of it (40 ms at 100,000 entries) to move it.
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def load_plan_json(raw: object, catalog: QuestionCatalog | None = None, *,
                   attachment_data: Files | None = None,
                   clean_text: bool = False) -> PlanDocument:
    """Build a plan document from already-parsed JSON (a dict); see ``loads_plan_json``.

    The record's entries keep the objects of ``raw["log"]`` (model/log_entry.py): pass JSON
    parsed for this call, and do not use it after."""
    with no_collection_pauses():
        reader = _Reader(catalog, attachment_data)
        doc = reader.document(raw)
        return _text_rules(doc, catalog, clean_text, reader.log_checked)


def _text_rules(doc: PlanDocument, catalog: QuestionCatalog | None, clean: bool,
                log_checked: bool) -> PlanDocument:
    """Remove (``clean``) or refuse text breaking model/text_rules.py.

    The record's entries are walked only if the reader could not check them in bulk.
    """
    if clean:
        clean_document(doc, log_checked=log_checked)
        return doc
    kinds = None if catalog is None else {
        form: {qid: rule.kind for qid, rule in rules.items()} for form, rules in catalog.items()}
    problem = first_text_problem(doc, kinds, log_checked=log_checked)
    if problem is not None:
        raise PlanJsonError(*problem)
    return doc


def dump_plan_json(doc: PlanDocument, *, attachment_data: bool = True,
                   stored_log: bool = False) -> dict[str, Any]:
    """Return the plan document as JSON-ready data.

    With ``attachment_data=False`` each attachment keeps its size and sha256 but not its bytes
    (the encrypted file stores those separately). With ``stored_log`` (a save) the record's
    entries are the objects they keep (model/log_entry.py), not copies: write the result
    before anything can change an entry. Their keys may then come in another order.
    """
    # Imported here because record_json uses this module's checks (a cycle at import time).
    from saferplan.model import record_json

    out: dict[str, Any] = {
        "saferplan": SCHEMA_VERSION,
        "language": doc.language,
        "people": [_dump_person(p) for p in doc.people],
        "documents": [_dump_document(d) for d in doc.documents],
        "plans": [
            {"id": p.id, "form": p.form, "title": p.title,
             "answers": {qid: _dump_answer(a) for qid, a in p.answers.items()}}
            for p in doc.plans
        ],
        "log": (stored_objects(doc.log) if stored_log else
                [record_json.dump_log_entry(e) for e in doc.log]),
    }
    if doc.attachments:
        out["attachments"] = record_json.dump_attachments(doc, attachment_data=attachment_data)
    # Left out when empty, so plans that never practised keep their exact earlier form.
    if doc.practice:
        out["practice"] = {
            pid: {"box": pr.box, "due": pr.due.isoformat(),
                  "correct_days": [d.isoformat() for d in pr.correct_days]}
            for pid, pr in doc.practice.items()
        }
    return out


def dumps_plan_json(doc: PlanDocument, *, indent: int | None = 2,
                    attachment_data: bool = True) -> str:
    """Return the plan document as JSON text (UTF-8 safe, non-ASCII kept as is)."""
    data = dump_plan_json(doc, attachment_data=attachment_data)
    if indent == 2:  # export --json: orjson writes exactly what json.dumps would, 8x faster
        import orjson  # here: the model itself needs nothing beyond the standard library

        return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8")
    return json.dumps(data, ensure_ascii=False, indent=indent)


def _dump_answer(answer: Answer) -> dict[str, Any]:
    out: dict[str, Any] = {"state": answer.state}
    if answer.value is not None:
        out["value"] = list(answer.value) if isinstance(answer.value, list) else answer.value
    return out


class _Reader:
    """Validates parsed JSON field by field, keeping the path for messages."""

    def __init__(self, catalog: QuestionCatalog | None,
                 attachment_data: Files | None = None) -> None:
        self.catalog = catalog
        self.attachment_data = attachment_data
        # Set by document(): the record's text was checked in bulk (record_json.read_log).
        self.log_checked = False

    def document(self, raw: object) -> PlanDocument:
        from saferplan.model import record_json  # see dump_plan_json

        obj = _object(raw, "", set(TOP_LEVEL_KEYS))
        version = obj.get("saferplan")
        if version != SCHEMA_VERSION or isinstance(version, bool):
            raise PlanJsonError("saferplan", f"must be {SCHEMA_VERSION} (the format version)")
        language = _text(obj.get("language", "en"), "language")
        if not _LANGUAGE.fullmatch(language):
            raise PlanJsonError("language", "must be a language code such as 'en' or 'zh_Hant'")
        doc = PlanDocument(language=language)
        doc.people = [self.person(r, f"people[{i}]") for i, r in enumerate(_list(obj, "people"))]
        _unique([p.id for p in doc.people], "people")
        person_ids = {p.id for p in doc.people}
        doc.documents = [
            self.document_entry(r, f"documents[{i}]", person_ids)
            for i, r in enumerate(_list(obj, "documents"))
        ]
        _unique([d.id for d in doc.documents], "documents")
        document_ids = {d.id for d in doc.documents}
        doc.plans = [
            self.plan(r, f"plans[{i}]", person_ids, document_ids)
            for i, r in enumerate(_list(obj, "plans"))
        ]
        _unique([p.id for p in doc.plans], "plans")
        doc.attachments = record_json.read_attachments(obj.get("attachments", []),
                                                       self.attachment_data)
        log = record_json.read_log(_list(obj, "log"), person_ids, set(doc.attachments))
        doc.log, self.log_checked = log.entries, log.text_checked
        if not log.ids_checked:
            record_json.assign_missing_entry_ids(doc)
        doc.practice = _practice(obj.get("practice", {}), person_ids)
        return doc

    def person(self, raw: object, path: str) -> Person:
        obj = _object(raw, path, {"id", "name", "phone", "roles", "memorize", "notes",
                                  "address", "address_on_card"})
        roles_raw = obj.get("roles", [])
        if not isinstance(roles_raw, list):
            raise PlanJsonError(f"{path}.roles", "must be a list of roles")
        roles: list[str] = []
        for i, role in enumerate(roles_raw):
            role = _text(role, f"{path}.roles[{i}]")
            if role not in ROLES:
                raise PlanJsonError(f"{path}.roles[{i}]", f"unknown role '{role}'")
            if role not in roles:
                roles.append(role)
        return Person(
            id=_id(obj, path), name=_text(obj.get("name", ""), f"{path}.name"),
            phone=_text(obj.get("phone", ""), f"{path}.phone"), roles=roles,
            memorize=_bool(obj, "memorize", path),
            notes=_text(obj.get("notes", ""), f"{path}.notes"),
            address=_text(obj.get("address", ""), f"{path}.address"),
            address_on_card=_bool(obj, "address_on_card", path),
        )

    def document_entry(self, raw: object, path: str, person_ids: set[str]) -> Document:
        obj = _object(raw, path, {"id", "kind", "what", "where", "copy_with", "notes"})
        kind = _text(obj.get("kind", ""), f"{path}.kind")
        if kind and kind not in DOCUMENT_KINDS:
            raise PlanJsonError(f"{path}.kind", f"unknown document kind '{kind}'")
        copy_with = _text(obj.get("copy_with") or "", f"{path}.copy_with")
        if copy_with and copy_with not in person_ids:
            raise PlanJsonError(f"{path}.copy_with", f"no person has the id '{copy_with}'")
        return Document(
            id=_id(obj, path), what=_text(obj.get("what", ""), f"{path}.what"),
            where=_text(obj.get("where", ""), f"{path}.where"), copy_with=copy_with,
            notes=_text(obj.get("notes", ""), f"{path}.notes"), kind=kind,
        )

    def plan(self, raw: object, path: str, person_ids: set[str], doc_ids: set[str]) -> Plan:
        obj = _object(raw, path, {"id", "form", "title", "answers"})
        form = _text(obj.get("form"), f"{path}.form")
        rules = None
        if self.catalog is not None:
            if form not in self.catalog:
                raise PlanJsonError(f"{path}.form", f"unknown question set '{form}'")
            rules = self.catalog[form]
        answers_raw = obj.get("answers", {})
        if not isinstance(answers_raw, dict):
            raise PlanJsonError(f"{path}.answers", "must be an object of question ids")
        answers: dict[str, Answer] = {}
        for qid, answer_raw in answers_raw.items():
            apath = f"{path}.answers.{qid}"
            rule = None
            if rules is not None:
                rule = rules.get(qid)
                if rule is None:
                    raise PlanJsonError(apath, f"unknown question id '{qid}' in '{form}'")
            answers[qid] = _answer(answer_raw, apath, rule, person_ids, doc_ids)
        return Plan(id=_id(obj, path), form=form,
                    title=_text(obj.get("title", ""), f"{path}.title"), answers=answers)


def _answer(raw: object, path: str, rule: AnswerRule | None,
            person_ids: set[str], doc_ids: set[str]) -> Answer:
    obj = _object(raw, path, {"state", "value"})
    state = _text(obj.get("state"), f"{path}.state")
    if state not in ANSWER_STATES:
        raise PlanJsonError(f"{path}.state", f"unknown state '{state}'; use one of "
                            + ", ".join(ANSWER_STATES))
    if "value" not in obj or obj["value"] is None:
        return Answer(state)
    if state != "answered":
        raise PlanJsonError(f"{path}.value", f"a '{state}' answer has no value")
    value = _value(obj["value"], f"{path}.value")
    if rule is not None:
        _check_value(value, f"{path}.value", rule, person_ids, doc_ids)
    return Answer(state, value)


def _practice(raw: object, person_ids: set[str]) -> dict[str, PracticeProgress]:
    if not isinstance(raw, dict):
        raise PlanJsonError("practice", "must be an object of person ids")
    practice: dict[str, PracticeProgress] = {}
    for pid, entry_raw in raw.items():
        path = f"practice.{pid}"
        if pid not in person_ids:
            raise PlanJsonError(path, f"no person has the id '{pid}'")
        obj = _object(entry_raw, path, {"box", "due", "correct_days"})
        box = obj.get("box", 0)
        if isinstance(box, bool) or not isinstance(box, int) or not 0 <= box <= MAX_PRACTICE_BOX:
            raise PlanJsonError(f"{path}.box", f"must be a number from 0 to {MAX_PRACTICE_BOX}")
        days_raw = obj.get("correct_days", [])
        if not isinstance(days_raw, list):
            raise PlanJsonError(f"{path}.correct_days", "must be a list of dates")
        days = [_iso_date(d, f"{path}.correct_days[{i}]") for i, d in enumerate(days_raw)]
        if len(set(days)) != len(days):
            raise PlanJsonError(f"{path}.correct_days", "lists the same day twice")
        practice[pid] = PracticeProgress(box, _iso_date(obj.get("due"), f"{path}.due"), days)
    return practice


def _iso_date(raw: object, path: str) -> date:
    text = _text(raw, path)
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise PlanJsonError(path, "must be a date written YYYY-MM-DD") from None


def _value(raw: object, path: str) -> AnswerValue:
    if isinstance(raw, str):
        return raw
    if isinstance(raw, list):
        return [_text(item, f"{path}[{i}]") for i, item in enumerate(raw)]
    raise PlanJsonError(path, "must be text or a list of text")


def _check_value(value: AnswerValue, path: str, rule: AnswerRule,
                 person_ids: set[str], doc_ids: set[str]) -> None:
    kind = rule.kind
    if kind in _TEXT_KINDS:
        _expect_text(value, path)
    elif kind == "yes_no":
        if value not in _YES_NO:
            raise PlanJsonError(path, "must be 'yes', 'no' or 'not_sure'")
    elif kind == "choice":
        if value not in rule.options:
            raise PlanJsonError(path, "must be one of " + ", ".join(rule.options))
    elif kind == "date":
        _expect_text(value, path)
        try:
            date.fromisoformat(str(value))
        except ValueError:
            raise PlanJsonError(path, "must be a date written YYYY-MM-DD") from None
    else:
        known = {"checklist": set(rule.options), "person": person_ids, "document": doc_ids}
        if kind not in known:
            raise PlanJsonError(path, f"question kind '{kind}' is not known")
        if not isinstance(value, list):
            raise PlanJsonError(path, "must be a list")
        for i, item in enumerate(value):
            if item not in known[kind]:
                raise PlanJsonError(f"{path}[{i}]", f"not a known {kind} id")


def _expect_text(value: AnswerValue, path: str) -> None:
    if not isinstance(value, str):
        raise PlanJsonError(path, "must be text")


def _object(raw: object, path: str, allowed: set[str]) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise PlanJsonError(path, "must be a JSON object")
    for key in raw:
        if key not in allowed:
            where = f"{path}.{key}" if path else key
            raise PlanJsonError(where, "unknown field")
    return raw


def _list(obj: dict[str, Any], key: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise PlanJsonError(key, "must be a list")
    return value


def _dump_person(person: Person) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": person.id, "name": person.name, "phone": person.phone,
        "roles": list(person.roles), "memorize": person.memorize, "notes": person.notes,
    }
    if person.address:  # optional fields, left out when unused
        out["address"] = person.address
    if person.address_on_card:
        out["address_on_card"] = True
    return out


def _dump_document(document: Document) -> dict[str, Any]:
    out: dict[str, Any] = {"id": document.id}
    if document.kind:  # optional, left out when the person's own words name the document
        out["kind"] = document.kind
    out.update(what=document.what, where=document.where, copy_with=document.copy_with,
               notes=document.notes)
    return out


def _bool(obj: dict[str, Any], key: str, path: str) -> bool:
    value = obj.get(key, False)
    if not isinstance(value, bool):
        raise PlanJsonError(f"{path}.{key}", "must be true or false")
    return value


def _text(raw: object, path: str) -> str:
    if not isinstance(raw, str):
        raise PlanJsonError(path, "must be text" if raw is not None else "is missing")
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError:
        raise PlanJsonError(path, "contains a broken character (a lone surrogate)") from None
    return raw


def _id(obj: dict[str, Any], path: str) -> str:
    value = _text(obj.get("id"), f"{path}.id")
    if not _ID.fullmatch(value):
        raise PlanJsonError(f"{path}.id", "must be 1-64 letters, digits, '_', '-' or '.'")
    return value


def _unique(ids: list[str], path: str) -> None:
    seen: set[str] = set()
    for i, item in enumerate(ids):
        if item in seen:
            raise PlanJsonError(f"{path}[{i}].id", f"the id '{item}' is used twice")
        seen.add(item)
