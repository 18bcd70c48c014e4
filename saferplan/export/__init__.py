"""Printing: the plan and the wallet card as PDF, previews and direct printing (QtGui only)."""

from saferplan.export.errors import CardOverflowError, ExportError, MissingFontError
from saferplan.export.options import CardContent, ExportOptions, default_paper, neutral_file_name
from saferplan.export.render import (
    card_strip_corners,
    print_blocks,
    print_card,
    print_plan,
    render_blocks_pdf,
    render_card_pdf,
    render_card_preview,
    render_plan_pdf,
    render_plan_preview,
)

__all__ = [
    "CardContent",
    "CardOverflowError",
    "ExportError",
    "ExportOptions",
    "MissingFontError",
    "card_strip_corners",
    "default_paper",
    "neutral_file_name",
    "print_blocks",
    "print_card",
    "print_plan",
    "render_blocks_pdf",
    "render_card_pdf",
    "render_card_preview",
    "render_plan_pdf",
    "render_plan_preview",
]
