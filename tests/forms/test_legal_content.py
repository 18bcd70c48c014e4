"""The plans' legal content: right, dated, and never the detained person's money for a bond."""

from __future__ import annotations

import json
import re

import pytest

from saferplan.export.labels import LEGAL_DATE_LINE
from saferplan.forms import Form, Question, load_all_forms, load_demo_plan
from saferplan.forms.directory import load_directory
from saferplan.resources import data_dir

BOND_WORDS = re.compile(r"\b(bonds?|bail|deposit|guarantee|surety)\b", re.IGNORECASE)
# Words that make a bond text point at the detained person's own money.
OWN_MONEY = re.compile(
    r"\b(your|my)\s+(own\s+)?(money|savings|cash|account|funds)\b|\byou (pay|promise|bring)\b",
    re.IGNORECASE,
)
# Words that state a rule of law: such a line must sit in "legal", under the date line.
RULE_WORDS = re.compile(
    r"\b(within \w+ (hours|days)|\d+ (hours|days)|you must (give|tell|show)|the law|right to"
    r"|deposit|guarantee|surety|returned|bail hearing|detention review|permanent resident"
    r"|CBSA|Legal Aid)\b",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def forms() -> dict[str, Form]:
    return load_all_forms()


def _questions(forms: dict[str, Form]) -> list[Question]:
    return [q for form in forms.values() for q in form.questions()]


def _texts(question: Question) -> list[str]:
    return [question.text, question.why, question.help, *question.examples,
            *question.legal, *(o.label for o in question.options)]


def _question(forms: dict[str, Form], question_id: str) -> Question:
    form = forms["release_plan" if question_id.startswith("r_") else "safety_plan"]
    question = form.question(question_id)
    assert question is not None, question_id
    return question


def test_frozen_account_says_nothing_about_bond(forms: dict[str, Form]) -> None:
    question = _question(forms, "r_frozen_account")
    for text in _texts(question):
        assert not BOND_WORDS.search(text), text


def test_no_bond_text_implies_the_detained_persons_money(forms: dict[str, Form]) -> None:
    checked = 0
    for question in _questions(forms):
        for text in _texts(question):
            if BOND_WORDS.search(text):
                checked += 1
                assert not OWN_MONEY.search(text), f"{question.id}: {text}"
    assert checked >= 5  # the bond questions were really looked at


def test_the_bond_persons_own_money_is_said_plainly(forms: dict[str, Form]) -> None:
    bond = _question(forms, "r_bond_person")
    assert any("bond person's own money, not yours" in line for line in bond.legal)
    amount = _question(forms, "r_bond_amount")
    assert "their own money" in amount.text and "not yours" in amount.help


def test_own_money_pattern_catches_the_old_wording() -> None:
    old = "You may need money for bond, rent or a lawyer while your account is closed to you."
    assert BOND_WORDS.search(old) and OWN_MONEY.search(old)


def test_every_rule_of_law_is_in_dated_legal_lines(forms: dict[str, Form]) -> None:
    for question in _questions(forms):
        for text in (question.text, question.why, question.help):
            if RULE_WORDS.search(text):
                assert question.legal, f"{question.id} states a rule without its date line: {text}"


def test_the_date_line_says_when_and_what_it_is() -> None:
    assert "As of January 2020" in LEGAL_DATE_LINE
    assert "not legal advice" in LEGAL_DATE_LINE and "legal clinic" in LEGAL_DATE_LINE


def test_who_can_be_a_bond_person(forms: dict[str, Form]) -> None:
    lines = " ".join(_question(forms, "r_bond_person").legal)
    for fact in ("18 or older", "live in Canada", "know you", "freely",
                 "Canadian citizen or permanent resident", "own money", "asked questions",
                 "tell the CBSA", "lose the money", "Toronto Bail Program"):
        assert fact in lines, fact


def test_the_review_timeline(forms: dict[str, Form]) -> None:
    lines = " ".join(_question(forms, "r_bond_ready").legal)
    for fact in ("48 hours", "7 days", "every 30 days", "a week or a month"):
        assert fact in lines, fact


def test_rights_lawyer_interpreter_legal_aid_and_calls(forms: dict[str, Form]) -> None:
    lines = " ".join(_question(forms, "r_rights").legal)
    for fact in ("talk to a lawyer", "interpreter", "Legal Aid Ontario", "may not be private"):
        assert fact in lines, fact
    assert _question(forms, "r_legal_aid").learn_when == ("yes",)


def test_criminal_bail_and_surety_are_named(forms: dict[str, Form]) -> None:
    lines = " ".join(_question(forms, "r_lawyer_criminal").legal)
    assert "bail hearing" in lines and "surety" in lines.lower()
    assert "charged with a crime" in forms["release_plan"].description


def test_guide_cautions_are_restored(forms: dict[str, Form]) -> None:
    hide = _question(forms, "s_hide_addresses")
    assert not any(re.search(r"\bat work\b", e) for e in hide.examples)
    assert "email or phone" in _question(forms, "s_bank_mail").help
    lawyer = _question(forms, "s_lawyer_first").why
    assert "more abuse" in lawyer and "removal" in lawyer and "stay" in lawyer
    assert _question(forms, "s_phone_security").kind == "yes_no"


def test_learn_answers_lead_to_known_organisations(forms: dict[str, Form]) -> None:
    directory = load_directory()
    learners = [q for q in _questions(forms) if q.learn_when]
    assert {"r_rights", "s_sponsorship"} <= {q.id for q in learners}
    for question in learners:
        assert question.legal and question.organisations, question.id
        for org_id in question.organisations:
            assert directory.organisation(org_id) is not None, org_id


def test_demo_plan_keeps_hidden_money_away_from_the_bond_person() -> None:
    doc = load_demo_plan()
    bond_names = [p.name for p in doc.people if "bond_person" in p.roles]
    assert bond_names
    for plan in doc.plans:
        for question_id in ("s_money_place", "r_frozen_account", "s_savings"):
            answer = plan.answers.get(question_id)
            if answer is not None and isinstance(answer.value, str):
                assert not any(name in answer.value for name in bond_names), question_id
        amount = plan.answers.get("r_bond_amount")
        if amount is not None and isinstance(amount.value, str):
            assert "own" in amount.value and any(n in amount.value for n in bond_names)


def test_demo_plan_answers_the_new_questions() -> None:
    raw = json.loads(data_dir("forms").joinpath("demo", "plan.json").read_bytes())
    answered = {qid for plan in raw["plans"] for qid in plan["answers"]}
    assert {"r_bond_ready", "r_legal_aid", "s_phone_security"} <= answered


def test_legal_lines_are_short_plain_sentences(forms: dict[str, Form]) -> None:
    for question in _questions(forms):
        for line in question.legal:
            assert len(line) <= 140 and line.endswith("."), f"{question.id}: {line}"
