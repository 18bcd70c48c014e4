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


def clean_text(text: str, kind: TextKind) -> str:
    """Remove the hidden characters a field of this kind may not hold; keep everything else.

    For a phone number, also turn digits of other scripts and full-width forms into ASCII
    digits. The result may still break the phone rule (letters stay): ``text_problem`` says so.
    """
    hidden = _hidden(kind)
    if kind is TextKind.PHONE:
        text = "".join(_ascii_digit(ch) for ch in text)
    return "".join(ch for ch in text if ch not in hidden)


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
    """One text field of a document: its JSON path, its rule, and how to read and write it."""

    path: str
    kind: TextKind
    get: Callable[[], str]
    set: Callable[[str], None]


# Answer kinds (forms) whose text is one line; other text answers are multi-line.
ONE_LINE_ANSWER_KINDS: Final = frozenset({"short_text", "place", "money", "date"})


def _field(path: str, kind: TextKind, owner: object, attr: str) -> TextField:
    def get() -> str:
        value = getattr(owner, attr)
        return value if isinstance(value, str) else ""

    return TextField(path, kind, get, lambda value: setattr(owner, attr, value))


def text_fields(doc: PlanDocument,
                answer_kinds: Mapping[str, Mapping[str, str]] | None = None
                ) -> Iterator[TextField]:
    """Yield every free-text field of ``doc``, in document order.

    ``answer_kinds`` (form id -> question id -> kind) makes short answers one-line; without
    it every text answer is treated as multi-line (the looser rule).
    """
    one, multi, phone = TextKind.ONE_LINE, TextKind.MULTI_LINE, TextKind.PHONE
    for i, person in enumerate(doc.people):
        yield _field(f"people[{i}].name", one, person, "name")
        yield _field(f"people[{i}].phone", phone, person, "phone")
        yield _field(f"people[{i}].notes", multi, person, "notes")
    for i, entry in enumerate(doc.documents):
        for attr in ("what", "where"):
            yield _field(f"documents[{i}].{attr}", one, entry, attr)
        yield _field(f"documents[{i}].notes", multi, entry, "notes")
    for i, plan in enumerate(doc.plans):
        yield _field(f"plans[{i}].title", one, plan, "title")
        kinds = (answer_kinds or {}).get(plan.form, {})
        for qid, answer in plan.answers.items():
            if isinstance(answer.value, str):
                kind = one if kinds.get(qid) in ONE_LINE_ANSWER_KINDS else multi
                yield _field(f"plans[{i}].answers.{qid}.value", kind, answer, "value")
    for i, log_entry in enumerate(doc.log):
        for attr in ("when", "where"):
            yield _field(f"log[{i}].{attr}", one, log_entry, attr)
        yield _field(f"log[{i}].what", multi, log_entry, "what")
    for i, attachment in enumerate(doc.attachments.values()):
        yield _field(f"attachments[{i}].name", one, attachment, "name")


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

    Used where refusing would lose a plan (a file saved by an older version).
    """
    changed = 0
    for item in text_fields(doc):
        before = item.get()
        after = clean_text(before, item.kind)
        if after != before:
            item.set(after)
            changed += 1
    return changed
