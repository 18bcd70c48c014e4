"""The plan printout: everyone by role, addresses where they matter, kinds translated."""

from __future__ import annotations

from pathlib import Path

from export_support import DictTranslator, pdf_text, write
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication

from saferplan.export import ExportOptions, render_plan_pdf
from saferplan.export.plan_content import plan_blocks
from saferplan.forms import Form
from saferplan.model import Answer, Document, Person, Plan, PlanDocument


def _doc() -> PlanDocument:
    people = [
        Person("p1", "Lan", "+1 416 555 0101", ["release_address", "key_holder"],
               address="25 Maple Avenue\nToronto"),
        Person("p2", "Mai", "+1 416 555 0102", ["carer_children"]),
        Person("p3", "Rosa", "+1 416 555 0103", ["support_worker"]),
        Person("p4", "Bich", "+1 416 555 0104", ["carer_pets"], address="Not printed"),
    ]
    documents = [Document("d1", "", "blue box", kind="passport")]
    plans = [Plan("r1", "release_plan", "If I am detained",
                  {"r_release_address": Answer("answered", ["p1"]),
                   "r_documents": Answer("answered", ["d1"])})]
    return PlanDocument("en", people, documents, plans)


def test_carers_release_address_and_support_worker_are_printed(
        forms: dict[str, Form], tmp_path: Path, qapp: object) -> None:
    pdf = write(tmp_path, "plan.pdf", render_plan_pdf(_doc(), forms, ExportOptions("en")))
    text = " ".join(pdf_text(pdf).split())
    for words in ("Everyone else in my plan, by role", "Release address", "Lan",
                  "25 Maple Avenue Toronto", "Cares for my children", "Mai +1 416 555 0102",
                  "Support worker", "Rosa +1 416 555 0103", "Cares for my pets",
                  "Has my key", "Passport: blue box"):
        assert words in text, words
    assert "Not printed" not in text  # a pet carer's address is not what the plan needs
    # The release address question's answer carries the address too.
    assert "Lan (+1 416 555 0101), 25 Maple Avenue, Toronto" in text


def test_a_document_kind_prints_in_the_readers_language(
        forms: dict[str, Form], tmp_path: Path, qapp: object) -> None:
    doc = _doc()
    doc.language = "vi"
    doc.documents.append(Document("d2", "Passport", "old file"))  # older entry: English words
    translator = DictTranslator({"Passport": "Hộ chiếu"})  # as in saferplan_vi.ts
    QCoreApplication.installTranslator(translator)
    try:
        pdf = write(tmp_path, "plan.pdf", render_plan_pdf(doc, forms, ExportOptions("vi")))
    finally:
        QCoreApplication.removeTranslator(translator)
    text = pdf_text(pdf)
    assert "Hộ chiếu: blue box" in text and "Hộ chiếu: old file" in text
    assert "Passport" not in text


def test_an_unanswered_plan_is_one_line_not_a_page(
        forms: dict[str, Form], tmp_path: Path, qapp: object) -> None:
    doc = PlanDocument("en", [Person("p1", "Lan", "1", ["bond_person"])],
                       plans=[Plan("s1", "safety_plan", "Leaving work", {
                           "s_goal": Answer("skipped")})])
    blocks = plan_blocks(doc, forms)
    assert not any(b.page_break for b in blocks)
    assert [b.text for b in blocks if "Leaving work" in b.text] == [
        "Leaving work: nothing answered yet."]
    pdf = write(tmp_path, "plan.pdf", render_plan_pdf(doc, forms, ExportOptions("en")))
    assert len(PdfReader(str(pdf)).pages) == 1
