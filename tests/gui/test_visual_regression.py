"""A few screens compared with reference screenshots, with a tolerance for anti-aliasing.

After a deliberate visual change, draw new references and look at them before committing:
    QT_QPA_PLATFORM=offscreen python tools/visual_references.py tests/data/visual
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
REFERENCE_DIR = ROOT / "tests" / "data" / "visual"
CHANNEL_TOLERANCE = 40       # a pixel "differs" when a channel moved more than this
MAX_DIFFERING_SHARE = 0.01   # at most 1 % of the pixels may differ


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("visual_references",
                                                  ROOT / "tools" / "visual_references.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("visual_references", module)
    spec.loader.exec_module(module)
    return module


def differing_share(actual: QImage, expected: QImage) -> float:
    """Return the share of pixels (sampled every 2nd) that differ beyond the tolerance."""
    if actual.size() != expected.size():
        return 1.0
    a = actual.convertToFormat(QImage.Format.Format_RGB32)
    b = expected.convertToFormat(QImage.Format.Format_RGB32)
    total = differing = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            p, q = a.pixel(x, y), b.pixel(x, y)
            total += 1
            if p != q and max(abs(((p >> s) & 255) - ((q >> s) & 255))
                              for s in (0, 8, 16)) > CHANNEL_TOLERANCE:
                differing += 1
    return differing / total


def test_the_comparison_notices_a_changed_screen() -> None:
    blank = QImage(100, 100, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFF)
    marked = blank.copy()
    for x in range(30):
        for y in range(30):
            marked.setPixel(x, y, 0x000000)
    assert differing_share(blank, blank.copy()) == 0.0
    assert differing_share(marked, blank) > MAX_DIFFERING_SHARE


@pytest.mark.parametrize("name", ["start_en", "choice_en", "home_en", "unlock_ar"])
def test_screen_matches_its_reference(qtbot: Any, name: str, tmp_path: Path) -> None:
    tool = _tool()
    assert set(tool.REFERENCES) == {"start_en", "choice_en", "home_en", "unlock_ar"}
    expected = QImage(str(REFERENCE_DIR / f"{name}.png"))
    assert not expected.isNull(), "run tools/visual_references.py (see the module docstring)"
    actual = tool.render(name)
    share = differing_share(actual, expected)
    if share > MAX_DIFFERING_SHARE:
        actual.save(str(tmp_path / f"{name}.png"))
    assert share <= MAX_DIFFERING_SHARE, f"{name}: {share:.1%} differs; new image in {tmp_path}"
