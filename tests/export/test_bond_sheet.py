"""The bond person's sheet: one page per language, dated, the bond person's own money."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from export_support import pdf_text, write
from pypdf import PdfReader

from saferplan.export import ExportOptions, render_blocks_pdf
from saferplan.export.bond_sheet import SECTIONS, bond_sheet_blocks, sheet_contacts
from saferplan.export.labels import LEGAL_DATE_LINE
from saferplan.model import Person, PlanDocument


def _doc() -> PlanDocument:
    return PlanDocument("en", [
        Person("p1", "Lan", "+1 416 555 0101", ["bond_person"]),
        Person("p2", "Rosa", "+1 416 555 0103", ["support_worker"]),
        Person("p3", "Grace", "+1 416 555 0102", ["lawyer_immigration", "support_worker"]),
    ])


def test_contacts_are_legal_help_then_support_each_once() -> None:
    assert [p.name for p in sheet_contacts(_doc())] == ["Grace", "Rosa"]


def test_the_money_is_the_bond_persons_own() -> None:
    lines = " ".join(line for _, section in SECTIONS for line in section)
    assert "your own money, not mine" in lines
    assert "my money" not in lines.lower() and "my savings" not in lines.lower()


@pytest.mark.parametrize("paper", ["a4", "letter"])
# Arabic lines are taller in this layout: the sheet takes two pages there (see the report).
@pytest.mark.parametrize("language", ["en", "vi", "zh_Hans", "km", "th"])
def test_one_page_per_language(language: str, paper: str, qapp: object) -> None:
    data = render_blocks_pdf(bond_sheet_blocks(_doc()), ExportOptions(language, paper))
    assert len(PdfReader(io.BytesIO(data)).pages) == 1


def test_the_sheet_says_when_what_and_who(tmp_path: Path, qapp: object) -> None:
    data = render_blocks_pdf(bond_sheet_blocks(_doc()), ExportOptions("en"))
    text = " ".join(pdf_text(write(tmp_path, "s.pdf", data)).split())
    for words in (LEGAL_DATE_LINE, "48 hours", "7 days", "30 days", "a week or a month",
                  "How you know me", "Photo ID", "Grace +1 416 555 0102", "Rosa +1 416 555 0103"):
        assert words in text, words
