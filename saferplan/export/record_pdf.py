"""The private record as a PDF for a lawyer or advocate: chosen entries, their words and pictures.

It uses the plan printout's page geometry, styles, page numbers, font check and PDF finishing
(blank metadata, optional AES-256 password), so there is one PDF pipeline, not two.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QIODevice,
    QSize,
    QSizeF,
)
from PySide6.QtGui import (
    QImage,
    QImageReader,
    QPainter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from saferplan.export.errors import ExportError
from saferplan.export.fonts import check_coverage, families_for, is_rtl
from saferplan.export.labels import QT_TRANSLATE_NOOP, label_text
from saferplan.export.options import ExportOptions
from saferplan.export.pdf_pictures import JPEG_MAX_SIDE, Pictures
from saferplan.export.pdfpost import finish_pdf
from saferplan.export.plan_layout import (
    STYLES,
    PlanPages,
    add_block,
    block_format,
    char_format,
    drawable,
    footer_text,
    new_page_document,
    paint_plan_page,
    px_from_points,
    text_direction,
)
from saferplan.export.targets import (
    DOTS_PER_INCH,
    ensure_gui_app,
    give_way,
    page_dots,
    page_points,
    paint_images,
    paint_pdf,
    paper_size,
)
from saferplan.i18n import when_text
from saferplan.model import ContentUnavailableError, LogEntry, PlanDocument
from saferplan.model.record import is_valid_when

RECORD: Final = "RecordPdf"
TITLE: Final = QT_TRANSLATE_NOOP("RecordPdf", "My record")
TITLE_DISCREET: Final = QT_TRANSLATE_NOOP("RecordPdf", "Notes")
TIME: Final = QT_TRANSLATE_NOOP("RecordPdf", "Time")
PLACE: Final = QT_TRANSLATE_NOOP("RecordPdf", "Place")
PEOPLE: Final = QT_TRANSLATE_NOOP("RecordPdf", "Who was there")
WHAT: Final = QT_TRANSLATE_NOOP("RecordPdf", "What happened")
ATTACHED: Final = QT_TRANSLATE_NOOP("RecordPdf", "Attached")
FILE_NOT_SHOWN: Final = QT_TRANSLATE_NOOP(
    "RecordPdf", "{name} (a file kept in the plan, not shown here)")
IMAGE_CAPTION: Final = QT_TRANSLATE_NOOP("RecordPdf", "Picture: {name}")
NO_DATE: Final = QT_TRANSLATE_NOOP("RecordPdf", "No date given")
UNREADABLE_IMAGE: Final = QT_TRANSLATE_NOOP(
    "RecordPdf", "{name} (a picture that could not be shown)")

# Pictures are drawn at most this many dots per inch of paper: sharp on print, small in the file.
IMAGE_DPI: Final = 220
IMAGE_SPACE_BEFORE: Final = 4.0  # points
# Qt's text documents measure image sizes in 96-dpi pixels and scale them to the paint device.
_DOCUMENT_DPI: Final = 96
# A picture never takes more of a page's height than this, so its caption stays with it.
_IMAGE_PAGE_SHARE: Final = 0.72


def record_text(source: str) -> str:
    """Translate a record PDF string (context "RecordPdf")."""
    return label_text(RECORD, source)


@dataclass(frozen=True, slots=True)
class _Paragraph:
    style: str
    text: str = ""
    lead: str = ""
    image: str = ""  # an attachment id: the paragraph is that picture


def _image_ids(doc: PlanDocument, entry: LogEntry) -> tuple[list[str], list[str]]:
    """Split an entry's attachments into pictures and other files (ids)."""
    images: list[str] = []
    files: list[str] = []
    for attachment_id in entry.attachments:
        attachment = doc.attachments.get(attachment_id)
        if attachment is None:
            continue
        (images if attachment.media_type.startswith("image/") else files).append(attachment_id)
    return images, files


def _entry_paragraphs(doc: PlanDocument, entry: LogEntry, language: str,
                      names_by_id: dict[str, str]) -> list[_Paragraph]:
    date, time = when_text(entry.when, language)
    out = [_Paragraph("heading", date or record_text(NO_DATE))]
    if time:
        out.append(_Paragraph("answer", time, lead=record_text(TIME)))
    if entry.where.strip():
        out.append(_Paragraph("answer", entry.where.strip(), lead=record_text(PLACE)))
    names = [name for name in map(names_by_id.get, entry.people) if name]
    if names:
        out.append(_Paragraph("answer", ", ".join(names), lead=record_text(PEOPLE)))
    if entry.what.strip():
        out.append(_Paragraph("question", record_text(WHAT)))
        out.append(_Paragraph("answer", entry.what.strip()))
    images, files = _image_ids(doc, entry)
    if images or files:
        out.append(_Paragraph("question", record_text(ATTACHED)))
    for attachment_id in images:
        name = doc.attachments[attachment_id].name
        out.append(_Paragraph("image", image=attachment_id))
        out.append(_Paragraph("muted", record_text(IMAGE_CAPTION).format(name=name)))
    for attachment_id in files:
        name = doc.attachments[attachment_id].name
        out.append(_Paragraph("item", record_text(FILE_NOT_SHOWN).format(name=name)))
    return out


def record_paragraphs(doc: PlanDocument, entries: Sequence[LogEntry],
                      options: ExportOptions) -> Iterator[_Paragraph]:
    """Yield the printout's paragraphs: the title, then each entry in the given order.

    Made as they are laid out, not all at once: 10,000 entries make 60,000 paragraphs, and
    every object kept lengthens Python's garbage collection pauses, which hold every thread.
    """
    yield _Paragraph("title", record_text(TITLE_DISCREET if options.discreet else TITLE))
    names_by_id = {p.id: p.name for p in doc.people}
    for entry in entries:
        give_way()
        yield from _entry_paragraphs(doc, entry, options.language, names_by_id)


def chosen_entries(doc: PlanDocument, entry_ids: Sequence[str]) -> list[LogEntry]:
    """Return the entries with these ids, oldest first (a record reads in time order)."""
    wanted = set(entry_ids)
    chosen = [entry for entry in doc.log if entry.id in wanted]
    if len(chosen) != len(wanted):
        raise ExportError(QCoreApplication.translate(
            "Export", "Some of the chosen entries are no longer in the plan. Please choose again."))
    # Stable sort: entries with the same date keep the order they were written in; entries
    # without a (machine-readable) date come last.
    return sorted(chosen, key=lambda entry: (not is_valid_when(entry.when) or not entry.when,
                                             entry.when))


class _BytesReadThroughPython(QIODevice):
    """Bytes held in Python, read by Qt a piece at a time through Python code.

    Decoding a photo is one Qt call that keeps Python's lock (a 48 MP photo: about 0.2 s in
    which the GUI thread, and the quick exit, wait). Read from here, the decoder comes back
    into Python for each piece of the file, and Python lets other threads run in between.
    """

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = data

    def readData(self, maxlen: int) -> bytes:
        """Hand Qt the next ``maxlen`` bytes at most."""
        start = self.pos()
        return self._data[start:start + maxlen]

    def writeData(self, _data: bytes | bytearray | memoryview, _size: int = 0, /) -> int:
        """Read only."""
        return -1

    def size(self) -> int:
        """The number of bytes."""
        return len(self._data)

    def isSequential(self) -> bool:
        """The decoder may seek."""
        return False


def decode_image(data: bytes, max_width: int | None = None,
                 max_height: int | None = None) -> QImage:
    """Decode picture bytes in memory (turned upright as the camera meant), made smaller to
    fit ``max_width`` and ``max_height`` if needed; null if unreadable."""
    device = _BytesReadThroughPython(data)
    device.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered)
    reader = QImageReader(device)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and not size.isEmpty():
        scale = min(1.0, (max_width or size.width()) / size.width(),
                    (max_height or size.height()) / size.height())
        if scale < 1:
            # Decode straight at the smaller size: a big photo never sits in memory in full.
            reader.setScaledSize(QSize(max(1, round(size.width() * scale)),
                                       max(1, round(size.height() * scale))))
    image = reader.read()
    device.close()
    return image


class _Builder:
    """Writes the paragraphs into a QTextDocument laid out on pages (the plan's styles)."""

    def __init__(self, doc: PlanDocument, document: QTextDocument, language: str,
                 body_px: QSize, keeper: _KeepWithNext, *, for_pdf: bool) -> None:
        self.doc = doc
        self.pictures = Pictures(document, placeholders=for_pdf)
        self.cursor = QTextCursor(document)
        self.language = language
        self.body_px = body_px
        self.first = True
        self.keeper = keeper

    def add(self, paragraph: _Paragraph, rtl: bool) -> None:
        style = STYLES["answer" if paragraph.style == "image" else paragraph.style]
        direction = text_direction(paragraph.lead + paragraph.text)
        # The record's file lines keep a plain indent, without the plan's hanging bullet.
        block = block_format(style, rtl, direction, hanging_indent=False)
        char = char_format(style, self.language)
        add_block(self.cursor, self.first, block, char)
        self.first = False
        if style.keep_with_next or paragraph.style == "image":
            self.keeper.add(self.cursor.block().blockNumber())
        if paragraph.image:
            # One line as tall as the picture: a proportional line height would make it taller
            # than the page and push it over the edge.
            block.setLineHeight(100, QTextBlockFormat.LineHeightTypes.SingleHeight.value)
            block.setTopMargin(px_from_points(IMAGE_SPACE_BEFORE))
            self.cursor.setBlockFormat(block)
            self._image(paragraph)
            return
        text = drawable(paragraph.text).replace("\r\n", "\n").replace("\n", "\u2028")
        if paragraph.style == "item":
            text = "•\u00a0" + text
        if paragraph.lead:
            self.cursor.insertText(drawable(paragraph.lead) + ": ",
                                   char_format(style, self.language, True))
        self.cursor.insertText(text, char)

    def _image(self, paragraph: _Paragraph) -> None:
        attachment = self.doc.attachments[paragraph.image]
        max_width = round(self.body_px.width() * IMAGE_DPI / _DOCUMENT_DPI)
        try:
            data = attachment.data  # decrypted now, from the plan file
        except ContentUnavailableError:
            data = b""  # said like a picture that cannot be shown
        image = decode_image(data, max_width, JPEG_MAX_SIDE)
        if image.isNull():
            style = STYLES["muted"]
            text = record_text(UNREADABLE_IMAGE).format(name=attachment.name)
            self.cursor.insertText(text, char_format(style, self.language))
            return
        width = float(self.body_px.width())
        height = width * image.height() / image.width()
        limit = self.body_px.height() * _IMAGE_PAGE_SHARE
        if height > limit:  # a tall screenshot: as tall as fits, keeping its shape
            width, height = width * limit / height, limit
        # In a PDF, a placeholder: Qt compressing a whole photo kept Python's lock too long.
        self.pictures.insert(self.cursor, f"attachment:{paragraph.image}", image, width, height)


_BREAK = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


def _page_of_line(document: QTextDocument, block_number: int, page_h: float, last: bool) -> int:
    block = document.findBlockByNumber(block_number)
    rect = document.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    if not layout.lineCount():
        return int(rect.top() // page_h)
    line = layout.lineAt(layout.lineCount() - 1 if last else 0)
    return int((rect.top() + line.y() + line.height() / 2) // page_h)


def _starts_page(document: QTextDocument, block_number: int, page_h: float) -> bool:
    if block_number == 0:
        return True
    top = document.documentLayout().blockBoundingRect(
        document.findBlockByNumber(block_number)).top()
    return _page_of_line(document, block_number - 1, page_h, True) != int(top // page_h)


def _pushed_apart(document: QTextDocument, number: int, page_h: float) -> bool:
    """A block whose next block starts on another page, or whose own first line does.

    Qt moves a line that does not fit to the very top of the next page, so a picture moved that
    way would touch the page edge: a break before its block keeps the block's top margin.
    """
    block = document.findBlockByNumber(number)
    top = document.documentLayout().blockBoundingRect(block).top()
    if int(top // page_h) != _page_of_line(document, number, page_h, False):
        return True
    return (number + 1 < document.blockCount()
            and _page_of_line(document, number, page_h, True)
            != _page_of_line(document, number + 1, page_h, False))


class _KeepWithNext:
    """Moves a heading, label or picture left at the foot of a page to the next page.

    It judges each kept block as soon as the block after it is written, while the document
    still ends there: a page break set then moves only the last few blocks. (Set once the
    whole record is laid out, each break made Qt lay out the rest of it again in one call that
    keeps Python's lock: 10,000 entries, 40 ms each, and the quick exit waited.)
    """

    def __init__(self, document: QTextDocument, page_h: float) -> None:
        self.document = document
        self.page_h = page_h
        self.keep: set[int] = set()
        self.moved: set[int] = set()
        self.pending: list[int] = []

    def add(self, number: int) -> None:
        """Block ``number`` should stay on the page of the block after it."""
        self.keep.add(number)
        self.pending.append(number)

    def settle(self, written: int) -> None:
        """Judge the kept blocks whose following block is among the ``written`` first blocks."""
        ready = [n for n in self.pending if n + 1 < written]
        self.pending = [n for n in self.pending if n + 1 >= written]
        for number in ready:
            self._judge(number)

    def finish(self) -> None:
        """Judge the kept blocks still waiting (the record is complete)."""
        ready, self.pending = self.pending, []
        for number in ready:
            self._judge(number)

    def _judge(self, number: int) -> None:
        if number in self.moved or not _pushed_apart(self.document, number, self.page_h):
            return
        start = number
        while start - 1 in self.keep and start - 1 not in self.moved:
            start -= 1  # a heading with its label and picture move together
        if _starts_page(self.document, start, self.page_h):
            return  # already at the top of a page: moving it gains nothing
        block = self.document.findBlockByNumber(start)
        fmt = QTextBlockFormat(block.blockFormat())
        fmt.setPageBreakPolicy(_BREAK)
        QTextCursor(block).setBlockFormat(fmt)
        self.moved.update(range(start, number + 1))


@dataclass(frozen=True, slots=True)
class _RecordPages:
    """The laid-out record and its pictures (for a PDF: their JPEGs, to put in afterwards)."""

    pages: PlanPages
    pictures: Pictures

    def paint(self, painter: QPainter, index: int) -> None:
        """Paint page ``index`` (from 0)."""
        paint_plan_page(self.pages, painter, index)


def _lay_out(doc: PlanDocument, paragraphs: Iterable[_Paragraph], language: str,
             page: QSizeF, *, for_pdf: bool) -> _RecordPages:
    document, body, device = new_page_document(language, page)
    px = _DOCUMENT_DPI / DOTS_PER_INCH
    body_px = QSize(int(body.width() * px), int(body.height() * px))
    keeper = _KeepWithNext(document, body.height())
    builder = _Builder(doc, document, language, body_px, keeper, for_pdf=for_pdf)
    rtl = is_rtl(language)
    for paragraph in paragraphs:
        give_way()
        builder.add(paragraph, rtl)
        # The block just written may still change (a picture's line): judged after the next.
        keeper.settle(document.blockCount() - 1)
    keeper.finish()
    pages = PlanPages(document, document.pageCount(), body, page, language, device)
    return _RecordPages(pages, builder.pictures)


def _record_pages(doc: PlanDocument, entry_ids: Sequence[str],
                  options: ExportOptions, *, for_pdf: bool) -> _RecordPages:
    ensure_gui_app()
    entries = chosen_entries(doc, entry_ids)
    texts = (t for p in record_paragraphs(doc, entries, options) for t in (p.lead, p.text))
    check_coverage(chain(texts, [footer_text(1, 1)]), families_for(options.language))  # first
    size = page_dots(page_points(paper_size(options.paper)))
    return _lay_out(doc, record_paragraphs(doc, entries, options), options.language, size,
                    for_pdf=for_pdf)


def render_record_pdf(doc: PlanDocument, entry_ids: list[str], options: ExportOptions) -> bytes:
    """Return the chosen record entries as PDF bytes (in memory, no metadata, optional password)."""
    page = paper_size(options.paper)
    record = _record_pages(doc, entry_ids, options, for_pdf=True)
    data = paint_pdf(page, record.pages.page_count, record.paint)
    return finish_pdf(data, options.password, record.pictures.jpegs())


def render_record_preview(doc: PlanDocument, entry_ids: list[str], options: ExportOptions,
                          dpi: int = 60) -> list[QImage]:
    """Return one image per page of the record printout, at ``dpi``."""
    record = _record_pages(doc, entry_ids, options, for_pdf=False)
    size = page_points(paper_size(options.paper))
    return paint_images(size, record.pages.page_count, record.paint, dpi)
