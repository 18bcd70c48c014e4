"""The private record (incident log): dated entries, who was there, and files kept with them.

No Qt. Entries and attachments live in ``PlanDocument.log`` and ``PlanDocument.attachments``;
this module keeps their ids and limits consistent. The JSON side is in model/record_json.py.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date
from operator import indexOf, methodcaller
from pathlib import PurePath
from typing import Final

from saferplan.model.attachment import Attachment
from saferplan.model.document import PlanDocument
from saferplan.model.log_entry import (
    LogEntry,
    entry_ids,
    is_valid_when,
    stored_objects,
    text_column,
)
from saferplan.model.record_search import newest_first, search_entries

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
    entry = LogEntry(when, where, what, id=doc.new_id("e", len(doc.log) + 1), people=people_ids,
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


def remove_entry(doc: PlanDocument, entry: LogEntry | str) -> None:
    """Remove an entry and the files kept with it that no other entry uses (KeyError if it is
    not in the record): the very entry given, or the first with the id given (old files may
    repeat an id).

    No Python call per entry: a record may hold 100,000 (an entry is found among them in 2-4
    ms, an id in 11-13 ms).
    """
    try:
        place = (indexOf(map(id, doc.log), id(entry)) if isinstance(entry, LogEntry)
                 else entry_ids(doc.log).index(entry))
    except ValueError:
        raise KeyError(entry if isinstance(entry, str) else entry.id) from None
    removed = doc.log[place]
    doc.log = [*doc.log[:place], *doc.log[place + 1:]]
    if removed.attachments:
        kept_with = map(methodcaller("get", "attachments", ()), stored_objects(doc.log))
        still_used = set(itertools.chain.from_iterable(kept_with))
        for attachment_id in removed.attachments:
            if attachment_id not in still_used:
                doc.attachments.pop(attachment_id, None)


def entries_newest_first(doc: PlanDocument) -> list[LogEntry]:
    """Return the entries, newest first; the same day and time keeps the later-added first.

    Entries whose date is free text (from older files) or empty come last, latest added first.
    """
    return list(map(doc.log.__getitem__, newest_first(text_column(doc.log, "when"))))


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
