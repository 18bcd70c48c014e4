"""Saving the chosen printout as a PDF file, and printing it on a printer.

Printing goes to a printer only: Qt's "Print to file" would write the plan as an unprotected
PDF without the neutral name, overwrite question and password that "Save as PDF" offers. The
print job itself is spooled through $TMPDIR, which hardening.py points at memory where it can.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from saferplan.export import (
    ExportError,
    neutral_file_name,
    print_card,
    print_plan,
    render_card_pdf,
    render_plan_pdf,
)
from saferplan.gui import dialogs
from saferplan.gui.folder_chooser import choose_folder
from saferplan.gui.printing.label_language import in_labels
from saferplan.gui.storage_errors import storage_error_text
from saferplan.gui.workers import StoppedWaiting, wait_in_background
from saferplan.storage import StorageError, write_file_atomically

if TYPE_CHECKING:
    from saferplan.gui.printing.screen import PrintScreen

translate = QCoreApplication.translate
T = TypeVar("T")
_BUSY = "saferplanExporting"  # a property on the screen while its export runs


def _pdf_maker(screen: PrintScreen) -> tuple[Callable[[], bytes], str]:
    """Read the screen's choices now; return what makes the PDF (in any thread), its language."""
    panel = screen.panel
    options = panel.options(with_password=True)
    doc, forms = screen.session.doc, screen.forms
    if panel.is_card():
        content = panel.card_content()
        return (lambda: render_card_pdf(doc, options, content)), options.language
    return (lambda: render_plan_pdf(doc, forms, options)), options.language


def _file_name(parent: QWidget, suggested: str) -> str | None:
    """Ask for a file name (prefilled with a neutral one); None if the person cancels."""
    answer = dialogs.ask_text(
        parent,
        translate("PrintScreen", "File name"),
        translate(
            "PrintScreen",
            "Name of the PDF file. A name that says little about what is inside is safer.",
        ),
        suggested,
        sensitive_input=True,
    )
    if answer is None:
        return None
    name = Path(answer.strip()).name  # a name only, never a path somewhere else
    if not name or name in (".", ".."):
        return None
    return name if name.lower().endswith(".pdf") else f"{name}.pdf"


def save_pdf_bytes(parent: QWidget, make_bytes: Callable[[], bytes], suggested_name: str,
                   labels_language: str | None = None) -> Path | None:
    """Ask for a folder and a name, confirm any overwrite, then write the PDF; return its path.

    ``make_bytes`` is called only once the place is chosen, in a worker thread (it must not
    touch widgets), with its labels in ``labels_language`` (the app's language if None); its
    ExportError, like a StorageError while writing, is shown calmly and nothing is written.
    """
    folder = choose_folder(
        parent,
        translate("PrintScreen", "Where to save the PDF"),
        translate("PrintScreen", "Choose a folder, for example on your own USB stick."),
    )
    if folder is None or dialogs.is_gone(parent):
        return None
    name = _file_name(parent, suggested_name)
    if name is None or dialogs.is_gone(parent):
        return None
    target = folder / name
    if target.exists() and not dialogs.confirm(
        parent,
        translate("PrintScreen", "Replace the file?"),
        translate(
            "PrintScreen", "There is already a file called %1 in this folder. Replace it?"
        ).replace("%1", name),
        translate("PrintScreen", "Replace it"),
        translate("PrintScreen", "Keep it"),
    ):
        return None
    if dialogs.is_gone(parent):   # the plan was locked while a question was open
        return None
    try:
        if labels_language is not None:
            make_bytes = in_labels(labels_language, make_bytes)
        data = _made_off_the_gui_thread(parent, make_bytes)
        if data is None or dialogs.is_gone(parent):  # quick exit or lock meanwhile: drop it
            return None
        # Made in memory and written in one atomic step: no plaintext temp file anywhere.
        write_file_atomically(target, data)
    except (ExportError, StorageError) as exc:  # both carry a calm, data-free sentence
        if dialogs.is_gone(parent):  # the screen went while the PDF was being made
            return None
        text = storage_error_text(exc) if isinstance(exc, StorageError) else str(exc)
        dialogs.warn(parent, translate("PrintScreen", "Not saved"), text)
        return None
    return target


def _made_off_the_gui_thread(parent: QWidget, make: Callable[[], T]) -> T | None:
    """Make the output in a worker thread while the window stays live; None if it was stopped.

    A plan with a thousand people takes about a second to lay out: the quick exit must not
    wait for it. The screen says it is busy and takes no second save or print meanwhile.
    """
    if parent.property(_BUSY):
        return None
    parent.setProperty(_BUSY, True)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        return wait_in_background(make)
    except StoppedWaiting:
        return None
    finally:
        QApplication.restoreOverrideCursor()
        if not dialogs.is_gone(parent):
            parent.setProperty(_BUSY, False)


def save_pdf(screen: PrintScreen) -> Path | None:
    """Save the print screen's chosen printout as a PDF where the person says; return its path."""
    panel = screen.panel
    suggested = neutral_file_name(panel.is_card())
    make_bytes, language = _pdf_maker(screen)
    return save_pdf_bytes(screen, make_bytes, suggested, language)


def _paper_size(paper: str) -> QPageSize:
    size_id = QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4
    return QPageSize(size_id)


def _accept_print_queue_warning(screen: PrintScreen) -> bool:
    """Say once, plainly, that print queues can keep a copy; True to go on."""
    if screen.print_warning_given:
        return True
    go_on = dialogs.confirm(
        screen,
        translate("PrintScreen", "Before you print"),
        translate(
            "PrintScreen",
            "Printers and print queues may keep a copy of what you print on this computer for a "
            "while. Discreet mode prints less. Print now?",
        ),
        translate("PrintScreen", "Continue"),
        translate("PrintScreen", "Not now"),
    )
    screen.print_warning_given = go_on
    return go_on


def _choose_printer(screen: PrintScreen, printer: QPrinter) -> bool:
    """Show the print dialog without "Print to file"; True when the person chose to print."""
    dialog = QPrintDialog(printer, screen)
    dialog.setWindowTitle(translate("PrintScreen", "Print"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialogs.run(dialog) == QDialog.DialogCode.Accepted


def _prints_to_a_file(printer: QPrinter) -> bool:
    """True if the job would become a file (PDF) rather than go to a printer."""
    return (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
            or bool(printer.outputFileName()))


def print_output(screen: PrintScreen) -> bool:
    """Let the person choose a printer, then print; True when something was sent to print."""
    if not _accept_print_queue_warning(screen):
        return False
    panel = screen.panel
    options = panel.options()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(_paper_size(options.paper))
    if not _choose_printer(screen, printer) or dialogs.is_gone(screen):
        return False        # cancelled, or the plan was locked while the dialog was open
    if _prints_to_a_file(printer):
        dialogs.inform(screen, translate("PrintScreen", "Not printed"), translate(
            "PrintScreen",
            "SaferPlan prints only on a printer. To keep a copy as a file, use Save as PDF: it "
            "can protect the file with a password."))
        return False
    doc, forms = screen.session.doc, screen.forms
    if panel.is_card():
        content = panel.card_content()
        return print_off_the_gui_thread(
            screen, lambda: print_card(printer, doc, options, content), options.language)
    return print_off_the_gui_thread(
        screen, lambda: print_plan(printer, doc, forms, options), options.language)


def print_off_the_gui_thread(screen: PrintScreen, paint: Callable[[], None],
                             labels_language: str) -> bool:
    """Run ``paint`` (which prints on a printer already chosen) in a worker thread, with its
    labels in ``labels_language``, while the window stays live; True once it was sent.

    A printer is painted like a PDF, page by page: the quick exit must not wait for it.
    ``paint`` must not touch widgets. An ExportError is shown calmly.
    """
    try:
        sent = _made_off_the_gui_thread(screen, in_labels(labels_language, _sent(paint)))
    except ExportError as exc:
        if not dialogs.is_gone(screen):
            dialogs.warn(screen, translate("PrintScreen", "Not printed"), str(exc))
        return False
    return bool(sent) and not dialogs.is_gone(screen)


def _sent(paint: Callable[[], None]) -> Callable[[], bool]:
    def run() -> bool:
        paint()
        return True
    return run
