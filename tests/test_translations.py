"""Every shipped language is complete, keeps its placeholders, and covers every question."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from tool_needs import need

from saferplan.forms import load_all_forms
from saferplan.i18n import LANGUAGE_CODES

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
TRANSLATED = [code for code in LANGUAGE_CODES if code != "en"]
PLACEHOLDER = re.compile(r"%n|%L?\d|\{[A-Za-z_0-9]*\}|</?[a-z][^>]*>|&[a-z]+;")


def _messages(code: str) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(TS_DIR / f"saferplan_{code}.ts")
    return [(ctx.findtext("name") or "", msg)
            for ctx in tree.getroot().iter("context") for msg in ctx.iter("message")]


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_with_its_placeholders(code: str) -> None:
    messages = _messages(code)
    assert len(messages) > 500
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"{code} {context} {source[:40]!r}"
        assert translation.get("type") not in {"unfinished", "vanished", "obsolete"}, where
        for text in _texts(message):
            assert text.strip(), where
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_question_has_its_text_and_why_translated(code: str) -> None:
    keys = {(context, message.findtext("comment")) for context, message in _messages(code)}
    for form in load_all_forms().values():
        for question in form.questions():
            for field in ("text", "why"):
                assert (f"forms.{form.id}", f"{question.id}.{field}") in keys, (code, question.id)


def test_translation_files_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Re-extracting the strings finds nothing new: no user-facing string lacks a translation."""
    need(Path(sys.executable).with_name("pyside6-lupdate").exists(),
         "pyside6-lupdate is not installed")
    shutil.copy(TS_DIR / "saferplan_vi.ts", tmp_path / "saferplan_vi.ts")
    subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "update",
                    "--language", "vi", "--ts-dir", str(tmp_path)], check=True,
                   capture_output=True)
    fresh = (tmp_path / "saferplan_vi.ts").read_text(encoding="utf-8")
    missing = re.findall(r"<source>([^<]*)</source>(?:\s*<comment>[^<]*</comment>)?"
                         r"(?:\s*<extracomment>[^<]*</extracomment>)?"
                         r"\s*<translation type=\"unfinished\"", fresh)
    assert not missing, missing[:10]


@pytest.mark.parametrize("code", ["vi", "km", "th", "lo", "tl"])
def test_qt_standard_buttons_speak_languages_qt_does_not_ship(code: str, tmp_path: Path,
                                                              qapp: object) -> None:
    """Qt has no OK/Cancel/Close of its own for these languages: ours must answer for it."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QDialogButtonBox

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    need(lrelease.exists(), "pyside6-lrelease is not installed")
    qm = tmp_path / f"{code}.qm"
    subprocess.run([str(lrelease), "-silent", str(TS_DIR / f"saferplan_{code}.ts"), "-qm",
                    str(qm)], check=True)
    expected = {message.findtext("source"): _texts(message)[0]
                for context, message in _messages(code) if context == "QPlatformTheme"}
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        shown = {box.button(QDialogButtonBox.StandardButton.Ok).text(),
                 box.button(QDialogButtonBox.StandardButton.Cancel).text()}
    finally:
        QCoreApplication.removeTranslator(translator)
    assert shown == {expected["OK"], expected["Cancel"]}
    assert shown.isdisjoint({"OK", "Cancel"}) or code == "tl"


FOREIGN_SCRIPTS = {"th": r"[\u0E80-\u0EFF\u1780-\u17FF]", "lo": r"[\u0E00-\u0E7F\u1780-\u17FF]",
                   "km": r"[\u0E00-\u0E7F\u0E80-\u0EFF]"}


@pytest.mark.parametrize("code", sorted(FOREIGN_SCRIPTS))
def test_neighbouring_scripts_are_not_mixed(code: str) -> None:
    """Thai, Lao and Khmer look alike to a machine; a stray letter from the wrong one is a typo."""
    foreign = re.compile(FOREIGN_SCRIPTS[code])
    for context, message in _messages(code):
        for text in _texts(message):
            assert not foreign.search(text), (code, context, text[:40])
