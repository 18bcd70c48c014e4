"""Visual check: fresh renders compared with golden page images in tests/data/export.

Regenerate the references (after a deliberate change in the look, and after looking at them):
    cd /work/main && QT_QPA_PLATFORM=offscreen /work/venv/bin/python tests/export/test_golden.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from export_support import make_doc  # noqa: E402

from saferplan.export import ExportOptions, render_card_pdf, render_plan_pdf  # noqa: E402
from saferplan.forms import Form, load_all_forms  # noqa: E402

GOLDEN = HERE.parent / "data" / "export"
DPI = 40
TOLERANCE = 0.5  # mean absolute difference per pixel, 0-255 grey levels

CASES: dict[str, Callable[[dict[str, Form]], bytes]] = {
    "card_en": lambda forms: render_card_pdf(make_doc("en", forms), ExportOptions("en")),
    "card_km": lambda forms: render_card_pdf(make_doc("km", forms), ExportOptions("km")),
    "plan_vi": lambda forms: render_plan_pdf(make_doc("vi", forms), forms, ExportOptions("vi")),
}


def rasterise(pdf: bytes, folder: Path) -> QImage:
    """Page 1 of the PDF as a grey image at DPI, through poppler as a viewer would show it."""
    source = folder / "page.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", "-f", "1",
                    "-l", "1", str(source), str(folder / "page")], check=True)
    image = QImage(str(folder / "page.png")).convertToFormat(QImage.Format.Format_Grayscale8)
    assert not image.isNull()
    return image


def mean_difference(a: QImage, b: QImage) -> float:
    """Return the mean absolute grey-level difference of two same-size images."""
    assert a.size() == b.size()
    total = 0
    for y in range(a.height()):
        row_a = bytes(a.constScanLine(y))[: a.width()]
        row_b = bytes(b.constScanLine(y))[: b.width()]
        total += sum(abs(p - q) for p, q in zip(row_a, row_b, strict=True))
    return total / (a.width() * a.height())


@pytest.mark.parametrize("name", sorted(CASES))
def test_matches_golden(name: str, forms: dict[str, Form], tmp_path: Path, qapp: object) -> None:
    fresh = rasterise(CASES[name](forms), tmp_path)
    golden = QImage(str(GOLDEN / f"{name}.png")).convertToFormat(QImage.Format.Format_Grayscale8)
    assert not golden.isNull(), f"missing golden {name}.png: see this file's docstring"
    difference = mean_difference(fresh, golden)
    assert difference < TOLERANCE, f"{name}: mean difference {difference:.2f}"
    blank = QImage(golden.size(), QImage.Format.Format_Grayscale8)
    blank.fill(255)
    assert mean_difference(golden, blank) > 2 * TOLERANCE  # a blank page would fail


def regenerate() -> None:
    """Write fresh golden PNGs (small, grey, 40 dpi)."""
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    GOLDEN.mkdir(parents=True, exist_ok=True)
    forms = load_all_forms()
    with tempfile.TemporaryDirectory() as folder:
        for name, render in CASES.items():
            rasterise(render(forms), Path(folder)).save(str(GOLDEN / f"{name}.png"))
            print("wrote", GOLDEN / f"{name}.png")


if __name__ == "__main__":
    regenerate()
