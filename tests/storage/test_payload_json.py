"""The payload's JSON: the record's entries on lines of their own, read a line at a time,
always to the value the whole text has (or refused as the whole text would be)."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage.conftest import PASS, make_doc

from saferplan.model import LogEntry
from saferplan.storage import TEST_KDF, PlanFile, payload_json
from saferplan.storage.plan_bytes import plan_json

_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_ENTRY = st.dictionaries(_TEXT, _TEXT | st.integers(-5, 5) | st.lists(_TEXT, max_size=2),
                         max_size=3)
_PLAN = st.fixed_dictionaries({"saferplan": st.just(3), "language": _TEXT,
                               "log": st.lists(_ENTRY, max_size=7)},
                              optional={"written_by": _TEXT, "people": st.lists(_ENTRY)})


def _outcome(read: Any, text: bytes) -> object:
    """What reading ``text`` gives: its value, or that it was refused."""
    try:
        return read(text)
    except ValueError:
        return "refused"


@pytest.fixture
def small_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(payload_json, "LINE_ENTRIES", 2)


_FIXTURE_OK = [HealthCheck.function_scoped_fixture]  # the fixture only sets a constant


@settings(max_examples=200, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(plan=_PLAN)
def test_any_plan_reads_back_the_same_by_lines_and_whole(small_lines: None,
                                                         plan: dict[str, Any]) -> None:
    text = payload_json.dumps(plan)
    assert payload_json.loads(text) == plan
    assert orjson.loads(text) == plan  # any JSON reader: the newlines are only spaces
    assert text.count(b"\n") == (0 if not plan["log"] else (len(plan["log"]) + 1) // 2 + 1)


_EDITS = st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(
    [b"\n", b",", b"", b" ", b"]", b"[", b'"', b"\\", b'"log":[', b"{}", b"\n]}", b",\n",
     b'],"x":1}', b'"\\u0000log lines"']),
    st.integers(0, 3)), min_size=1, max_size=4)


@settings(max_examples=600, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(plan=_PLAN, edits=_EDITS)
def test_a_changed_text_reads_as_it_would_whole_or_is_refused_as_whole(
        small_lines: None, plan: dict[str, Any], edits: list[tuple[int, bytes, int]]) -> None:
    text = payload_json.dumps(plan)
    for place, put, cut in edits:  # put bytes in, or cut some out, anywhere
        place %= len(text) + 1
        text = text[:place] + put + text[place + cut:]
    assert _outcome(payload_json.loads, text) == _outcome(orjson.loads, text)


@pytest.mark.parametrize("text", [
    # the array after the last newline belongs to another key, given twice around "log"
    b'{"k":0,"log":[],"k":[\n{"a":1},\n{"b":2}\n]}',
    # another key holding what the reader puts in to find the array's key
    b'{"log":["\\u0000log lines"],"k":[\n{"a":1}\n]}',
    # more after the array, or after the object
    b'{"log":[\n{"a":1}\n],"x":1}',
    b'{"log":[\n{"a":1}\n]}]',
    # a key that only ends like "log"
    b'{"log":[],"x\\"log":[\n{"a":1}\n]}',
    # two commas in a row, a trailing comma, a line with no entry
    b'{"log":[\n{"a":1},\n ,\n{"b":2}\n]}',
    b'{"log":[\n{"a":1},\n{"b":2},\n]}',
    b'{"log":[\n\n]}',
    # the array opened inside another object, a value before the array's first line
    b'{"x":{"log":[\n{"a":1}\n]}',
    b'{"log":[1,\n{"a":1}\n]}',
    # a newline inside a string, which JSON does not allow
    b'{"log":[\n{"a":"x\n"}\n]}',
    # the written layout, read whole because it is whole JSON all the same
    b'{"a":1,"log":[\n{"a":1},{"b":2},\n{"c":3}\n]}',
    b'{"a":1,"log":[{"a":1}]}',
])
def test_texts_near_the_layout_read_as_they_would_whole(text: bytes) -> None:
    assert _outcome(payload_json.loads, text) == _outcome(orjson.loads, text)


def test_the_record_is_read_a_line_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """No single read is given the whole record: each call keeps Python's lock (83 ms for one
    call at 100,000 entries, while the GUI thread waits)."""
    doc = make_doc()
    doc.log = [LogEntry(when="2026-11-01T21:30", what=f"entry {i}", id=f"e{i}")
               for i in range(3 * payload_json.LINE_ENTRIES + 1)]
    text = plan_json(doc)
    sizes: list[int] = []
    real = orjson.loads

    def counted(data: Any) -> Any:
        sizes.append(len(data))
        return real(data)

    monkeypatch.setattr(payload_json.orjson, "loads", counted)
    last = f"entry {3 * payload_json.LINE_ENTRIES}"
    assert payload_json.loads(text)["log"][-1]["what"] == last
    assert len(sizes) == 5  # what comes before the record, then four lines
    assert max(sizes) < len(text) / 2


def test_a_saved_record_opens_entry_for_entry(tmp_path: Any) -> None:
    doc = make_doc()
    doc.log = [LogEntry(when=f"2026-11-{1 + i % 28:02d}", what=f"said {i}\nthen left",
                        where="near the station", id=f"e{i}")
               for i in range(payload_json.LINE_ENTRIES + 3)]
    path = tmp_path / "plan.dat"
    PlanFile.create(path, PASS, doc, TEST_KDF).close()
    opened, reopened = PlanFile.unlock(path, PASS)
    try:
        assert [e.what for e in reopened.log] == [e.what for e in doc.log]
        assert [e.id for e in reopened.log] == [e.id for e in doc.log]
    finally:
        opened.close()


def test_a_plan_with_no_record_entries_is_one_line() -> None:
    doc = make_doc()
    doc.log = []
    assert b"\n" not in plan_json(doc)

