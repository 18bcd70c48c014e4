"""Typed classes of the plan document (docs/architecture.md, "Plan JSON interchange")."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Final

from saferplan.model.attachment import Attachment
from saferplan.model.log_entry import LogEntry, entry_ids
from saferplan.model.text_rules import TextKind, clean_text

SCHEMA_VERSION: Final = 1

# Roles a person can have in a plan; stable ids used in the plan JSON.
ROLES: Final[tuple[str, ...]] = (
    "bond_person",
    "hearing_witness",
    "lawyer_immigration",
    "lawyer_criminal",
    "lawyer_family",
    "legal_clinic",
    "support_worker",
    "key_holder",
    "carer_children",
    "carer_pets",
    "release_address",
    "power_of_attorney",
    "emergency_contact",
    "safe_place",
)

# Kinds of document a person can pick; stable ids stored in the plan JSON, shown translated.
DOCUMENT_KINDS: Final[tuple[str, ...]] = (
    "passport",
    "id_card",
    "immigration_papers",
    "study_permit",
    "work_permit",
    "birth_certificate",
    "childrens_documents",
    "bank_card",
    "health_card",
    "medication_list",
    "lease",
    "court_papers",
)

LAWYER_ROLES: Final[frozenset[str]] = frozenset(
    {"lawyer_immigration", "lawyer_criminal", "lawyer_family", "legal_clinic"}
)

# How a question stands: answered, skipped for now, does not apply, or to talk about later.
ANSWER_STATES: Final[tuple[str, ...]] = ("answered", "skipped", "not_applicable", "later")

# A stored answer: text for most kinds, a list of ids for checklists, people and documents.
AnswerValue = str | list[str]


@dataclass
class Person:
    """Someone in the person's support network (or an organisation), with the roles they fill."""

    id: str
    name: str
    phone: str = ""
    roles: list[str] = field(default_factory=list)
    memorize: bool = False
    notes: str = ""
    # Where they live or where the place is (a release address, a safe place); optional.
    address: str = ""
    # The address is printed on the wallet card only if the person chooses so.
    address_on_card: bool = False


@dataclass
class Document:
    """An important document: its kind or the person's own words, where it is, who has a copy.

    ``kind`` is one of DOCUMENT_KINDS (shown in the reader's language) or "" when ``what``, the
    person's own words, names it.
    """

    id: str
    what: str
    where: str = ""
    copy_with: str = ""
    notes: str = ""
    kind: str = ""


@dataclass
class Answer:
    """The person's answer to one question, or why there is none yet."""

    state: str
    value: AnswerValue | None = None


@dataclass
class Plan:
    """One plan (for example "If I am detained"), tied to a question set."""

    id: str
    form: str
    title: str = ""
    answers: dict[str, Answer] = field(default_factory=dict)


# The highest Leitner box of number practice (boxes 0 to 5; model/practice.py has the intervals).
MAX_PRACTICE_BOX: Final = 5
_ID: Final = attrgetter("id")


@dataclass
class PracticeProgress:
    """How far the person is in learning one number by heart (scheduled by model/practice.py)."""

    box: int
    due: date
    correct_days: list[date] = field(default_factory=list)


@dataclass
class PlanDocument:
    """Everything in one plan file: people, documents and plans shared by all plans, and the log."""

    language: str = "en"
    people: list[Person] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    log: list[LogEntry] = field(default_factory=list)
    # Number practice by person id; a person with no entry has not practised yet.
    practice: dict[str, PracticeProgress] = field(default_factory=dict)
    # Files of the private record by attachment id, in the order they were added.
    attachments: dict[str, Attachment] = field(default_factory=dict)

    def person(self, person_id: str) -> Person | None:
        """Return the person with this id, or None (for many ids, see ``people_by_id``)."""
        return next((p for p in self.people if p.id == person_id), None)

    def people_by_id(self) -> dict[str, Person]:
        """Every person by id, made now: looking up many ids with it stays linear (a plan
        may name 1,000 people in one answer)."""
        return {p.id: p for p in self.people}

    def new_id(self, prefix: str, start: int = 1) -> str:
        """Return an id that no person, document, plan, entry or file uses yet: the prefix and
        the first number from ``start`` that is free.

        The record passes one more than its entries (e1, e2 … follow on, and the first look is
        most times the last): a record may hold 100,000 entries, whose ids are then only
        compared with it, not put in a set (8 ms there, against 20).
        """
        used = {p.id for p in self.people} | {d.id for d in self.documents}
        used |= {p.id for p in self.plans} | set(self.attachments)
        first = f"{prefix}{start}"
        if first not in used and first not in map(_ID, self.log):
            return first
        used.update(entry_ids(self.log))
        return next(f"{prefix}{n}" for n in itertools.count(start + 1)
                    if f"{prefix}{n}" not in used)

    def add_person(
        self, name: str, phone: str = "", roles: list[str] | None = None, notes: str = ""
    ) -> Person:
        """Add a person (or an organisation from the directory) and return it.

        Hidden characters are removed (model/text_rules.py): a name or number cannot carry
        an invisible direction override that makes it print as another number.
        """
        unknown = [r for r in roles or [] if r not in ROLES]
        if unknown:
            raise ValueError(f"unknown role: {unknown[0]}")
        person = Person(self.new_id("p"), clean_text(name, TextKind.ONE_LINE),
                        clean_text(phone, TextKind.PHONE), list(roles or []),
                        notes=clean_text(notes, TextKind.MULTI_LINE))
        self.people.append(person)
        return person

    def assign_role(self, person_id: str, role: str) -> None:
        """Give a person a role (once); used when a question names someone for a role."""
        if role not in ROLES:
            raise ValueError(f"unknown role: {role}")
        person = self.person(person_id)
        if person is None:
            raise KeyError(person_id)
        if role not in person.roles:
            person.roles.append(role)

    def remove_person(self, person_id: str) -> None:
        """Remove a person and every reference to them (copies, answers, practice, record)."""
        self.people = [p for p in self.people if p.id != person_id]
        self.practice.pop(person_id, None)
        for entry in self.log:
            if person_id in entry.people:
                entry.people = [p for p in entry.people if p != person_id]
        for doc in self.documents:
            if doc.copy_with == person_id:
                doc.copy_with = ""
        for plan in self.plans:
            for answer in plan.answers.values():
                if isinstance(answer.value, list) and person_id in answer.value:
                    answer.value = [v for v in answer.value if v != person_id]
