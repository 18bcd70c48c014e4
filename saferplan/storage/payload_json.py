"""The payload's JSON text: the record's entries on lines of their own, read a line at a time.

orjson reads and writes a whole JSON text in one call that keeps Python's lock: 83 ms for a
record of 100,000 entries, all that time with the GUI thread, and the quick exit with it,
waiting while a worker opens the plan. So the writer puts the record's entries on lines of
their own, ``LINE_ENTRIES`` to a line (fewer if they are long), after everything else:

    {"saferplan":3, … ,"written_by":"0.1.0","log":[
    {"id":"e1",…},{"id":"e2",…},…,{"id":"e1000",…},
    {"id":"e1001",…},…
    ]}

and the reader reads each line in a call of its own (a few milliseconds at most). The
newlines are JSON whitespace: any JSON reader reads the text as it always did, and this reader
reads any other JSON text (files written before, or by other programs) whole.

A text is read by lines only if that gives exactly what reading it whole would. A newline
cannot stand inside a JSON string (it must be written ``\\n`` there), so when the part before
the first newline and every line each read on their own, every newline lies between values.
The part before the first newline must end by opening the array of the key ``"log"`` of the
outer object, found with a stand-in value: the one key holding the stand-in, then closed at
once. A line is read two levels down, as it lies in the whole text, so that one nested too
deeply is refused as it would be there. Anything else (no newline, a line that does not read,
a key given twice around the array, a different ending, far more lines than the writer makes)
is read whole, and refused if the whole does not read either.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any, Final

import orjson

from saferplan.storage.chunks import Buffer

LOG_KEY: Final = "log"
# A line holds this many entries, or fewer when they make more than LINE_BYTES of JSON: reading
# one line keeps Python's lock a few milliseconds at most.
LINE_ENTRIES: Final = 1000
LINE_BYTES: Final = 1 << 18
# The writer's lines are far longer on average: a text with more lines than one for every this
# many bytes is read whole (a text of little more than newlines would otherwise be read in
# millions of calls).
MIN_LINE_BYTES: Final = 1024
_END: Final = b"\n]}"
_STAND_IN: Final = "\x00log lines"
_STAND_IN_CLOSE: Final = orjson.dumps(_STAND_IN) + b"]}"
_NEWLINE: Final = re.compile(b"\n")


def dumps(plan: dict[str, Any]) -> bytes:
    """Compact UTF-8 JSON of ``plan``; a non-empty record comes last, its entries on lines."""
    log = plan.get(LOG_KEY)
    if not isinstance(log, list) or not log:
        return orjson.dumps(plan)
    rest = {key: value for key, value in plan.items() if key != LOG_KEY}
    # Written piece by piece into one growing buffer, whose bytes getvalue hands over without
    # a copy: a join, or a copy of a bytearray, would take new memory for all 16 MB of a
    # 100,000-entry record again (three times the time of orjson's own whole text here).
    out = io.BytesIO()
    out.write(memoryview(orjson.dumps({**rest, LOG_KEY: []}))[:-2])  # up to "log":[
    separator = b"\n"
    for start in range(0, len(log), LINE_ENTRIES):
        for line in _arrays(log[start:start + LINE_ENTRIES]):
            out.write(separator)
            out.write(memoryview(line)[1:-1])
            separator = b",\n"
    out.write(_END)
    return out.getvalue()


def _arrays(entries: list[Any]) -> Iterator[bytes]:
    """JSON arrays of ``entries`` in order, each of at most LINE_BYTES (or of one entry)."""
    text = orjson.dumps(entries)
    if len(text) <= LINE_BYTES or len(entries) == 1:
        yield text
        return
    half = len(entries) // 2
    yield from _arrays(entries[:half])
    yield from _arrays(entries[half:])


def loads(text: Buffer) -> Any:
    """The value of JSON ``text``, read by lines when it has the writer's layout (the same
    value as read whole); ValueError if it is not JSON."""
    by_lines = _read_by_lines(memoryview(text))
    return orjson.loads(text) if by_lines is None else by_lines


def _read_by_lines(view: memoryview) -> dict[str, Any] | None:
    """The outer object read line by line, or None if the text is not laid out for that."""
    last = len(view) - len(_END)  # where the last line ends
    first = _NEWLINE.search(view)
    if first is None or first.start() >= last or view[last:].tobytes() != _END:
        return None
    try:
        outer = orjson.loads(b"".join((view[:first.start()], _STAND_IN_CLOSE)))
        if not isinstance(outer, dict):
            return None
        holding = [key for key, value in outer.items() if value == [_STAND_IN]]
        entries = _entries(view, first.start(), last) if holding == [LOG_KEY] else None
    except ValueError:
        return None
    if entries is None:
        return None
    outer[LOG_KEY] = entries
    return outer


def _entries(view: memoryview, start: int, last: int) -> list[Any] | None:
    """The entries of the lines from the newline at ``start`` to the one at ``last``, each
    line read on its own; None if a line holds no entry, its comma is missing or extra, or
    the lines are too many for the text's length."""
    entries: list[Any] = []
    for _ in range(len(view) // MIN_LINE_BYTES + 2):
        found = _NEWLINE.search(view, start + 1)
        end = last if found is None else found.start()  # found: the last newline at least
        comma = view[end - 1] == ord(",")
        if comma == (end == last):  # every line but the last ends with a comma
            return None
        # Two levels down, as in the whole text ({ and [): as deep a line is refused as there.
        line = orjson.loads(b"".join((b"[[", view[start + 1:end - comma], b"]]")))[0]
        if not line:  # only spaces: two commas in a row, read whole, are not JSON
            return None
        entries += line
        if end == last:
            return entries
        start = end
    return None
