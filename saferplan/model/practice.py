"""Learning phone numbers by heart: digit comparison and a Leitner schedule. No Qt.

A phone can be taken away at detention, so the person practises recalling the numbers of the people
they marked "memorize". Every date comes from the caller; nothing here reads the clock.

Comparison: only digits count (spaces, dashes, dots and brackets are ignored; any Unicode decimal
digit counts as its Western digit). If the stored number starts with "+" and a country code, the
answer may be typed with the code (with or without "+") or without it. If it was stored without a
code, an answer typed with "+" and a country code in front of it is also right.

Schedule: Leitner boxes 0-5, due again after 0, 1, 3, 7, 14 and 30 days. A right answer moves the
number up one box; a wrong one puts it back in box 0 (due the same day, asked again later in the
session). A right answer before the number is due, or with a hint, does not move it up.

"Known by heart" rule: right on at least 3 separate days since the last wrong answer, and at least
14 days between the first and the last of those days.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from saferplan.model.document import MAX_PRACTICE_BOX, Person, PlanDocument, PracticeProgress

# Days until a number in box N is asked again.
INTERVAL_DAYS: Final[tuple[int, ...]] = (0, 1, 3, 7, 14, 30)
# "Known by heart": this many separate right days since the last wrong answer...
KNOWN_MIN_DAYS: Final = 3
# ...spread over at least this many days (first to last).
KNOWN_MIN_SPAN_DAYS: Final = 14
# Digits one hint step reveals.
HINT_STEP: Final = 3

assert len(INTERVAL_DAYS) == MAX_PRACTICE_BOX + 1

# ITU-T E.164 country codes are prefix-free: "1" and "7" are the only one-digit codes, these are
# the two-digit ones, and every other code has three digits.
_TWO_DIGIT_CODES: Final = frozenset(
    str(code) for code in (
        20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54,
        55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
    )
)


class Mark(enum.Enum):
    """How one digit of an answer compares with the stored number."""

    CORRECT = "correct"
    WRONG = "wrong"  # a different digit typed in this place
    MISSING = "missing"  # a digit of the number that was not typed
    EXTRA = "extra"  # a typed digit the number does not have


@dataclass(frozen=True)
class DigitMark:
    """One place of the aligned answer: the typed digit, the expected digit, and the mark."""

    typed: str
    expected: str
    mark: Mark


@dataclass(frozen=True)
class NumberCheck:
    """The result of comparing a typed number with the stored one."""

    right: bool
    marks: tuple[DigitMark, ...]
    country_code: str  # the stored number's country code, or ""
    country_code_left_out: bool  # right, but typed without the stored country code

    @property
    def wrong_places(self) -> list[int]:
        """Indexes into ``marks`` that are not correct."""
        return [i for i, m in enumerate(self.marks) if m.mark is not Mark.CORRECT]


@dataclass(frozen=True)
class AttemptResult:
    """One recorded attempt: the comparison and the schedule after it."""

    check: NumberCheck
    hinted: bool
    moved_up: bool  # the number went up a box
    box: int
    due: date
    known: bool

    @property
    def right(self) -> bool:
        """True when the typed number was right (with or without a hint)."""
        return self.check.right

    @property
    def marks(self) -> tuple[DigitMark, ...]:
        """Per-digit marks for display."""
        return self.check.marks

    @property
    def ask_again(self) -> bool:
        """True when the number should come back later in this session."""
        return not self.check.right or self.hinted


def digits_of(number: str) -> str:
    """Return only the digits of ``number``, as Western digits 0-9 (other scripts' digits too)."""
    return "".join(str(unicodedata.decimal(ch)) for ch in number if ch.isdecimal())


def country_code_of(number: str) -> str:
    """Return the country code of a number written with a leading "+", or "" if there is none."""
    text = number.strip()
    if not text.startswith("+"):
        return ""
    digits = digits_of(text)
    # The person's grouping ("+1 416 …") says where the code ends; without one, the ITU list.
    first_group = digits_of(_first_group(text[1:]))
    if 1 <= len(first_group) <= 3 and len(first_group) < len(digits):
        return first_group
    if digits[:1] in ("1", "7"):
        return digits[:1]
    code_length = 2 if digits[:2] in _TWO_DIGIT_CODES else 3
    return digits[:code_length] if len(digits) > code_length else ""


def _first_group(text: str) -> str:
    text = text.lstrip(" (")
    for i, ch in enumerate(text):
        if not ch.isdecimal():
            return text[:i]
    return text


def check_number(stored: str, typed: str) -> NumberCheck:
    """Compare a typed number with the stored one, by digits only."""
    full = digits_of(stored)
    code = country_code_of(stored)
    national = full[len(code):]
    targets = [full, national] if code else [full]
    answer = digits_of(typed)
    if not code and typed.strip().startswith("+"):
        typed_code = country_code_of(typed)
        if typed_code and answer[len(typed_code):] == full:
            answer = answer[len(typed_code):]
    if not full:
        return NumberCheck(False, (), code, False)
    if answer in targets:
        marks = tuple(DigitMark(d, d, Mark.CORRECT) for d in answer)
        return NumberCheck(True, marks, code, bool(code) and answer == national)
    best = min((_align(target, answer) for target in targets), key=_mistakes)
    return NumberCheck(False, best, code, False)


def _mistakes(marks: tuple[DigitMark, ...]) -> int:
    return sum(m.mark is not Mark.CORRECT for m in marks)


def _align(expected: str, typed: str) -> tuple[DigitMark, ...]:
    """Align by edit distance, so one missed digit does not mark every later digit wrong."""
    rows, cols = len(expected), len(typed)
    cost = [[i + j if i == 0 or j == 0 else 0 for j in range(cols + 1)] for i in range(rows + 1)]
    for i in range(1, rows + 1):
        for j in range(1, cols + 1):
            cost[i][j] = min(cost[i - 1][j - 1] + (expected[i - 1] != typed[j - 1]),
                             cost[i - 1][j] + 1, cost[i][j - 1] + 1)
    marks: list[DigitMark] = []
    i, j = rows, cols
    while i or j:
        if i and j and cost[i][j] == cost[i - 1][j - 1] + (expected[i - 1] != typed[j - 1]):
            same = expected[i - 1] == typed[j - 1]
            marks.append(DigitMark(typed[j - 1], expected[i - 1],
                                   Mark.CORRECT if same else Mark.WRONG))
            i, j = i - 1, j - 1
        elif i and cost[i][j] == cost[i - 1][j] + 1:
            marks.append(DigitMark("", expected[i - 1], Mark.MISSING))
            i -= 1
        else:
            marks.append(DigitMark(typed[j - 1], "", Mark.EXTRA))
            j -= 1
    return tuple(reversed(marks))


def hint_for(stored: str, level: int) -> str:
    """Return the stored number with only its first ``HINT_STEP * level`` digits shown.

    The other digits become "•" in the person's own grouping; at least two digits always stay
    hidden, so a hint never gives the whole number away.
    """
    total = len(digits_of(stored))
    shown = max(0, min(HINT_STEP * level, total - 2))
    out: list[str] = []
    for ch in stored.strip():
        if ch.isdecimal():
            out.append(digits_of(ch) if shown > 0 else "•")
            shown -= 1
        else:
            out.append(ch)
    return "".join(out)


def can_practise(person: Person) -> bool:
    """True when the person is marked to learn by heart and has a number with digits."""
    return person.memorize and bool(digits_of(person.phone))


def people_to_learn(doc: PlanDocument) -> list[Person]:
    """Everyone whose number the person wants to know by heart and can practise."""
    return [p for p in doc.people if can_practise(p)]


def due_people(doc: PlanDocument, today: date) -> list[Person]:
    """People to practise today: marked to learn, with no progress yet or due by ``today``."""
    return [p for p in people_to_learn(doc)
            if (progress := doc.practice.get(p.id)) is None or progress.due <= today]


def is_known(doc: PlanDocument, person_id: str) -> bool:
    """True when the number was recalled on separate days spanning two weeks (see the module)."""
    progress = doc.practice.get(person_id)
    if progress is None or len(set(progress.correct_days)) < KNOWN_MIN_DAYS:
        return False
    span = max(progress.correct_days) - min(progress.correct_days)
    return span.days >= KNOWN_MIN_SPAN_DAYS


def record_attempt(doc: PlanDocument, person_id: str, typed: str, today: date,
                   *, hinted: bool = False) -> AttemptResult:
    """Check an answer and update the person's progress in ``doc``; raise KeyError if unknown."""
    person = doc.person(person_id)
    if person is None:
        raise KeyError(person_id)
    check = check_number(person.phone, typed)
    progress = doc.practice.get(person_id) or PracticeProgress(box=0, due=today)
    moved_up = False
    if not check.right:
        # Forgotten: start again from box 0 and from no right days.
        progress = PracticeProgress(box=0, due=today)
    elif hinted:
        progress.box, progress.due = 0, today
    else:
        if today not in progress.correct_days:
            progress.correct_days.append(today)
        if progress.due <= today:
            progress.box = min(progress.box + 1, MAX_PRACTICE_BOX)
            progress.due = today + timedelta(days=INTERVAL_DAYS[progress.box])
            moved_up = True
    doc.practice[person_id] = progress
    return AttemptResult(check, hinted, moved_up, progress.box, progress.due,
                         is_known(doc, person_id))


def reset_progress(doc: PlanDocument, person_id: str) -> None:
    """Forget a person's practice, e.g. when their number changes."""
    doc.practice.pop(person_id, None)


class PracticeRound:
    """One sitting: the people to ask, in order; wrong answers come back at the end."""

    def __init__(self, person_ids: list[str]) -> None:
        self.queue = list(person_ids)
        self.total = len(self.queue)
        self.done: set[str] = set()

    @classmethod
    def due_today(cls, doc: PlanDocument, today: date) -> PracticeRound:
        """A round of everyone due today."""
        return cls([p.id for p in due_people(doc, today)])

    @classmethod
    def everyone(cls, doc: PlanDocument) -> PracticeRound:
        """A round of every number to learn, due or not (extra practice)."""
        return cls([p.id for p in people_to_learn(doc)])

    @property
    def current(self) -> str | None:
        """The id of the person to ask now, or None when the round is over."""
        return self.queue[0] if self.queue else None

    @property
    def finished(self) -> bool:
        """True when nobody is left to ask."""
        return not self.queue

    def answer(self, doc: PlanDocument, typed: str, today: date,
               *, hinted: bool = False) -> AttemptResult:
        """Record an answer for the current person and move on."""
        person_id = self.queue.pop(0)
        result = record_attempt(doc, person_id, typed, today, hinted=hinted)
        if result.ask_again:
            self.queue.append(person_id)
        else:
            self.done.add(person_id)
        return result

    def skip(self) -> None:
        """Leave the current person out of this round (nothing is recorded)."""
        if self.queue:
            self.queue.pop(0)

    def forget_missing(self, doc: PlanDocument) -> None:
        """Drop people removed, unmarked or left without a number since the round began."""
        self.queue = [pid for pid in self.queue
                      if (p := doc.person(pid)) is not None and can_practise(p)]
