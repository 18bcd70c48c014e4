"""The private record in plan JSON: log entries with ids, people and files; the attachments list.

Called by model/plan_json.py, whose checks (and PlanJsonError with the field's path) it shares.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import re
from collections.abc import Iterable
from operator import itemgetter, methodcaller
from typing import Any, Final, NamedTuple

from saferplan.model.attachment import Attachment, Files, StoredContent
from saferplan.model.document import PlanDocument
from saferplan.model.log_entry import LogEntry, entry_ids
from saferplan.model.plan_json import PlanJsonError, _id, _iso_date, _object, _text, _unique
from saferplan.model.record import (
    ACCEPTED_MEDIA_TYPES,
    MAX_ATTACHMENT_BYTES,
    MAX_TOTAL_ATTACHMENT_BYTES,
)
from saferplan.model.text_rules import TextKind, texts_are_clean

_SHA256 = re.compile(r"[0-9a-f]{64}")
# Ids one per line, in the characters of plan_json's id grammar (lengths checked apart: one
# character class runs several times quicker than a repeated group).
_ID_LINES = re.compile(r"[A-Za-z0-9_.\-\n]*")
_MAX_ID_LENGTH: Final = 64
_SURROGATE = re.compile("[\ud800-\udfff]")  # only JSON escapes can make one: it cannot be stored
_ATTACHMENT_FIELDS: Final = {"id", "name", "media_type", "added", "size", "sha256", "data"}


def dump_log_entry(entry: LogEntry) -> dict[str, Any]:
    """Return one log entry as JSON-ready data; empty new fields are left out."""
    # One dict display, not a dict then an update: a save makes this for every entry.
    out: dict[str, Any] = ({"id": entry.id, "when": entry.when, "where": entry.where,
                            "what": entry.what} if entry.id else
                           {"when": entry.when, "where": entry.where, "what": entry.what})
    # Left out when empty, so entries written before the record had them keep their form.
    if entry.people:
        out["people"] = list(entry.people)
    if entry.attachments:
        out["attachments"] = list(entry.attachments)
    return out


def dump_attachments(doc: PlanDocument, *, attachment_data: bool) -> list[dict[str, Any]]:
    """Return the plan's files as JSON-ready data; without data, only size and sha256 stay."""
    out = []
    for a in doc.attachments.values():
        item: dict[str, Any] = {"id": a.id, "name": a.name, "media_type": a.media_type,
                                "added": a.added, "size": a.size,
                                "sha256": a.sha256()}
        if attachment_data:
            item["data"] = base64.b64encode(a.data).decode("ascii")
        out.append(item)
    return out


def read_attachments(raw: object,
                     attachment_data: Files | None) -> dict[str, Attachment]:
    """Check and read the top-level "attachments" list; bytes may come from attachment_data."""
    if not isinstance(raw, list):
        raise PlanJsonError("attachments", "must be a list")
    attachments = [_attachment(r, f"attachments[{i}]", attachment_data)
                   for i, r in enumerate(raw)]
    _unique([a.id for a in attachments], "attachments")
    total = sum(a.size for a in attachments)
    if total > MAX_TOTAL_ATTACHMENT_BYTES:
        raise PlanJsonError("attachments", f"the files add up to more than "
                            f"{MAX_TOTAL_ATTACHMENT_BYTES // 2**20} MB")
    return {a.id: a for a in attachments}


def _attachment(raw: object, path: str,
                attachment_data: Files | None) -> Attachment:
    obj = _object(raw, path, _ATTACHMENT_FIELDS)
    attachment_id = _id(obj, path)
    media_type = _text(obj.get("media_type"), f"{path}.media_type")
    if media_type not in ACCEPTED_MEDIA_TYPES:
        raise PlanJsonError(f"{path}.media_type", "must be one of "
                            + ", ".join(ACCEPTED_MEDIA_TYPES))
    added = _text(obj.get("added"), f"{path}.added")
    _iso_date(added, f"{path}.added")
    size = _size(obj, path)
    data = _attachment_bytes(obj, path, attachment_id, attachment_data)
    length = len(data) if isinstance(data, bytes) else data.size
    if length > MAX_ATTACHMENT_BYTES:
        raise PlanJsonError(f"{path}.data", f"larger than {MAX_ATTACHMENT_BYTES // 2**20} MB")
    if size is not None and size != length:
        raise PlanJsonError(f"{path}.size", f"does not match the data ({length} bytes)")
    sha256 = obj.get("sha256")
    if sha256 is not None or "data" not in obj:
        sha256 = _text(sha256, f"{path}.sha256")
        if not _SHA256.fullmatch(sha256):
            raise PlanJsonError(f"{path}.sha256", "must be 64 lowercase hexadecimal digits")
    attachment = Attachment(attachment_id, _text(obj.get("name", ""), f"{path}.name"),
                            media_type, added, data)
    if sha256 is not None and attachment.sha256() != sha256:
        raise PlanJsonError(f"{path}.sha256", "does not match the data")
    return attachment


def _size(obj: dict[str, Any], path: str) -> int | None:
    size = obj.get("size")
    if size is None and "data" in obj:
        return None  # optional when the bytes are right here
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise PlanJsonError(f"{path}.size", "must be a whole number of bytes")
    if size > MAX_ATTACHMENT_BYTES:  # refused before any bytes are decoded or fetched
        raise PlanJsonError(f"{path}.size", f"larger than {MAX_ATTACHMENT_BYTES // 2**20} MB")
    return size


def _attachment_bytes(obj: dict[str, Any], path: str, attachment_id: str,
                      attachment_data: Files | None) -> bytes | StoredContent:
    if "data" in obj:
        text = _text(obj["data"], f"{path}.data")
        # A 20 MB file is about 27 MB of base64; longer text is refused before decoding.
        if len(text) > (MAX_ATTACHMENT_BYTES + 2) // 3 * 4:
            raise PlanJsonError(f"{path}.data", f"larger than {MAX_ATTACHMENT_BYTES // 2**20} MB")
        try:
            return base64.b64decode(text.encode("ascii"), validate=True)
        except (UnicodeEncodeError, binascii.Error):
            raise PlanJsonError(f"{path}.data", "must be base64 text") from None
    if attachment_data is None or attachment_id not in attachment_data:
        raise PlanJsonError(f"{path}.data", "is missing")
    data = attachment_data[attachment_id]
    # Bytes are copied (a view of a buffer must not outlive it); stored files stay where they are.
    return bytes(data) if isinstance(data, bytes | memoryview) else data


_ENTRY_FIELDS: Final = frozenset({"id", "when", "where", "what", "people", "attachments"})
_TEXT_KEYS: Final = ("when", "where", "what", "id")  # every entry this version writes has them


class ReadLog(NamedTuple):
    """The entries read, and what is already known of them."""

    entries: list[LogEntry]
    # Their text follows model/text_rules.py (checked in bulk): nothing need walk it again.
    text_checked: bool
    # Every entry has an id of its own: assign_missing_entry_ids has nothing to do.
    ids_checked: bool


def read_log(raw: list[Any], person_ids: set[str], attachment_ids: set[str]) -> ReadLog:
    """Check and read the log entries, as ``read_log_entry`` does for each.

    A record can hold 100,000 entries, so the whole log is first checked field by field across
    all entries at once (each check one pass in C); if any check is in doubt, every entry goes
    through ``read_log_entry``, which names the field that is wrong.
    """
    quick = _quick_log(raw, person_ids, attachment_ids)
    if quick is not None:
        return quick
    return ReadLog([read_log_entry(r, f"log[{i}]", person_ids, attachment_ids)
                    for i, r in enumerate(raw)], False, False)


def _quick_log(raw: list[Any], person_ids: set[str],
               attachment_ids: set[str]) -> ReadLog | None:
    """The log, when every entry passes the checks below at once; else None (check one by
    one). The entries keep the parsed objects."""
    if not set(map(type, raw)) <= {dict}:
        return None
    texts = _text_columns(raw)
    if texts is None or not _ids_known(raw, texts[1], person_ids, attachment_ids):
        return None
    columns, complete = texts
    try:  # joining also refuses anything but text, in C
        one_line = _text_state(itertools.chain(columns[0], columns[1]), TextKind.ONE_LINE)
        multi_line = _text_state(columns[2], TextKind.MULTI_LINE)
    except TypeError:
        return None
    if one_line is None or multi_line is None:
        return None
    ids_checked = complete and len(set(columns[3])) == len(raw)
    return ReadLog(list(map(LogEntry.from_json, raw)), one_line and multi_line, ids_checked)


def _text_columns(raw: list[dict[str, Any]]) -> tuple[list[list[Any]], bool] | None:
    """The when, where, what and id of every entry ("" when left out), and whether every entry
    has all four; None if an id given is not text or breaks the id grammar."""
    try:  # every entry this version writes has all four
        columns = [list(map(itemgetter(key), raw)) for key in _TEXT_KEYS]
        given, complete = columns[3], True
    except KeyError:  # a field left out (older files have no ids)
        columns = [list(map(methodcaller("get", key, ""), raw)) for key in _TEXT_KEYS]
        given, complete = [obj["id"] for obj in raw if "id" in obj], False
    try:
        ids = "\n".join(given)
    except TypeError:
        return None
    if given and not _follow_id_grammar(given, ids):
        return None
    return columns, complete


def _follow_id_grammar(given: list[str], lines: str) -> bool:
    """True if every id given is 1 to 64 of the id characters; ``lines`` has them one a line.
    (An id holding a line break is left to the entry-by-entry check.)"""
    return (lines.count("\n") == len(given) - 1 and _ID_LINES.fullmatch(lines) is not None
            and "" not in given and max(map(len, given)) <= _MAX_ID_LENGTH)


def _ids_known(raw: list[dict[str, Any]], complete: bool, person_ids: set[str],
               attachment_ids: set[str]) -> bool:
    """True if every entry's people and attachments are lists of known ids (an id given twice
    is dropped, in place) and no entry has a field but the six.

    When every entry has the four text fields (``complete``), the other fields are counted,
    not looked for: most records name no one and keep no file, and then neither list is
    read. As each entry holds at least the fields counted, equal totals prove there is no
    other field.
    """
    if not complete:
        return (_id_lists(raw, "people", person_ids) is not None
                and _id_lists(raw, "attachments", attachment_ids) is not None
                and all(map(_ENTRY_FIELDS.issuperset, raw)))
    others = sum(map(len, raw)) - 4 * len(raw)  # people, attachments and unknown fields
    people = _id_lists(raw, "people", person_ids) if others else 0
    if people is None:
        return False
    others -= people
    files = _id_lists(raw, "attachments", attachment_ids) if others else 0
    return files == others


def _text_state(texts: Iterable[str], kind: TextKind) -> bool | None:
    """True if these fields need no cleaning, False if some hold a hidden character (to remove
    or refuse by the text rules), None if one holds a lone surrogate (refused with its path).
    TypeError if one is not text."""
    joined = "".join(texts)
    if texts_are_clean(joined, kind):
        return True
    return None if _SURROGATE.search(joined) else False


def _id_lists(raw: list[dict[str, Any]], key: str, known: set[str]) -> int | None:
    """How many entries have a list of ids under ``key``; None if one is not a list of known
    ids. An id given twice in an entry's list is dropped from that list, in place."""
    given = [obj[key] for obj in raw if key in obj]  # quicker than a methodcaller
    if not set(map(type, given)) <= {list}:
        return None
    try:
        if not set(itertools.chain.from_iterable(given)) <= known:
            return None  # known ids are checked text, so this also proves every id is text
    except TypeError:  # a list or an object where an id should be
        return None
    if any(len(set(ids)) < len(ids) for ids in given if len(ids) > 1):  # an id given twice
        for ids in given:
            ids[:] = dict.fromkeys(ids)
    return len(given)


def read_log_entry(raw: object, path: str, person_ids: set[str],
                   attachment_ids: set[str]) -> LogEntry:
    """Check and read one log entry; a missing id stays "" (see assign_missing_entry_ids).
    The text is kept as given: the reader's text rules refuse or clean it after."""
    obj = _object(raw, path, {"id", "when", "where", "what", "people", "attachments"})
    checked: dict[str, Any] = {"id": _id(obj, path)} if "id" in obj else {}
    for key in ("when", "where", "what"):
        checked[key] = _text(obj.get(key, ""), f"{path}.{key}")
    for key, known, kind in (("people", person_ids, "person"),
                             ("attachments", attachment_ids, "attachment")):
        ids = _known_ids(obj, path, key, known, kind)
        if ids:
            checked[key] = ids
    return LogEntry.from_json(checked)


def _known_ids(obj: dict[str, Any], path: str, key: str, known: set[str], kind: str) -> list[str]:
    raw = obj.get(key, [])
    if not isinstance(raw, list):
        raise PlanJsonError(f"{path}.{key}", f"must be a list of {kind} ids")
    out: list[str] = []
    for i, item in enumerate(raw):
        item = _text(item, f"{path}.{key}[{i}]")
        if item not in known:
            raise PlanJsonError(f"{path}.{key}[{i}]", f"no {kind} has the id '{item}'")
        if item not in out:
            out.append(item)
    return out


def assign_missing_entry_ids(doc: PlanDocument) -> None:
    """Give entries from older files (no id) new ids "e<n>", after checking the given ones."""
    ids = entry_ids(doc.log)
    seen = set(ids)
    if len(seen) == len(ids) and "" not in seen:
        return  # every entry has its own id (every file saved by this version)
    seen = set()
    for i, entry in enumerate(doc.log):
        if entry.id in seen:
            raise PlanJsonError(f"log[{i}].id", f"the id '{entry.id}' is used twice")
        if entry.id:
            seen.add(entry.id)
    # One pass: calling doc.new_id per entry would rebuild the used ids each time (quadratic).
    used = seen | {p.id for p in doc.people} | {d.id for d in doc.documents}
    used |= {p.id for p in doc.plans} | set(doc.attachments)
    numbers = itertools.count(1)
    for entry in doc.log:
        if not entry.id:
            entry.id = next(f"e{n}" for n in numbers if f"e{n}" not in used)
            used.add(entry.id)
