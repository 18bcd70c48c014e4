"""A person's address is printed on the wallet card only when the person chose it."""

from __future__ import annotations

from pathlib import Path

from export_support import pdf_text, write

from saferplan.export import ExportOptions, render_card_pdf
from saferplan.model import Person, PlanDocument


def _doc(on_card: bool) -> PlanDocument:
    lan = Person("p1", "Lan", "+1 416 555 0101", ["release_address"],
                 address="25 Maple Avenue\nToronto", address_on_card=on_card)
    return PlanDocument("en", [lan])


def test_the_address_stays_off_the_card_by_default(tmp_path: Path, qapp: object) -> None:
    text = pdf_text(write(tmp_path, "c.pdf", render_card_pdf(_doc(False), ExportOptions())))
    assert "Lan" in text and "Maple" not in text


def test_the_address_is_on_the_card_when_chosen(tmp_path: Path, qapp: object) -> None:
    text = pdf_text(write(tmp_path, "c.pdf", render_card_pdf(_doc(True), ExportOptions())))
    assert "25 Maple Avenue, Toronto" in text


def test_a_discreet_card_never_shows_the_address(tmp_path: Path, qapp: object) -> None:
    data = render_card_pdf(_doc(True), ExportOptions(discreet=True))
    assert "Maple" not in pdf_text(write(tmp_path, "c.pdf", data))
