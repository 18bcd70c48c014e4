"""The public printing functions: plan and card as PDF bytes, previews, and direct printing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QSizeF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from saferplan.export.card_content import CardModel, build_card, chosen_people
from saferplan.export.card_layout import (
    CardLayout,
    SheetGeometry,
    check_label,
    draw_check_line,
    draw_cover_lines,
    draw_strip_guides,
    fit_card,
    most_entries,
    overflow_message,
    sheet_geometry,
)
from saferplan.export.errors import CardOverflowError
from saferplan.export.fonts import check_coverage, families_for
from saferplan.export.options import CardContent, ExportOptions
from saferplan.export.pdfpost import finish_pdf
from saferplan.export.plan_content import Block, discreet_blocks, plan_blocks
from saferplan.export.plan_layout import PlanPages, footer_text, lay_out_plan, paint_plan_page
from saferplan.export.targets import (
    DOTS_PER_MM,
    ensure_gui_app,
    page_dots,
    page_points,
    paint_images,
    paint_pdf,
    paint_printer,
    paper_size,
    printer_points,
)
from saferplan.export.textbox import Placed
from saferplan.forms import Form
from saferplan.model import PlanDocument

PaintPage = Callable[[QPainter, int], None]


def _plan_pages(doc: PlanDocument, forms: Mapping[str, Form], options: ExportOptions,
                size_pt: QSizeF) -> PlanPages:
    ensure_gui_app()
    blocks = discreet_blocks(doc) if options.discreet else plan_blocks(doc, forms)
    return _block_pages(blocks, options, size_pt)


def _block_pages(blocks: list[Block], options: ExportOptions, size_pt: QSizeF) -> PlanPages:
    ensure_gui_app()
    texts = [t for block in blocks for t in block.texts()] + [footer_text(1, 1)]
    check_coverage(texts, families_for(options.language))  # before anything is drawn
    return lay_out_plan(blocks, options.language, page_dots(size_pt))


def _plan_painter(pages: PlanPages) -> PaintPage:
    return lambda painter, index: paint_plan_page(pages, painter, index)


def render_plan_pdf(doc: PlanDocument, forms: Mapping[str, Form], options: ExportOptions) -> bytes:
    """Return the plan as PDF bytes (rendered in memory, metadata blanked, optionally encrypted)."""
    page = paper_size(options.paper)
    pages = _plan_pages(doc, forms, options, page_points(page))
    data = paint_pdf(page, pages.page_count, _plan_painter(pages))
    return finish_pdf(data, options.password)


def render_plan_preview(doc: PlanDocument, forms: Mapping[str, Form], options: ExportOptions,
                        dpi: int = 60) -> list[QImage]:
    """Return one image per page of the plan, at ``dpi``, for the print screen."""
    size = page_points(paper_size(options.paper))
    pages = _plan_pages(doc, forms, options, size)
    return paint_images(size, pages.page_count, _plan_painter(pages), dpi)


def print_plan(printer: QPrinter, doc: PlanDocument, forms: Mapping[str, Form],
               options: ExportOptions) -> None:
    """Print the plan on ``printer`` (its own paper size), under the neutral job name "Document"."""
    pages = _plan_pages(doc, forms, options, printer_points(printer))
    paint_printer(printer, pages.page_count, _plan_painter(pages))


def render_blocks_pdf(blocks: list[Block], options: ExportOptions) -> bytes:
    """Return prepared blocks (the bond person's sheet) as PDF bytes, laid out like the plan."""
    page = paper_size(options.paper)
    pages = _block_pages(blocks, options, page_points(page))
    data = paint_pdf(page, pages.page_count, _plan_painter(pages))
    return finish_pdf(data, options.password)


def print_blocks(printer: QPrinter, blocks: list[Block], options: ExportOptions) -> None:
    """Print prepared blocks (the bond person's sheet) on ``printer``, laid out like the plan."""
    pages = _block_pages(blocks, options, printer_points(printer))
    paint_printer(printer, pages.page_count, _plan_painter(pages))


@dataclass
class _CardSheet:
    layout: CardLayout
    geometry: SheetGeometry
    check_label: list[Placed]


def _card_sheet(doc: PlanDocument, options: ExportOptions, content: CardContent | None,
                size_pt: QSizeF) -> _CardSheet:
    ensure_gui_app()
    content = content or CardContent()
    if len(chosen_people(doc, content)) > most_entries():  # no room, certainly: say so at once
        no_people = dataclasses.replace(content, person_ids=[])
        raise CardOverflowError(overflow_message(build_card(doc, no_people, options.discreet)))
    model: CardModel = build_card(doc, content, options.discreet)
    check_coverage(model.texts(), families_for(options.language))
    layout = fit_card(model, options.language)
    size_mm = size_pt * (25.4 / 72)
    geometry = sheet_geometry(size_mm)
    label = check_label(model.check_line, options.language, geometry.check_line, size_mm.width())
    return _CardSheet(layout, geometry, label)


def _paint_card_page(sheet: _CardSheet, painter: QPainter, _index: int) -> None:
    for corner in sheet.geometry.strips:
        draw_strip_guides(painter, corner)
        draw_cover_lines(painter, corner)
        offset = corner * DOTS_PER_MM
        for item in sheet.layout.placed:
            item.moved(offset.x(), offset.y()).draw(painter)
    draw_check_line(painter, sheet.geometry.check_line, sheet.check_label)


def _card_painter(sheet: _CardSheet) -> PaintPage:
    return lambda painter, index: _paint_card_page(sheet, painter, index)


def render_card_pdf(doc: PlanDocument, options: ExportOptions,
                    content: CardContent | None = None) -> bytes:
    """Return a sheet of fold-over wallet cards as PDF bytes (no metadata, optional password)."""
    page = paper_size(options.paper)
    sheet = _card_sheet(doc, options, content, page_points(page))
    data = paint_pdf(page, 1, _card_painter(sheet))
    return finish_pdf(data, options.password)


def render_card_preview(doc: PlanDocument, options: ExportOptions,
                        content: CardContent | None = None, dpi: int = 100) -> list[QImage]:
    """Return the card sheet as one image at ``dpi``, for the print screen."""
    size = page_points(paper_size(options.paper))
    sheet = _card_sheet(doc, options, content, size)
    return paint_images(size, 1, _card_painter(sheet), dpi)


def print_card(printer: QPrinter, doc: PlanDocument, options: ExportOptions,
               content: CardContent | None = None) -> None:
    """Print the card sheet on ``printer`` at 100 % under the neutral job name "Document"."""
    sheet = _card_sheet(doc, options, content, printer_points(printer))
    paint_printer(printer, 1, _card_painter(sheet))


def card_strip_corners(options: ExportOptions) -> list[QPointF]:
    """Return each strip's top-left corner in millimetres on the page (for tests and the GUI)."""
    size_mm = page_points(paper_size(options.paper)) * (25.4 / 72)
    return list(sheet_geometry(size_mm).strips)
