"""Numbers by heart: digit comparison, the Leitner schedule, "known", progress in plan JSON."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from saferplan.model import PlanDocument, PlanJsonError, dumps_plan_json, loads_plan_json
from saferplan.model.practice import (
    INTERVAL_DAYS,
    Mark,
    PracticeRound,
    check_number,
    country_code_of,
    digits_of,
    due_people,
    hint_for,
    is_known,
    record_attempt,
    reset_progress,
)

LAN = "+1 416 555 0101"
DAY0 = date(2026, 11, 2)


def _doc() -> PlanDocument:
    doc = PlanDocument()
    lan = doc.add_person("Lan", LAN, ["bond_person"])
    mai = doc.add_person("Mai", "647-555-0199")
    doc.add_person("No number", "")
    doc.add_person("Not marked", "416 555 0123")
    lan.memorize = mai.memorize = True
    doc.people[2].memorize = True
    return doc


def _marks(stored: str, typed: str) -> str:
    symbol = {Mark.CORRECT: ".", Mark.WRONG: "W", Mark.MISSING: "M", Mark.EXTRA: "E"}
    return "".join(symbol[m.mark] for m in check_number(stored, typed).marks)


# --- digits and comparison -------------------------------------------------------------------

@pytest.mark.parametrize(("number", "digits"), [
    ("+1 (416) 555-0101", "14165550101"),
    ("416.555.0101", "4165550101"),
    ("４１６ ５５５", "416555"),  # full-width digits from a CJK input method
    ("๔๑๖", "416"),  # Thai digits
    ("call me", ""),
])
def test_digits_of_keeps_only_digits_as_western_digits(number: str, digits: str) -> None:
    assert digits_of(number) == digits


@pytest.mark.parametrize("typed", [
    "4165550101", "14165550101", "+1 (416) 555-0101", "+14165550101", "416.555.0101",
    " 416 555 0101 ",
])
def test_stored_with_country_code_accepts_with_or_without_it(typed: str) -> None:
    assert check_number(LAN, typed).right


def test_leaving_out_the_country_code_is_noted() -> None:
    assert check_number(LAN, "4165550101").country_code_left_out
    assert not check_number(LAN, "+1 416 555 0101").country_code_left_out
    assert check_number("+84 90 123 4567", "901234567").country_code == "84"


def test_stored_without_country_code() -> None:
    assert check_number("416-555-0101", "4165550101").right
    assert check_number("416-555-0101", "+1 416 555 0101").right  # "+" makes the code explicit
    assert not check_number("416-555-0101", "14165550101").right  # without "+", a 1 is extra


def test_wrong_country_code_is_wrong() -> None:
    assert not check_number(LAN, "+44 416 555 0101").right
    assert not check_number(LAN, "24165550101").right


@pytest.mark.parametrize(("number", "code"), [
    ("+1 416 555 0101", "1"), ("+14165550101", "1"), ("+84901234567", "84"),
    ("+442079460000", "44"), ("+855 12 345 678", "855"), ("+8551234567", "855"),
    ("+7 495 123 4567", "7"), ("416 555 0101", ""),
])
def test_country_code_from_grouping_or_itu_list(number: str, code: str) -> None:
    assert country_code_of(number) == code


@pytest.mark.parametrize(("typed", "marks"), [
    ("4165560101", ".....W...."),  # one digit different
    ("416555010", ".........M"),  # the last digit missing
    ("415550101", "..M......."),  # a middle digit missing: the digits after it stay right
    ("41695550101", "...E......."),  # one digit too many
    ("", "MMMMMMMMMM"),
    ("1416555010", "..........M"),  # typed with the country code, last digit missing
])
def test_marks_show_which_places_are_wrong(typed: str, marks: str) -> None:
    assert _marks(LAN, typed) == marks


def test_partial_answer_marks_only_the_missing_places() -> None:
    check = check_number(LAN, "416 555")
    assert not check.right
    assert [m.mark for m in check.marks].count(Mark.MISSING) == 4
    assert [m.expected for m in check.marks if m.mark is Mark.MISSING] == list("0101")
    assert len(check.wrong_places) == 4


def test_wrong_digit_mark_keeps_typed_and_expected() -> None:
    wrong = [m for m in check_number(LAN, "4165560101").marks if m.mark is Mark.WRONG]
    assert [(m.typed, m.expected) for m in wrong] == [("6", "5")]


def test_a_number_without_digits_is_never_right() -> None:
    assert not check_number("ask at the desk", "").right


def test_hint_shows_only_the_first_digits_in_the_persons_grouping() -> None:
    assert hint_for(LAN, 1) == "+1 41• ••• ••••"
    assert hint_for(LAN, 2) == "+1 416 55• ••••"
    assert digits_of(hint_for(LAN, 100)) == digits_of(LAN)[:-2]  # never the whole number


# --- schedule ----------------------------------------------------------------------------------

def test_due_people_are_marked_with_a_number_and_due() -> None:
    doc = _doc()
    assert [p.name for p in due_people(doc, DAY0)] == ["Lan", "Mai"]
    record_attempt(doc, "p1", LAN, DAY0)
    assert [p.name for p in due_people(doc, DAY0)] == ["Mai"]
    assert [p.name for p in due_people(doc, DAY0 + timedelta(days=1))] == ["Lan", "Mai"]


def test_right_moves_up_a_box_with_its_interval_and_wrong_resets() -> None:
    doc = _doc()
    day = DAY0
    for box in range(1, len(INTERVAL_DAYS)):
        result = record_attempt(doc, "p1", "4165550101", day)
        assert (result.right, result.box, result.moved_up) == (True, box, True)
        assert result.due == day + timedelta(days=INTERVAL_DAYS[box])
        day = result.due
    top = record_attempt(doc, "p1", LAN, day)
    assert top.box == len(INTERVAL_DAYS) - 1  # stays in the last box
    wrong = record_attempt(doc, "p1", "416", top.due)
    assert (wrong.right, wrong.box, wrong.due, wrong.ask_again) == (False, 0, top.due, True)
    assert doc.practice["p1"].correct_days == []


def test_right_before_due_counts_the_day_but_keeps_the_box() -> None:
    doc = _doc()
    record_attempt(doc, "p1", LAN, DAY0)
    early = record_attempt(doc, "p1", LAN, DAY0)  # again the same day: due tomorrow
    assert (early.box, early.moved_up) == (1, False)
    assert doc.practice["p1"].correct_days == [DAY0]


def test_right_with_a_hint_comes_back_and_does_not_count() -> None:
    doc = _doc()
    record_attempt(doc, "p1", LAN, DAY0)
    hinted = record_attempt(doc, "p1", LAN, DAY0 + timedelta(days=1), hinted=True)
    assert hinted.right and hinted.ask_again
    assert (hinted.box, hinted.due) == (0, DAY0 + timedelta(days=1))
    assert doc.practice["p1"].correct_days == [DAY0]


def test_simulated_month_known_only_after_two_weeks_of_separate_days() -> None:
    doc = _doc()
    known_on: list[int] = []
    for offset in range(31):
        today = DAY0 + timedelta(days=offset)
        for person in due_people(doc, today):
            record_attempt(doc, person.id, person.phone, today)
            if is_known(doc, person.id) and person.id == "p1" and not known_on:
                known_on.append(offset)
    # Due on days 0, 1, 4, 11, 25: the span reaches 14 days on day 25.
    assert sorted(doc.practice["p1"].correct_days) == [
        DAY0 + timedelta(days=d) for d in (0, 1, 4, 11, 25)]
    assert known_on == [25]
    assert is_known(doc, "p2")


def test_known_needs_three_days_and_fourteen_days_span() -> None:
    doc = _doc()
    record_attempt(doc, "p1", LAN, DAY0)
    record_attempt(doc, "p1", LAN, DAY0 + timedelta(days=14))
    assert not is_known(doc, "p1")  # two days only
    doc2 = _doc()
    for d in (0, 5, 13):
        record_attempt(doc2, "p1", LAN, DAY0 + timedelta(days=d))
    assert not is_known(doc2, "p1")  # span of 13 days
    record_attempt(doc2, "p1", LAN, DAY0 + timedelta(days=14))
    assert is_known(doc2, "p1")
    record_attempt(doc2, "p1", "000", DAY0 + timedelta(days=40))
    assert not is_known(doc2, "p1")  # forgotten since


def test_record_attempt_unknown_person() -> None:
    with pytest.raises(KeyError):
        record_attempt(_doc(), "p99", "1", DAY0)


def test_round_brings_a_wrong_number_back_at_the_end() -> None:
    doc = _doc()
    rnd = PracticeRound.due_today(doc, DAY0)
    assert (rnd.current, rnd.total) == ("p1", 2)
    assert not rnd.answer(doc, "416 555 0000", DAY0).right
    assert rnd.current == "p2"
    assert rnd.answer(doc, "6475550199", DAY0).right
    assert (rnd.current, len(rnd.done)) == ("p1", 1)
    assert rnd.answer(doc, LAN, DAY0).right
    assert rnd.finished and rnd.done == {"p1", "p2"}


def test_round_skip_and_removed_people() -> None:
    doc = _doc()
    rnd = PracticeRound.everyone(doc)
    rnd.skip()
    assert rnd.current == "p2"
    doc.remove_person("p2")
    rnd.forget_missing(doc)
    assert rnd.finished


# --- plan JSON -----------------------------------------------------------------------------------

def _practised_doc() -> PlanDocument:
    doc = _doc()
    for d in (0, 1, 4):
        record_attempt(doc, "p1", LAN, DAY0 + timedelta(days=d))
    record_attempt(doc, "p2", "0", DAY0)
    return doc


def test_progress_round_trips_through_json() -> None:
    doc = _practised_doc()
    text = dumps_plan_json(doc)
    raw = json.loads(text)["practice"]
    assert raw["p1"] == {"box": 3, "due": "2026-11-13",
                         "correct_days": ["2026-11-02", "2026-11-03", "2026-11-06"]}
    again = loads_plan_json(text)
    assert again.practice == doc.practice
    assert dumps_plan_json(again) == text
    assert is_known(again, "p1") == is_known(doc, "p1")


def test_no_progress_means_no_practice_key() -> None:
    doc = _doc()
    assert "practice" not in json.loads(dumps_plan_json(doc))
    assert loads_plan_json(dumps_plan_json(doc)).practice == {}


def test_removing_a_person_drops_their_progress() -> None:
    doc = _practised_doc()
    doc.remove_person("p1")
    assert set(doc.practice) == {"p2"}
    assert "p1" not in json.loads(dumps_plan_json(doc))["practice"]


def test_reset_progress() -> None:
    doc = _practised_doc()
    reset_progress(doc, "p1")
    assert "p1" not in doc.practice


@pytest.mark.parametrize(("practice", "path"), [
    ([], "practice"),
    ({"p9": {"box": 0, "due": "2026-11-02"}}, "practice.p9"),
    ({"p1": {"box": 6, "due": "2026-11-02"}}, "practice.p1.box"),
    ({"p1": {"box": True, "due": "2026-11-02"}}, "practice.p1.box"),
    ({"p1": {"box": "1", "due": "2026-11-02"}}, "practice.p1.box"),
    ({"p1": {"box": 1}}, "practice.p1.due"),
    ({"p1": {"box": 1, "due": "2026-13-02"}}, "practice.p1.due"),
    ({"p1": {"box": 1, "due": "20261102"}}, "practice.p1.due"),
    ({"p1": {"box": 1, "due": "2026-11-02", "correct_days": "2026-11-02"}},
     "practice.p1.correct_days"),
    ({"p1": {"box": 1, "due": "2026-11-02", "correct_days": ["2026-11-02", 3]}},
     "practice.p1.correct_days[1]"),
    ({"p1": {"box": 1, "due": "2026-11-02", "correct_days": ["2026-11-02", "2026-11-02"]}},
     "practice.p1.correct_days"),
    ({"p1": {"box": 1, "due": "2026-11-02", "streak": 3}}, "practice.p1.streak"),
    ({"p1": "box 1"}, "practice.p1"),
])
def test_invalid_progress_is_rejected_with_its_path(practice: object, path: str) -> None:
    raw = json.loads(dumps_plan_json(_doc()))
    raw["practice"] = practice
    with pytest.raises(PlanJsonError) as info:
        loads_plan_json(json.dumps(raw))
    assert info.value.path == path
