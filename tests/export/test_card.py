"""The wallet card: content in many scripts, exact geometry, shrink-to-fit, overflow, discreet."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from export_support import SAMPLES, make_doc, pdf_info, pdf_text, phone, run, write
from PySide6.QtCore import QCoreApplication, QRectF, QTranslator
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPrintSupport import QPrinter

from saferplan.export import (
    CardContent,
    CardOverflowError,
    ExportOptions,
    card_strip_corners,
    print_card,
    render_card_pdf,
    render_card_preview,
)
from saferplan.export.card_content import build_card, default_people
from saferplan.export.card_layout import PADDING, PANEL_H, PANEL_W, fit_card, mm
from saferplan.export.labels import CARD_HEADING, card_label
from saferplan.forms import Form, load_demo_plan
from saferplan.model import Answer, Person

LANGUAGES = ["en", "vi", "zh_Hans", "zh_Hant", "th", "km", "lo", "ko", "ar"]
SHIPPED = ["en", "zh_Hans", "zh_Hant", "vi", "th", "km", "lo", "ko", "tl", "es", "pt_BR", "fr",
           "ar"]
TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
FORBIDDEN = re.compile(r"\b(detention|detained|bond|bail|lawyer|legal|abuse|immigration|police"
                       r"|sex work|release|safety plan|deport)", re.IGNORECASE)
DPI = 600


@pytest.mark.parametrize("language", LANGUAGES)
def test_card_has_names_numbers_medication(language: str, forms: dict[str, Form],
                                           tmp_path: Path, qapp: object) -> None:
    doc = make_doc(language, forms)
    path = write(tmp_path, "card.pdf", render_card_pdf(doc, ExportOptions(language)))
    text = pdf_text(path)
    # Wrapped lines joined, in reading order (Arabic) or content order (columns not interleaved).
    flat = [" ".join(text.split()), " ".join(raw_text(path).split())]
    sample = SAMPLES[language]
    names = sample["names"]
    assert isinstance(names, list)
    for index in range(len(names)):  # every default person: bond, lawyer, support, carer, clinic
        assert phone(index) in text
    if language != "km":  # Qt's PDF text layer loses Khmer clusters; checked by the golden image
        for name in names:
            assert name in text
        medication = unicodedata.normalize("NFKC", str(sample["medication"]))
        assert any(medication in joined for joined in flat)
    assert int(pdf_info(path)["Pages"]) == 1


def raw_text(path: Path) -> str:
    """pdftotext in content-stream order (columns not interleaved), normalised like pdf_text."""
    text = unicodedata.normalize("NFKC", run("pdftotext", "-raw", str(path), "-"))
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def test_labels_in_language_with_english_beneath(forms: dict[str, Form], tmp_path: Path,
                                                 translated: object) -> None:
    translated("vi")  # type: ignore[operator]
    path = write(tmp_path, "c.pdf", render_card_pdf(make_doc("vi", forms), ExportOptions("vi")))
    text = pdf_text(path)
    strips = len(card_strip_corners(ExportOptions("vi")))
    assert text.count("Người bảo lãnh") == strips and text.count("Bond person") == strips
    assert text.count("Danh bạ") == strips and text.count("Contacts") == strips
    # Not translated: printed once, not twice.
    assert text.count("Cares for my children") == strips


def _gray(path: Path, x_mm: float, y_mm: float, w_mm: float, h_mm: float) -> QImage:
    """Rasterise a region of page 1 at 600 dpi (poppler, as a printer would) and load it."""
    px = [str(round(v / 25.4 * DPI)) for v in (x_mm, y_mm, w_mm, h_mm)]
    out = path.parent / "region"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-singlefile", "-x", px[0], "-y", px[1],
                    "-W", px[2], "-H", px[3], str(path), str(out)], check=True)
    image = QImage(str(out) + ".pgm")
    assert not image.isNull()
    return image


def _dark_centre(values: list[int], threshold: int = 128) -> list[float]:
    """Return the centres (pixels) of each run of dark values."""
    runs, start = [], None
    for index, value in enumerate([*values, 255]):
        if value < threshold and start is None:
            start = index
        elif value >= threshold and start is not None:
            runs.append((start + index - 1) / 2)
            start = None
    return runs


def _column(image: QImage, x: int) -> list[int]:
    return [image.pixelColor(x, y).value() for y in range(image.height())]


def _row(image: QImage, y: int) -> list[int]:
    return [image.pixelColor(x, y).value() for x in range(image.width())]


def to_mm(pixels: float) -> float:
    return pixels * 25.4 / DPI


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_card_geometry_is_exact(paper: str, forms: dict[str, Form], tmp_path: Path,
                                qapp: object) -> None:
    options = ExportOptions(paper=paper)
    path = write(tmp_path, "card.pdf", render_card_pdf(make_doc("en", forms), options))
    corner = card_strip_corners(options)[0]
    left, top = corner.x() - 10, corner.y() - 5
    image = _gray(path, left, top, 2 * PANEL_W + 20, PANEL_H + 10)
    px = DPI / 25.4
    # Horizontal crop marks beside the strip give its top and bottom edges...
    ys = _dark_centre(_column(image, round(4 * px)))
    assert len(ys) == 2
    # ...vertical crop marks above it give its left and right edges.
    xs = _dark_centre(_row(image, round(3 * px)))
    assert len(xs) == 2
    width, height = to_mm(xs[1] - xs[0]), to_mm(ys[1] - ys[0])
    assert abs(width - 2 * PANEL_W) < 0.1 and abs(height - PANEL_H) < 0.1
    assert abs(to_mm(xs[0]) + left - corner.x()) < 0.1
    # The dashed fold line halves the strip: two ID-1 panels of 85.6 mm.
    fold = [x for y in range(round(6 * px), round(58 * px), 7)
            for x in _dark_centre(_row(image, y), 220) if abs(to_mm(x) - 10 - PANEL_W) < 2]
    assert fold and all(abs(to_mm(x - xs[0]) - PANEL_W) < 0.1 for x in fold)


def test_check_line_is_five_cm(forms: dict[str, Form], tmp_path: Path, qapp: object) -> None:
    options = ExportOptions()
    path = write(tmp_path, "card.pdf", render_card_pdf(make_doc("en", forms), options))
    last = card_strip_corners(options)[-1]
    image = _gray(path, last.x() - 5, last.y() + PANEL_H + 5, 70, 8)
    px = DPI / 25.4
    line_y = round(4 * px)  # the line is 9 mm under the strip
    ticks = _dark_centre(_row(image, line_y - round(1.0 * px)))  # above the line: only the ticks
    assert len(ticks) == 2 and abs(to_mm(ticks[1] - ticks[0]) - 50.0) < 0.1
    run_ = [x for x in range(round(57 * px)) if image.pixelColor(x, line_y).value() < 128]
    assert abs(to_mm(run_[-1] - run_[0] + 1) - 50.0) < 0.25  # the line, plus half of each tick
    assert "This line is 5 cm long" in pdf_text(path)


def test_text_shrinks_to_fit_and_stays_inside(forms: dict[str, Form], qapp: object) -> None:
    doc = make_doc("vi", forms)
    for index in range(5, 13):
        doc.people.append(Person(f"q{index}", f"Người số {index}", phone(index), ["key_holder"]))
    model = build_card(doc, CardContent(), False)
    layout = fit_card(model, "vi")
    assert 5.5 <= layout.point_size < 10.0
    inside = QRectF(mm(PANEL_W + PADDING), mm(PADDING), mm(PANEL_W - 2 * PADDING),
                    mm(PANEL_H - 2 * PADDING)).adjusted(-1, -1, 1, 1)
    cover = QRectF(mm(PADDING), mm(PADDING), mm(PANEL_W - 2 * PADDING),
                   mm(PANEL_H - 2 * PADDING)).adjusted(-1, -1, 1, 1)
    for item in layout.placed:
        for index in range(item.layout.lineCount()):
            line = item.layout.lineAt(index)
            rect = line.naturalTextRect().translated(item.pos)
            assert inside.contains(rect) or cover.contains(rect)


def test_too_much_raises_overflow(forms: dict[str, Form], tmp_path: Path, qapp: object) -> None:
    doc = make_doc("en", forms)
    for index in range(5, 40):
        doc.people.append(Person(f"q{index}", f"Person number {index}", phone(index),
                                 ["support_worker"]))
    with pytest.raises(CardOverflowError, match="Choose fewer people or leave out the medication"):
        render_card_pdf(doc, ExportOptions())
    with pytest.raises(CardOverflowError, match="Choose fewer people"):
        render_card_pdf(doc, ExportOptions(), CardContent(show_medication=False,
                                                          show_interpreter=False))
    # Choosing fewer people makes it fit again.
    render_card_pdf(doc, ExportOptions(), CardContent(person_ids=["p0", "p1", "q5"]))


def test_far_too_many_people_are_refused_before_anything_is_laid_out(
        forms: dict[str, Form], monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    from saferplan.export import card_layout, render

    doc = make_doc("en", forms)
    doc.people += [Person(f"q{n}", f"Person number {n}", phone(n % 100), ["support_worker"])
                   for n in range(100_000)]
    laid_out: list[int] = []
    monkeypatch.setattr(card_layout, "_inside", lambda *a: laid_out.append(1))
    monkeypatch.setattr(render, "check_coverage", lambda *a: laid_out.append(2))
    with pytest.raises(CardOverflowError, match="Choose fewer people or leave out the medication"):
        render_card_pdf(doc, ExportOptions())
    with pytest.raises(CardOverflowError, match=r"room on the card\. Choose fewer people\.$"):
        render_card_pdf(doc, ExportOptions(), CardContent(show_medication=False,
                                                          show_interpreter=False))
    assert laid_out == []  # refused from the count alone


def test_the_count_bound_never_refuses_a_card_that_fits(forms: dict[str, Form],
                                                       qapp: object) -> None:
    from saferplan.export.card_layout import most_entries

    doc = make_doc("en", forms)
    doc.people = [Person(f"q{n}", "Al", "1", ["support_worker"]) for n in range(200)]
    fits = 0
    while fits < len(doc.people):  # the most short entries a card really takes
        content = CardContent([p.id for p in doc.people[:fits + 1]], False, False)
        try:
            fit_card(build_card(doc, content, False), "en")
        except CardOverflowError:
            break
        fits += 1
    assert 0 < fits <= most_entries()


def test_discreet_card(forms: dict[str, Form], tmp_path: Path, qapp: object) -> None:
    doc = make_doc("en", forms)
    doc.plans[0].answers["r_medication"] = Answer("answered", "Insulin")
    doc.people[4].name = "HALCO Legal Clinic"
    path = write(tmp_path, "c.pdf", render_card_pdf(doc, ExportOptions(discreet=True)))
    text = pdf_text(path)
    assert FORBIDDEN.search(text) is None, FORBIDDEN.search(text)
    assert "Insulin" not in text and "Contacts" in text and "HALCO L. Clinic" in text
    for index in range(5):
        assert phone(index) in text


def test_card_person_choice_and_password(forms: dict[str, Form], tmp_path: Path,
                                         qapp: object) -> None:
    doc = make_doc("en", forms)
    content = CardContent(person_ids=["p3", "nobody"], show_medication=False)
    data = render_card_pdf(doc, ExportOptions(password="pw"), content)
    path = write(tmp_path, "c.pdf", data)
    text = pdf_text(path, "pw")
    assert phone(3) in text and phone(0) not in text and "Asthma" not in text
    assert "English" in text  # interpreter line still shown
    info = pdf_info(path, "pw")
    assert "AES-256" in info["Encrypted"] and info["Producer"] == "" and info["Title"] == ""
    assert subprocess.run(["pdfinfo", str(path)], capture_output=True).returncode != 0


def test_print_card_and_preview(forms: dict[str, Form], tmp_path: Path, qapp: object) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    doc = make_doc("ko", forms)
    print_card(printer, doc, ExportOptions("ko"))
    assert printer.docName() == "Document"
    assert "김민지" in pdf_text(tmp_path / "printed.pdf")
    assert "NotoSansCJK" in run("pdffonts", str(tmp_path / "printed.pdf"))
    images = render_card_preview(doc, ExportOptions("ko"), dpi=50)
    assert len(images) == 1 and images[0].width() == round(595 * 50 / 72)


def _lrelease() -> str:
    """Return the pyside6-lrelease that comes with the PySide6 in use."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease (part of PySide6) is needed to compile the translations"
    return found


@pytest.fixture
def shipped_translation(tmp_path: Path, qapp: object) -> Iterator[object]:
    """Compile and install a shipped translation (.ts to a temporary .qm); yields an installer."""
    installed: list[QTranslator] = []

    def install(language: str) -> None:
        qm = tmp_path / f"saferplan_{language}.qm"
        subprocess.run([_lrelease(), "-silent", str(TRANSLATIONS / f"saferplan_{language}.ts"),
                        "-qm", str(qm)], check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", SHIPPED)
def test_demo_card_fits_in_every_shipped_language(language: str, shipped_translation: object,
                                                  tmp_path: Path) -> None:
    if language != "en":
        shipped_translation(language)  # type: ignore[operator]
        heading = card_label(CARD_HEADING)
        assert heading.local != heading.english  # the real translation is in use
    doc = load_demo_plan()
    layout = fit_card(build_card(doc, CardContent(), False), language)
    assert layout.point_size >= 6.0  # readable, not just legal
    path = write(tmp_path, "card.pdf", render_card_pdf(doc, ExportOptions(language)))
    text = pdf_text(path)
    people = default_people(doc)  # bond person, lawyer, support worker, two carers
    assert len(people) == 5
    for person in people:
        assert person.phone and person.phone in text
    assert "Bond person" in text and "Cares for my pets" in text  # English kept for officials
