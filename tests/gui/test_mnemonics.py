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
IDLE = ("IdleWarning", "&Keep working")   # may come on top of any screen of an open plan
HIDE = ("MainWindow", "&Hide")              # the top bar, always there
TOP = [HIDE, ("MainWindow", "L&ock"), IDLE]  # and Lock, while a plan file is open


def _list_screen(context: str, add: str, *more: str) -> list[tuple[str, str]]:
    """People, documents and the record: back, add and remove (and what else is shown)."""
    return [(context, "Back to ho&me"), (context, add), (context, "&Remove"),
            *((context, text) for text in more), *TOP]


def _practice(*texts: str) -> list[tuple[str, str]]:
    """One page of the practice screen: back to home and what that page shows."""
    return [("PracticeWidget", "Back to ho&me"), *(("PracticeWidget", t) for t in texts), *TOP]


SCREENS: dict[str, list[tuple[str, str]]] = {
    "start": [("StartScreen", "&Language: %1"), ("StartScreen", "&Open my plan"),
              ("StartScreen", "Start a &new plan"), ("StartScreen", "&Guest session"),
              ("StartScreen", "Look at a &sample plan"), ("StartScreen", "Se&ttings"), HIDE],
    "create": [("CreateScreen", "&Create my plan"), ("CreateScreen", "&Back"), HIDE],
    "unlock": [("UnlockScreen", "&Open"), ("UnlockScreen", "Use a &recovery code"),
               ("UnlockScreen", "&Back"), ("UnlockScreen", "&Stop opening"), HIDE],
    "unlock with a code": [("UnlockScreen", "&Open"), ("UnlockScreen", "Use my &passphrase"),
                           ("UnlockScreen", "&Back"), ("UnlockScreen", "&Stop opening"), HIDE],
    "plan choice": [("PlanChoiceScreen", "&Safety plan"), ("PlanChoiceScreen", "&Release plan"),
                    ("PlanChoiceScreen", "&Decide later"), *TOP],
    "home": [("HomeScreen", "&Continue"), ("Home", "Add a &safety plan"),
             ("Home", "Add a &release plan"), ("HomeScreen", "Se&ttings"),
             ("HomeScreen", "&Finish guest session"),
             *(("Home", tile) for tile in ("P&eople", "&Documents", "Or&ganisations that can help",
                                           "&Numbers to learn by heart", "Pri&vate record",
                                           "&Print or save a copy")), *TOP],
    "question page": [*WALK_BUTTONS, ("PlanWalkWidget", "&Next"), *TOP],
    "section summary": [*WALK_BUTTONS, ("PlanWalkWidget", "&Next section"), *TOP],
    "last summary": [*WALK_BUTTONS, ("PlanWalkWidget", "&Finish for now"), *TOP],
    "people": _list_screen("PeopleWidget", "&Add someone"),
    "documents": _list_screen("DocumentsWidget", "&Add a document"),
    "record": _list_screen("RecordWidget", "&Add an entry",
                           "Make a &PDF for a lawyer or advocate…"),
    "directory": [("DirectoryWidget", "Back to ho&me"), ("DirectoryWidget", "&Search"), *TOP],
    "practice, look": _practice("I am &ready, hide it"),
    "practice, ask": _practice("&Skip for now", "&Done"),
    "practice, result": _practice("&Next"),
    "practice, all done": _practice("Practise &all numbers again"),
    "print": [("PrintScreen", "Back to ho&me"), ("PrintScreen", "&Save as PDF…"),
              ("PrintScreen", "&Print…"), *TOP],
    "settings": [("SettingsScreen", "&Back"), ("KeysSection", "Change the &passphrase"),
                 ("KeysSection", "Make a new recovery &code"),
                 ("KeysSection", "&Remove the recovery code"), *TOP],
    "consent": [("ConsentScreen", "&Back"), ("ConsentScreen", "&Continue"), *TOP],
    "guest end": [("Guest", "&Save a locked file to a folder or USB stick"),
                  ("Guest", "&Print it"), ("Guest", "&Take nothing and forget it all")],
    "paused": [("PausedScreen", "&Continue"), HIDE],
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
