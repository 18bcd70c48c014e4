"""Before a card is printed: officers may read it; the person chooses; the bond person's sheet."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from saferplan.export.labels import LEGAL_DATE_LINE
from saferplan.forms import load_all_forms, load_demo_plan
from saferplan.gui import dialogs
from saferplan.gui.printing import PrintScreen
from saferplan.gui.printing import output as output_module
from saferplan.gui.printing.card_risk import bond_sheet_pdf
from saferplan.gui.session import Session


@pytest.fixture
def screen(qtbot: Any) -> PrintScreen:
    widget = PrintScreen(Session(load_demo_plan(), demo=True), load_all_forms())
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    return widget


def _card(screen: PrintScreen) -> None:
    screen.panel.card_choice.setChecked(True)
    screen.refresh_preview()


def _text(pdf: Path) -> str:
    result = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True,
                            text=True)
    return " ".join(result.stdout.split())


def test_the_card_risk_is_said_once_and_fewer_people_saves_nothing(
        screen: PrintScreen, tmp_path: Path) -> None:
    _card(screen)
    with dialogs.preanswer(["fewer"]) as shown:
        screen.save_pdf()
    assert [s.kind for s in shown] == ["choose", "inform"]
    assert "officers" in shown[0].text and "by heart" in shown[0].text
    assert list(tmp_path.iterdir()) == []
    with dialogs.preanswer(["print", str(tmp_path), "card.pdf"]) as shown:
        screen.save_pdf()  # asked again: the person had not chosen to print yet
    assert shown[0].kind == "choose" and (tmp_path / "card.pdf").exists()
    with dialogs.preanswer([str(tmp_path), "again.pdf"]) as shown:
        screen.save_pdf()  # once chosen, not asked again on this screen
    assert [s.kind for s in shown] == ["choose_folder", "ask_text"]


def test_choosing_discreet_makes_the_card_discreet(screen: PrintScreen, tmp_path: Path) -> None:
    _card(screen)
    with dialogs.preanswer(["discreet", str(tmp_path), "contacts.pdf"]):
        screen.save_pdf()
    assert screen.panel.discreet.isChecked()
    assert "bond" not in _text(tmp_path / "contacts.pdf").lower()


def test_the_plan_itself_is_not_asked_about(screen: PrintScreen, tmp_path: Path) -> None:
    with dialogs.preanswer([str(tmp_path), "plan.pdf"]) as shown:
        screen.save_pdf()
    assert "choose" not in [s.kind for s in shown]


def test_a_sheet_for_the_bond_person_instead(screen: PrintScreen, tmp_path: Path) -> None:
    _card(screen)
    with dialogs.preanswer(["bond_sheet", "save", str(tmp_path), "sheet.pdf"]) as shown:
        screen.save_pdf()
    assert [s.kind for s in shown][:2] == ["choose", "choose"] and shown[-1].kind == "inform"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]
    text = _text(tmp_path / "sheet.pdf")
    for words in ("If I am detained: for my bond person", "within 48 hours", "within 7 days",
                  "every 30 days", "your own money, not mine", "tell the CBSA",
                  "proof of your status in Canada", "Proof of your own money",
                  "of your address", "Grace (lawyer)", "+1 416 555 0102", "Rosa",
                  "+1 416 555 0103", LEGAL_DATE_LINE):
        assert words in text, words


def test_the_sheet_comes_in_the_chosen_language_then_english(screen: PrintScreen) -> None:
    panel = screen.panel
    index = panel.language.findData("vi")
    if index < 0:
        pytest.skip("no Vietnamese translation built")
    panel.language.setCurrentIndex(index)
    assert len(PdfReader(io.BytesIO(bond_sheet_pdf(screen)())).pages) == 2


def test_the_sheet_can_be_printed(screen: PrintScreen, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    printed = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    # A PDF file stands in for a real printer (none offscreen); the app itself refuses files.
    monkeypatch.setattr(output_module, "_prints_to_a_file", lambda _printer: False)
    _card(screen)
    with dialogs.preanswer(["bond_sheet", "print", True]) as shown:
        screen.print_output()
    assert shown[2].kind == "confirm" and "print queue" in shown[2].text
    assert "your own money, not mine" in _text(printed)
    assert not screen.card_risk_accepted  # the card itself was not printed
