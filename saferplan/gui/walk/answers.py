"""Write what a page holds into the plan: answers, states and the roles people get. No Qt."""

from __future__ import annotations

from collections.abc import Collection

from saferplan.model import Answer, AnswerValue, Plan, PlanDocument


def store_answer(plan: Plan, question_id: str, before: AnswerValue | None,
                 after: AnswerValue | None) -> bool:
    """Store the page's value; return True if the plan changed.

    Untouched pages keep their state (skipped, later…); a cleared answer becomes open again.
    """
    if after == before:
        return False
    if after is not None:
        plan.answers[question_id] = Answer("answered", after)
        return True
    current = plan.answers.get(question_id)
    if current is not None and current.state == "answered":
        del plan.answers[question_id]
        return True
    return False


def set_state(plan: Plan, question_id: str, state: str) -> None:
    """Mark a question skipped, not applicable or later (such answers hold no value)."""
    plan.answers[question_id] = Answer(state)


def update_roles(doc: PlanDocument, role: str, before: AnswerValue | None,
                 after: AnswerValue | None, same_role_questions: Collection[str]) -> None:
    """Give newly picked people the role; take it back from people unpicked on this page.

    The role stays when another answer to a question with the same role still names them.
    """
    old = set(before) if isinstance(before, list) else set()
    new = set(after) if isinstance(after, list) else set()
    for person_id in sorted(new - old):
        if doc.person(person_id) is not None:
            doc.assign_role(person_id, role)
    for person_id in sorted(old - new):
        person = doc.person(person_id)
        if person is not None and role in person.roles and not _still_named(
            doc, person_id, same_role_questions
        ):
            person.roles.remove(role)


def _still_named(doc: PlanDocument, person_id: str, questions: Collection[str]) -> bool:
    return any(
        isinstance(answer.value, list) and person_id in answer.value
        for plan in doc.plans
        for question_id, answer in plan.answers.items()
        if question_id in questions
    )
