"""Typed classes of a question set (forms/*.toml): form, sections, questions, options."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

# How a question is answered; each kind maps to one widget adapter in the GUI.
KINDS: Final[tuple[str, ...]] = (
    "short_text",
    "long_text",
    "yes_no",
    "choice",
    "checklist",
    "person",
    "document",
    "place",
    "money",
    "date",
)

# The question sets SaferPlan ships, in the order they are offered.
FORM_IDS: Final[tuple[str, ...]] = ("safety_plan", "release_plan")

# Kinds whose answers are picked from the question's own options.
OPTION_KINDS: Final[frozenset[str]] = frozenset({"choice", "checklist"})


class FormError(Exception):
    """A question-set file that cannot be used; the message names the file, the id and the fault."""

    def __init__(self, file: str, where: str = "", problem: str = "") -> None:
        parts = [part for part in (file, where, problem) if part]
        super().__init__(": ".join(parts))
        self.file = file
        self.where = where
        self.problem = problem


@dataclass(frozen=True)
class Option:
    """One option of a choice or checklist question; ``id`` is what the answer stores."""

    id: str
    label: str


@dataclass(frozen=True)
class Question:
    """One question of a form; answers are keyed by its stable ``id``."""

    id: str
    kind: str
    text: str
    why: str
    examples: tuple[str, ...] = ()
    role: str | None = None
    options: tuple[Option, ...] = ()
    help: str = ""
    # Statements of a rule of law, shown with the date line (export.labels.LEGAL_DATE_LINE).
    legal: tuple[str, ...] = ()
    # Answers that mean "I would like to learn": they show ``legal`` and ``organisations``.
    learn_when: tuple[str, ...] = ()
    # Directory organisation ids that match the question, offered to add in one click.
    organisations: tuple[str, ...] = ()

    def option_ids(self) -> tuple[str, ...]:
        """Return the ids of this question's options, in order."""
        return tuple(option.id for option in self.options)


@dataclass(frozen=True)
class Section:
    """A titled group of questions, shown as one step in the sidebar."""

    id: str
    title: str
    intro: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Form:
    """A whole question set (the safety plan or the release plan)."""

    id: str
    title: str
    description: str
    sections: tuple[Section, ...]
    _index: dict[str, Question] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        # Lookups by id happen on every page of the walk; build the index once.
        self._index.update((q.id, q) for section in self.sections for q in section.questions)

    def question(self, question_id: str) -> Question | None:
        """Return the question with this id, or None."""
        return self._index.get(question_id)

    def questions(self) -> tuple[Question, ...]:
        """Return every question of the form, in order."""
        return tuple(q for section in self.sections for q in section.questions)

