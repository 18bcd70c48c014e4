"""The lists the printouts need, derived from the plan document."""

from __future__ import annotations

from saferplan.model.document import LAWYER_ROLES, Document, Person, PlanDocument


def bond_persons(doc: PlanDocument) -> list[Person]:
    """People who could pay a bond or promise money for the person's release."""
    return [p for p in doc.people if "bond_person" in p.roles]


def lawyer_contacts(doc: PlanDocument) -> list[Person]:
    """Lawyers (immigration, criminal, family) and legal clinics."""
    return [p for p in doc.people if LAWYER_ROLES.intersection(p.roles)]


def numbers_by_heart(doc: PlanDocument) -> list[Person]:
    """People whose phone number the person wants to know by heart."""
    return [p for p in doc.people if p.memorize]


def document_locations(doc: PlanDocument) -> list[Document]:
    """Every document with where it is kept."""
    return list(doc.documents)
