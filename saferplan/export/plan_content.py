"""What the plan printout says, as a list of styled blocks (no Qt drawing, only translations)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from saferplan.export.labels import (
    OTHER_CONTACTS,
    QT_TRANSLATE_NOOP,
    ROLE_LABELS,
    YES_NO,
    card_label,
    discreet_text,
    document_name,
    plan_text,
)
from saferplan.forms import Form, Question
from saferplan.model import (
    LAWYER_ROLES,
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
_LINE_BREAK = "\n"  # a new line inside one table cell (the address under the name)
# Roles listed above the plans on their own (bond persons, lawyers); the others are listed by role.
_LISTED_FIRST = frozenset({"bond_person", *LAWYER_ROLES})
# Roles whose address matters (the hearing asks where you will live; where you would go).
ADDRESS_ROLES = frozenset({"bond_person", "release_address", "safe_place"})


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


def _people_rows(people: list[Person], discreet: bool, address: bool = False) -> list[Block]:
    if not people:
        return [Block("muted", plan_text(QT_TRANSLATE_NOOP("PlanPdf", "No one added yet.")))]
    if discreet:  # names and numbers only
        return [Block("row", discreet_text(p.name), phone=p.phone) for p in people]
    if address:
        return [Block("row", _LINE_BREAK.join([p.name, *_address_lines(p)]), phone=p.phone)
                for p in people]
    return [Block("row", p.name, phone=p.phone) for p in people]


def _address_lines(person: Person) -> list[str]:
    return [line.strip() for line in person.address.splitlines() if line.strip()]


def _people_by_role(doc: PlanDocument) -> list[Block]:
    """Everyone not listed above, under each role they have (people with no role last)."""
    blocks: list[Block] = []
    for role, label in ROLE_LABELS:
        people = [p for p in doc.people if role in p.roles]
        if role not in _LISTED_FIRST and people:
            blocks += [Block("section", card_label(label).local),
                       *_people_rows(people, False, address=role in ADDRESS_ROLES)]
    others = [p for p in doc.people if not p.roles and (p.name or p.phone)]
    if others:
        blocks += [Block("section", card_label(OTHER_CONTACTS).local),
                   *_people_rows(others, False)]
    if not blocks:
        return []
    heading = plan_text(QT_TRANSLATE_NOOP("PlanPdf", "Everyone else in my plan, by role"))
    return [Block("heading", heading), *blocks]


def _document_blocks(doc: PlanDocument, discreet: bool) -> list[Block]:
    documents = document_locations(doc)
    if not documents:
        return [Block("muted", plan_text(QT_TRANSLATE_NOOP("PlanPdf", "Nothing added yet.")))]
    clean = discreet_text if discreet else str
    blocks = []
    for document in documents:
        blocks.append(Block("answer", clean(document.where), lead=clean(document_name(document))))
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
        by_id = doc.people_by_id()
        people = [by_id[pid] for pid in value if pid in by_id]
        if question.role in ADDRESS_ROLES:
            return [", ".join([_with_phone(p), *_address_lines(p)]) for p in people]
        return [_with_phone(p) for p in people]
    if question.kind == "document" and isinstance(value, list):
        return [document_name(d) for d in doc.documents if d.id in value]
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
    body = _plan_body(plan, form, doc) if form is not None else []
    if not body:  # never a page that holds only a title
        template = plan_text(QT_TRANSLATE_NOOP("PlanPdf", "{title}: nothing answered yet."))
        return [Block("muted", template.format(title=title))]
    return [Block("title", title, page_break=True), *body]


def _plan_body(plan: Plan, form: Form, doc: PlanDocument) -> list[Block]:
    blocks: list[Block] = []
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
        *_people_rows(bond_persons(doc), False, address=True),
        Block("heading", plan_text(QT_TRANSLATE_NOOP("PlanPdf", "Numbers to know by heart"))),
        *_people_rows(numbers_by_heart(doc), False),
        Block("heading", plan_text(QT_TRANSLATE_NOOP("PlanPdf", "Where my documents are"))),
        *_document_blocks(doc, False),
        Block("heading", plan_text(QT_TRANSLATE_NOOP("PlanPdf", "Lawyers and legal help"))),
        *_people_rows(lawyer_contacts(doc), False),
        *_people_by_role(doc),
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
