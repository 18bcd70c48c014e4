"""Defence in depth: a plan that got hidden direction overrides past the reader (built here
directly, as a hostile file's author could) still prints the digits it stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_support import run, write

from saferplan.export import ExportOptions, render_card_pdf, render_plan_pdf
from saferplan.forms import Form
from saferplan.model import Person, PlanDocument

STORED = "+1 416 555 0101"
# U+202E (right-to-left override) shows "0101" as "1010"; U+2066 isolates, U+200F a mark.
HOSTILE_PHONE = "+1 416 555 \u202e0101\u202c"
HOSTILE_NAME = "Lan \u2066\u202e9990 555\u202c\u2069\u200f"


def hostile_plan() -> PlanDocument:
    people = [Person("p1", HOSTILE_NAME, HOSTILE_PHONE, ["bond_person"], memorize=True),
              Person("p2", "Minh", "+1 647 555 \u200f0199\x1b", ["lawyer_immigration"])]
    return PlanDocument("en", people)


def printed(path: Path) -> str:
    """What a reader of the PDF sees: pdftotext in layout order, glyph by glyph."""
    return run("pdftotext", "-layout", str(path), "-")


def test_a_card_from_a_hostile_plan_prints_the_stored_digits(tmp_path: Path,
                                                             qapp: object) -> None:
    path = write(tmp_path, "card.pdf", render_card_pdf(hostile_plan(), ExportOptions("en")))
    text = printed(path)
    assert STORED in text
    assert "+1 647 555 0199" in text
    assert "1010" not in text
    assert "Lan 9990 555" in text  # the name prints as stored, not reversed into a number
    assert "555 0999" not in text


def test_the_plan_pdf_from_a_hostile_plan_prints_the_stored_digits(
        tmp_path: Path, qapp: object, forms: dict[str, Form]) -> None:
    from saferplan.form_text import translate_forms

    data = render_plan_pdf(hostile_plan(), translate_forms(forms), ExportOptions("en"))
    text = printed(write(tmp_path, "plan.pdf", data))
    assert STORED in text and "1010" not in text


@pytest.mark.parametrize("hidden", ["\u202e", "\u2066", "\u2067", "\x1b", "\x00", "\x85"])
def test_no_hidden_character_reaches_the_card(hidden: str, tmp_path: Path,
                                               qapp: object) -> None:
    doc = PlanDocument("en", [Person("p1", f"A{hidden}B", f"555{hidden}0101", ["bond_person"])])
    text = run("pdftotext", write(tmp_path, "c.pdf",
                                  bytes(render_card_pdf(doc, ExportOptions("en")))).as_posix(), "-")
    assert "AB" in text and "5550101" in text


def test_a_right_to_left_isolate_cannot_swap_digit_groups_in_the_plan_pdf(
        tmp_path: Path, qapp: object, forms: dict[str, Form]) -> None:
    from saferplan.form_text import translate_forms

    doc = PlanDocument("en", [Person("p1", "Lan", "+1 416 \u2067555 0101\u2069",
                                     ["bond_person"], memorize=True)])
    data = render_plan_pdf(doc, translate_forms(forms), ExportOptions("en"))
    text = printed(write(tmp_path, "plan.pdf", data))
    assert "+1 416 555 0101" in text and "0101 555" not in text
