"""What the plan printout says, as a list of styled blocks (no Qt drawing, only translations)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from saferplan.export.labels import QT_TRANSLATE_NOOP, YES_NO, discreet_text, plan_text
from saferplan.forms import Form, Question
from saferplan.model import (
    Answer,
    Person,
    Plan,
    PlanDocument,
    bond_persons,
    document_locations,
    lawyer_contacts,
    numbers_by_heart,
)
from saferplan.model.text_rules import TextKind, clean_text

_LTR_ISOLATE, _POP_ISOLATE = "\u2066", "\u2069"  # keep a phone number left to right in Arabic text


@dataclass(frozen=True)
class Block:
    """One paragraph of the printout; consecutive "row" blocks become a name/phone table.

    Styles: title, heading, section, question, answer, item, row, muted.
    """

    style: str
    text: str = ""
    lead: str = ""  # a bold start of the paragraph ("Passport: ")
    phone: str = ""  # second column of a "row"
    page_break: bool = False

    def texts(self) -> list[str]:
        """Return the strings this block draws."""
        return [self.lead, self.text, self.phone]


def _people_rows(people: list[Person], discreet: bool) -> list[Block]:
    if not people:
        return [Block("muted", plan_text(QT_TRANSLATE_NOOP("PlanPdf", "No one added yet.")))]
    name = discreet_text if discreet else str
    return [Block("row", name(p.name), phone=p.phone) for p in people]


def _document_blocks(doc: PlanDocument, discreet: bool) -> list[Block]:
    documents = document_locations(doc)
    if not documents:
        return [Block("muted", plan_text(QT_TRANSLATE_NOOP("PlanPdf", "Nothing added yet.")))]
    clean = discreet_text if discreet else str
    blocks = []
    for document in documents:
        blocks.append(Block("answer", clean(document.where), lead=clean(document.what)))
        holder = doc.person(document.copy_with) if document.copy_with else None
        if holder is not None:
            template = plan_text(QT_TRANSLATE_NOOP("PlanPdf", "A copy is with {name}."))
            text = template.format(name=clean(holder.name))
            blocks.append(Block("muted", text))
    return blocks


def _with_phone(person: Person) -> str:
    name = clean_text(person.name, TextKind.ONE_LINE)  # the person's own isolates go
    if not person.phone:
        return name
    phone = clean_text(person.phone, TextKind.PHONE)
    return f"{name} ({_LTR_ISOLATE}{phone}{_POP_ISOLATE})"


def answer_lines(question: Question, answer: Answer, doc: PlanDocument) -> list[str]:
    """Return the answer as printed lines: names for people, labels for options, Yes/No/Not sure."""
    value = answer.value
    if value is None or value == "" or value == []:
        return []
    if question.kind == "person" and isinstance(value, list):
        people = (doc.person(pid) for pid in value)
        return [_with_phone(p) for p in people if p is not None]
    if question.kind == "document" and isinstance(value, list):
        return [d.what for d in doc.documents if d.id in value]
    if question.kind in ("choice", "checklist"):
        ids = value if isinstance(value, list) else [value]
        labels = {o.id: o.label for o in question.options}
        return [labels[i] for i in ids if i in labels]
    if question.kind == "yes_no" and isinstance(value, str):
        return [plan_text(YES_NO[value])] if value in YES_NO else []
    return [value.strip()] if isinstance(value, str) else [str(v) for v in value]


def _answer_blocks(question: Question, lines: list[str]) -> list[Block]:
    blocks = [Block("question", question.text)]
    if len(lines) == 1 and question.kind not in ("checklist", "person", "document"):
        return [*blocks, Block("answer", lines[0])]
    return blocks + [Block("item", line) for line in lines]


def _plan_blocks(plan: Plan, form: Form | None, doc: PlanDocument) -> list[Block]:
    title = plan.title or (form.title if form else "")
    blocks = [Block("title", title, page_break=True)]
    if form is None:
        return blocks
    later = []
    for section in form.sections:
        body: list[Block] = []
        for question in section.questions:
            answer = plan.answers.get(question.id)
            if answer is None:
                continue
            if answer.state == "later":
                later.append(question.text)
            elif answer.state == "answered":
                lines = answer_lines(question, answer, doc)
                body += _answer_blocks(question, lines) if lines else []
        if body:
            blocks += [Block("section", section.title), *body]
    if later:
        heading = plan_text(QT_TRANSLATE_NOOP("PlanPdf", "Still to think about"))
        blocks.append(Block("section", heading))
        blocks += [Block("item", text) for text in later]
    return blocks


def plan_blocks(doc: PlanDocument, forms: Mapping[str, Form]) -> list[Block]:
    """Return the full plan printout: the four lists first, then each plan's answers."""
    blocks = [
        Block("title", plan_text(QT_TRANSLATE_NOOP("PlanPdf", "My plan"))),
        Block("heading", plan_text(QT_TRANSLATE_NOOP("PlanPdf", "Bond persons"))),
        *_people_rows(bond_persons(doc), False),
        Block("heading", plan_text(QT_TRANSLATE_NOOP("PlanPdf", "Numbers to know by heart"))),
        *_people_rows(numbers_by_heart(doc), False),
        Block("heading", plan_text(QT_TRANSLATE_NOOP("PlanPdf", "Where my documents are"))),
        *_document_blocks(doc, False),
        Block("heading", plan_text(QT_TRANSLATE_NOOP("PlanPdf", "Lawyers and legal help"))),
        *_people_rows(lawyer_contacts(doc), False),
    ]
    for plan in doc.plans:
        blocks += _plan_blocks(plan, forms.get(plan.form), doc)
    return blocks


def discreet_blocks(doc: PlanDocument) -> list[Block]:
    """Return the discreet printout: a neutral contact list and where things are, no questions."""
    people = [p for p in doc.people if p.name or p.phone]
    return [
        Block("title", plan_text(QT_TRANSLATE_NOOP("PlanPdf", "Contacts"))),
        *_people_rows(people, True),
        Block("heading", plan_text(QT_TRANSLATE_NOOP("PlanPdf", "Notes"))),
        *_document_blocks(doc, True),
    ]
