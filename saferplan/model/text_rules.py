"""What text a plan may hold: the one set of rules for phone numbers and hidden characters.

Used by the plan JSON reader (refuse, with the field's path), the stored-file reader and the
model (remove), the GUI (a validator and a calm message) and the PDF renderer (remove before
drawing, in case anything got past the others). No Qt.

The rules (docs/plan-json.md, "Text"):

- A phone number holds ASCII digits, spaces and ``+ - ( ) .``, then optionally ONE extension:
  a marker ``x``, ``ext`` or ``ext.`` (any case) or a run of ``,`` / ``;`` (a phone's pause and
  wait), followed by digits and spaces. Nothing else: no letters, no ``*`` or ``#``, no
  invisible characters. Digits of other scripts and full-width forms are turned into ASCII
  digits when text is cleaned (they are the same numbers), but refused on import, where the
  author should see exactly what will be printed.
- Hidden characters that can make text show something other than what is stored are removed
  or refused everywhere: the bidirectional embeddings, overrides and isolates (U+202A-202E,
  U+2066-2069), C0 and C1 controls (U+0000-001F, U+007F-009F), and U+2028/U+2029.
- One-line fields (names, numbers, titles, places, short answers) also lose TAB, CR, LF and
  the direction marks U+200E, U+200F and U+061C, which can reorder a number's digit groups.
- Multi-line fields (notes, long answers, the record's text) keep TAB, LF and CR, and keep
  the direction marks, which right-to-left writing sometimes needs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from saferplan.model.document import PlanDocument


class TextKind(Enum):
    """Which rule a field follows."""

    ONE_LINE = "one_line"
    MULTI_LINE = "multi_line"
    PHONE = "phone"


# Embeddings, overrides (U+202A-202E) and isolates (U+2066-2069): never needed in a plan.
BIDI_CONTROLS: Final = frozenset(chr(c) for c in [*range(0x202A, 0x202F),
                                                  *range(0x2066, 0x206A)])
# Direction marks: needed in some right-to-left prose, never in a name or a number.
DIRECTION_MARKS: Final = frozenset({"\u200e", "\u200f", "\u061c"})
_C0_C1: Final = frozenset(chr(c) for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)])
_LINE_SEPARATORS: Final = frozenset({"\u2028", "\u2029"})
_MULTI_LINE_KEEPS: Final = frozenset({"\t", "\n", "\r"})

HIDDEN_ANYWHERE: Final = (BIDI_CONTROLS | _C0_C1 | _LINE_SEPARATORS) - _MULTI_LINE_KEEPS
HIDDEN_ONE_LINE: Final = BIDI_CONTROLS | _C0_C1 | _LINE_SEPARATORS | DIRECTION_MARKS

PHONE_PATTERN: Final = re.compile(
    r"[0-9 +\-().]*(?:(?:ext\.?|x|[,;]+) *[0-9][0-9 ]*)?", re.IGNORECASE)
# Every character the phone rule uses ("555 e" is on the way to "555 ext 2").
PHONE_CHARACTERS: Final = frozenset("0123456789 +-().,;xXeEtT")


def _class_of(characters: frozenset[str]) -> re.Pattern[str]:
    """A compiled character class: searching and removing run in C, not per character."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(characters)) + "]")


_HIDDEN_ANYWHERE_RE: Final = _class_of(HIDDEN_ANYWHERE)
_HIDDEN_ONE_LINE_RE: Final = _class_of(HIDDEN_ONE_LINE)


def _hidden(kind: TextKind) -> re.Pattern[str]:
    return _HIDDEN_ANYWHERE_RE if kind is TextKind.MULTI_LINE else _HIDDEN_ONE_LINE_RE


def code_point(char: str) -> str:
    """Return a character's name for a message: ``U+202E`` (never the text around it)."""
    return f"U+{ord(char):04X}"


def text_problem(text: str, kind: TextKind) -> str | None:
    """Return why ``text`` cannot be stored as a field of this kind (in English), else None.

    The reason names a code point or the rule, never the text itself.
    """
    bad = _hidden(kind).search(text)
    if bad is not None:
        return (f"contains a hidden control character ({code_point(bad.group())}) that can "
                "change how the text is shown")
    if kind is TextKind.PHONE and not is_valid_phone(text):
        return ("a phone number may hold only digits, spaces and + - ( ) . "
                "with an extension after x, ext, a comma or a semicolon")
    return None


def is_valid_phone(text: str) -> bool:
    """True if ``text`` follows the phone rule exactly (empty is valid: nothing required)."""
    return PHONE_PATTERN.fullmatch(text) is not None


# The renderer keeps LRI ... PDI: the app itself puts them around a phone number in
# right-to-left text (export/plan_content.py), and they can only make text read left to right.
_HIDDEN_WHEN_DRAWN_RE: Final = _class_of(HIDDEN_ANYWHERE - {"\u2066", "\u2069"})


def _unstorable(characters: frozenset[str]) -> re.Pattern[str]:
    """A class of these characters and of every lone surrogate (only JSON escapes can make
    one, and it cannot be stored: it is not UTF-8)."""
    return re.compile(_class_of(characters).pattern[:-1] + "\ud800-\udfff]")


_UNSTORABLE_ONE_LINE: Final = _unstorable(HIDDEN_ONE_LINE)
_UNSTORABLE_MULTI_LINE: Final = _unstorable(HIDDEN_ANYWHERE)


def texts_are_clean(joined: str, kind: TextKind) -> bool:
    """True if ``joined`` (many one-line or many multi-line fields run together) holds no
    hidden character of that kind and no lone surrogate: nothing in any of them to remove or
    refuse (the phone rule is not checked). Joining cannot make or hide such a character.

    Every hidden character and every surrogate is unprintable, so printable text (the usual
    case) needs no search; other text is searched exactly, once.
    """
    if kind is TextKind.PHONE:
        raise ValueError("the phone rule is checked field by field")
    if joined.isprintable():
        return True
    unstorable = _UNSTORABLE_MULTI_LINE if kind is TextKind.MULTI_LINE else _UNSTORABLE_ONE_LINE
    return unstorable.search(joined) is None


def clean_for_drawing(text: str) -> str:
    """Text as a PDF may draw it: multi-line cleaning, keeping left-to-right isolates."""
    return _HIDDEN_WHEN_DRAWN_RE.sub("", text)


def clean_text(text: str, kind: TextKind) -> str:
    """Remove the hidden characters a field of this kind may not hold; keep everything else.

    For a phone number, also turn digits of other scripts and full-width forms into ASCII
    digits. The result may still break the phone rule (letters stay): ``text_problem`` says so.
    """
    hidden = _hidden(kind)
    if kind is TextKind.PHONE and not text.isascii():
        text = "".join(_ascii_digit(ch) for ch in text)
    elif hidden.search(text) is None:
        return text  # the usual case: searching is quicker than rebuilding the string
    return hidden.sub("", text)


def _ascii_digit(char: str) -> str:
    if char.isascii():
        return char
    if unicodedata.category(char) == "Nd":
        return str(unicodedata.decimal(char))
    folded = unicodedata.normalize("NFKC", char)
    return folded if len(folded) == 1 and folded in PHONE_CHARACTERS else char


# -- every text field of a document ---------------------------------------------------------
# Answer kinds (forms) whose text is one line; other text answers are multi-line.
ONE_LINE_ANSWER_KINDS: Final = frozenset({"short_text", "place", "money", "date"})
_ONE, _MULTI, _PHONE = TextKind.ONE_LINE, TextKind.MULTI_LINE, TextKind.PHONE
_PERSON_FIELDS: Final = (("name", _ONE), ("phone", _PHONE), ("notes", _MULTI),
                          ("address", _MULTI))
_DOCUMENT_FIELDS: Final = (("what", _ONE), ("where", _ONE), ("notes", _MULTI))
_LOG_FIELDS: Final = (("when", _ONE), ("where", _ONE), ("what", _MULTI))

# (owner, attribute, rule, list name, index, answer's question id or "")
_Field = tuple[object, str, TextKind, str, int, str]


def _fields(doc: PlanDocument, answer_kinds: Mapping[str, Mapping[str, str]] | None,
            with_log: bool = True) -> Iterator[_Field]:
    """Every free-text field of ``doc`` (plain tuples: a plan may have 300,000 of them);
    without the record's entries if not ``with_log``."""
    for i, person in enumerate(doc.people):
        for attr, kind in _PERSON_FIELDS:
            yield person, attr, kind, "people", i, ""
    for i, entry in enumerate(doc.documents):
        for attr, kind in _DOCUMENT_FIELDS:
            yield entry, attr, kind, "documents", i, ""
    for i, plan in enumerate(doc.plans):
        yield plan, "title", _ONE, "plans", i, ""
        kinds = (answer_kinds or {}).get(plan.form, {})
        for qid, answer in plan.answers.items():
            if isinstance(answer.value, str):
                kind = _ONE if kinds.get(qid) in ONE_LINE_ANSWER_KINDS else _MULTI
                yield answer, "value", kind, "plans", i, qid
    for i, log_entry in enumerate(doc.log if with_log else ()):
        for attr, kind in _LOG_FIELDS:
            yield log_entry, attr, kind, "log", i, ""
    for i, attachment in enumerate(doc.attachments.values()):
        yield attachment, "name", _ONE, "attachments", i, ""


def _path(section: str, index: int, attr: str, qid: str) -> str:
    if qid:
        return f"{section}[{index}].answers.{qid}.{attr}"
    return f"{section}[{index}].{attr}"


def first_text_problem(doc: PlanDocument,
                       answer_kinds: Mapping[str, Mapping[str, str]] | None = None, *,
                       log_checked: bool = False) -> tuple[str, str] | None:
    """Return (path, reason) of the first field that breaks its rule, or None.

    ``answer_kinds`` (form id -> question id -> kind) makes short answers one-line; without
    it every text answer is treated as multi-line (the looser rule). ``log_checked``: the
    record's entries are already known to break no rule (``texts_are_clean`` on each column),
    so only the other fields are walked.
    """
    for owner, attr, kind, section, index, qid in _fields(doc, answer_kinds,
                                                          not log_checked):
        problem = text_problem(getattr(owner, attr), kind)
        if problem is not None:
            return _path(section, index, attr, qid), problem
    return None


def needs_cleaning(doc: PlanDocument) -> bool:
    """False if ``clean_document(doc)`` would surely change nothing: what a save checks, so
    none is saved and the plan opens exactly as it was saved.

    The text fields of each kind are checked together (``texts_are_clean`` on them joined: no
    search at all for printable text); phone numbers one by one (other digits are made ASCII).
    A lone surrogate, which cleaning leaves, only costs the walk. The record's entries are
    not checked: an entry cleans the text it is given (model/log_entry.py), and the plan
    reader refuses or cleans what a file holds.
    """
    one_line: list[str] = []
    multi_line: list[str] = []
    phones: list[str] = []
    for owner, attr, kind, *_ in _fields(doc, None, False):
        text: str = getattr(owner, attr)
        (one_line if kind is TextKind.ONE_LINE else
         multi_line if kind is TextKind.MULTI_LINE else phones).append(text)
    columns = (("".join(one_line), TextKind.ONE_LINE), ("".join(multi_line), TextKind.MULTI_LINE))
    return (any(clean_text(phone, TextKind.PHONE) != phone for phone in phones)
            or not all(texts_are_clean(joined, kind) for joined, kind in columns))


def clean_document(doc: PlanDocument, *, log_checked: bool = False) -> int:
    """Remove hidden characters from every field in place; return how many fields changed.

    Used where refusing would lose a plan (a file saved by an older version), and on save.
    ``log_checked``: as for ``first_text_problem`` (the entries hold nothing to remove).
    """
    changed = 0
    for owner, attr, kind, _section, _index, _qid in _fields(doc, None, not log_checked):
        before = getattr(owner, attr)
        after = clean_text(before, kind)
        if after != before:
            setattr(owner, attr, after)
            changed += 1
    return changed
