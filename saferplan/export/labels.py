"""Printed labels (translatable, with the English beneath on the card) and discreet wording."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP as _NOOP
from PySide6.QtCore import QCoreApplication, QTranslator

from saferplan.model import Document

# Same name, so lupdate still finds the strings; typed, because the stub says it returns object.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], _NOOP)

CARD: Final = "Card"
PLAN: Final = "PlanPdf"

_this_thread = threading.local()  # .translator: the labels' translator in this thread


def label_text(context: str, source: str) -> str:
    """Translate a printed label: through the translator given to this thread by
    :func:`labels_from`, else through the application's translators."""
    translator: QTranslator | None = getattr(_this_thread, "translator", None)
    if translator is None:
        return QCoreApplication.translate(context, source)
    return translator.translate(context, source) or source


@contextmanager
def labels_from(translator: QTranslator | None) -> Iterator[None]:
    """Within this block, and in this thread only, printed labels come from ``translator``
    (English where it has no translation); None leaves them to the application's translators.

    Labels in another language than the app's are printed this way in a worker thread, while
    the screens, on the GUI thread, keep their own language.
    """
    previous = getattr(_this_thread, "translator", None)
    _this_thread.translator = translator
    try:
        yield
    finally:
        _this_thread.translator = previous

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
    return Label(label_text(CARD, source), source)


def plan_text(source: str) -> str:
    """Translate a plan PDF string (context "PlanPdf")."""
    return label_text(PLAN, source)


# Document kinds (model.DOCUMENT_KINDS) as shown, translated in the "Documents" context.
DOCUMENT_KIND_LABELS: Final[dict[str, str]] = {
    "passport": QT_TRANSLATE_NOOP("Documents", "Passport"),
    "id_card": QT_TRANSLATE_NOOP("Documents", "ID card"),
    "immigration_papers": QT_TRANSLATE_NOOP("Documents", "Immigration papers"),
    "study_permit": QT_TRANSLATE_NOOP("Documents", "Study permit"),
    "work_permit": QT_TRANSLATE_NOOP("Documents", "Work permit"),
    "birth_certificate": QT_TRANSLATE_NOOP("Documents", "Birth certificate"),
    "childrens_documents": QT_TRANSLATE_NOOP("Documents", "Children's documents"),
    "bank_card": QT_TRANSLATE_NOOP("Documents", "Bank card"),
    "health_card": QT_TRANSLATE_NOOP("Documents", "Health card"),
    "medication_list": QT_TRANSLATE_NOOP("Documents", "Medication list"),
    "lease": QT_TRANSLATE_NOOP("Documents", "Lease or rental papers"),
    "court_papers": QT_TRANSLATE_NOOP("Documents", "Court papers"),
}
_KIND_BY_ENGLISH: Final = {label.casefold(): kind for kind, label in DOCUMENT_KIND_LABELS.items()}


def document_kind_label(kind: str) -> str:
    """Return a document kind's label in the reader's language ("" for no kind)."""
    source = DOCUMENT_KIND_LABELS.get(kind)
    return label_text("Documents", source) if source else ""


def document_kind(document: Document) -> str:
    """Return the document's kind; an older entry whose text is exactly a kind's English label
    counts as that kind, so it too prints in the reader's language."""
    return document.kind or _KIND_BY_ENGLISH.get(document.what.strip().casefold(), "")


def kind_for_text(text: str) -> str:
    """Return the kind whose label (in the reader's language or English) is ``text``, else ""."""
    wanted = text.strip().casefold()
    translated = {document_kind_label(kind).casefold(): kind for kind in DOCUMENT_KIND_LABELS}
    return translated.get(wanted) or _KIND_BY_ENGLISH.get(wanted, "")


def document_name(document: Document) -> str:
    """Return what the document is, as printed: the kind in the reader's language, else
    the person's own words."""
    kind = document_kind(document)
    return document_kind_label(kind) if kind else document.what


# Shown with every statement of a rule of law: the questions' "legal" lines, the bond sheet.
LEGAL_DATE_LINE: Final = QT_TRANSLATE_NOOP(
    "Legal",
    "As of January 2020 — general information, not legal advice; check with a legal clinic.",
)


def legal_date_line() -> str:
    """Return the date line of legal information, in the person's language."""
    return label_text("Legal", LEGAL_DATE_LINE)


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
