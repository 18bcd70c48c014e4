"""Real windows under Xvfb: every main screen draws something, in a left-to-right and a
right-to-left language. The PNGs land in tmp_path; tools/screenshots.py makes them for people to
look at as well."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ("start", "consent", "home", "walk", "question", "summary", "people", "documents",
           "directory", "practice", "print", "card", "record", "settings")


def _distinct_colours(image: QImage) -> int:
    step = 7
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


@pytest.mark.xvfb
@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_screen_draws_in_a_real_window(tmp_path: Path, xvfb_display: str,
                                             language: str) -> None:
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb",
           "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, str(ROOT / "tools" / "screenshots.py"), str(tmp_path),
                    "--language", language], env=env, check=True, timeout=120,
                   capture_output=True)
    for name in SCREENS:
        image = QImage(str(tmp_path / f"{name}_{language}.png"))
        assert not image.isNull(), name
        assert (image.width(), image.height()) == (1100, 760), name
        assert _distinct_colours(image) > 8, f"{name} looks blank"
