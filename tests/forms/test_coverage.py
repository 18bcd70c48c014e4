"""Every point of the guide is asked by at least one question, and the shipped forms are sound."""

from __future__ import annotations

import re

import pytest

from saferplan.forms import FORM_IDS, KINDS, Form, load_all_forms
from saferplan.model import ROLES

# The guide's points (see the brief and the guide, "How can I help migrant sex workers create a
# safety plan or release plan?", and the case studies) -> the questions that ask about them.
SAFETY_COVERAGE: dict[str, tuple[str, ...]] = {
    "S1 risk of retaliation if you leave": ("s_retaliation", "s_safer_leaving"),
    "S2 where you would go, addresses hidden": ("s_safe_place", "s_hide_addresses"),
    "S3 how you would get there": ("s_transport",),
    "S4 leaving soon or ready for a sudden leave": ("s_timing", "s_leave_date"),
    "S5 small bag of essentials": ("s_bag",),
    "S6 children, people you care for, pets": ("s_care",),
    "S7 people and groups who help find services": ("s_helpers",),
    "S8 other supports and priorities": ("s_other_support", "s_priorities"),
    "S9 strengths, how you stayed safe": ("s_strengths",),
    "S10 lawyer before police or immigration": ("s_lawyer_first",),
    "S11 money saved and hidden": ("s_savings", "s_money_place"),
    "S12 own bank account, mail not seen": ("s_own_account", "s_bank_mail"),
    "S13 documents together, ready to take": ("s_documents",),
    "S14 organisation keeps a copy of the file": ("s_org_copy",),
    "S15 record every incident with date, time, place": ("s_incident_record",),
    "S16 copies with a trusted person or private email": ("s_copies_place", "s_private_email"),
    "Li Li: rules for sponsored spouses facing family violence": ("s_sponsorship",),
    "keep the person away from your phone and records": ("s_phone_security",),
}

RELEASE_COVERAGE: dict[str, tuple[str, ...]] = {
    "R1 legal clinics and lawyers": (
        "r_legal_clinic", "r_lawyer", "r_lawyer_criminal", "r_lawyer_family",
    ),
    "R2 knowing your rights, lowering risk": ("r_rights",),
    "R3 community support workers": ("r_support_worker",),
    "R4 a trusted person who speaks up for you": ("r_advocate",),
    "R5 plan ahead, belongings are taken": ("r_talked_plan",),
    "R6 bond person(s) and organisations for release": ("r_bond_person", "r_support_worker"),
    "R7 numbers known by heart": ("r_numbers_by_heart",),
    "R8 care for children and pets": ("r_carer_children", "r_carer_pets"),
    "R9 key holder fetches clothes, money, documents, medication": (
        "r_key_holder", "r_documents",
    ),
    "R10 bond person brings money and/or testifies": (
        "r_bond_person", "r_bond_amount", "r_hearing_witness",
    ),
    "R11 release address, relationship built now": ("r_release_address",),
    "R12 a lawyer, or someone who would call one": ("r_lawyer", "r_lawyer_criminal"),
    "R13 service provider contacts family, what to say": (
        "r_family_contact", "r_family_message",
    ),
    "R14 medication and medical needs": ("r_medication",),
    "R15 interpreter": ("r_interpreter",),
    "R16 power of attorney": ("r_power_of_attorney",),
    "R17 money if the bank account is frozen": ("r_frozen_account",),
    "R18 school or work to notify": ("r_notify",),
    "R19 people cared for here or abroad": ("r_care_others",),
    "R20 what to say at a hearing, with a lawyer": ("r_hearing_talk",),
    "Bao: his own wishes (stay and wait, or leave)": ("r_wishes",),
    "Bao: legal aid, and eligibility for it": ("r_legal_aid",),
    "bail hearing and surety in criminal court": ("r_lawyer_criminal",),
    "review timeline: the bond person ready within 48 hours": ("r_bond_ready",),
}

# Ids other code relies on (the walk's pickers, the card, the demo plan): id -> (kind, role).
FIXED_IDS: dict[str, tuple[str, str | None]] = {
    "r_medication": ("long_text", None),
    "r_interpreter": ("short_text", None),
    "r_bond_person": ("person", "bond_person"),
    "r_lawyer": ("person", "lawyer_immigration"),
    "r_key_holder": ("person", "key_holder"),
    "r_carer_children": ("person", "carer_children"),
    "r_release_address": ("person", "release_address"),
    "s_safe_place": ("person", "safe_place"),
}

# Words that frame the person as someone to be saved, or judge them (docs/design.md, "Tone").
UNWANTED_WORDS = re.compile(
    r"\b(victims?|rescued?|rescuing|survivors?|prostitut\w*|trafficked)\b",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def forms() -> dict[str, Form]:
    return load_all_forms()


@pytest.mark.parametrize(
    ("form_id", "coverage"),
    [("safety_plan", SAFETY_COVERAGE), ("release_plan", RELEASE_COVERAGE)],
)
def test_every_guide_point_is_asked(
    forms: dict[str, Form], form_id: str, coverage: dict[str, tuple[str, ...]]
) -> None:
    form = forms[form_id]
    for point, question_ids in coverage.items():
        assert question_ids, point
        missing = [qid for qid in question_ids if form.question(qid) is None]
        assert not missing, f"{point}: {missing} not in {form_id}"


def test_the_coverage_maps_name_every_numbered_point() -> None:
    safety = {key.split()[0] for key in SAFETY_COVERAGE}
    release = {key.split()[0] for key in RELEASE_COVERAGE}
    assert {f"S{n}" for n in range(1, 17)} <= safety
    assert {f"R{n}" for n in range(1, 21)} <= release


def test_both_forms_have_the_guide_sections(forms: dict[str, Form]) -> None:
    assert [s.title for s in forms["safety_plan"].sections][:4] == [
        "Plan to leave", "Supports and resources", "Money", "ID, documents and bank information",
    ]
    release_titles = [s.title.lower() for s in forms["release_plan"].sections]
    assert any("rights" in t for t in release_titles)
    assert any("detention review" in t for t in release_titles)
    assert any("in advance" in t for t in release_titles)


def test_every_question_has_a_one_line_why(forms: dict[str, Form]) -> None:
    for form in forms.values():
        for question in form.questions():
            assert question.why.strip(), question.id
            assert "\n" not in question.why, question.id
            assert len(question.why) <= 120, question.id


def test_question_text_is_short(forms: dict[str, Form]) -> None:
    for form in forms.values():
        for question in form.questions():
            assert 10 <= len(question.text) <= 140, question.id
            assert len(question.help) <= 120, question.id
            assert question.text.rstrip().endswith(("?", ".")), question.id


def test_ids_are_unique_across_both_forms_and_use_the_form_prefix(
    forms: dict[str, Form],
) -> None:
    prefixes = {"safety_plan": "s_", "release_plan": "r_"}
    all_ids = [q.id for form in forms.values() for q in form.questions()]
    assert len(all_ids) == len(set(all_ids))
    for form_id, form in forms.items():
        assert all(q.id.startswith(prefixes[form_id]) for q in form.questions()), form_id


def test_every_kind_is_used(forms: dict[str, Form]) -> None:
    used = {q.kind for form in forms.values() for q in form.questions()}
    assert used == set(KINDS)


def test_forms_have_a_reasonable_number_of_questions(forms: dict[str, Form]) -> None:
    assert set(forms) == set(FORM_IDS)
    for form in forms.values():
        assert 18 <= len(form.questions()) <= 30, form.id


def test_fixed_ids_exist_with_their_kind_and_role(forms: dict[str, Form]) -> None:
    for question_id, (kind, role) in FIXED_IDS.items():
        form = forms["release_plan" if question_id.startswith("r_") else "safety_plan"]
        question = form.question(question_id)
        assert question is not None, question_id
        assert (question.kind, question.role) == (kind, role)
    record = forms["safety_plan"].question("s_incident_record")
    assert record is not None and record.kind in {"yes_no", "choice"}


def test_person_questions_use_known_roles(forms: dict[str, Form]) -> None:
    for form in forms.values():
        for question in form.questions():
            assert (question.role is not None) == (question.kind == "person"), question.id
            assert question.role is None or question.role in ROLES


def test_bond_person_is_explained(forms: dict[str, Form]) -> None:
    question = forms["release_plan"].question("r_bond_person")
    assert question is not None
    legal = " ".join(question.legal)
    assert "guarantee" in legal and "hearing" in legal
    amount = forms["release_plan"].question("r_bond_amount")
    assert amount is not None and "deposit" in " ".join(amount.legal)


def test_no_unwanted_framing_words(forms: dict[str, Form]) -> None:
    for form in forms.values():
        texts = [form.title, form.description]
        for section in form.sections:
            texts += [section.title, section.intro]
            for q in section.questions:
                texts += [q.text, q.why, q.help, *q.examples, *(o.label for o in q.options)]
        for text in texts:
            assert not UNWANTED_WORDS.search(text), text


def test_questions_ask_about_the_present_not_for_an_account(forms: dict[str, Form]) -> None:
    # Never "tell me what happened" / "describe the abuse": the plan asks about now and next.
    account = re.compile(r"\b(describe|what happened|tell us about)\b", re.IGNORECASE)
    for form in forms.values():
        for q in form.questions():
            assert not account.search(q.text), q.id
