"""Flowing plan text: styled blocks into a paginated QTextDocument, painted page by page."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextTableFormat,
)

from saferplan.export.fonts import families_for, is_rtl, make_font
from saferplan.export.labels import QT_TRANSLATE_NOOP, plan_text
from saferplan.export.plan_content import Block
from saferplan.export.targets import DOTS_PER_MM, give_way, reference_device
from saferplan.export.textbox import paragraph
from saferplan.model.text_rules import TextKind, clean_for_drawing, clean_text

MARGIN_SIDE: Final = 22.0  # millimetres; generous, and clear of any printer's hardware margin
MARGIN_TOP: Final = 20.0
MARGIN_BOTTOM: Final = 24.0
FOOTER_FROM_BOTTOM: Final = 13.0


@dataclass(frozen=True)
class _Style:
    size: float
    bold: bool = False
    color: str = "#000000"
    space_before: float = 0.0  # points
    space_after: float = 4.0
    keep_with_next: bool = False
    indent: float = 0.0  # points


STYLES: Final[dict[str, _Style]] = {
    "title": _Style(22, bold=True, space_after=10, keep_with_next=True),
    "heading": _Style(15, bold=True, space_before=16, space_after=5, keep_with_next=True),
    "section": _Style(14, bold=True, color="#1f3a5a", space_before=14, space_after=4,
                      keep_with_next=True),
    "question": _Style(11, color="#4a4a4a", space_before=7, space_after=2, keep_with_next=True),
    "answer": _Style(12.5, space_after=4),
    "item": _Style(12.5, space_after=2, indent=14),
    "row": _Style(12.5),
    "muted": _Style(11, color="#5a5a5a", space_after=7),
}


@dataclass
class PlanPages:
    """A laid-out plan: the document, its page count and the page geometry in dots."""

    document: QTextDocument
    page_count: int
    body: QRectF
    page: QSizeF
    language: str
    device: QImage  # keeps the layout's paint device alive as long as the document


def px_from_points(size_pt: float) -> float:
    """Return points as the 96-dpi pixels QTextDocument takes margins in (it scales them itself)."""
    return size_pt * 96 / 72


def char_format(style: _Style, language: str, bold: bool | None = None) -> QTextCharFormat:
    """The character format of a style in the language's fonts (``bold`` overrides the style).

    A copy of a cached format: a plan with 1,000 people asks for the same few thousands of times.
    """
    return QTextCharFormat(_char_format(style, language, bold))


@functools.lru_cache(maxsize=128)
def _char_format(style: _Style, language: str, bold: bool | None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontFamilies(families_for(language))
    fmt.setFontPointSize(style.size)
    fmt.setFontWeight(QFont.Weight.Bold if (style.bold if bold is None else bold)
                      else QFont.Weight.Normal)
    fmt.setForeground(QColor(style.color))
    return fmt


def text_direction(text: str) -> Qt.LayoutDirection:
    """Return the direction of the text's first strong character (left to right if none)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


def block_format(style: _Style, rtl: bool, direction: Qt.LayoutDirection, *,
                 page_break: bool = False, hanging_indent: bool = True) -> QTextBlockFormat:
    """A style's paragraph format: alignment follows the labels' language, direction the text.

    An indented style hangs its first line (the bullet) unless ``hanging_indent`` is False.
    A copy of a cached format, like :func:`char_format`.
    """
    return QTextBlockFormat(_block_format(style, rtl, direction, page_break, hanging_indent))


@functools.lru_cache(maxsize=128)
def _block_format(style: _Style, rtl: bool, direction: Qt.LayoutDirection, page_break: bool,
                  hanging_indent: bool) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(px_from_points(style.space_before))
    fmt.setBottomMargin(px_from_points(style.space_after))
    fmt.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setLayoutDirection(direction)
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    fmt.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
    if style.indent:  # a hanging indent: wrapped lines of a bulleted item start under its text
        hang = style.size * 0.75 if hanging_indent else 0.0
        fmt.setLeftMargin(0 if rtl else px_from_points(style.indent + hang))
        fmt.setRightMargin(px_from_points(style.indent + hang) if rtl else 0)
        if hang:
            fmt.setTextIndent(-px_from_points(hang))
    if page_break:
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    return fmt


# Rows of one table; a longer list of people is made of several (see lay_out_plan).
TABLE_PIECE_ROWS: Final = 100
# About this many characters of paragraphs are laid out at a time (see lay_out_plan).
PIECE_CHARACTERS: Final = 20_000


def _runs(blocks: list[Block]) -> Iterator[list[Block]]:
    """Group consecutive "row" blocks (one table each); every other block stands alone."""
    run: list[Block] = []
    for block in blocks:
        if block.style == "row":
            run.append(block)
            continue
        if run:
            yield run
            run = []
        yield [block]
    if run:
        yield run


def drawable(text: str) -> str:
    """``text`` without hidden overrides or control characters (defence in depth; the reader
    and the screens already refuse them): what is drawn is what is stored."""
    return clean_for_drawing(text)


def add_block(cursor: QTextCursor, first: bool, fmt: QTextBlockFormat,
              char: QTextCharFormat) -> None:
    """Start a paragraph: the first formats the document's own empty block; later ones are new."""
    if first:
        cursor.setBlockFormat(fmt)
        cursor.setBlockCharFormat(char)
    else:
        cursor.insertBlock(fmt, char)


def new_page_document(language: str, page: QSizeF) -> tuple[QTextDocument, QRectF, QImage]:
    """Return an empty document paginated to the body of ``page`` (dots), the body, its device.

    Keep the device as long as the document: it is the layout's paint device.
    """
    device = reference_device()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setDefaultFont(make_font(language, 12.5))
    body = QRectF(MARGIN_SIDE * DOTS_PER_MM, MARGIN_TOP * DOTS_PER_MM,
                  page.width() - 2 * MARGIN_SIDE * DOTS_PER_MM,
                  page.height() - (MARGIN_TOP + MARGIN_BOTTOM) * DOTS_PER_MM)
    document.setPageSize(body.size())
    return document, body, device


class _Builder:
    def __init__(self, document: QTextDocument, language: str) -> None:
        self.cursor = QTextCursor(document)
        self.language = language
        self.rtl = is_rtl(language)
        self.first = True
        self.keep: list[int] = []  # block numbers that should stay on the page of the next block

    def _new_block(self, fmt: QTextBlockFormat, char: QTextCharFormat) -> None:
        add_block(self.cursor, self.first, fmt, char)
        self.first = False

    def paragraph(self, block: Block) -> None:
        style = STYLES[block.style]
        char = char_format(style, self.language)
        direction = text_direction(block.lead + block.text)
        self._new_block(block_format(style, self.rtl, direction, page_break=block.page_break),
                        char)
        if style.keep_with_next:
            self.keep.append(self.cursor.block().blockNumber())
        text = drawable(block.text).replace("\n", "\u2028")  # line breaks inside one paragraph
        if block.style == "item":
            text = "•\u00a0" + text
        if block.lead:
            separator = ": " if text else ""
            self.cursor.insertText(drawable(block.lead) + separator,
                                   char_format(style, self.language, True))
        self.cursor.insertText(text, char)

    def table(self, rows: list[Block], *, first: bool = True, last: bool = True) -> None:
        """A table of people; ``first``/``last``: whether it starts or ends a longer list laid
        out in pieces (pieces in between have no margin, and no gap is left between them)."""
        style = STYLES["row"]
        if not first:
            self._no_gap()
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setCellPadding(px_from_points(2.5))
        fmt.setCellSpacing(0)
        fmt.setMargin(0)
        fmt.setTopMargin(px_from_points(2) if first else 0)
        # Qt ignores the top margin of the block after a table.
        fmt.setBottomMargin(px_from_points(8) if last else 0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        # Qt does not mirror table columns for right-to-left text, so swap them ourselves.
        name_col, phone_col = (1, 0) if self.rtl else (0, 1)
        widths = [QTextLength(QTextLength.Type.PercentageLength, w) for w in (58, 42)]
        fmt.setColumnWidthConstraints(widths[::-1] if self.rtl else widths)
        table = self.cursor.insertTable(len(rows), 2, fmt)
        for index, row in enumerate(rows):
            for column, text in ((name_col, drawable(row.text).replace("\n", "\u2028")),
                                 (phone_col, clean_text(row.phone, TextKind.PHONE))):
                cursor = table.cellAt(index, column).firstCursorPosition()
                direction = (text_direction(text) if column == name_col
                             else Qt.LayoutDirection.LeftToRight)  # phone numbers read LTR
                cursor.setBlockFormat(block_format(style, self.rtl, direction))
                cell_fmt = table.cellAt(index, column).format().toTableCellFormat()
                cell_fmt.setLeftPadding(px_from_points(6) if column == 1 else 0)
                cell_fmt.setRightPadding(px_from_points(6) if column == 0 else 0)
                table.cellAt(index, column).setFormat(cell_fmt)
                cursor.insertText(text, char_format(style, self.language,
                                                    bold=column == phone_col))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.first = True  # the empty block Qt keeps after a table takes the next paragraph

    def _no_gap(self) -> None:
        """Make the empty block Qt keeps between two tables take no room."""
        fmt = QTextBlockFormat()
        fmt.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        fmt.setTopMargin(0)
        fmt.setBottomMargin(0)
        self.cursor.setBlockFormat(fmt)


def _page_of(document: QTextDocument, block: QTextBlock, page_h: float, last: bool) -> int:
    rect = document.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    if layout.lineCount():
        line = layout.lineAt(layout.lineCount() - 1 if last else 0)
        y = rect.top() + (line.y() + line.height() / 2)
    else:
        y = rect.top()
    return int(y // page_h)


_BREAK = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
_SHORT_BLOCK_LINES: Final = 6


def _lines_pages(document: QTextDocument, block: QTextBlock, page_h: float) -> tuple[int, int]:
    return (_page_of(document, block, page_h, False), _page_of(document, block, page_h, True))


def _needs_break(document: QTextDocument, block: QTextBlock, keep: set[int],
                 page_h: float) -> bool:
    """A short paragraph split over two pages, or a heading/question left at the foot of a page."""
    if block.blockFormat().pageBreakPolicy() & _BREAK or QTextCursor(block).currentTable():
        return False
    first, last = _lines_pages(document, block, page_h)
    if first != last and block.layout().lineCount() <= _SHORT_BLOCK_LINES:
        return True
    following = block.next()
    return (block.blockNumber() in keep and following.isValid()
            and _page_of(document, following, page_h, False) != last)


def _set_break(block: QTextBlock, on: bool) -> None:
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(_BREAK if on else QTextFormat.PageBreakFlag.PageBreak_Auto)
    QTextCursor(block).setBlockFormat(fmt)


class _PageBreaks:
    """Moves split short paragraphs, and headings that end a page, to the next page.

    It judges the blocks as the plan is written, up to the last finished one: a page break set
    then moves only the end of the document. (Set once the whole plan was laid out, a break
    early in it made Qt lay out everything after it again in one call that keeps Python's
    lock: 1,000 people, 87 ms in which the quick exit could not act.) A move shifts only the
    blocks after it, so the scan goes on from the moved block (or from the headings kept with
    it): one pass over the document, not one pass per move.
    """

    def __init__(self, document: QTextDocument, keep: list[int], page_h: float) -> None:
        self.document = document
        self.keep = keep  # the builder's list, still growing
        self.page_h = page_h
        self.added: set[int] = set()
        self.block = document.begin()

    def settle(self, *, finished: bool = False) -> None:
        """Judge the blocks written so far, but for the last two (the last may still change,
        and the one before it is judged by it), or all of them once ``finished``."""
        give_way()
        document, keep = self.document, set(self.keep)
        limit = document.blockCount() if finished else document.blockCount() - 2
        for _ in range(document.blockCount() + 1):  # each move settles a block: a bound
            while (self.block.isValid() and self.block.blockNumber() < limit
                   and not _needs_break(document, self.block, keep, self.page_h)):
                self.block = self.block.next()
            if not self.block.isValid() or self.block.blockNumber() >= limit:
                return
            _set_break(self.block, True)
            self.added.add(self.block.blockNumber())
            following = self.block.next()  # moving a heading with its question: one break
            if following.isValid() and following.blockNumber() in self.added:
                _set_break(following, False)
                self.added.discard(following.blockNumber())
            self.block = _start_of_kept_run(self.block, keep)


def _start_of_kept_run(block: QTextBlock, keep: set[int]) -> QTextBlock:
    """Return the first of the blocks kept with ``block`` (its heading, question…)."""
    previous = block.previous()
    while previous.isValid() and previous.blockNumber() in keep:
        block, previous = previous, previous.previous()
    return block


def lay_out_plan(blocks: list[Block], language: str, page: QSizeF) -> PlanPages:
    """Lay the blocks out on pages of ``page`` dots, with the plan's margins."""
    document, body, device = new_page_document(language, page)
    builder = _Builder(document, language)
    breaks = _PageBreaks(document, builder.keep, body.height())
    # Edit blocks: Qt lays the document out at the end of each, not after every cell edit
    # (which made a table of n rows cost n² and a plan with 1,000 people half a minute). Qt
    # lays out what an edit block made in one call that keeps Python's lock (the quick exit
    # waits meanwhile), so a long plan is laid out piece by piece: a long list of people in
    # tables of TABLE_PIECE_ROWS (a table takes time growing faster than its rows: 1,000 rows
    # held it 0.3 s), and about PIECE_CHARACTERS of other text at a time.
    written = 0
    builder.cursor.beginEditBlock()
    for run in _runs(blocks):
        if run[0].style != "row":
            builder.paragraph(run[0])
            written += len(run[0].lead) + len(run[0].text)
            if written < PIECE_CHARACTERS:
                continue
        elif len(run) <= TABLE_PIECE_ROWS:
            builder.table(run)
            continue
        else:
            _long_table(builder, breaks, run)
        written = 0
        builder.cursor.endEditBlock()
        breaks.settle()  # lays this piece out, and sets the page breaks before it
        builder.cursor.beginEditBlock()
    builder.cursor.endEditBlock()
    breaks.settle(finished=True)
    return PlanPages(document, document.pageCount(), body, page, language, device)


def _long_table(builder: _Builder, breaks: _PageBreaks, rows: list[Block]) -> None:
    """A list longer than a piece, as tables of TABLE_PIECE_ROWS, each laid out once made."""
    pieces = range(0, len(rows), TABLE_PIECE_ROWS)
    for start in pieces:
        builder.table(rows[start:start + TABLE_PIECE_ROWS], first=start == 0,
                      last=start == pieces[-1])
        if start != pieces[-1]:
            builder.cursor.endEditBlock()
            breaks.settle()
            builder.cursor.beginEditBlock()


def footer_text(page: int, count: int) -> str:
    """Return "Page N of M" in the labels' language."""
    template = plan_text(QT_TRANSLATE_NOOP("PlanPdf", "Page {page} of {count}"))
    return template.format(page=page, count=count)


def paint_plan_page(pages: PlanPages, painter: QPainter, index: int) -> None:
    """Paint page ``index`` (from 0) of the laid-out plan, with its page number."""
    body = pages.body
    painter.save()
    painter.translate(body.left(), body.top() - index * body.height())
    pages.document.drawContents(painter, QRectF(0, index * body.height(), body.width(),
                                                body.height()))
    painter.restore()
    font = make_font(pages.language, 9)
    layout, _ = paragraph(footer_text(index + 1, pages.page_count), font, body.width(),
                          Qt.LayoutDirection.LayoutDirectionAuto, Qt.AlignmentFlag.AlignHCenter)
    painter.setPen(QColor("#555555"))
    y = pages.page.height() - FOOTER_FROM_BOTTOM * DOTS_PER_MM
    layout.draw(painter, QPointF(body.left(), y))
