"""A record's pictures are drawn in bands (no one call keeps Python's lock long), without seams."""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QTransform

from saferplan.export import ExportOptions
from saferplan.export import picture_bands as bands_module
from saferplan.export.picture_bands import BAND_PIXELS, OVERLAP_ROWS, bands
from saferplan.export.plan_layout import MARGIN_SIDE
from saferplan.export.record_pdf import render_record_pdf, render_record_preview
from saferplan.model import PlanDocument
from saferplan.model.record import add_attachment, add_entry

DAY = datetime.date(2025, 3, 5)
TOP, FOOT = QColor("#3f6fb0"), QColor("#f0d890")  # the test picture's gradient


def encoded(image: QImage, kind: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind, 95)
    return bytes(data.data())


def gradient(width: int, height: int, clear: bool = False) -> QImage:
    """A smooth top-to-foot gradient: a gap or a doubled row between bands stands out."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    fill = QLinearGradient(0, 0, 0, height)
    top, foot = QColor(TOP), QColor(FOOT)
    if clear:  # half-clear: a row drawn twice would come out darker
        top.setAlpha(128)
        foot.setAlpha(128)
    fill.setColorAt(0, top)
    fill.setColorAt(1, foot)
    painter = QPainter(image)
    painter.fillRect(QRectF(0, 0, width, height), fill)
    painter.end()
    return image


def record(pictures: list[tuple[str, bytes]]) -> tuple[PlanDocument, list[str]]:
    doc = PlanDocument()
    ids = []
    for name, data in pictures:
        kind = "image/jpeg" if name.endswith(".jpg") else "image/png"
        attachment = add_attachment(doc, name, kind, data, DAY)
        ids.append(add_entry(doc, "2025-03-01", "", "", attachments=[attachment.id]).id)
    return doc, ids


def pdf_images(path: Path) -> list[tuple[int, int]]:
    """(width, height) of each image drawn in the PDF (``pdfimages -list``)."""
    out = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True,
                         text=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    return [(int(row[3]), int(row[4])) for row in rows if row[2] == "image"]


def pdf_page(path: Path, dpi: int, folder: Path) -> QImage:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", str(path),
                    str(folder / f"page{dpi}")], check=True)
    (page,) = folder.glob(f"page{dpi}*.png")
    return QImage(str(page)).convertToFormat(QImage.Format.Format_RGB32)


def picture_rows(page: QImage, x: int) -> range:
    """The rows of the page's picture at column ``x``: the longest run that is not white."""
    best, start = range(0), None
    for y in range(page.height() + 1):
        white = y == page.height() or page.pixelColor(x, y).name() == "#ffffff"
        if not white and start is None:
            start = y
        elif white and start is not None:
            best, start = max(best, range(start, y), key=len), None
    return best


def expected(fraction: float, clear: bool) -> tuple[float, float, float]:
    """The gradient's colour at ``fraction`` of the picture's height, on white paper."""
    def mix(a: int, b: int) -> float:
        value = a + (b - a) * fraction
        return (value + 255) / 2 if clear else value
    return (mix(TOP.red(), FOOT.red()), mix(TOP.green(), FOOT.green()),
            mix(TOP.blue(), FOOT.blue()))


def picture_columns(page: QImage, y: int) -> range:
    """The columns of the page's picture in row ``y``: the longest run that is not white."""
    turned = page.transformed(QTransform().rotate(90))  # row y becomes column height-1-y
    return picture_rows(turned, turned.width() - 1 - y)


def assert_without_seams(page: QImage, clear: bool, shape: float) -> None:
    """The picture keeps its shape (height / width), and every row of it, across its width,
    is the gradient's colour there."""
    x_mid = page.width() // 2
    rows = picture_rows(page, x_mid)
    assert len(rows) > page.height() // 5
    columns = picture_columns(page, rows.start + len(rows) // 2)
    assert abs(len(rows) - len(columns) * shape) <= 2, (len(rows), len(columns))
    inner = rows[2:-2]  # the picture's own edges may be smoothed into the paper
    columns = range(page.width() // 4, page.width() * 3 // 4, 7)
    for y in inner:
        want = expected((y - rows.start + 0.5) / len(rows), clear)
        for x in columns:
            got = page.pixelColor(x, y)
            for have, value in zip((got.red(), got.green(), got.blue()), want, strict=True):
                assert abs(have - value) <= 12, (y, x, got.name(), want)


def test_bands_cover_each_row_once_and_reach_into_the_next() -> None:
    for width, height in ((1437, 1078), (640, 400), (1080, 6000), (300, 3000), (5000, 7),
                          (1, 1), (20_000, 40)):
        rows: list[int] = []
        parts = list(bands(width, height))
        for index, (top, drawn, owned) in enumerate(parts):
            assert drawn * width <= max(BAND_PIXELS, width * (OVERLAP_ROWS + 1))
            last = index == len(parts) - 1
            assert drawn == (owned if last else owned + OVERLAP_ROWS)
            rows.extend(range(top, top + owned))
            if BAND_PIXELS // width >= 16 + OVERLAP_ROWS:
                assert top % 16 == 0  # where a JPEG block row of the whole picture starts
        assert rows == list(range(height)), (width, height)


def test_a_photo_goes_into_the_pdf_in_bands_with_python_let_in_between(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    """Each band is one drawing call into the PDF (compressed in it): none is larger than
    BAND_PIXELS, and other threads are let in between bands. Before, a 1437 × 1078 photo
    went in one call (54-64 ms in which Python's lock was kept)."""
    photo = gradient(3000, 2250).convertToFormat(QImage.Format.Format_RGB32)
    doc, ids = record([("photo.jpg", encoded(photo, "JPEG"))])
    turns: list[int] = []
    monkeypatch.setattr(bands_module, "give_way", lambda: turns.append(1))
    path = tmp_path / "r.pdf"
    path.write_bytes(render_record_pdf(doc, ids, ExportOptions()))
    pictures = [size for size in pdf_images(path) if size != (1, 1)]
    assert len(pictures) >= 4
    assert all(width * height <= BAND_PIXELS for width, height in pictures)
    width = pictures[0][0]
    assert {w for w, _ in pictures} == {width}
    height = sum(h for _, h in pictures) - OVERLAP_ROWS * (len(pictures) - 1)
    assert abs(height / width - 2250 / 3000) < 0.002  # the whole picture, in its shape
    assert len(turns) >= len(pictures)


@pytest.mark.parametrize("clear", [False, True], ids=["photo", "clear PNG"])
@pytest.mark.parametrize("dpi", [300, 60])
def test_the_bands_make_the_picture_without_seams(tmp_path: Path, qapp: object, dpi: int,
                                                  clear: bool) -> None:
    """Rendered as a viewer shows it (poppler), the picture is whole: no line, no gap, no
    darker row where two bands meet; a half-clear picture is laid on white paper."""
    picture = gradient(1800, 1300, clear)
    data = encoded(picture, "PNG") if clear else encoded(
        picture.convertToFormat(QImage.Format.Format_RGB32), "JPEG")
    doc, ids = record([("sign.png" if clear else "photo.jpg", data)])
    path = tmp_path / "r.pdf"
    path.write_bytes(render_record_pdf(doc, ids, ExportOptions()))
    assert len([size for size in pdf_images(path) if size != (1, 1)]) >= 3
    assert_without_seams(pdf_page(path, dpi, tmp_path), clear, 1300 / 1800)


def test_the_preview_shows_the_picture_without_seams(qapp: object) -> None:
    picture = gradient(1800, 1300).convertToFormat(QImage.Format.Format_RGB32)
    doc, ids = record([("photo.jpg", encoded(picture, "JPEG"))])
    page = render_record_preview(doc, ids, ExportOptions(), dpi=100)[0]
    assert_without_seams(page.convertToFormat(QImage.Format.Format_RGB32), False, 1300 / 1800)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_narrow_picture_is_drawn_where_the_text_puts_it(qapp: object, language: str) -> None:
    """A tall screenshot is narrower than the page body: at its left edge in English, at its
    right edge in Arabic, as Qt laid it out (it draws a clear stand-in there)."""
    screenshot = gradient(400, 3000).convertToFormat(QImage.Format.Format_RGB32)
    doc, ids = record([("chat.png", encoded(screenshot, "PNG"))])
    dpi = 100
    page = render_record_preview(doc, ids, ExportOptions(language), dpi=dpi)[0]
    side = round(MARGIN_SIDE / 25.4 * dpi)
    near, far = (side + 2, page.width() - side - 3)
    if language == "ar":
        near, far = far, near
    rows = picture_rows(page, near)
    assert len(rows) > page.height() // 3
    y = rows.start + len(rows) // 2
    assert page.pixelColor(near, y).name() != "#ffffff"
    assert page.pixelColor(far, y).name() == "#ffffff"
    outside = near - 4 if language == "en" else near + 4  # the margin stays white
    assert page.pixelColor(outside, y).name() == "#ffffff"


def test_the_picture_stays_one_object_in_the_text(qapp: object) -> None:
    """For page breaks, captions and the text layer, a picture is still one image object
    alone in its line, as Qt's own pictures were."""
    from saferplan.export.record_pdf import _record_pages

    photo = gradient(1800, 1300).convertToFormat(QImage.Format.Format_RGB32)
    doc, ids = record([("photo.jpg", encoded(photo, "JPEG"))])
    document = _record_pages(doc, ids, ExportOptions()).pages.document
    pictures = []
    block = document.begin()
    while block.isValid():
        if "\ufffc" in block.text():
            pictures.append(block)
        block = block.next()
    assert len(pictures) == 1
    (picture,) = pictures
    assert picture.text() == "\ufffc" and picture.layout().lineCount() == 1
    fmt = picture.begin().fragment().charFormat()
    assert fmt.isImageFormat()
    assert fmt.toImageFormat().name() == f"attachment:{doc.log[0].attachments[0]}"
    assert picture.next().text() == "Picture: photo.jpg"  # the caption follows it
