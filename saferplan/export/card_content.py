"""What the wallet card says: chosen people by role, medication and language (no drawing)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from saferplan.export.labels import (
    CARD_HEADING,
    CHECK_LINE,
    CONTACTS,
    INTERPRETER,
    MEDICATION,
    OTHER_CONTACTS,
    ROLE_LABELS,
    Label,
    card_label,
    discreet_text,
)
from saferplan.export.options import CardContent
from saferplan.model import Person, PlanDocument
from saferplan.model.text_rules import TextKind, clean_text

# Roles whose people are on the card unless the person chooses otherwise
# (docs/design.md, "The wallet card").
DEFAULT_ROLES: Final = frozenset(
    {"bond_person", "lawyer_immigration", "lawyer_criminal", "lawyer_family", "legal_clinic",
     "support_worker", "key_holder", "carer_children", "carer_pets", "release_address"}
)
MEDICATION_QUESTION: Final = "r_medication"
INTERPRETER_QUESTION: Final = "r_interpreter"


@dataclass(frozen=True)
class CardEntry:
    """One person on the card: a name, a phone number, and an address only if the person chose."""

    name: str
    phone: str
    address: str = ""


@dataclass(frozen=True)
class CardGroup:
    """People under one role label (no label in discreet mode)."""

    label: Label | None
    entries: tuple[CardEntry, ...]


@dataclass(frozen=True)
class CardNote:
    """A labelled line of text, e.g. the medication needed."""

    label: Label
    text: str


@dataclass(frozen=True)
class CardModel:
    """Everything printed on one fold-over strip, plus the 5 cm check line's label."""

    cover: Label
    heading: Label | None
    groups: tuple[CardGroup, ...]
    notes: tuple[CardNote, ...]
    check_line: Label

    def texts(self) -> list[str]:
        """Return every string that will be drawn (for the font check)."""
        texts = [*self.cover.lines(), *self.check_line.lines()]
        if self.heading is not None:
            texts += self.heading.lines()
        for group in self.groups:
            texts += group.label.lines() if group.label else []
            texts += [t for e in group.entries for t in (e.name, e.phone, e.address) if t]
        for note in self.notes:
            texts += [*note.label.lines(), note.text]
        return texts


def default_people(doc: PlanDocument) -> list[Person]:
    """Return the default choice: bond persons, legal help, support, keys, carers, by-heart."""
    return [p for p in doc.people if DEFAULT_ROLES.intersection(p.roles) or p.memorize]


def chosen_people(doc: PlanDocument, content: CardContent) -> list[Person]:
    """Return the people the card shows, in the order chosen (unknown ids are left out)."""
    if content.person_ids is None:
        return default_people(doc)
    by_id = doc.people_by_id()
    return [by_id[pid] for pid in content.person_ids if pid in by_id]


def answer_text(doc: PlanDocument, question_id: str) -> str:
    """Return the first answered, non-empty text for this question in any plan, else ""."""
    for plan in doc.plans:
        answer = plan.answers.get(question_id)
        value = answer.value if answer and answer.state == "answered" else None
        if isinstance(value, str) and value.strip():
            return clean_text(value, TextKind.MULTI_LINE).strip()
    return ""


def _card_address(person: Person) -> str:
    """The address on one line, only when the person chose to print it on the card."""
    if not person.address_on_card:
        return ""
    return ", ".join(line.strip() for line in person.address.splitlines() if line.strip())


def _entry(name: str, person: Person, address: str = "") -> CardEntry:
    """A card line as it may be drawn: no hidden characters (defence in depth: the reader,
    the model and the screens already remove or refuse them). Letters an older version let
    into a number stay: they cannot reorder its digits."""
    return CardEntry(clean_text(name, TextKind.ONE_LINE), clean_text(person.phone, TextKind.PHONE),
                     clean_text(address, TextKind.ONE_LINE))


def _group_of(person: Person) -> str:
    return next((role for role, _ in ROLE_LABELS if role in person.roles), "")


def _grouped(people: list[Person]) -> tuple[CardGroup, ...]:
    labels = [*ROLE_LABELS, ("", OTHER_CONTACTS)]
    groups = []
    for role, source in labels:
        members = [p for p in people if _group_of(p) == role]
        if members:
            entries = tuple(_entry(p.name, p, _card_address(p)) for p in members)
            groups.append(CardGroup(card_label(source), entries))
    return tuple(groups)


def build_card(doc: PlanDocument, content: CardContent, discreet: bool) -> CardModel:
    """Return what the card says; discreet: one neutral list of names and numbers, nothing else."""
    people = chosen_people(doc, content)
    check = card_label(CHECK_LINE)
    if discreet:
        entries = tuple(_entry(discreet_text(p.name), p) for p in people)
        groups = (CardGroup(None, entries),) if entries else ()
        return CardModel(card_label(CONTACTS), None, groups, (), check)
    notes = []
    medication = answer_text(doc, MEDICATION_QUESTION) if content.show_medication else ""
    if medication:
        notes.append(CardNote(card_label(MEDICATION), medication))
    language = answer_text(doc, INTERPRETER_QUESTION) if content.show_interpreter else ""
    if language:
        notes.append(CardNote(card_label(INTERPRETER), language))
    return CardModel(card_label(CONTACTS), card_label(CARD_HEADING), _grouped(people),
                     tuple(notes), check)
