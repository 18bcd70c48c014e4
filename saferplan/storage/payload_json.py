"""The payload's JSON text: the record's entries on lines of their own, read a line at a time.

orjson reads and writes a whole JSON text in one call that keeps Python's lock: 83 ms for a
record of 100,000 entries, all that time with the GUI thread, and the quick exit with it,
waiting while a worker opens the plan. So the writer puts the record's entries on lines of
their own, ``LINE_ENTRIES`` to a line, after everything else:

    {"saferplan":3, … ,"written_by":"0.1.0","log":[
    {"id":"e1",…},{"id":"e2",…},…,{"id":"e1000",…},
    {"id":"e1001",…},…
    ]}

and the reader reads each line in a call of its own (under 1 ms each). The newlines are JSON
whitespace: any JSON reader reads the text as it always did, and this reader reads any other
JSON text (files written before, or by other programs) whole.

A text is read by lines only if that gives exactly what reading it whole would. A newline
cannot stand inside a JSON string (it must be written ``\\n`` there), so when the part before
the first newline and every line each read on their own, every newline lies between values.
The part before the first newline must end by opening the array of the key ``"log"`` of the
outer object, found with a stand-in value: the one key holding the stand-in, then closed at
once. Anything else (no newline, a line that does not read, a key given twice around the
array, a different ending) is read whole, and refused if the whole does not read either.
"""

from __future__ import annotations

import io
import itertools
import re
from typing import Any, Final

import orjson

from saferplan.storage.chunks import Buffer

LOG_KEY: Final = "log"
# Entries per line: reading one line keeps Python's lock under a millisecond for entries of
# ordinary length.
LINE_ENTRIES: Final = 1000
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
    for start in range(0, len(log), LINE_ENTRIES):
        out.write(b"\n" if start == 0 else b",\n")
        out.write(memoryview(orjson.dumps(log[start:start + LINE_ENTRIES]))[1:-1])
    out.write(_END)
    return out.getvalue()


def loads(text: Buffer) -> Any:
    """The value of JSON ``text``, read by lines when it has the writer's layout (the same
    value as read whole); ValueError if it is not JSON."""
    by_lines = _read_by_lines(memoryview(text))
    return orjson.loads(text) if by_lines is None else by_lines


def _read_by_lines(view: memoryview) -> dict[str, Any] | None:
    """The outer object read line by line, or None if the text is not laid out for that."""
    newlines = [match.start() for match in _NEWLINE.finditer(view)]
    if len(newlines) < 2 or view[newlines[-1]:].tobytes() != _END:
        return None
    try:
        outer = orjson.loads(b"".join((view[:newlines[0]], _STAND_IN_CLOSE)))
        entries = _lines(view, newlines)
    except ValueError:
        return None
    if not isinstance(outer, dict) or entries is None:
        return None
    holding = [key for key, value in outer.items() if value == [_STAND_IN]]
    if holding != [LOG_KEY]:
        return None
    outer[LOG_KEY] = entries
    return outer


def _lines(view: memoryview, newlines: list[int]) -> list[Any] | None:
    """The entries of the lines between the first and last newline, each line read on its
    own; None if a line holds no entry or its comma is missing or extra."""
    entries: list[Any] = []
    last = len(newlines) - 2
    for number, (start, end) in enumerate(itertools.pairwise(newlines)):
        comma = view[end - 1] == ord(",")
        if comma != (number < last):
            return None
        line = orjson.loads(b"".join((b"[", view[start + 1:end - comma], b"]")))
        if not line:  # only spaces: two commas in a row, read whole, are not JSON
            return None
        entries += line
    return entries
