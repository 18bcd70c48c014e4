"""What the person chose for a printout (language, paper, discreet, password) and safe defaults."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QLocale

PAPERS: Final = ("a4", "letter")

# Territories where Letter paper is the usual size (ISO 3166 codes).
_LETTER_TERRITORIES: Final = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR", "PA", "DO", "SV", "NI", "HN", "BZ"}
)


@dataclass(frozen=True)
class ExportOptions:
    """How to print: labels' language, paper size, discreet wording, optional PDF password."""

    language: str = "en"
    paper: str = "a4"
    discreet: bool = False
    password: str | None = None


@dataclass
class CardContent:
    """What goes on the wallet card; ``person_ids=None`` means the default choice of people."""

    person_ids: list[str] | None = None
    show_medication: bool = True
    show_interpreter: bool = True


def default_paper() -> str:
    """Return "letter" where the system locale's territory uses Letter paper, else "a4"."""
    territory = QLocale.system().name().split("_")[-1].upper()
    return "letter" if territory in _LETTER_TERRITORIES else "a4"


def neutral_file_name(card: bool) -> str:
    """Return a default file name that says nothing about what the file holds.

    Never "plan", "release" or a person's name: a file name shows in folder lists and on
    a USB stick someone else may look at, discreet printout or not.
    """
    return "contacts.pdf" if card else "notes.pdf"
