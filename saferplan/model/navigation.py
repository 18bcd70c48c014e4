"""Where the person is in a plan: next, back, jump, resume and gentle progress. No Qt.

The pages are plain data: each section's questions in order, then one summary page for the
section. The Qt walk only renders the position this object holds (Electrum's wizard does the
same). Nothing here is stored in the plan file: where to resume is derived from the answers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from saferplan.model.document import Answer

# The ordered outline of a question set: (section id, question ids in order) per section.
Outline = Sequence[tuple[str, Sequence[str]]]


@dataclass(frozen=True)
class Position:
    """One page of the walk: a question of a section, or the section's summary page."""

    section_id: str
    question_id: str | None = None

    @property
    def is_summary(self) -> bool:
        """True on a section's summary page (after its last question)."""
        return self.question_id is None


@dataclass(frozen=True)
class SectionProgress:
    """How the questions of one section stand; ``open`` ones have no answer or state yet."""

    total: int
    answered: int = 0
    skipped: int = 0
    not_applicable: int = 0
    later: int = 0

    @property
    def open(self) -> int:
        """Questions with nothing yet (not answered, skipped, set aside or marked later)."""
        return self.total - self.answered - self.skipped - self.not_applicable - self.later

    @property
    def settled(self) -> int:
        """Questions answered or marked as not applying: the gentle "3 of 6" count."""
        return self.answered + self.not_applicable


class PlanNavigator:
    """Holds the current page of one plan's walk and moves through it.

    ``answers`` is the plan's live answer mapping (question id -> Answer); it is read, never
    written, so progress and resume always reflect what the person has done so far.
    """

    def __init__(self, outline: Outline, answers: Mapping[str, Answer],
                 start: Position | None = None) -> None:
        self._sections: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
            (section_id, tuple(questions)) for section_id, questions in outline
        )
        if not self._sections:
            raise ValueError("a plan needs at least one section")
        self._answers = answers
        self._pages: tuple[Position, ...] = tuple(self._build_pages())
        self._index: dict[Position, int] = {page: i for i, page in enumerate(self._pages)}
        question_ids = [q for _, questions in self._sections for q in questions]
        if len(self._index) != len(self._pages) or len(set(question_ids)) != len(question_ids):
            raise ValueError("section and question ids must be unique")
        self._current = 0
        self.go_to(start if start is not None else self.resume_position())

    def _build_pages(self) -> list[Position]:
        pages: list[Position] = []
        for section_id, questions in self._sections:
            pages.extend(Position(section_id, question_id) for question_id in questions)
            pages.append(Position(section_id))
        return pages

    # --- where we are -------------------------------------------------------------------
    @property
    def position(self) -> Position:
        """The page shown now."""
        return self._pages[self._current]

    @property
    def pages(self) -> tuple[Position, ...]:
        """Every page in walking order (questions, then each section's summary)."""
        return self._pages

    @property
    def section_ids(self) -> tuple[str, ...]:
        """The sections in order."""
        return tuple(section_id for section_id, _ in self._sections)

    def questions_of(self, section_id: str) -> tuple[str, ...]:
        """The question ids of one section, in order."""
        for sid, questions in self._sections:
            if sid == section_id:
                return questions
        raise KeyError(section_id)

    @property
    def at_start(self) -> bool:
        """True on the very first page (nothing to go back to)."""
        return self._current == 0

    @property
    def at_end(self) -> bool:
        """True on the last section's summary page."""
        return self._current == len(self._pages) - 1

    # --- moving -------------------------------------------------------------------------
    def next(self) -> Position:
        """Move to the next page (stays on the last one) and return it."""
        self._current = min(self._current + 1, len(self._pages) - 1)
        return self.position

    def back(self) -> Position:
        """Move to the previous page (stays on the first one) and return it."""
        self._current = max(self._current - 1, 0)
        return self.position

    def go_to(self, position: Position) -> Position:
        """Show this page; raises KeyError for a page the plan does not have."""
        if position not in self._index:
            raise KeyError(position)
        self._current = self._index[position]
        return self.position

    def go_to_question(self, question_id: str) -> Position:
        """Show the page of this question."""
        for section_id, questions in self._sections:
            if question_id in questions:
                return self.go_to(Position(section_id, question_id))
        raise KeyError(question_id)

    def jump_to_section(self, section_id: str) -> Position:
        """Show a section: its first open question, else its summary page."""
        questions = self.questions_of(section_id)
        first_open = next((q for q in questions if q not in self._answers), None)
        return self.go_to(Position(section_id, first_open))

    def go_to_summary(self, section_id: str) -> Position:
        """Show the summary page of a section."""
        return self.go_to(Position(section_id))

    # --- derived from the answers -------------------------------------------------------
    def resume_position(self) -> Position:
        """Where to pick up: the first open question after the last one the person touched.

        With nothing touched, the first question; when everything after the last touched
        question is done, the first open question anywhere; when all are done, the last summary.
        """
        questions = [page for page in self._pages if not page.is_summary]
        touched = [i for i, page in enumerate(questions) if page.question_id in self._answers]
        start = touched[-1] + 1 if touched else 0
        for page in questions[start:] + questions[:start]:
            if page.question_id not in self._answers:
                return page
        return self._pages[-1]

    def progress(self, section_id: str) -> SectionProgress:
        """Counts of answered, skipped, not applicable, later and open questions in a section."""
        questions = self.questions_of(section_id)
        states = [self._answers[q].state for q in questions if q in self._answers]
        return SectionProgress(
            total=len(questions),
            answered=states.count("answered"),
            skipped=states.count("skipped"),
            not_applicable=states.count("not_applicable"),
            later=states.count("later"),
        )

    def later_list(self) -> list[Position]:
        """The questions marked "talk about it later", in walking order."""
        return [
            page for page in self._pages
            if page.question_id is not None
            and page.question_id in self._answers
            and self._answers[page.question_id].state == "later"
        ]
