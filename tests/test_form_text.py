"""Question sets and the directory are translated through Qt Linguist with stable keys."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from tool_needs import need

from saferplan.form_text import translate_directory, translate_form, translate_forms
from saferplan.forms import load_all_forms
from saferplan.forms.directory import load_directory


def _record() -> tuple[list[tuple[str, str, str]], object]:
    found: list[tuple[str, str, str]] = []

    def tr(context: str, text: str, key: str) -> str:
        found.append((context, text, key))
        return text

    return found, tr


def test_every_line_of_every_question_goes_through_the_translator() -> None:
    forms = translate_forms(load_all_forms(), lambda c, t, k: f"«{t}»" if t else t)
    for form in forms.values():
        assert form.title.startswith("«")
        for question in form.questions():
            assert question.text.startswith("«") and question.why.startswith("«")
            assert all(o.label.startswith("«") for o in question.options)
            assert all(e.startswith("«") for e in question.examples)


def test_keys_are_unique_and_name_the_question() -> None:
    found, tr = _record()
    translate_forms(load_all_forms(), tr)  # type: ignore[arg-type]
    translate_directory(load_directory(), tr)  # type: ignore[arg-type]
    keys = [(c, k) for c, _, k in found]
    assert len(keys) == len(set(keys))
    assert ("forms.release_plan", "r_medication.text") in keys
    assert ("directory", "category.legal_clinic") in keys


def test_directory_facts_are_not_translated() -> None:
    directory = translate_directory(load_directory(), lambda c, t, k: "X")
    assert all(o.name != "X" and o.offers == "X" for o in directory.organisations)


def test_a_compiled_translation_reaches_the_question(tmp_path: Path,
                                                     qapp: QCoreApplication) -> None:
    form = load_all_forms()["release_plan"]
    question = form.question("r_medication")
    assert question is not None
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="vi">'
        "<context><name>forms.release_plan</name><message>"
        f"<source>{question.text}</source><comment>r_medication.text</comment>"
        "<translation>Bạn cần thuốc gì?</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    need(lrelease.exists(), "pyside6-lrelease is not installed")
    qm = tmp_path / "t.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        translated = translate_form(form)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert translated.question("r_medication").text == "Bạn cần thuốc gì?"  # type: ignore[union-attr]
    assert translated.question("r_interpreter").text == form.question("r_interpreter").text  # type: ignore[union-attr]
