"""Portable mode switched on by a marker file beside the built app (no Qt).

A person who runs SaferPlan from a USB stick, or on a computer where nothing may be left behind,
puts an empty file named ``portable.txt`` next to the ``saferplan`` executable of the standalone
build. SaferPlan then keeps its settings and plan files in the folder ``data`` beside the
executable, and nothing in the home folder. ``saferplan --portable DIR`` does the same with any
folder and always wins over the marker.

The marker only counts in the standalone (frozen) build: next to a system Python it means nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The file whose presence beside the executable switches portable mode on (contents ignored).
MARKER_NAME = "portable.txt"
# The folder beside the executable that holds settings and plans in portable mode.
DATA_DIR_NAME = "data"


def is_frozen() -> bool:
    """Tell whether this is the standalone build (PyInstaller sets ``sys.frozen``)."""
    return bool(getattr(sys, "frozen", False))


def app_folder() -> Path:
    """Return the folder the person sees the app in: the executable's folder.

    In a macOS app bundle the executable sits in ``X.app/Contents/MacOS``; the folder the
    person sees is the one holding ``X.app``, so the marker and ``data`` go there.
    """
    exe_dir = Path(sys.executable).resolve().parent
    if exe_dir.name == "MacOS" and exe_dir.parent.name == "Contents" \
            and exe_dir.parent.parent.suffix == ".app":
        return exe_dir.parent.parent.parent
    return exe_dir


def portable_dir_from_marker() -> Path | None:
    """Return ``<app folder>/data`` when frozen with ``portable.txt`` beside it, else None."""
    if not is_frozen():
        return None
    folder = app_folder()
    if (folder / MARKER_NAME).is_file():
        return folder / DATA_DIR_NAME
    return None
