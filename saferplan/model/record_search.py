"""Searching the private record, keystroke after keystroke: what a search needs is kept between
searches.

A record may hold 100,000 entries (about 15 MB of text); folding all of it again for every
character typed in the search field takes longer than a keystroke may. A RecordSearch keeps each
entry's folded text and the newest-first order, and before each search makes again only what
changed since the last one: the entries whose revision moved (log_entry.revisions), entries
added or removed, entries naming a person or a file whose name changed, and the order when a
date changed. A search whose text only grows looks again only at what the last one found.
What it keeps stays in memory, for as long as the screen that searches. No Qt.
"""

from __future__ import annotations

import itertools
import operator
import unicodedata
from collections.abc import Callable, Iterable
from typing import Final

from saferplan.model.document import PlanDocument
from saferplan.model.log_entry import (
    LogEntry,
    is_valid_when,
    revisions,
    stored_objects,
    text_column,
)

__all__ = ["RecordSearch", "newest_first", "search_entries"]

_FIELD_GAP: Final = "\x1f"  # unit separator
_ENTRY_GAP: Final = "\x1e"  # record separator
# Up to this many entries changed, added or removed, each is looked up or put in its place on
# its own (a pass over the record, in C); more, and the order is made again (a sort).
_FEW: Final = 16


def search_entries(doc: PlanDocument, text: str) -> list[LogEntry]:
    """Return entries whose date, place, note, people's names or file names contain ``text``.

    Case-insensitive in every script; newest first. Empty text returns every entry. To search
    the same record again and again, keep a RecordSearch instead.
    """
    return RecordSearch().search(doc, text)


def newest_first(whens: list[str]) -> list[int]:
    """The entries' places in the record, newest first, from their dates in record order.

    The same day and time keeps the later-added first; entries whose date is free text (from
    older files) or empty come last, latest added first.
    """
    distinct = set(whens)  # each date is checked and ranked once; the sort compares numbers
    dated = sorted(when for when in distinct if when and is_valid_when(when))
    rank = dict.fromkeys(distinct, -1)  # undated: after every date
    rank.update(zip(dated, range(len(dated)), strict=True))
    ranks = list(map(rank.__getitem__, whens))
    order = list(range(len(whens) - 1, -1, -1))  # latest added first
    order.sort(key=ranks.__getitem__, reverse=True)  # stable: equal ranks keep that order
    return order


class RecordSearch:
    """One record's search, kept between keystrokes (see the module's words).

    Every method takes the plan: the record is read as it is now, whatever changed it.
    """

    def __init__(self) -> None:
        self._forget()

    def _forget(self) -> None:
        """Know nothing of the record (it is read again at the next look)."""
        # In record order: the entries as last seen (the same objects), their revisions, dates
        # and folded texts (the first ``_ready`` of them folded; the others when needed).
        self._entries: list[LogEntry] = []
        self._revisions: list[int] = []
        self._whens: list[str] = []
        self._folded: list[str] = []
        self._ready = 0
        self._place_of: dict[int, int] | None = None  # id() of each entry: its place, once asked
        self._names: tuple[dict[str, str], dict[str, str]] = ({}, {})
        self._shown: list[LogEntry] = []  # the entries newest first
        self._order: list[int] | None = []  # their places, until an entry is moved on its own
        self._shown_folded: list[str] | None = None  # their folded texts, once all are folded
        self._last: tuple[str, list[LogEntry], list[str]] = ("", [], [])  # the last search

    @property
    def ready(self) -> bool:
        """True when every entry seen at the last look is folded (a search folds none)."""
        return self._shown_folded is not None

    def look(self, doc: PlanDocument) -> None:
        """Read the record of ``doc`` as it is now (each entry's revision and date, the
        newest-first order), so that the next search reads only what changed after.

        Called by the thread that opened the plan, while nothing else can see it yet, and by the
        record screen after a removal, so that the entry's text is not kept until the next
        search.
        """
        self._catch_up(doc)

    def search(self, doc: PlanDocument, text: str) -> list[LogEntry]:
        """Return the entries of ``doc`` that ``text`` finds, as search_entries does."""
        needle = _folded(text.strip())
        self._catch_up(doc)
        if not needle:
            return list(self._shown)
        shown_folded = self._fold_all(doc)
        last, last_found, last_folded = self._last
        if last and last in needle:  # it can only find what the last search found
            entries, folded = last_found, last_folded
        else:
            entries, folded = self._shown, shown_folded
        hits = list(map(operator.contains, folded, itertools.repeat(needle)))
        if not all(hits):  # (when all are found, the lists are kept as they are)
            entries = list(itertools.compress(entries, hits))
            folded = list(itertools.compress(folded, hits))
        self._last = (needle, entries, folded)  # changed only after a change resets it
        return list(entries)

    def prepare(self, doc: PlanDocument, count: int) -> bool:
        """Fold up to ``count`` more entries ahead of a search; return True when all are."""
        self._catch_up(doc)
        self._fold_next(doc, count)
        if self._ready == len(self._entries):
            self._fold_all(doc)
        return self.ready

    # --- folding ----------------------------------------------------------------------------

    def _fold_next(self, doc: PlanDocument, count: int) -> None:
        """Fold the next ``count`` entries not folded yet (the record as just caught up)."""
        end = min(self._ready + count, len(self._entries))
        if end > self._ready:
            self._folded[self._ready:end] = _fold(_searched_texts(doc, range(self._ready, end)))
            self._ready = end

    def _fold_all(self, doc: PlanDocument) -> list[str]:
        """The shown entries' folded texts, folding now those not folded yet."""
        if self._shown_folded is None:
            self._fold_next(doc, len(self._entries))
            order = self._order
            if order is None:
                order = list(map(self._places().__getitem__, map(id, self._shown)))
            self._shown_folded = list(map(self._folded.__getitem__, order))
        return self._shown_folded

    def _places(self) -> dict[int, int]:
        """Each entry's place in the record as last seen, by its id() (they are all alive)."""
        if self._place_of is None:
            entries = self._entries
            self._place_of = dict(zip(map(id, entries), range(len(entries)), strict=True))
        return self._place_of

    # --- keeping up with the record ---------------------------------------------------------

    def _catch_up(self, doc: PlanDocument) -> None:
        """Make again what changed in ``doc`` since the last look (nothing, most times)."""
        log = doc.log
        names = ({p.id: p.name for p in doc.people},
                 {a.id: a.name for a in doc.attachments.values()})
        stamps = revisions(log)
        same = len(log) == len(self._entries) and all(map(operator.is_, log, self._entries))
        if same and stamps == self._revisions and names == self._names:
            return
        self._last = ("", [], [])
        gone, added, changed = self._align(log, stamps)
        kept = len(log) - len(added)
        if names != self._names and kept:
            changed = sorted({*changed, *itertools.takewhile(kept.__gt__, _naming(log))})
        self._revisions, self._names = stamps, names
        whens = text_column(list(map(log.__getitem__, changed)), "when")
        moved = list(itertools.compress(
            changed, map(operator.ne, whens, map(self._whens.__getitem__, changed))))
        for place, when in zip(changed, whens, strict=True):
            self._whens[place] = when
        self._whens[kept:] = text_column(log[kept:], "when")
        self._refold(doc, [place for place in changed if place < self._ready])
        if self._shown_folded is not None and self._ready == kept and len(added) <= _FEW:
            self._fold_next(doc, len(added))  # all were folded: keep it so
        elif self._ready < len(log):
            self._shown_folded = None
        if len(gone) + len(moved) + len(added) > _FEW:
            self._order = newest_first(self._whens)
            self._shown = list(map(log.__getitem__, self._order))
            self._shown_folded = None
        elif gone or moved or added:
            self._order = None
            for entry in [*gone, *map(log.__getitem__, moved)]:
                self._take_out(entry)
            for place in moved:
                self._put_in(place)
            for place in added:  # after every entry shown: the first of its date and time
                self._put_in(place, latest=True)

    def _align(self, log: list[LogEntry],
               stamps: list[int]) -> tuple[list[LogEntry], list[int], list[int]]:
        """Make the record-order lists follow ``log``; return the entries gone, the places of
        the entries added (at the end) and the places of the others that changed."""
        old = self._entries
        cut = _first_difference(log, old)
        gone: list[LogEntry] = []
        if cut == len(old):  # the same entries, maybe some added after them
            pass
        elif len(log) == len(old) - 1 and all(map(operator.is_, log[cut:], old[cut + 1:])):
            gone = [old[cut]]  # one removed
            for column in (self._revisions, self._whens, self._folded):
                del column[cut]
            if cut < self._ready:
                self._ready -= 1
        else:  # another record, or many changes at once: read it all again
            self._forget()
        kept = len(self._revisions)
        self._entries, self._place_of = list(log), None
        self._whens += [""] * (len(log) - kept)
        self._folded += [""] * (len(log) - kept)
        changed = list(itertools.compress(range(kept),
                                          map(operator.ne, stamps, self._revisions)))
        return gone, list(range(kept, len(log))), changed

    def _refold(self, doc: PlanDocument, places: list[int]) -> None:
        """Fold again the texts of the entries at ``places`` (all folded before)."""
        if not places:
            return
        for place, folded in zip(places, _fold(_searched_texts(doc, places)), strict=True):
            self._folded[place] = folded
        if self._shown_folded is None:
            return
        if len(places) > _FEW:
            self._shown_folded = None
            return
        for place in places:
            self._shown_folded[_position(self._shown, self._entries[place])] = \
                self._folded[place]

    def _take_out(self, entry: LogEntry) -> None:
        """Take ``entry`` out of the newest-first order."""
        position = _position(self._shown, entry)
        del self._shown[position]
        if self._shown_folded is not None:
            del self._shown_folded[position]

    def _put_in(self, place: int, latest: bool = False) -> None:
        """Put the entry at ``place`` in the newest-first order, where newest_first would
        (``latest``: it comes after every entry shown in the record, as an added one does)."""
        shown = self._shown
        rank = _rank(self._whens[place])
        start = _bisect(len(shown), lambda i: _rank(shown[i].when) > rank)
        position = start
        end = start if latest else _bisect(len(shown), lambda i: _rank(shown[i].when) >= rank,
                                           start)
        if start < end:  # the same date and time: the later-added first
            places = self._places()
            position = _bisect(end, lambda i: places[id(shown[i])] > place, start)
        shown.insert(position, self._entries[place])
        if self._shown_folded is not None:
            self._shown_folded.insert(position, self._folded[place])


def _rank(when: str) -> tuple[bool, str]:
    """Where a date sorts: dated entries by date, then the others (newest_first's key)."""
    dated = bool(when) and is_valid_when(when)
    return (dated, when if dated else "")


def _bisect(end: int, before: Callable[[int], bool], start: int = 0) -> int:
    """The first position in [start, end) for which ``before`` is False (``before`` holds for
    a first run of positions, then no more)."""
    while start < end:
        middle = (start + end) // 2
        if before(middle):
            start = middle + 1
        else:
            end = middle
    return start


def _position(entries: list[LogEntry], entry: LogEntry) -> int:
    """Where ``entry`` itself is in ``entries``, in one pass in C (== would compare fields)."""
    return list(map(operator.is_, entries, itertools.repeat(entry))).index(True)


def _first_difference(a: list[LogEntry], b: list[LogEntry]) -> int:
    """The first place where ``a`` and ``b`` hold different objects, or the shorter length."""
    same = list(map(operator.is_, a, b))
    return same.index(False) if False in same else len(same)


def _fold(texts: list[str]) -> list[str]:
    """The entries' texts folded for searching, all in one pass."""
    # The gaps cannot be typed in the search field and no field holds them (hidden characters
    # are removed), so no match spans two fields or entries, and nothing composes over them.
    folded = _folded(_ENTRY_GAP.join(texts)).split(_ENTRY_GAP)
    if len(folded) != len(texts):  # cannot happen with clean text; never match wrongly
        folded = list(map(_folded, texts))
    return folded


def _folded(text: str) -> str:
    # NFC first so "é" typed as one or two code points matches; casefold handles "ß", "Σ" etc.
    return unicodedata.normalize("NFC", text).casefold()


def _naming(log: list[LogEntry]) -> list[int]:
    """The places of the entries that name people or files (most entries name none)."""
    return [index for index, obj in enumerate(stored_objects(log))
            if "people" in obj or "attachments" in obj]


def _searched_texts(doc: PlanDocument, places: Iterable[int]) -> list[str]:
    """The entries' at ``places``: date, place, note, people's names and file names, in one
    text a field."""
    entries = list(map(doc.log.__getitem__, places))
    columns = (text_column(entries, key) for key in ("when", "where", "what"))
    texts = list(map(_FIELD_GAP.join, zip(*columns, strict=True)))
    names = {p.id: p.name for p in doc.people}
    files = {a.id: a.name for a in doc.attachments.values()}
    for index, obj in enumerate(stored_objects(entries)):
        if "people" in obj or "attachments" in obj:
            more = [names.get(pid, "") for pid in obj.get("people", ())]
            more += [files[a] for a in obj.get("attachments", ()) if a in files]
            texts[index] = _FIELD_GAP.join([texts[index], *more])
    return texts
