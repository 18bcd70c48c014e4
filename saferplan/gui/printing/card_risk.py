"""Before a wallet card is printed or saved: officers may read it; the person decides what to do.

The guide says belongings are taken at detention. So the card's own risk is said plainly once per
print screen, with the choices: print it, a discreet card, fewer people, a sheet for the bond
person instead, or not now (learning the numbers by heart needs no card at all).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter

from saferplan.export import ExportOptions, print_blocks, render_blocks_pdf
from saferplan.export.bond_sheet import bond_sheet_blocks
from saferplan.export.plan_content import Block
from saferplan.gui import dialogs
from saferplan.gui.printing import output
from saferplan.gui.printing.label_language import labels_in

# lupdate reads translate("Context", "text") calls with literal strings.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from pathlib import Path

    from saferplan.gui.printing.screen import PrintScreen


def card_choice(screen: PrintScreen) -> str | None:
    """Ask what to do about the card's risk: "print", "discreet", "fewer", "bond_sheet" or None."""
    return dialogs.choose(
        screen,
        translate("CardRisk", "Before you print a card"),
        translate(
            "CardRisk",
            "If you are detained, officers take your things and may read this card. They may "
            "call the people on it. You decide what is best. You can also give the card to your "
            "bond person to keep, or learn the numbers by heart and carry no card."),
        [
            ("print", translate("CardRisk", "Print the card as it is")),
            ("discreet", translate("CardRisk", "Make it discreet: names and numbers only")),
            ("fewer", translate("CardRisk", "Choose fewer people first")),
            ("bond_sheet", translate("CardRisk", "Save a sheet for my bond person instead")),
        ],
    )


def accept_card_risk(screen: PrintScreen) -> bool:
    """Say the card's risk once per print screen; True to go on printing or saving the card."""
    if screen.card_risk_accepted:
        return True
    choice = card_choice(screen)
    if choice == "discreet":
        screen.panel.discreet.setChecked(True)
    elif choice == "fewer":
        dialogs.inform(screen, translate("CardRisk", "Choose fewer people"),
                       translate(
                           "CardRisk",
                           "Untick the people you want to leave off the card, then print again."))
    elif choice == "bond_sheet":
        give_bond_sheet(screen)
    screen.card_risk_accepted = choice in ("print", "discreet")
    return screen.card_risk_accepted


def give_bond_sheet(screen: PrintScreen) -> None:
    """Ask whether to save the bond person's sheet as a PDF or print it, then do that."""
    how = dialogs.choose(
        screen, translate("CardRisk", "A sheet for your bond person"),
        translate(
            "CardRisk",
            "It says what to do if you are detained: when, what they may be asked, what to "
            "bring, and who to call. It is printed in the language chosen for printing, and "
            "in English."),
        [("save", translate("CardRisk", "Save as PDF")), ("print", translate("CardRisk", "Print"))])
    if how == "save":
        save_bond_sheet(screen)
    elif how == "print":
        print_bond_sheet(screen)


def _sheet_blocks(screen: PrintScreen, language: str) -> list[Block]:
    with labels_in(language):
        blocks = bond_sheet_blocks(screen.session.doc)
    if language != "en":
        with labels_in("en"):
            blocks += bond_sheet_blocks(screen.session.doc, page_break=True)
    return blocks


def bond_sheet_pdf(screen: PrintScreen) -> Callable[[], bytes]:
    """What makes the bond person's sheet in the chosen print language, then again in English,
    in any thread: the screen's choices and the sheet's words are read now."""
    options = screen.panel.options(with_password=True)
    blocks = _sheet_blocks(screen, options.language)
    sheet_options = ExportOptions(options.language, options.paper, password=options.password)
    return lambda: render_blocks_pdf(blocks, sheet_options)


def print_bond_sheet(screen: PrintScreen) -> bool:
    """Print the sheet on a printer the person chooses (never to a file); True when sent.

    Uses the print screen's own steps (printing.output): the print-queue warning, the printer
    dialog without "Print to file", and the refusal to print into a file.
    """
    if not output._accept_print_queue_warning(screen):
        return False
    options = screen.panel.options()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(output._paper_size(options.paper))
    if not output._choose_printer(screen, printer) or dialogs.is_gone(screen):
        return False
    if output._prints_to_a_file(printer):
        dialogs.inform(screen, translate("CardRisk", "Not printed"),
                       translate(
                           "CardRisk",
                           "SaferPlan prints only on a printer. Use Save as PDF to keep a file."))
        return False
    blocks = _sheet_blocks(screen, options.language)
    sheet_options = ExportOptions(options.language, options.paper)
    return output.print_off_the_gui_thread(
        screen, lambda: print_blocks(printer, blocks, sheet_options), options.language)


def save_bond_sheet(screen: PrintScreen) -> Path | None:
    """Save the bond person's sheet as a PDF where the person says; return its path."""
    saved = output.save_pdf_bytes(screen, bond_sheet_pdf(screen), "sheet.pdf")
    if saved is not None:
        dialogs.inform(screen, translate("CardRisk", "Saved"),
                       translate(
                           "CardRisk",
                           "The sheet for your bond person is saved. Give it to them on paper "
                           "if you can."))
    return saved
