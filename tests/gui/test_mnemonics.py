"""Alt+letter mnemonics: the main actions have one, and no two on a screen share a letter.

Checked in English (the source) and in every language's current .ts file: a translation that
is missing or unfinished falls back to the English words, as Qt shows them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"

# What is on screen at the same time: (context, source text) of every button with a mnemonic.
WALK_BUTTONS = [("PlanWalkWidget", text) for text in (
    "&Back", "&Skip for now", "&Doesn't apply", "Talk about it &later", "Back to ho&me")]
SCREENS: dict[str, list[tuple[str, str]]] = {
    "question page": [*WALK_BUTTONS, ("PlanWalkWidget", "&Next"),
                      ("IdleWarning", "&Keep working")],
    "section summary": [*WALK_BUTTONS, ("PlanWalkWidget", "&Next section"),
                        ("IdleWarning", "&Keep working")],
    "last summary": [*WALK_BUTTONS, ("PlanWalkWidget", "&Finish for now"),
                     ("IdleWarning", "&Keep working")],
}


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" (lower case), or None."""
    match = re.search(r"(?<!&)&([^&\s])", text)
    return match.group(1).lower() if match else None


def translations(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → finished translation, from one .ts file."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            element = message.find("translation")
            if element is None or element.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if element.text:
                found[(name, message.findtext("source", ""))] = element.text
    return found


LANGUAGE_FILES = sorted(TRANSLATIONS.glob("saferplan_*.ts"))


def test_the_main_actions_have_a_mnemonic_in_the_source() -> None:
    for screen, buttons in SCREENS.items():
        assert all(mnemonic(text) for _context, text in buttons), screen


def test_the_source_strings_exist_in_the_code() -> None:
    code = "\n".join(p.read_text(encoding="utf-8")
                     for p in (Path(__file__).resolve().parents[2] / "saferplan").rglob("*.py"))
    for buttons in SCREENS.values():
        for _context, text in buttons:
            assert f'"{text}"' in code, text


@pytest.mark.parametrize("path", [None, *LANGUAGE_FILES],
                         ids=["en", *(p.stem.removeprefix("saferplan_") for p in LANGUAGE_FILES)])
def test_no_two_actions_on_a_screen_share_a_letter(path: Path | None) -> None:
    shown = translations(path) if path is not None else {}
    for screen, buttons in SCREENS.items():
        letters = [mnemonic(shown.get(key, key[1])) for key in buttons]
        used = [letter for letter in letters if letter is not None]
        assert len(used) == len(set(used)), (screen, letters)
