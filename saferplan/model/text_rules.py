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
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import partial
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


def _hidden(kind: TextKind) -> frozenset[str]:
    return HIDDEN_ANYWHERE if kind is TextKind.MULTI_LINE else HIDDEN_ONE_LINE


def _class_of(chars: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]")


_HIDDEN_ANYWHERE_RE: Final = _class_of(HIDDEN_ANYWHERE)
_HIDDEN_ONE_LINE_RE: Final = _class_of(HIDDEN_ONE_LINE)


def _hidden_pattern(kind: TextKind) -> re.Pattern[str]:
    return _HIDDEN_ANYWHERE_RE if kind is TextKind.MULTI_LINE else _HIDDEN_ONE_LINE_RE


def _needs_cleaning(text: str, kind: TextKind) -> bool:
    if kind is TextKind.PHONE and not text.isascii():
        return True  # digits of other scripts become ASCII digits
    return _hidden_pattern(kind).search(text) is not None


def code_point(char: str) -> str:
    """Return a character's name for a message: ``U+202E`` (never the text around it)."""
    return f"U+{ord(char):04X}"


def text_problem(text: str, kind: TextKind) -> str | None:
    """Return why ``text`` cannot be stored as a field of this kind (in English), else None.

    The reason names a code point or the rule, never the text itself.
    """
    hidden = _hidden(kind)
    bad = next((ch for ch in text if ch in hidden), None)
    if bad is not None:
        return (f"contains a hidden control character ({code_point(bad)}) that can change "
                "how the text is shown")
    if kind is TextKind.PHONE and not is_valid_phone(text):
        return ("a phone number may hold only digits, spaces and + - ( ) . "
                "with an extension after x, ext, a comma or a semicolon")
    return None


def is_valid_phone(text: str) -> bool:
    """True if ``text`` follows the phone rule exactly (empty is valid: nothing required)."""
    return PHONE_PATTERN.fullmatch(text) is not None


# The renderer keeps LRI ... PDI: the app itself puts them around a phone number in
# right-to-left text (export/plan_content.py), and they can only make text read left to right.
_KEPT_FOR_DRAWING: Final = frozenset({"\u2066", "\u2069"})


def clean_for_drawing(text: str) -> str:
    """Text as a PDF may draw it: multi-line cleaning, keeping left-to-right isolates."""
    return "".join(ch for ch in text if ch not in HIDDEN_ANYWHERE or ch in _KEPT_FOR_DRAWING)


def clean_text(text: str, kind: TextKind) -> str:
    """Remove the hidden characters a field of this kind may not hold; keep everything else.

    For a phone number, also turn digits of other scripts and full-width forms into ASCII
    digits. The result may still break the phone rule (letters stay): ``text_problem`` says so.
    """
    if kind is TextKind.PHONE and not text.isascii():
        text = "".join(_ascii_digit(ch) for ch in text)
    return _hidden_pattern(kind).sub("", text)


def _ascii_digit(char: str) -> str:
    if char.isascii():
        return char
    if unicodedata.category(char) == "Nd":
        return str(unicodedata.decimal(char))
    folded = unicodedata.normalize("NFKC", char)
    return folded if len(folded) == 1 and folded in PHONE_CHARACTERS else char


# -- every text field of a document ---------------------------------------------------------
@dataclass(frozen=True)
class TextField:
    """One text field of a document: its JSON path, its rule, and the object that holds it."""

    path: str
    kind: TextKind
    owner: object
    attr: str

    def get(self) -> str:
        """The field's text ("" if it holds no text)."""
        value = getattr(self.owner, self.attr)
        return value if isinstance(value, str) else ""

    def set(self, value: str) -> None:
        """Store ``value`` in the field."""
        setattr(self.owner, self.attr, value)


# Answer kinds (forms) whose text is one line; other text answers are multi-line.
ONE_LINE_ANSWER_KINDS: Final = frozenset({"short_text", "place", "money", "date"})
_ONE, _MULTI, _PHONE = TextKind.ONE_LINE, TextKind.MULTI_LINE, TextKind.PHONE
_PERSON: Final = (("name", _ONE), ("phone", _PHONE), ("notes", _MULTI), ("address", _MULTI))
_DOCUMENT: Final = (("what", _ONE), ("where", _ONE), ("notes", _MULTI))
_LOG_ENTRY: Final = (("when", _ONE), ("where", _ONE), ("what", _MULTI))


def _holders(doc: PlanDocument, answer_kinds: Mapping[str, Mapping[str, str]] | None
             ) -> Iterator[tuple[Callable[[], str], object, tuple[tuple[str, TextKind], ...]]]:
    """Yield (path prefix, object, its text attributes) for every object holding text.

    The prefix is a function, so that a walk that needs no paths (cleaning) builds none.
    """
    for i, person in enumerate(doc.people):
        yield partial("people[{}]".format, i), person, _PERSON
    for i, entry in enumerate(doc.documents):
        yield partial("documents[{}]".format, i), entry, _DOCUMENT
    for i, plan in enumerate(doc.plans):
        yield partial("plans[{}]".format, i), plan, (("title", _ONE),)
        kinds = (answer_kinds or {}).get(plan.form, {})
        for qid, answer in plan.answers.items():
            if isinstance(answer.value, str):
                kind = _ONE if kinds.get(qid) in ONE_LINE_ANSWER_KINDS else _MULTI
                yield partial("plans[{}].answers.{}".format, i, qid), answer, (("value", kind),)
    for i, log_entry in enumerate(doc.log):
        yield partial("log[{}]".format, i), log_entry, _LOG_ENTRY
    for i, attachment in enumerate(doc.attachments.values()):
        yield partial("attachments[{}]".format, i), attachment, (("name", _ONE),)


def text_fields(doc: PlanDocument,
                answer_kinds: Mapping[str, Mapping[str, str]] | None = None
                ) -> Iterator[TextField]:
    """Yield every free-text field of ``doc``, in document order.

    ``answer_kinds`` (form id -> question id -> kind) makes short answers one-line; without
    it every text answer is treated as multi-line (the looser rule).
    """
    for prefix, owner, attrs in _holders(doc, answer_kinds):
        for attr, kind in attrs:
            yield TextField(f"{prefix()}.{attr}", kind, owner, attr)


def first_text_problem(doc: PlanDocument,
                       answer_kinds: Mapping[str, Mapping[str, str]] | None = None
                       ) -> tuple[str, str] | None:
    """Return (path, reason) of the first field that breaks its rule, or None."""
    for item in text_fields(doc, answer_kinds):
        problem = text_problem(item.get(), item.kind)
        if problem is not None:
            return item.path, problem
    return None


def clean_document(doc: PlanDocument) -> int:
    """Remove hidden characters from every field in place; return how many fields changed.

    Used where refusing would lose a plan (a file saved by an older version), and before
    every save. Cheap when there is nothing to remove: one pattern search per field.
    """
    changed = 0
    for _, owner, attrs in _holders(doc, None):
        for attr, kind in attrs:
            before = getattr(owner, attr)
            if not isinstance(before, str) or not _needs_cleaning(before, kind):
                continue
            after = clean_text(before, kind)
            if after != before:
                setattr(owner, attr, after)
                changed += 1
    return changed
