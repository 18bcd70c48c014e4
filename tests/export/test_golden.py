"""Visual check: fresh renders compared with golden page images in tests/data/export.

Regenerate the references (after a deliberate change in the look, and after looking at them):
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/export/test_golden.py
Name cases to rewrite only those (e.g. ``... test_golden.py card_en card_km``); default: all.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtGui import QImage

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))  # the documented command runs this file directly
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


def _row(image: QImage, y: int) -> bytes:
    """Return one grey scan line (the stub types it as object; it is a memoryview)."""
    return bytes(cast(memoryview, image.constScanLine(y)))[: image.width()]


def mean_difference(a: QImage, b: QImage) -> float:
    """Return the mean absolute grey-level difference of two same-size images."""
    assert a.size() == b.size()
    total = 0
    for y in range(a.height()):
        row_a = _row(a, y)
        row_b = _row(b, y)
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


def regenerate(names: list[str]) -> None:
    """Write fresh golden PNGs (small, grey, 40 dpi) for ``names`` (all cases when empty)."""
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    GOLDEN.mkdir(parents=True, exist_ok=True)
    forms = load_all_forms()
    with tempfile.TemporaryDirectory() as folder:
        for name, render in CASES.items():
            if names and name not in names:
                continue
            rasterise(render(forms), Path(folder)).save(str(GOLDEN / f"{name}.png"))
            print("wrote", GOLDEN / f"{name}.png")


if __name__ == "__main__":
    regenerate(sys.argv[1:])
