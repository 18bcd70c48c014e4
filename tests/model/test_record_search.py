"""The record's search kept between keystrokes (model/record_search.py): always the answer of
the entry-by-entry way, however the record changed since the last search."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_record import PNG, TODAY, doc_with_people

from saferplan.model import (
    LogEntry,
    PlanDocument,
    add_attachment,
    add_entry,
    entries_newest_first,
    is_valid_when,
    remove_attachment,
    remove_entry,
    search_entries,
)
from saferplan.model import record_search as search_module
from saferplan.model.record_search import RecordSearch


def _newest_first_one_by_one(doc: PlanDocument) -> list[LogEntry]:
    """The order as it was first written: a sort key for each entry."""
    def key(item: tuple[int, LogEntry]) -> tuple[bool, str, int]:
        index, entry = item
        dated = bool(entry.when) and is_valid_when(entry.when)
        return (dated, entry.when if dated else "", index)

    return [entry for _, entry in sorted(enumerate(doc.log), key=key, reverse=True)]


def _search_one_by_one(doc: PlanDocument, text: str) -> list[str]:
    """The search as it was first written: each entry folded on its own."""
    def folded(value: str) -> str:
        return unicodedata.normalize("NFC", value).casefold()

    needle = folded(text.strip())
    names = {p.id: p.name for p in doc.people}
    found = []
    for entry in _newest_first_one_by_one(doc):
        fields = [entry.when, entry.where, entry.what, *(names.get(p, "") for p in entry.people),
                  *(doc.attachments[a].name for a in entry.attachments)]
        if needle in folded("\x1f".join(fields)):
            found.append(entry.id)
    return found


def ids(entries: list[LogEntry]) -> list[str]:
    return [e.id for e in entries]


@pytest.fixture
def folds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many entries each fold folded (1 for a search text), in the order they came."""
    counts: list[int] = []
    fold = search_module._folded

    def counting(text: str) -> str:
        counts.append(text.count(search_module._ENTRY_GAP) + 1)
        return fold(text)

    monkeypatch.setattr(search_module, "_folded", counting)
    return counts


def test_search_folds_the_whole_record_in_one_pass_and_matches_no_text_across_fields(
        folds: list[int]) -> None:
    doc = PlanDocument()
    for n in range(10):
        add_entry(doc, "2025-01-02", f"Place {n}", f"Note {n}")
    assert [e.where for e in search_entries(doc, "PLACE 3")] == ["Place 3"]
    assert folds == [1, 10]  # the search text, then all the entries at once
    assert search_entries(doc, "3Note") == []  # "Place 3" + "Note 3": no match
    assert search_entries(doc, "Note 92025") == []  # nor across two entries


def test_a_kept_search_folds_only_the_search_text_then_only_the_entry_edited(
        folds: list[int]) -> None:
    doc = PlanDocument()
    for n in range(50):
        add_entry(doc, "2025-01-02", f"Place {n}", f"Note {n}")
    search = RecordSearch()
    assert len(search.search(doc, "p")) == 50
    folds.clear()
    assert ids(search.search(doc, "place 4")) == [f"e{n}" for n in range(50, 40, -1)] + ["e5"]
    assert folds == [1]  # the search text only
    doc.log[10].what = "Shouted at the door"
    folds.clear()
    assert ids(search.search(doc, "SHOUTED")) == ["e11"]  # found right after the edit
    assert folds == [1, 1]  # the search text, then the one entry edited
    doc.log[10].what = "Left quietly"
    assert search.search(doc, "shouted") == []  # the old text is no longer found


def test_entries_added_or_removed_are_found_or_not() -> None:
    doc = doc_with_people()
    search = RecordSearch()
    first = add_entry(doc, "2026-01-01", "Market", "asked for papers")
    assert ids(search.search(doc, "papers")) == [first.id]
    second = add_entry(doc, "2026-02-01", "", "more papers")
    assert ids(search.search(doc, "papers")) == [second.id, first.id]  # newest first
    remove_entry(doc, first.id)
    assert ids(search.search(doc, "papers")) == [second.id]
    doc.log = []  # a whole new record
    assert search.search(doc, "papers") == []
    assert search.search(doc, "") == []


def test_new_names_of_people_and_files_are_found() -> None:
    doc = doc_with_people()
    photo = add_attachment(doc, "door.png", "image/png", PNG, TODAY)
    with_person = add_entry(doc, "2026-01-01", people=["p1"])
    with_photo = add_entry(doc, "2026-01-02", attachments=[photo.id])
    search = RecordSearch()
    assert ids(search.search(doc, "lan")) == [with_person.id]
    doc.people[0].name = "Mai"  # renamed on the people screen
    assert search.search(doc, "lan") == []
    assert ids(search.search(doc, "mai")) == [with_person.id]
    assert ids(search.search(doc, "door")) == [with_photo.id]
    remove_attachment(doc, photo.id)
    assert search.search(doc, "door") == []


def test_a_new_date_moves_the_entry_in_the_order() -> None:
    doc = PlanDocument()
    old, new = add_entry(doc, "2026-01-01", "Here"), add_entry(doc, "2026-02-01", "Here")
    search = RecordSearch()
    assert search.search(doc, "here") == [new, old]
    old.when = "2026-03-01"
    assert search.search(doc, "here") == [old, new]


def test_a_longer_search_text_still_finds_an_entry_edited_since_the_shorter_one() -> None:
    doc = PlanDocument()
    entry = add_entry(doc, "2026-01-01", "", "nothing")
    search = RecordSearch()
    assert search.search(doc, "ab") == []
    entry.what = "abc"
    assert search.search(doc, "abc") == [entry]  # not only among what "ab" found


def test_each_result_is_a_new_list() -> None:
    doc = PlanDocument()
    add_entry(doc, "2026-01-01", "", "abc")
    search = RecordSearch()
    search.search(doc, "a").clear()
    search.search(doc, "").clear()
    assert len(search.search(doc, "ab")) == 1
    assert len(search.search(doc, "")) == 1


_WHENS = st.sampled_from(["", "2026-11-01", "2026-11-01T08:00", "2026-02-30", "last spring",
                          "2025-12-31T23:59", "2026-11-01"])
_WORDS = st.text(st.sampled_from("aAßSsẞeéE\u0301 ΣσςİiıI5-\n"), max_size=6)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_WHENS, _WORDS, _WORDS, st.booleans()), max_size=12), _WORDS)
def test_order_and_search_are_those_of_the_entry_by_entry_way(
        rows: list[tuple[str, str, str, bool]], text: str) -> None:
    doc = doc_with_people()
    for when, where, what, named in rows:
        add_entry(doc, when if is_valid_when(when) else "", where, what,
                  people=["p1"] if named else [])
        doc.log[-1].when = when  # free text, as older files have
    assert entries_newest_first(doc) == _newest_first_one_by_one(doc)
    assert [e.id for e in search_entries(doc, text)] == _search_one_by_one(doc, text)


_CHANGES = st.one_of(
    st.tuples(st.just("when"), st.integers(0, 20), _WHENS),
    st.tuples(st.sampled_from(["where", "what"]), st.integers(0, 20), _WORDS),
    st.tuples(st.just("add"), _WHENS, _WORDS),
    st.tuples(st.just("remove"), st.integers(0, 20)),
    st.tuples(st.just("name"), _WORDS),
    st.tuples(st.just("people"), st.integers(0, 20), st.booleans()),
    st.tuples(st.just("search"), _WORDS),
)


def _change(doc: PlanDocument, change: tuple[object, ...]) -> None:
    kind, *args = change
    if kind == "add":
        when, what = str(args[0]), str(args[1])
        add_entry(doc, when if is_valid_when(when) else "", "", what)
        doc.log[-1].when = when
    elif kind == "name":
        doc.people[0].name = str(args[0])
    elif doc.log and kind != "search":
        entry = doc.log[int(str(args[0])) % len(doc.log)]
        if kind == "remove":
            remove_entry(doc, entry.id)
        elif kind == "people":
            entry.people = ["p1"] if args[1] else []
        else:
            setattr(entry, str(kind), args[1])


@pytest.mark.parametrize("few", [0, 2, 32])  # the order made again, or moved entry by entry
@settings(max_examples=100, deadline=None)
@given(rows=st.lists(st.tuples(_WHENS, _WORDS, _WORDS), max_size=8),
       changes=st.lists(_CHANGES, max_size=12), prepared=st.integers(0, 9),
       looked=st.booleans())
def test_a_kept_search_answers_as_the_entry_by_entry_way_after_any_changes(
        few: int, rows: list[tuple[str, str, str]], changes: list[tuple[object, ...]],
        prepared: int, looked: bool) -> None:
    doc = doc_with_people()
    for when, where, what in rows:
        add_entry(doc, "", where, what)
        doc.log[-1].when = when
    search = RecordSearch()
    typed = ""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_module, "_FEW", few)
        if looked:
            search.look(doc)  # as when the plan was opened
        search.prepare(doc, prepared)  # some entries folded ahead, maybe not all
        for change in changes:
            _change(doc, change)
            typed = str(change[1]) if change[0] == "search" else typed + "s"
            assert ids(search.search(doc, typed)) == _search_one_by_one(doc, typed)
            assert ids(search.search(doc, "")) == _search_one_by_one(doc, "")


def test_prepare_folds_ahead_in_steps_then_a_search_folds_only_its_text(
        folds: list[int]) -> None:
    doc = PlanDocument()
    for n in range(10):
        add_entry(doc, "2025-01-02", f"Place {n}", f"Note {n}")
    search = RecordSearch()
    assert not search.prepare(doc, 4)
    assert not search.prepare(doc, 4)
    assert search.prepare(doc, 4)
    assert folds == [4, 4, 2]
    assert search.ready
    folds.clear()
    assert ids(search.search(doc, "place 3")) == ["e4"]
    assert folds == [1]
    add_entry(doc, "2025-01-03", "Place 30")
    assert ids(search.search(doc, "place 3")) == ["e11", "e4"]
    assert folds == [1, 1, 1]  # the text, the new entry; the text again
    assert search.ready


def _record(rows: list[tuple[str, str, str]], name: str = "Lan Nguyễn") -> PlanDocument:
    doc = doc_with_people()
    doc.people[0].name = name
    for when, where, what in rows:
        add_entry(doc, "", where, what, people=["p1"])
        doc.log[-1].when = when
    return doc


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.tuples(_WHENS, _WORDS, _WORDS), max_size=8),
       more=st.lists(st.tuples(_WHENS, _WORDS, _WORDS), max_size=4),
       name=_WORDS, text=_WORDS, looked=st.booleans())
def test_a_search_handed_another_record_answers_for_that_record(
        rows: list[tuple[str, str, str]], more: list[tuple[str, str, str]], name: str,
        text: str, looked: bool) -> None:
    # As when changes a lock could not save are brought back at the next unlock: the same
    # entries' ids, in new objects, maybe more entries and other names.
    first, second = _record(rows), _record(rows + more, name)
    search = RecordSearch()
    if looked:
        search.look(first)  # as when the plan was opened
    else:
        search.search(first, text)
    assert ids(search.search(second, text)) == _search_one_by_one(second, text)
    assert ids(search.search(second, "")) == _search_one_by_one(second, "")
    assert ids(search.search(first, text)) == _search_one_by_one(first, text)
