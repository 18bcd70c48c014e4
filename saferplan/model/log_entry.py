"""One entry of the private record, kept as the JSON object the plan file stores.

A record may hold 100,000 entries. Each entry's fields live in that object, so a save hands
the objects to the JSON writer as they are, and opening wraps the checked objects without
building them again (model/record_json.py). No Qt.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from datetime import datetime
from operator import attrgetter, methodcaller
from typing import Any, Final, overload

from saferplan.model.text_rules import TextKind, clean_text

_ONE_LINE: Final = TextKind.ONE_LINE
_MULTI_LINE: Final = TextKind.MULTI_LINE
# When an entry happened: a day, or a day and a time (the app writes these two forms).
_WHEN: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?")
# Each change of an entry's fields takes the next number (see revisions); 0: as read from a file.
_NEXT_REVISION: Final = itertools.count(1)


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


class _Text:
    """A text field kept in an entry's JSON object ("" when it has none), cleaned of the
    hidden characters its rule removes when it is set."""

    def __init__(self, kind: TextKind) -> None:
        self.kind, self.key = kind, ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.key = name

    @overload
    def __get__(self, entry: None, owner: type) -> _Text: ...

    @overload
    def __get__(self, entry: LogEntry, owner: type | None = None) -> str: ...

    def __get__(self, entry: LogEntry | None, owner: type | None = None) -> str | _Text:
        if entry is None:
            return self
        return entry._json.get(self.key, "")  # type: ignore[no-any-return]

    def __set__(self, entry: LogEntry, value: str) -> None:
        entry._json[self.key] = clean_text(value, self.kind)
        entry._revision = next(_NEXT_REVISION)


class _Ids:
    """A list of ids kept in an entry's JSON object: read as a new list (assign one to change
    it), and left out when empty, as the plan file has always written it."""

    def __init__(self) -> None:
        self.key = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.key = name

    @overload
    def __get__(self, entry: None, owner: type) -> _Ids: ...

    @overload
    def __get__(self, entry: LogEntry, owner: type | None = None) -> list[str]: ...

    def __get__(self, entry: LogEntry | None, owner: type | None = None) -> list[str] | _Ids:
        if entry is None:
            return self
        return list(entry._json.get(self.key, ()))

    def __set__(self, entry: LogEntry, ids: Iterable[str]) -> None:
        listed = list(ids)
        if listed:
            entry._json[self.key] = listed
        else:
            entry._json.pop(self.key, None)
        entry._revision = next(_NEXT_REVISION)


class LogEntry:
    """A dated note in the person's private record, with who was there and files kept with it.

    Text given is cleaned of hidden characters (model/text_rules.py), so an entry never holds
    one. ``people`` and ``attachments`` read as new lists: assign a list to change them.
    Every change through these fields gives the entry a new revision (see revisions).
    """

    __slots__ = ("_json", "_revision")
    _json: dict[str, Any]
    _revision: int

    def __init__(self, when: str, where: str = "", what: str = "", id: str = "",
                 people: Iterable[str] = (), attachments: Iterable[str] = ()) -> None:
        # The key order of an export (exported_objects): the saved bytes stay the same.
        self._json = {"id": id} if id else {}
        self.when, self.where, self.what = when, where, what
        self.people, self.attachments = people, attachments

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> LogEntry:
        """The entry kept in ``obj`` itself, as the plan reader checked it: its keys are among
        id, when, where, what, people and attachments, its text is text and its lists are
        lists of ids. The reader's text rules run after (they refuse or clean)."""
        entry = cls.__new__(cls)
        entry._json = obj
        entry._revision = 0
        return entry

    when = _Text(_ONE_LINE)  # "YYYY-MM-DD", "YYYY-MM-DDTHH:MM", "" or (older files) free text
    where = _Text(_ONE_LINE)  # where it happened
    what = _Text(_MULTI_LINE)  # what happened
    people = _Ids()  # who was there
    attachments = _Ids()  # the files kept with it

    @property
    def id(self) -> str:
        """"e1", "e2"…; "" only while an older file's entries are read."""
        return self._json.get("id", "")  # type: ignore[no-any-return]

    @id.setter
    def id(self, value: str) -> None:
        if value:
            self._json["id"] = value
        else:
            self._json.pop("id", None)
        self._revision = next(_NEXT_REVISION)

    def _fields(self) -> tuple[str, str, str, str, list[str], list[str]]:
        return (self.when, self.where, self.what, self.id, self.people, self.attachments)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LogEntry):
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # changeable, as a dataclass would be

    def __repr__(self) -> str:
        when, where, what, entry_id, people, attachments = self._fields()
        return (f"LogEntry(when={when!r}, where={where!r}, what={what!r}, id={entry_id!r}, "
                f"people={people!r}, attachments={attachments!r})")


_STORED: Final = attrgetter("_json")
_REVISION: Final = attrgetter("_revision")


def revisions(entries: list[LogEntry]) -> list[int]:
    """Every entry's revision: a number that changes whenever one of its fields is set, so a
    search can see which entries changed since it last looked (no Python call per entry)."""
    return list(map(_REVISION, entries))


def stored_objects(entries: list[LogEntry]) -> list[dict[str, Any]]:
    """The JSON objects the entries keep, for a save to write at once (without copying them:
    write them before anything can change an entry)."""
    return list(map(_STORED, entries))


def exported_objects(entries: list[LogEntry]) -> list[dict[str, Any]]:
    """The entries as ``export --json`` writes them: new objects with id, when, where and
    what, then people and attachments when there are some, whatever the stored order."""
    return list(map(_exported, map(_STORED, entries)))


def _exported(stored: dict[str, Any]) -> dict[str, Any]:
    get = stored.get
    entry_id = get("id")
    # One dict display, not a dict then an update: an export makes this for every entry.
    out = ({"id": entry_id, "when": get("when", ""), "where": get("where", ""),
            "what": get("what", "")} if entry_id else
           {"when": get("when", ""), "where": get("where", ""), "what": get("what", "")})
    # Left out when empty, so entries written before the record had them keep their form.
    people, files = get("people"), get("attachments")
    if people:
        out["people"] = list(people)
    if files:
        out["attachments"] = list(files)
    return out


def entry_ids(entries: list[LogEntry]) -> list[str]:
    """Every entry's id ("" for none yet), without a Python call per entry."""
    return text_column(entries, "id")


def text_column(entries: list[LogEntry], key: str) -> list[str]:
    """Every entry's id, when, where or what ("" where it has none), without a Python call
    per entry (a record may hold 100,000)."""
    return list(map(methodcaller("get", key, ""), map(_STORED, entries)))
