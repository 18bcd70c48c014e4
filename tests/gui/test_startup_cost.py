"""The first window loads only what it needs (issue #18: start-up ≤ a bare window + 60 ms).

Timing is left to benchmarks/startup.py; these tests guard the causes instead, in a fresh
process that stops at the first paint of the start screen:

- PySide6 builds a Python enum class for every enum of every Qt class it creates, and it creates
  *every* Qt class (about 170 more enum classes, ~30 ms) the first time an application-wide
  Python event filter meets an object of an internal Qt class (the gesture manager a list
  makes, the animation timer of a window's layout). The first window must not do that.
- The modules of later screens and the storage code load on first use, not for the start screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from saferplan.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]

# The process counts every Python enum class made (PySide6 makes one per Qt enum type), and
# records the loaded modules and the widgets shown without a parent, when the heading is first
# painted.
CHILD = r"""
import enum, json, sys
made = []
_new = enum.EnumType.__new__
def _counting(metacls, *args, **kwargs):
    made.append(args[0])
    return _new(metacls, *args, **kwargs)
enum.EnumType.__new__ = _counting

import argparse
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

_show = QWidget.setVisible
windows = []
def _recording(self, visible):
    if visible and self.parent() is None:
        windows.append(type(self).__name__)
    _show(self, visible)
QWidget.setVisible = _recording

_hint = QPushButton.sizeHint
measured = set()
def _measuring(self):
    if self.property("language"):
        measured.add(self.property("language"))
    return _hint(self)
QPushButton.sizeHint = _measuring

from saferplan.gui.main import application, create_window

found = {}
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not found:
            found.update(enums=len(made), modules=sorted(sys.modules), windows=list(windows),
                         measured=sorted(measured))
            QTimer.singleShot(0, application().quit)
        return False

window = create_window(argparse.Namespace(demo=False, portable=sys.argv[1], language=None))
watcher = Painted()
window.current_screen()._title.installEventFilter(watcher)
window.show()
application().exec()
print(json.dumps(found))
"""

# Measured 4 Dec 2026 (PySide6 6.11): 48 for a bare window; for this start screen 226 (X11) to
# 256 (offscreen), and 376-378 before the fixes (the whole QtCore/QtGui/QtWidgets/QtDBus set).
# Room for a few more Qt classes on the first screen, not for the whole set again.
MAX_ENUM_CLASSES = 300

# Screens after the first one, and the code they bring: none of it is needed to show the start
# screen (each loads when its screen is first opened).
LATER_MODULES = (
    "saferplan.gui.settings",      # the settings screen (its data: gui/app_settings.py)
    "saferplan.gui.consent",
    "saferplan.gui.unlock",
    "saferplan.gui.home",
    "saferplan.gui.walk",
    "saferplan.gui.record",
    "saferplan.gui.people",
    "saferplan.gui.documents",
    "saferplan.gui.printing",
    "saferplan.gui.practice",
    "saferplan.gui.about",
    "saferplan.gui.keys",
    "saferplan.storage.atomic",    # tidying the plans folder waits until the window is up
    "saferplan.storage.planfile",
    "saferplan.forms",
    "saferplan.export",
    "cryptography",
)


def _first_paint(tmp_path: Path, plans: int = 0, display: str = "") -> dict[str, object]:
    folder = tmp_path / "portable"
    folder.mkdir()
    for number in range(1, plans + 1):
        (folder / f"plan-{number}.dat").write_bytes(b"")   # listed by name, never opened
    env = dict(os.environ, QT_QPA_PLATFORM="xcb" if display else "offscreen",
               PYTHONPATH=str(ROOT), DISPLAY=display)
    # In the checkout's folder: "python -c" looks for modules in the current folder first.
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_first_window_makes_no_storm_of_python_enum_classes(tmp_path: Path) -> None:
    found = _first_paint(tmp_path)
    assert isinstance(found["enums"], int)
    assert 0 < found["enums"] <= MAX_ENUM_CLASSES, found["enums"]


def test_no_storm_in_a_real_x11_window_either(tmp_path: Path, xvfb_display: str) -> None:
    # On X11 the input context is one more internal object that meets the key watcher.
    found = _first_paint(tmp_path, display=xvfb_display)
    assert isinstance(found["enums"], int)
    assert 0 < found["enums"] <= MAX_ENUM_CLASSES, found["enums"]


def test_first_window_loads_no_later_screen(tmp_path: Path) -> None:
    modules = set(_first_paint(tmp_path)["modules"])  # type: ignore[arg-type]
    assert "saferplan.gui.quick_exit" in modules       # Hide and Esc twice work from the start
    assert "saferplan.gui.dialogs" in modules          # quick exit closes open dialogs
    loaded = sorted(name for name in LATER_MODULES
                    if name in modules or any(m.startswith(name + ".") for m in modules))
    assert loaded == []


def test_folded_language_list_is_not_measured_before_it_is_opened(tmp_path: Path) -> None:
    # With a plan on the computer the language list starts folded. Measuring its buttons
    # loads the fonts of eight scripts (about 15 ms); it waits until the person opens it.
    assert _first_paint(tmp_path, plans=1)["measured"] == []


def test_first_run_language_list_is_measured(tmp_path: Path) -> None:
    # The check above can see a measurement: on a first run the list is open and measured.
    assert _first_paint(tmp_path)["measured"] == sorted(lang.code for lang in LANGUAGES)


def test_first_window_opens_no_other_window(tmp_path: Path) -> None:
    # A widget shown before it has a parent opens as a window of its own for a moment (the
    # language grid and the portable note did). Only Python's calls are seen, so the main
    # window's own show() is not in the list.
    assert _first_paint(tmp_path)["windows"] == []


@pytest.mark.parametrize("keys", [[Qt.Key.Key_Escape] * 2, [Qt.Key.Key_Shift] * 3],
                         ids=["esc-twice", "shift-three-times"])
def test_quick_exit_keys_work_on_the_very_first_screen(qtbot: Any, make_window: Any,
                                                       keys: list[Qt.Key]) -> None:
    # The application-wide key watcher is installed when the window is first exposed (see
    # MainWindow.showEvent): as soon as the person can see it.
    window = make_window()
    qtbot.waitUntil(lambda: window.windowHandle().isExposed())
    for key in keys:
        QTest.keyClick(window.windowHandle(), key)
    assert window.windowState() & Qt.WindowState.WindowMinimized
