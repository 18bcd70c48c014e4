"""The one passphrase rule, used by the app and the command line alike. No Qt.

A new passphrase is refused when it is empty, only spaces, shorter than
``MIN_PASSPHRASE_LENGTH`` characters, one of the 10,000 most common passwords (also with
capitals, spaces, common letter swaps such as ``0`` for ``o``, or digits and signs added at the
end), only digits and signs (a date), or a keyboard or alphabet pattern (``qwertyui``,
``1qaz2wsx``, ``abcdefgh``, ``aaaaaaaa``).
Otherwise it gets a strength hint. This module returns kinds, never words: the app and the
command line each pick their own sentence, so every language gets its own.

Why a bundled list and not the ``zxcvbn`` package: zxcvbn 4.5.0 is 1.7 MB, takes 0.3-0.5 s to
import on this project's test machine, gives its advice in English only and rates passphrases
with English dictionaries. Its list of common passwords is what matters here; its top 10,000
are bundled (``common_passwords.txt``, MIT licence kept in the file).
"""

from __future__ import annotations

import enum
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

MIN_PASSPHRASE_LENGTH = 8

_LIST_FILE = "common_passwords.txt"
# Common letter swaps ("p@ssw0rd"); each variant is looked up in the list.
_SWAPS = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                        "$": "s", "!": "i", "+": "t"})
_SWAPS_L = str.maketrans({"1": "l", "!": "l"})
_TAIL = re.compile(r"[\d\W_]+$")
_HEAD = re.compile(r"^[\d\W_]+")
# Keyboard rows of the common layouts, top to bottom; neighbours follow the usual stagger.
_LAYOUTS = (
    ("1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"),
    ("1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn,;:!"),
    ("1234567890ß", "qwertzuiopü", "asdfghjklöä", "yxcvbnm,.-"),
)
_MAX_BREAKS = 1     # a pattern may change direction or row at most once ("qwerty123")
_MAX_UNIT = 4       # "abababab", "12341234": a short unit repeated


class Hint(enum.Enum):
    """What to tell the person about a passphrase; all but the last three are refusals."""

    EMPTY = "empty"
    BLANK = "blank"             # only spaces
    TOO_SHORT = "too_short"
    COMMON = "common"           # a well-known password, perhaps slightly changed
    PATTERN = "pattern"         # keyboard, alphabet or repeated pattern
    NUMBERS = "numbers"         # only digits and signs, such as a date
    FAIR = "fair"
    GOOD = "good"
    STRONG = "strong"

    @property
    def acceptable(self) -> bool:
        """True when a new passphrase with this hint may be used."""
        return self in (Hint.FAIR, Hint.GOOD, Hint.STRONG)


@dataclass(frozen=True)
class Verdict:
    """The rule's answer for one passphrase."""

    hint: Hint

    @property
    def acceptable(self) -> bool:
        """True when the passphrase may be used for a plan file."""
        return self.hint.acceptable


def judge_passphrase(passphrase: str) -> Verdict:
    """Apply the passphrase rule to a new passphrase; return its hint (refusal or strength)."""
    if not passphrase:
        return Verdict(Hint.EMPTY)
    stripped = passphrase.strip()
    if not stripped:
        return Verdict(Hint.BLANK)
    if len(stripped) < MIN_PASSPHRASE_LENGTH:
        return Verdict(Hint.TOO_SHORT)
    squeezed = "".join(unicodedata.normalize("NFKC", stripped).casefold().split())
    if not _HEAD.sub("", squeezed):
        return Verdict(Hint.NUMBERS)
    if _is_common(squeezed):
        return Verdict(Hint.COMMON)
    if _is_pattern(squeezed):
        return Verdict(Hint.PATTERN)
    return Verdict(_strength(stripped))


def _strength(passphrase: str) -> Hint:
    """A hint from length and number of words; not a promise."""
    length, words = len(passphrase), len(passphrase.split())
    if words >= 4 or length >= 24:
        return Hint.STRONG
    if words >= 3 or length >= 16:
        return Hint.GOOD
    return Hint.FAIR


@functools.cache
def common_passwords() -> frozenset[str]:
    """The bundled common passwords (lower case), also without digits at the end; read once."""
    text = resources.files("saferplan.storage").joinpath(_LIST_FILE).read_text("utf-8")
    listed = {line for line in text.splitlines() if line and not line.startswith("#")}
    return frozenset(listed | {_TAIL.sub("", entry) for entry in listed} - {""})


def _variants(text: str) -> set[str]:
    """The passphrase as typed, with letter swaps undone and digits or signs cut off the ends."""
    found = {text, text.translate(_SWAPS), text.translate(_SWAPS_L)}
    for variant in list(found):
        trimmed = _HEAD.sub("", _TAIL.sub("", variant))
        found.update({_TAIL.sub("", variant), _HEAD.sub("", variant), trimmed})
    found.update(_unit(variant) for variant in list(found))
    return {variant for variant in found if variant}


def _unit(text: str) -> str:
    """The shortest piece that repeated makes ``text`` ("monkeymonkey" -> "monkey")."""
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return text[:size]
    return text


def _is_common(text: str) -> bool:
    listed = common_passwords()
    return any(variant in listed for variant in _variants(text))


def _is_pattern(text: str) -> bool:
    if len(_unit(text)) <= _MAX_UNIT:
        return True
    if any(text in walk for walk in _column_walks()):
        return True
    return any(_breaks(text, graph) <= _MAX_BREAKS for graph in _keyboard_graphs())


def _breaks(text: str, graph: dict[str, set[str]]) -> int:
    """How often the next character is neither a key neighbour, the same, nor the next letter."""
    return sum(1 for a, b in itertools.pairwise(text)
               if not (a == b or abs(ord(a) - ord(b)) == 1 or b in graph.get(a, ())))


@functools.cache
def _keyboard_graphs() -> tuple[dict[str, set[str]], ...]:
    return tuple(_graph(rows) for rows in _LAYOUTS)


@functools.cache
def _column_walks() -> tuple[str, ...]:
    """Walks down and up the keyboard's columns, with and without the digits ("1qaz2wsx")."""
    walks: list[str] = []
    for rows in _LAYOUTS:
        columns = ["".join(row[c] for row in rows if c < len(row)) for c in range(len(rows[1]))]
        for cols in (columns, [column[::-1] for column in columns]):
            walks.append("".join(cols))
            walks.append("".join(column.lstrip("0123456789") for column in cols))
            walks.append("".join(column.rstrip("0123456789") for column in cols))
    return tuple(walks + [walk[::-1] for walk in walks])


def _graph(rows: tuple[str, ...]) -> dict[str, set[str]]:
    """Key neighbours on a staggered keyboard: left, right, and the two above and below."""
    graph: dict[str, set[str]] = {}
    for r, row in enumerate(rows):
        for c, key in enumerate(row):
            near = graph.setdefault(key, set())
            near.update(row[max(c - 1, 0):c] + row[c + 1:c + 2])
            if r > 0:
                near.update(rows[r - 1][c:c + 2])
            if r + 1 < len(rows):
                near.update(rows[r + 1][max(c - 1, 0):c + 1])
    return graph
