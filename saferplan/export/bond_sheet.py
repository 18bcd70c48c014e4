"""The one-page sheet for the bond person: "what to do if I am detained" (content, no drawing).

Legal lines were checked against IRPA s. 57 (review timeline), IRPR s. 47 (deposits and
guarantees), the Immigration and Refugee Board's information on detention reviews and for
bondspersons, and Steps to Justice (CLEO); they carry the date line, as of January 2020.
"""

from __future__ import annotations

from typing import Final

from saferplan.export.labels import QT_TRANSLATE_NOOP, label_text, legal_date_line
from saferplan.export.plan_content import Block
from saferplan.model import LAWYER_ROLES, Person, PlanDocument

_CONTEXT: Final = "BondSheet"

TITLE: Final = QT_TRANSLATE_NOOP("BondSheet", "If I am detained: for my bond person")
# (heading, lines): the date line stands under the title, over every line that states a rule.
SECTIONS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    (QT_TRANSLATE_NOOP("BondSheet", "When"), (
        QT_TRANSLATE_NOOP("BondSheet",
                          "The first detention review is within 48 hours, or soon after. "
                          "Then within 7 days, then at least once every 30 days."),
        QT_TRANSLATE_NOOP("BondSheet",
                          "If you are not ready for the first review, the next chance may be a "
                          "week or a month later. Call my lawyer as soon as you hear."),
    )),
    (QT_TRANSLATE_NOOP("BondSheet", "What you may be asked at the hearing"), (
        QT_TRANSLATE_NOOP("BondSheet",
                          "How you know me, where I will live, and how you will make sure I "
                          "follow the conditions of my release."),
        QT_TRANSLATE_NOOP("BondSheet",
                          "Whether you would tell the CBSA if I broke a condition. You must, "
                          "or you can lose the money."),
        QT_TRANSLATE_NOOP("BondSheet",
                          "Where the money comes from. It must be your own money, not mine."),
    )),
    (QT_TRANSLATE_NOOP("BondSheet", "What to bring"), (
        QT_TRANSLATE_NOOP("BondSheet",
                          "Photo ID, and proof of your status in Canada: a Canadian passport, "
                          "citizenship certificate or permanent resident card."),
        QT_TRANSLATE_NOOP("BondSheet",
                          "Proof of your own money and income, and of your address: bank "
                          "statements, pay slips, a lease or a bill."),
    )),
)
CALL: Final = QT_TRANSLATE_NOOP("BondSheet", "Who to call")
NO_ONE: Final = QT_TRANSLATE_NOOP("BondSheet", "Add my lawyer's and support worker's numbers here:")
# Roles whose numbers the bond person needs: legal help first, then support.
CALL_ROLES: Final = (*sorted(LAWYER_ROLES), "support_worker")


def _tr(source: str) -> str:
    return label_text(_CONTEXT, source)


def sheet_contacts(doc: PlanDocument) -> list[Person]:
    """Return the lawyers, legal clinics and support workers, in that order, each once."""
    chosen: list[Person] = []
    for role in CALL_ROLES:
        chosen += [p for p in doc.people if role in p.roles and p not in chosen]
    return chosen


def bond_sheet_blocks(doc: PlanDocument, page_break: bool = False) -> list[Block]:
    """Return the sheet in the current translators' language; ``page_break`` starts a new page."""
    blocks = [Block("title", _tr(TITLE), page_break=page_break), Block("muted", legal_date_line())]
    for heading, lines in SECTIONS:
        blocks.append(Block("heading", _tr(heading)))
        blocks += [Block("item", _tr(line)) for line in lines]
    blocks.append(Block("heading", _tr(CALL)))
    people = [p for p in sheet_contacts(doc) if p.name or p.phone]
    if people:
        blocks += [Block("row", p.name, phone=p.phone) for p in people]
    else:
        blocks.append(Block("answer", _tr(NO_ONE)))
    return blocks
