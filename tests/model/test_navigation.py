"""The plan walk's navigation, without Qt."""

from __future__ import annotations

import pytest

from saferplan.model import Answer
from saferplan.model.navigation import PlanNavigator, Position, SectionProgress

OUTLINE = [("a", ["a1", "a2", "a3"]), ("b", ["b1", "b2"]), ("c", ["c1"])]


def walk_order() -> list[Position]:
    pages: list[Position] = []
    for section, questions in OUTLINE:
        pages += [Position(section, q) for q in questions] + [Position(section)]
    return pages


def test_starts_at_first_question_when_nothing_answered() -> None:
    nav = PlanNavigator(OUTLINE, {})
    assert nav.position == Position("a", "a1")
    assert nav.at_start and not nav.at_end


def test_next_visits_every_question_then_each_summary() -> None:
    nav = PlanNavigator(OUTLINE, {})
    seen = [nav.position]
    while not nav.at_end:
        seen.append(nav.next())
    assert seen == walk_order()
    assert seen[3].is_summary and not seen[2].is_summary
    assert nav.next() == Position("c")  # stays on the last page


def test_back_retraces_and_stops_at_the_start() -> None:
    nav = PlanNavigator(OUTLINE, {}, start=Position("b", "b1"))
    assert nav.back() == Position("a")
    assert nav.back() == Position("a", "a3")
    nav.go_to(Position("a", "a1"))
    assert nav.back() == Position("a", "a1")


def test_jump_to_section_goes_to_first_open_question_or_summary() -> None:
    answers = {"b1": Answer("answered", "x")}
    nav = PlanNavigator(OUTLINE, answers)
    assert nav.jump_to_section("b") == Position("b", "b2")
    answers["b2"] = Answer("skipped")
    assert nav.jump_to_section("b") == Position("b")
    assert nav.jump_to_section("c") == Position("c", "c1")
    with pytest.raises(KeyError):
        nav.jump_to_section("nope")


def test_go_to_question_and_summary() -> None:
    nav = PlanNavigator(OUTLINE, {})
    assert nav.go_to_question("b2") == Position("b", "b2")
    assert nav.go_to_summary("a") == Position("a")
    with pytest.raises(KeyError):
        nav.go_to_question("zz")


@pytest.mark.parametrize(
    ("answered", "expected"),
    [
        ({}, Position("a", "a1")),
        ({"a1": "answered"}, Position("a", "a2")),
        ({"a1": "answered", "a2": "skipped", "a3": "later"}, Position("b", "b1")),
        # resumes after the LAST touched question, not at the first gap
        ({"a1": "answered", "b1": "not_applicable"}, Position("b", "b2")),
        # nothing open after the last touched one: the first open one from the top
        ({"a1": "answered", "b2": "answered", "c1": "later"}, Position("a", "a2")),
    ],
)
def test_resume_derives_from_answers(answered: dict[str, str], expected: Position) -> None:
    answers = {q: Answer(state) for q, state in answered.items()}
    assert PlanNavigator(OUTLINE, answers).resume_position() == expected
    assert PlanNavigator(OUTLINE, answers).position == expected


def test_resume_when_everything_is_done_shows_last_summary() -> None:
    answers = {q: Answer("answered", "x") for _, qs in OUTLINE for q in qs}
    nav = PlanNavigator(OUTLINE, answers)
    assert nav.position == Position("c") and nav.at_end


def test_progress_counts_each_state() -> None:
    answers = {"a1": Answer("answered", "x"), "a2": Answer("later"),
               "b1": Answer("skipped"), "b2": Answer("not_applicable")}
    nav = PlanNavigator(OUTLINE, answers)
    a = nav.progress("a")
    assert a == SectionProgress(total=3, answered=1, later=1)
    assert (a.open, a.settled) == (1, 1)
    b = nav.progress("b")
    assert (b.skipped, b.not_applicable, b.open, b.settled) == (1, 1, 0, 1)
    # live view of the answers: a change shows at once
    answers["a3"] = Answer("answered", "y")
    assert nav.progress("a").open == 0


def test_later_list_in_walking_order() -> None:
    answers = {"c1": Answer("later"), "a2": Answer("later"), "a1": Answer("answered", "x")}
    nav = PlanNavigator(OUTLINE, answers)
    assert nav.later_list() == [Position("a", "a2"), Position("c", "c1")]


def test_rejects_empty_or_duplicate_outline() -> None:
    with pytest.raises(ValueError):
        PlanNavigator([], {})
    with pytest.raises(ValueError):
        PlanNavigator([("a", ["q"]), ("b", ["q"])], {})
    with pytest.raises(ValueError):
        PlanNavigator([("a", ["q"]), ("a", ["r"])], {})
    with pytest.raises(KeyError):
        PlanNavigator(OUTLINE, {}).go_to(Position("a", "b1"))
