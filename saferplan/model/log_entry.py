"""One entry of the private record, kept as the JSON object the plan file stores.

A record may hold 100,000 entries. Each entry's fields live in that object, so a save hands
the objects to the JSON writer as they are, and opening wraps the checked objects without
building them again (model/record_json.py). No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter, methodcaller
from typing import Any, Final, overload

from saferplan.model.text_rules import TextKind, clean_text

_ONE_LINE: Final = TextKind.ONE_LINE
_MULTI_LINE: Final = TextKind.MULTI_LINE


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


class LogEntry:
    """A dated note in the person's private record, with who was there and files kept with it.

    Text given is cleaned of hidden characters (model/text_rules.py), so an entry never holds
    one. ``people`` and ``attachments`` read as new lists: assign a list to change them.
    """

    __slots__ = ("_json",)
    _json: dict[str, Any]

    def __init__(self, when: str, where: str = "", what: str = "", id: str = "",
                 people: Iterable[str] = (), attachments: Iterable[str] = ()) -> None:
        # The key order of an export (record_json.dump_log_entry): the saved bytes stay the same.
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


def stored_objects(entries: list[LogEntry]) -> list[dict[str, Any]]:
    """The JSON objects the entries keep, for a save to write at once (without copying them:
    write them before anything can change an entry)."""
    return list(map(_STORED, entries))


def entry_ids(entries: list[LogEntry]) -> list[str]:
    """Every entry's id ("" for none yet), without a Python call per entry."""
    return text_column(entries, "id")


def text_column(entries: list[LogEntry], key: str) -> list[str]:
    """Every entry's id, when, where or what ("" where it has none), without a Python call
    per entry (a record may hold 100,000)."""
    return list(map(methodcaller("get", key, ""), map(_STORED, entries)))
