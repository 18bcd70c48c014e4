"""A record's pictures reach its PDF as the very JPEG Qt made, compressed apart from drawing
(export/pdf_pictures.py): where Qt put each one's placeholder, none of them left behind."""

from __future__ import annotations

import datetime
import io
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect
from PySide6.QtGui import QColor, QImage, QPainter

from saferplan.export import ExportError, ExportOptions
from saferplan.export.pdf_pictures import Jpeg
from saferplan.export.pdfpost import finish_pdf
from saferplan.export.record_pdf import _record_pages, render_record_pdf, render_record_preview
from saferplan.export.targets import paint_pdf, paper_size
from saferplan.model import PlanDocument
from saferplan.model.record import add_attachment, add_entry

RED = QColor(220, 20, 20)


def _encoded(image: QImage, kind: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind)  # type: ignore[call-overload]
    return bytes(data.data())


def _picture(width: int = 900, height: int = 600, clear: bool = False) -> QImage:
    """A gradient with a red block in its middle; with ``clear``, a clear left half."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(40, 80, 160))
    painter = QPainter(image)
    for x in range(0, width, 10):
        painter.fillRect(x, 0, 10, height, QColor(40 + x * 200 // width, 80, 160))
    painter.fillRect(QRect(width // 3, height // 3, width // 3, height // 3), RED)
    if clear:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        painter.fillRect(0, 0, width // 4, height, QColor(0, 0, 0, 0))
    painter.end()
    return image


def _doc(*images: tuple[str, bytes]) -> tuple[PlanDocument, list[str]]:
    doc = PlanDocument()
    for number, (media_type, data) in enumerate(images):
        kept = add_attachment(doc, f"picture {number}", media_type, data,
                              datetime.date(2026, 11, 1))
        add_entry(doc, f"2026-11-{number + 1:02d}T21:30", "Street", "What happened.", [],
                  [kept.id])
    return doc, [entry.id for entry in doc.log]


def _images(pdf: bytes, password: str | None = None) -> list[dict[str, object]]:
    reader = PdfReader(io.BytesIO(pdf), password=password)
    found = []
    for page in reader.pages:
        for image in page["/Resources"].get_object()["/XObject"].values():
            obj = image.get_object()
            found.append({"size": (obj["/Width"], obj["/Height"]), "filter": obj["/Filter"],
                          "mask": "/SMask" in obj, "data": obj._data})  # the stream as stored
    return found


def test_each_picture_is_the_jpeg_qt_itself_made_and_no_placeholder_is_left(
        qapp: object) -> None:
    doc, ids = _doc(("image/jpeg", _encoded(_picture(), "JPG")),
                    ("image/png", _encoded(_picture(1200, 500), "PNG")))
    options = ExportOptions("en")
    pdf = render_record_pdf(doc, ids, options)
    # The same record drawn by Qt with its pictures in place, as before (Qt compresses them).
    record = _record_pages(doc, ids, options, for_pdf=False)
    by_qt = finish_pdf(paint_pdf(paper_size(options.paper), record.pages.page_count,
                                 record.paint))
    ours, qts = _images(pdf), _images(by_qt)
    assert [image["size"] for image in ours] == [(900, 600), (1200, 500)]
    assert ours == qts


def test_pictures_are_put_in_a_pdf_with_a_password(qapp: object) -> None:
    doc, ids = _doc(("image/jpeg", _encoded(_picture(), "JPG")))
    pdf = render_record_pdf(doc, ids, ExportOptions("en", password="river stone"))
    plain = render_record_pdf(doc, ids, ExportOptions("en"))
    assert [i["size"] for i in _images(pdf, "river stone")] == [(900, 600)]
    assert [i["data"] for i in _images(pdf, "river stone")] == [i["data"] for i in _images(plain)]


def test_a_picture_with_clear_parts_is_laid_on_white(qapp: object) -> None:
    doc, ids = _doc(("image/png", _encoded(_picture(clear=True), "PNG")))
    (image,) = _images(render_record_pdf(doc, ids, ExportOptions("en")))
    assert not image["mask"]
    decoded = QImage.fromData(image["data"])  # type: ignore[arg-type]
    assert decoded.size().width() == 900
    corner = decoded.pixelColor(5, 5)
    assert min(corner.red(), corner.green(), corner.blue()) >= 245  # white, not black


def _red_box(image: QImage) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the red pixels."""
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            color = image.pixelColor(x, y)
            if color.red() > 180 and color.green() < 90 and color.blue() < 90:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_picture_is_where_the_text_puts_it(qapp: object, tmp_path: Path,
                                              language: str) -> None:
    """The PDF (a placeholder replaced) and the preview (the picture drawn by Qt) agree."""
    doc, ids = _doc(("image/jpeg", _encoded(_picture(400, 300), "JPG")))
    options = ExportOptions(language)
    pdf = tmp_path / "record.pdf"
    pdf.write_bytes(render_record_pdf(doc, ids, options))
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    (rendered,) = tmp_path.glob("page*.png")
    preview = render_record_preview(doc, ids, options, dpi=40)[0]
    ours, qts = _red_box(QImage(str(rendered))), _red_box(preview)
    assert all(abs(a - b) <= 1 for a, b in zip(ours, qts, strict=True)), (ours, qts)


def test_a_placeholder_not_found_stops_the_pdf(qapp: object) -> None:
    doc, ids = _doc(("image/jpeg", _encoded(_picture(), "JPG")))
    record = _record_pages(doc, ids, ExportOptions("en"), for_pdf=True)
    data = paint_pdf(paper_size(ExportOptions("en").paper), record.pages.page_count,
                     record.paint)
    pictures = record.pictures.jpegs()
    pictures[(7, 7)] = Jpeg(b"", 1, 1)  # a picture whose place is not in the PDF
    with pytest.raises(ExportError):
        finish_pdf(data, None, pictures)


def test_a_file_two_entries_show_is_in_the_pdf_once_for_both(qapp: object,
                                                             tmp_path: Path) -> None:
    doc = PlanDocument()
    kept = add_attachment(doc, "shared", "image/jpeg", _encoded(_picture(), "JPG"),
                          datetime.date(2026, 11, 1))
    for day in (1, 2):
        add_entry(doc, f"2026-11-0{day}T21:30", "Street", "What happened.", [], [kept.id])
    ids = [entry.id for entry in doc.log]
    pdf = tmp_path / "record.pdf"
    pdf.write_bytes(render_record_pdf(doc, ids, ExportOptions("en")))
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert [row.split()[3:5] for row in listing] == [["900", "600"]] * 2  # shown twice
    assert len({row.split()[10] for row in listing}) == 1  # one image object


def test_a_picture_longer_than_jpeg_allows_is_made_to_fit(qapp: object) -> None:
    """A very long scrolled screenshot: JPEG holds at most 65,500 pixels a side."""
    tall = QImage(300, 70_000, QImage.Format.Format_RGB32)
    tall.fill(QColor("white"))
    doc, ids = _doc(("image/png", _encoded(tall, "PNG")))
    (image,) = _images(render_record_pdf(doc, ids, ExportOptions("en")))
    width, height = image["size"]  # type: ignore[misc]
    assert height <= 65_500 and abs(width / height - 300 / 70_000) < 0.001
