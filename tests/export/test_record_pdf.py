"""The record PDF for a lawyer: chosen entries, words and pictures, the plan's PDF pipeline."""

from __future__ import annotations

import datetime
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter

from saferplan.export import ExportError, ExportOptions, MissingFontError, fonts
from saferplan.export.plan_layout import MARGIN_BOTTOM, MARGIN_SIDE
from saferplan.export.record_pdf import (
    chosen_entries,
    render_record_pdf,
    render_record_preview,
)
from saferplan.i18n import when_text
from saferplan.model import PlanDocument
from saferplan.model.record import add_attachment, add_entry

TODAY = datetime.date(2025, 3, 5)
VI_TEXT = "Anh ta đến cửa hàng và la hét. Tôi đã gọi cho chị Lan."
# Characters pdftotext maps back to themselves (some, like 门, come out as CJK radicals).
ZH_TEXT = "他拿走了我的手机。"


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_text(path: Path, password: str | None = None) -> str:
    extra = ["-upw", password] if password else []
    return unicodedata.normalize("NFKC", run("pdftotext", *extra, str(path), "-"))


def pdf_info(path: Path, password: str | None = None) -> dict[str, str]:
    extra = ["-upw", password] if password else []
    pairs = (line.partition(":") for line in run("pdfinfo", *extra, str(path)).splitlines())
    return {key.strip(): value.strip() for key, _, value in pairs}


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def png_bytes(width: int, height: int, color: str = "#6a8fb5") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    painter = QPainter(image)
    painter.drawLine(0, 0, width, height)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    return bytes(data.data())


def images_in(path: Path, password: str | None = None) -> list[tuple[int, int]]:
    """(width, height) of each image in the PDF, from ``pdfimages -list``."""
    extra = ["-upw", password] if password else []
    out = run("pdfimages", *extra, "-list", str(path))
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    return [(int(row[3]), int(row[4])) for row in rows if row[2] == "image"]


def sample_doc() -> tuple[PlanDocument, list[str]]:
    doc = PlanDocument()
    lan = doc.add_person("Chị Lan")
    photo = add_attachment(doc, "ảnh cửa hàng.png", "image/png", png_bytes(640, 400), TODAY)
    letter = add_attachment(doc, "thư của chủ nhà.pdf", "application/pdf", b"%PDF-1.4\n", TODAY)
    first = add_entry(doc, "2025-03-04T21:30", "Phố Huế, Hà Nội", f"{VI_TEXT}\n{ZH_TEXT}",
                      [lan.id], [photo.id, letter.id])
    second = add_entry(doc, "2025-01-10", "", "A second, older entry.")
    add_entry(doc, "2025-02-01", "", "Not chosen: this must not be printed.")
    return doc, [first.id, second.id]


def test_entries_text_picture_and_page_numbers(tmp_path: Path, qapp: object) -> None:
    doc, ids = sample_doc()
    path = write(tmp_path, "r.pdf", render_record_pdf(doc, ids, ExportOptions()))
    text = re.sub(r"\s+", " ", pdf_text(path))
    for expected in ("My record", "Phố Huế, Hà Nội", "Chị Lan", "9:30", "What happened",
                     "Anh ta đến cửa hàng", ZH_TEXT, "thư của chủ nhà.pdf",
                     "ảnh cửa hàng.png", "A second, older entry."):
        assert expected in text, expected
    assert "Not chosen" not in text
    # Oldest first: a record reads in time order.
    assert text.index("A second, older entry.") < text.index("Anh ta")
    count = int(pdf_info(path)["Pages"])
    assert f"Page {count} of {count}" in text
    # One picture (the PDF attachment is listed by name only), at most IMAGE_DPI wide.
    assert len(images_in(path)) == 1
    width, height = images_in(path)[0]
    assert width == 640 and height == 400


def test_metadata_blank_and_password(tmp_path: Path, qapp: object) -> None:
    doc, ids = sample_doc()
    plain = write(tmp_path, "p.pdf", render_record_pdf(doc, ids, ExportOptions()))
    info = pdf_info(plain)
    for key in ("Title", "Author", "Creator", "Producer"):
        assert info[key] == ""
    assert b"xmpmeta" not in plain.read_bytes()
    locked = write(tmp_path, "l.pdf", render_record_pdf(doc, ids,
                                                        ExportOptions(password="river stone")))
    reader = PdfReader(locked)
    assert reader.is_encrypted
    assert "AES-256" in pdf_info(locked, "river stone")["Encrypted"]
    assert "Phố Huế" in pdf_text(locked, "river stone")
    assert images_in(locked, "river stone") == images_in(plain) == [(640, 400)]
    assert "Phố Huế".encode() not in locked.read_bytes()


def test_discreet_title(tmp_path: Path, qapp: object) -> None:
    doc, ids = sample_doc()
    text = pdf_text(write(tmp_path, "d.pdf",
                          render_record_pdf(doc, ids, ExportOptions(discreet=True))))
    assert "Notes" in text and "My record" not in text


def test_tall_screenshot_fits_on_one_page(tmp_path: Path, qapp: object) -> None:
    doc = PlanDocument()
    tall = add_attachment(doc, "chat.png", "image/png", png_bytes(300, 3000), TODAY)
    entry = add_entry(doc, "2025-03-01", "", "", attachments=[tall.id])
    pages = render_record_preview(doc, [entry.id], ExportOptions(), dpi=30)
    assert len(pages) == 1  # kept within the page, not spilling over
    # The picture's light blue is on the page, and the lower margin stays white.
    image = pages[0]
    x = round(MARGIN_SIDE / 25.4 * 30) + 4  # just inside the left margin
    colours = {image.pixelColor(x, y).name() for y in range(0, image.height(), 3)}
    assert "#6a8fb5" in colours
    bottom = image.pixelColor(x, image.height() - 10).name()
    assert bottom == "#ffffff"


def test_pictures_stay_inside_the_page_body(tmp_path: Path, qapp: object) -> None:
    doc = PlanDocument()
    ids = [add_attachment(doc, f"{n}.png", "image/png", png_bytes(600, 900, "#7a5c3e"), TODAY).id
           for n in range(3)]
    entry = add_entry(doc, "2025-03-01", "", "Some words first.\n" * 12, attachments=ids)
    path = write(tmp_path, "t.pdf", render_record_pdf(doc, [entry.id], ExportOptions()))
    dpi = 60
    run("pdftoppm", "-r", str(dpi), "-png", str(path), str(tmp_path / "page"))
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 4
    top = round((297 - MARGIN_BOTTOM) / 25.4 * dpi) - 1
    bottom = round((297 - 16) / 25.4 * dpi)
    for page_file in pages:  # between the body's foot and the page number: only white paper
        page = QImage(str(page_file))
        colours = {page.pixelColor(x, y).name() for x in range(0, page.width(), 2)
                   for y in range(top, bottom)}
        assert colours == {"#ffffff"}, page_file.name


def test_unreadable_picture_is_named_not_drawn(tmp_path: Path, qapp: object) -> None:
    doc = PlanDocument()
    broken = add_attachment(doc, "broken.png", "image/png", b"\x89PNG\r\n\x1a\nnot really", TODAY)
    entry = add_entry(doc, "2025-03-01", "", "x", attachments=[broken.id])
    path = write(tmp_path, "b.pdf", render_record_pdf(doc, [entry.id], ExportOptions()))
    assert "broken.png" in pdf_text(path)
    assert images_in(path) == []


def test_missing_font_raises(monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    monkeypatch.setitem(fonts.FAMILIES, "en", ["DejaVu Sans"])
    doc = PlanDocument()
    entry = add_entry(doc, "2025-03-01", "", ZH_TEXT)
    with pytest.raises(MissingFontError) as caught:
        render_record_pdf(doc, [entry.id], ExportOptions())
    assert "Chinese" in str(caught.value) and ZH_TEXT not in str(caught.value)


def test_unknown_entry_is_a_calm_error(qapp: object) -> None:
    doc, _ = sample_doc()
    with pytest.raises(ExportError):
        chosen_entries(doc, ["e99"])


def test_when_text() -> None:
    date, time = when_text("2025-03-04T21:30", "en")
    assert date.startswith("Tuesday") and "2025" in date and "9:30" in time
    assert when_text("2025-03-04T21:30", "vi")[0] != date  # in the language's own words
    assert when_text("last spring", "en") == ("last spring", "")
    assert when_text("2025-03-04", "vi")[1] == ""


def _long_record(count: int) -> tuple[PlanDocument, list[str]]:
    doc = PlanDocument()
    people = [doc.add_person(f"Person {i}").id for i in range(4)]
    for index in range(count):
        when = (TODAY - datetime.timedelta(days=index)).isoformat() + "T21:30"
        what = "He came to the shop and shouted. " * (1 + index % 5)  # entries of many heights
        add_entry(doc, when, f"Street {index}", what, people[: index % 4])
    return doc, [entry.id for entry in doc.log]


def test_page_breaks_are_set_where_the_record_is_still_being_written(
        monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    """Every change to the document is near its end: a page break set once the whole record
    was laid out made Qt lay out all that followed again, in one call that keeps Python's
    lock (10,000 entries: 40 ms a break, and the quick exit waited)."""
    from saferplan.export import record_pdf

    tails: list[int] = []
    made = record_pdf.new_page_document

    def watched(*args: object) -> object:
        document, body, device = made(*args)  # type: ignore[arg-type]
        document.contentsChange.connect(
            lambda position, _removed, _added: tails.append(document.characterCount() - position))
        return document, body, device

    monkeypatch.setattr(record_pdf, "new_page_document", watched)
    doc, ids = _long_record(400)
    pages = render_record_preview(doc, ids, ExportOptions(), dpi=10)
    assert len(pages) > 60
    assert max(tails) < 2_000  # an entry or two, out of about 100,000 characters


def test_no_heading_left_at_the_foot_of_a_page_in_a_long_record(
        monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    """Every heading and label moves to the next page when its text does, to the record's end
    (the moves used to stop after 60)."""
    from saferplan.export import record_pdf

    keepers: list[record_pdf._KeepWithNext] = []
    finish = record_pdf._KeepWithNext.finish

    def recording_finish(self: record_pdf._KeepWithNext) -> None:
        finish(self)
        keepers.append(self)

    monkeypatch.setattr(record_pdf._KeepWithNext, "finish", recording_finish)
    doc, ids = _long_record(400)
    render_record_preview(doc, ids, ExportOptions(), dpi=10)
    keeper = keepers[-1]
    assert len(keeper.moved) > 60
    for number in sorted(keeper.keep):
        start = number
        while start - 1 in keeper.keep:
            start -= 1
        assert (not record_pdf._pushed_apart(keeper.document, number, keeper.page_h)
                or record_pdf._starts_page(keeper.document, start, keeper.page_h)), number


def test_a_photo_is_decoded_with_python_running_between_pieces(qapp: object) -> None:
    """Decoding is one Qt call that keeps Python's lock (a 48 MP photo held every other thread,
    the GUI thread too, 0.2 s). The decoder reads the file through Python, a piece at a time,
    and Python lets other threads run there."""
    import random
    import sys

    from saferplan.export.record_pdf import decode_image

    noise = random.Random(3).randbytes(500 * 375 * 4)
    photo = QImage(noise, 500, 375, QImage.Format.Format_RGB32).scaled(2000, 1500)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert photo.save(buffer, "JPEG", 88)
    jpeg = bytes(data.data())
    assert len(jpeg) > 300_000
    python_calls = [0]

    def count(_frame: object, event: str, _arg: object) -> None:
        if event == "call":
            python_calls[0] += 1

    sys.setprofile(count)
    try:
        image = decode_image(jpeg, 1000)
    finally:
        sys.setprofile(None)
    assert image.width() == 1000
    assert python_calls[0] >= len(jpeg) // 65_536  # at least once every 64 KB of the file


def test_finishing_a_pdf_leaves_nothing_for_the_cycle_collector(qapp: object) -> None:
    """pypdf's objects point back at their reader and writer: left to Python's cycle
    collector, a record of 10,000 entries was freed in one pass of 40–120 ms that held every
    thread, the GUI thread too. They are let go of a little at a time instead."""
    import gc

    from saferplan.export.pdfpost import finish_pdf
    from saferplan.export.targets import paint_pdf, paper_size

    def page(painter: QPainter, index: int) -> None:
        for line in range(40):
            painter.drawText(1000, 1000 + line * 300, f"Page {index}, line {line}")

    data = paint_pdf(paper_size("a4"), 60, page)
    gc.collect()
    gc.disable()
    try:
        finished = finish_pdf(data, password="pw")
        left_for_the_collector = gc.collect()
    finally:
        gc.enable()
    assert finished.startswith(b"%PDF")
    assert left_for_the_collector < 200  # 8,181 before
