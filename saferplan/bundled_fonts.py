"""Fonts shipped inside the standalone build, made known to Qt at start (QtGui only).

The standalone build carries the Noto fonts every language's PDF needs (Latin, Thai, Khmer, Lao,
Arabic and CJK) in a ``fonts`` folder, because the person's computer may have none of them.
Qt only sees them once they are added to its font database, which needs a running
QGuiApplication: call :func:`register_bundled_fonts` right after creating the application.
"""

from __future__ import annotations

import sys
from pathlib import Path

FONTS_DIR_NAME = "fonts"
FONT_SUFFIXES = frozenset({".ttf", ".otf", ".ttc", ".otc"})

# Paths already added, so a second call (GUI after a command, tests) adds nothing twice.
_registered: set[Path] = set()


def bundled_font_dirs() -> list[Path]:
    """Return the existing ``fonts`` folders of the build: the bundle's data and beside the exe."""
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        candidates.append(Path(bundle) / FONTS_DIR_NAME)
    candidates.append(Path(sys.executable).resolve().parent / FONTS_DIR_NAME)
    found: list[Path] = []
    for folder in candidates:
        resolved = folder.resolve()
        if resolved.is_dir() and resolved not in found:
            found.append(resolved)
    return found


def bundled_font_files() -> list[Path]:
    """Return every font file in the bundled ``fonts`` folders, sorted by path."""
    files = [path for folder in bundled_font_dirs() for path in sorted(folder.rglob("*"))
             if path.suffix.lower() in FONT_SUFFIXES and path.is_file()]
    return files


def register_bundled_fonts() -> int:
    """Add the bundled fonts to Qt's font database; return how many font files are available.

    Does nothing (returns 0) when there is no ``fonts`` folder, e.g. when run from source.
    Raises RuntimeError if fonts exist but no QGuiApplication has been created yet.
    """
    files = bundled_font_files()
    if not files:
        return 0
    # Only now: naming QFontDatabase makes PySide build its enums (start-up time of a normal
    # install, which has no fonts folder).
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    if QGuiApplication.instance() is None:
        raise RuntimeError("create the QGuiApplication before registering the bundled fonts")
    count = 0
    for path in files:
        if path in _registered:
            count += 1
        elif QFontDatabase.addApplicationFont(str(path)) != -1:
            _registered.add(path)
            count += 1
    return count
