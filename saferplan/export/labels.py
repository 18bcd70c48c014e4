"""Printed labels (translatable, with the English beneath on the card) and discreet wording."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP as _NOOP
from PySide6.QtCore import QCoreApplication

# Same name, so lupdate still finds the strings; typed, because the stub says it returns object.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], _NOOP)

CARD: Final = "Card"
PLAN: Final = "PlanPdf"

# Card group label per role, in the order groups are printed.
ROLE_LABELS: Final[tuple[tuple[str, str], ...]] = (
    ("bond_person", QT_TRANSLATE_NOOP("Card", "Bond person")),
    ("lawyer_immigration", QT_TRANSLATE_NOOP("Card", "Immigration lawyer")),
    ("lawyer_criminal", QT_TRANSLATE_NOOP("Card", "Criminal lawyer")),
    ("lawyer_family", QT_TRANSLATE_NOOP("Card", "Family lawyer")),
    ("legal_clinic", QT_TRANSLATE_NOOP("Card", "Legal clinic")),
    ("support_worker", QT_TRANSLATE_NOOP("Card", "Support worker")),
    ("key_holder", QT_TRANSLATE_NOOP("Card", "Has my key")),
    ("carer_children", QT_TRANSLATE_NOOP("Card", "Cares for my children")),
    ("carer_pets", QT_TRANSLATE_NOOP("Card", "Cares for my pets")),
    ("release_address", QT_TRANSLATE_NOOP("Card", "Release address")),
    ("emergency_contact", QT_TRANSLATE_NOOP("Card", "Emergency contact")),
    ("power_of_attorney", QT_TRANSLATE_NOOP("Card", "Power of attorney")),
    ("hearing_witness", QT_TRANSLATE_NOOP("Card", "Witness")),
    ("safe_place", QT_TRANSLATE_NOOP("Card", "Safe place")),
)
OTHER_CONTACTS: Final = QT_TRANSLATE_NOOP("Card", "Other contacts")
CARD_HEADING: Final = QT_TRANSLATE_NOOP("Card", "In an emergency, please contact")
CONTACTS: Final = QT_TRANSLATE_NOOP("Card", "Contacts")
MEDICATION: Final = QT_TRANSLATE_NOOP("Card", "Medication and medical needs")
INTERPRETER: Final = QT_TRANSLATE_NOOP("Card", "Language / interpreter")
CHECK_LINE: Final = QT_TRANSLATE_NOOP(
    "Card", "This line is 5 cm long. If it is not, print again at 100 % (actual size)."
)


@dataclass(frozen=True)
class Label:
    """A label in the person's language and in English; printed once when they are the same."""

    local: str
    english: str

    def lines(self) -> list[str]:
        """Return the label's lines: the person's language, then English if it differs."""
        return [self.local] if self.local == self.english else [self.local, self.english]


def card_label(source: str) -> Label:
    """Return the card label for an English source string (translated in the "Card" context)."""
    return Label(QCoreApplication.translate(CARD, source), source)


def plan_text(source: str) -> str:
    """Translate a plan PDF string (context "PlanPdf")."""
    return QCoreApplication.translate(PLAN, source)


# Shown with every statement of a rule of law: the questions' "legal" lines, the bond sheet.
LEGAL_DATE_LINE: Final = QT_TRANSLATE_NOOP(
    "Legal",
    "As of January 2020 — general information, not legal advice; check with a legal clinic.",
)


def legal_date_line() -> str:
    """Return the date line of legal information, in the person's language."""
    return QCoreApplication.translate("Legal", LEGAL_DATE_LINE)


YES_NO: Final[dict[str, str]] = {
    "yes": QT_TRANSLATE_NOOP("PlanPdf", "Yes"),
    "no": QT_TRANSLATE_NOOP("PlanPdf", "No"),
    "not_sure": QT_TRANSLATE_NOOP("PlanPdf", "Not sure"),
}

# Words a discreet printout must not show, with their usual endings (English only, as documented).
_SENSITIVE: Final = re.compile(
    r"\b(?:detention|detained|detain|bonds?|bail|lawyers?|legal(?:ly)?|abuse[ds]?|abusive|abuser"
    r"|immigration|police|sex[\s-]*work(?:ers?|ing)?|released?|releases|safety[\s-]+plans?"
    r"|deport(?:ed|ation|s)?)\b",
    re.IGNORECASE,
)


def _initials(match: re.Match[str]) -> str:
    return " ".join(word[0].upper() + "." for word in re.split(r"[\s-]+", match.group(0)) if word)


def discreet_text(text: str) -> str:
    """Shorten words that tell what the printout is for to initials ("Legal Aid" → "L. Aid")."""
    return _SENSITIVE.sub(_initials, text)


def has_sensitive_words(text: str) -> bool:
    """Return True when ``text`` contains a word discreet printouts leave out."""
    return _SENSITIVE.search(text) is not None
