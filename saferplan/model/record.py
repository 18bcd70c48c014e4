"""The private record (incident log): dated entries, who was there, and files kept with them.

No Qt. Entries and attachments live in ``PlanDocument.log`` and ``PlanDocument.attachments``;
this module keeps their ids and limits consistent. The JSON side is in model/record_json.py.
"""

from __future__ import annotations

import itertools
import operator
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import PurePath
from typing import Final

from saferplan.model.attachment import Attachment
from saferplan.model.document import PlanDocument
from saferplan.model.log_entry import LogEntry, stored_objects, text_column

__all__ = [
    "ACCEPTED_MEDIA_TYPES",
    "MAX_ATTACHMENT_BYTES",
    "MAX_TOTAL_ATTACHMENT_BYTES",
    "Attachment",
    "AttachmentTooLargeError",
    "LogEntry",
    "add_attachment",
    "add_entry",
    "attachment_bytes_total",
    "entries_newest_first",
    "is_valid_when",
    "media_type_for",
    "remove_attachment",
    "remove_entry",
    "search_entries",
]

MAX_ATTACHMENT_BYTES: Final = 20 * 1024 * 1024
MAX_TOTAL_ATTACHMENT_BYTES: Final = 200 * 1024 * 1024

# The kinds of file the record can keep; anything else is politely refused.
ACCEPTED_MEDIA_TYPES: Final[tuple[str, ...]] = (
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "application/pdf",
    "text/plain",
)

# When an entry happened: a day, or a day and a time (the app writes these two forms).
_WHEN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?")


class AttachmentTooLargeError(ValueError):
    """A file that would go over a size limit; ``str()`` is a calm message for the person.

    ``limit`` is the limit in bytes; ``whole_plan`` is True when the plan's total is the limit.
    The message never names the file (names can be private).
    """

    def __init__(self, limit: int, *, whole_plan: bool) -> None:
        megabytes = limit // (1024 * 1024)
        if whole_plan:
            message = (f"The plan can keep up to {megabytes} MB of files in all, and this file "
                       "would go over that. You can remove a file you no longer need, "
                       "then add this one again.")
        else:
            message = (f"This file is larger than {megabytes} MB, so the plan cannot keep it. "
                       "You can keep a smaller copy instead, for example a photo saved "
                       "at a smaller size.")
        super().__init__(message)
        self.limit = limit
        self.whole_plan = whole_plan


def attachment_bytes_total(doc: PlanDocument) -> int:
    """Return how many bytes of files the plan keeps now."""
    return sum(a.size for a in doc.attachments.values())


def check_attachment_size(size: int, total_before: int) -> None:
    """Raise AttachmentTooLargeError if a file of ``size`` bytes cannot be added."""
    if size > MAX_ATTACHMENT_BYTES:
        raise AttachmentTooLargeError(MAX_ATTACHMENT_BYTES, whole_plan=False)
    if total_before + size > MAX_TOTAL_ATTACHMENT_BYTES:
        raise AttachmentTooLargeError(MAX_TOTAL_ATTACHMENT_BYTES, whole_plan=True)


def add_attachment(doc: PlanDocument, name: str, media_type: str, data: bytes,
                   today: date) -> Attachment:
    """Keep a file in the plan and return it (not yet linked to any entry).

    Raises ValueError for a kind of file the record does not keep (see media_type_for) and
    AttachmentTooLargeError when the file or the plan's total would go over the limit.
    """
    if media_type not in ACCEPTED_MEDIA_TYPES:
        raise ValueError("this kind of file cannot be kept in the plan")
    check_attachment_size(len(data), attachment_bytes_total(doc))
    attachment = Attachment(doc.new_id("a"), name, media_type, today.isoformat(), bytes(data))
    doc.attachments[attachment.id] = attachment
    return attachment


def remove_attachment(doc: PlanDocument, attachment_id: str) -> None:
    """Remove a file from the plan and from every entry it was kept with (KeyError if unknown)."""
    del doc.attachments[attachment_id]
    for entry in doc.log:
        if attachment_id in entry.attachments:
            entry.attachments = [a for a in entry.attachments if a != attachment_id]


def is_valid_when(when: str) -> bool:
    """Return True for "" (no date given), a real day "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"."""
    if not when:
        return True
    if not _WHEN.fullmatch(when):
        return False
    try:
        datetime.fromisoformat(when)
    except ValueError:
        return False
    return True


def add_entry(doc: PlanDocument, when: str, where: str = "", what: str = "",
              people: Iterable[str] = (), attachments: Iterable[str] = ()) -> LogEntry:
    """Add an entry to the record and return it (with its new id, "e1", "e2"...).

    ``when`` is "YYYY-MM-DD", "YYYY-MM-DDTHH:MM" or "" (ValueError otherwise). People and
    attachments are ids already in the plan (KeyError otherwise); repeats are dropped.
    """
    if not is_valid_when(when):
        raise ValueError("the date must be written YYYY-MM-DD or YYYY-MM-DDTHH:MM")
    people_ids = _unique_ids(people, {p.id for p in doc.people})
    attachment_ids = _unique_ids(attachments, set(doc.attachments))
    entry = LogEntry(when, where, what, id=doc.new_id("e"), people=people_ids,
                     attachments=attachment_ids)
    doc.log.append(entry)
    return entry


def _unique_ids(ids: Iterable[str], known: set[str]) -> list[str]:
    out: list[str] = []
    for item in ids:
        if item not in known:
            raise KeyError(item)
        if item not in out:
            out.append(item)
    return out


def remove_entry(doc: PlanDocument, entry_id: str) -> None:
    """Remove an entry and the files kept with it that no other entry uses (KeyError if unknown)."""
    entry = next((e for e in doc.log if e.id == entry_id), None)
    if entry is None:
        raise KeyError(entry_id)
    doc.log = [e for e in doc.log if e is not entry]
    still_used = {a for e in doc.log for a in e.attachments}
    for attachment_id in entry.attachments:
        if attachment_id not in still_used:
            doc.attachments.pop(attachment_id, None)


def entries_newest_first(doc: PlanDocument) -> list[LogEntry]:
    """Return the entries, newest first; the same day and time keeps the later-added first.

    Entries whose date is free text (from older files) or empty come last, latest added first.
    """
    return list(map(doc.log.__getitem__, _newest_first(doc.log)))


def _newest_first(entries: list[LogEntry]) -> list[int]:
    """The entries' places in the record, newest first (see entries_newest_first)."""
    whens = text_column(entries, "when")
    dated = {when: bool(when) and is_valid_when(when) for when in set(whens)}  # each date once
    flags = list(map(dated.__getitem__, whens))
    latest_added_first = range(len(entries) - 1, -1, -1)
    newest = list(itertools.compress(latest_added_first, reversed(flags)))
    newest.sort(key=whens.__getitem__, reverse=True)  # stable: the same time keeps that order
    undated = itertools.compress(latest_added_first, map(operator.not_, reversed(flags)))
    return [*newest, *undated]


def _folded(text: str) -> str:
    # NFC first so "é" typed as one or two code points matches; casefold handles "ß", "Σ" etc.
    return unicodedata.normalize("NFC", text).casefold()


def search_entries(doc: PlanDocument, text: str) -> list[LogEntry]:
    """Return entries whose date, place, note, people's names or file names contain ``text``.

    Case-insensitive in every script; newest first. Empty text returns every entry.
    """
    needle = _folded(text.strip())
    entries = doc.log
    order = _newest_first(entries)
    if not needle:
        return list(map(entries.__getitem__, order))
    texts = _searched_texts(doc)
    # All folded in one pass (a keystroke searches thousands). The gaps cannot be typed in the
    # search field and no field holds them (hidden characters are removed), so no match spans
    # two fields or entries, and nothing composes over them.
    folded = _folded(_ENTRY_GAP.join(texts)).split(_ENTRY_GAP)
    if len(folded) != len(texts):  # cannot happen with clean text; never match wrongly
        folded = list(map(_folded, texts))
    return [entries[index] for index in order if needle in folded[index]]


def _searched_texts(doc: PlanDocument) -> list[str]:
    """Each entry's date, place, note, people's names and file names, in one text a field
    (in the record's order: the entries' objects are read in the order they were made)."""
    entries = doc.log
    columns = (text_column(entries, key) for key in ("when", "where", "what"))
    texts = list(map(_FIELD_GAP.join, zip(*columns, strict=True)))
    names = {p.id: p.name for p in doc.people}
    files = {a.id: a.name for a in doc.attachments.values()}
    for index, obj in enumerate(stored_objects(entries)):
        if "people" in obj or "attachments" in obj:  # most entries have neither
            more = [names.get(pid, "") for pid in obj.get("people", ())]
            more += [files[a] for a in obj.get("attachments", ()) if a in files]
            texts[index] = _FIELD_GAP.join([texts[index], *more])
    return texts


_FIELD_GAP: Final = "\x1f"  # unit separator
_ENTRY_GAP: Final = "\x1e"  # record separator


def _is_webp(data: bytes) -> bool:
    return len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP"


# File signatures, checked before the name's suffix (a renamed file is still what it is).
_MAGIC: Final[tuple[tuple[bytes, str], ...]] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)


def media_type_for(file_name: str, data: bytes) -> str | None:
    """Return the media type of a file the record can keep, or None if it cannot keep it.

    PNG, JPEG, GIF, WEBP and PDF are known by their first bytes whatever the name says;
    text/plain needs a ``.txt`` name and valid UTF-8. Everything else returns None.
    """
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    if _is_webp(data):
        return "image/webp"
    if PurePath(file_name).suffix.lower() == ".txt":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return "text/plain"
    return None
