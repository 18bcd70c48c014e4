"""Where pages are painted: a PDF in memory, a printer, or preview images — one layout for all.

Layouts work in "dots" (1/1200 inch) on a page whose size is in points; each target scales the
painter from dots to its own resolution, so the PDF, the printer and the preview show the same page.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrinter

from saferplan.bundled_fonts import register_bundled_fonts
from saferplan.export.errors import ExportError

DOTS_PER_INCH: Final = 1200
DOTS_PER_MM: Final = DOTS_PER_INCH / 25.4
DOTS_PER_POINT: Final = DOTS_PER_INCH / 72
NEUTRAL_JOB_NAME: Final = "Document"

PaintPage = Callable[[QPainter, int], None]

_app: QGuiApplication | None = None
# A worker making an export lets the GUI thread have Python's lock at least this often (s).
GIVE_WAY_EVERY: Final = 0.02
_turns = threading.local()  # .last: when this thread last gave way


def give_way() -> None:
    """In a worker thread, step aside for a moment if it has not for GIVE_WAY_EVERY.

    Qt's painting and layout calls let go of Python's lock and take it back at once, again
    and again: Python then never hands the lock to the waiting GUI thread, which waited up
    to 0.1 s at a time while a plan of 1,000 people was made (the quick exit with it). A
    millisecond's sleep now and then lets it in.
    """
    if threading.current_thread() is threading.main_thread():
        return
    now = time.perf_counter()
    if now - getattr(_turns, "last", 0.0) >= GIVE_WAY_EVERY:
        time.sleep(0.001)
        _turns.last = time.perf_counter()


def ensure_gui_app() -> None:
    """Make sure a QGuiApplication exists (fonts need one); start an offscreen one if none does."""
    global _app
    instance = QCoreApplication.instance()
    if isinstance(instance, QGuiApplication):
        register_bundled_fonts()
        return
    if instance is not None:
        raise ExportError(QCoreApplication.translate(
            "Export", "Printing needs the graphical part of SaferPlan. Please try again."))
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([])
    register_bundled_fonts()


def paper_size(paper: str) -> QPageSize:
    """Return the QPageSize for "a4" or "letter"."""
    if paper == "letter":
        return QPageSize(QPageSize.PageSizeId.Letter)
    if paper == "a4":
        return QPageSize(QPageSize.PageSizeId.A4)
    raise ExportError("The paper size must be A4 or Letter.")


def page_points(page: QPageSize) -> QSizeF:
    """Return the page size in the whole points Qt writes into the PDF (A4: 595 × 842)."""
    return QSizeF(page.sizePoints())


def page_dots(size_pt: QSizeF) -> QSizeF:
    """Return a page size in points as dots."""
    return size_pt * DOTS_PER_POINT


def _paint_on_paged_device(
    device: QPagedPaintDevice, count: int, paint_page: PaintPage, dpi: float
) -> None:
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(QCoreApplication.translate(
            "Export", "The printer could not be started. Check that it is ready, then try again."))
    try:
        for index in range(count):
            give_way()
            if index:
                device.newPage()
            painter.save()
            painter.scale(dpi / DOTS_PER_INCH, dpi / DOTS_PER_INCH)
            paint_page(painter, index)
            painter.restore()
    finally:
        painter.end()


def paint_pdf(page: QPageSize, count: int, paint_page: PaintPage) -> bytes:
    """Paint ``count`` pages into a PDF held in memory (no temporary file) and return its bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DOTS_PER_INCH)
    writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle("")
    writer.setCreator("")
    _paint_on_paged_device(writer, count, paint_page, DOTS_PER_INCH)
    buffer.close()
    return bytes(data.data())


def printer_points(printer: QPrinter) -> QSizeF:
    """Return the size in points of the printer's paper (as chosen in the print dialog)."""
    return printer.pageLayout().fullRectPoints().size().toSizeF()


def name_job_neutrally(printer: QPrinter) -> None:
    """Give the print job a neutral name and no creator: the print queue shows only these."""
    printer.setDocName(NEUTRAL_JOB_NAME)
    printer.setCreator("")


def prints_to_a_file(printer: QPrinter) -> bool:
    """True if the job would become a file (PDF) rather than go to a printer."""
    return (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
            or bool(printer.outputFileName()))


def paint_printer(printer: QPrinter, count: int, paint_page: PaintPage) -> None:
    """Paint ``count`` pages on a printer at 100 %, under a neutral job name."""
    name_job_neutrally(printer)
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    _paint_on_paged_device(printer, count, paint_page, printer.resolution())


def paint_images(size: QSizeF, count: int, paint_page: PaintPage, dpi: int) -> list[QImage]:
    """Paint ``count`` pages of ``size`` points onto white images at ``dpi`` (the print preview)."""
    images: list[QImage] = []
    for index in range(count):
        give_way()
        image = QImage(round(size.width() * dpi / 72), round(size.height() * dpi / 72),
                       QImage.Format.Format_RGB32)
        dots_per_meter = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots_per_meter)
        image.setDotsPerMeterY(dots_per_meter)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(dpi / DOTS_PER_INCH, dpi / DOTS_PER_INCH)
        paint_page(painter, index)
        painter.end()
        images.append(image)
    return images


def reference_device() -> QImage:
    """Return a tiny image at 1200 dpi, used to lay text out in dots whatever the final target."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_meter = round(DOTS_PER_INCH / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    return image
