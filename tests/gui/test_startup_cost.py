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

# The process counts every Python enum class made (PySide6 makes one per Qt enum type) and every
# SVG drawing, and records the loaded modules and the widgets shown without a parent, once the
# first frame is drawn (the heading's paint event posts an urgent event, delivered when every
# widget on show has been painted).
CHILD = r"""
import enum, sys
made = []
_new = enum.EnumType.__new__
def _counting(metacls, *args, **kwargs):
    made.append(args[0])
    return _new(metacls, *args, **kwargs)
enum.EnumType.__new__ = _counting

import argparse
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QWidget

_render = QSvgRenderer.render
drawings = []
def _drawing(self, *args):
    drawings.append(1)
    return _render(self, *args)
QSvgRenderer.render = _drawing

_show = QWidget.setVisible
windows = []
def _recording(self, visible):
    if visible and self.parent() is None:
        windows.append(type(self).__name__)
    _show(self, visible)
QWidget.setVisible = _recording

_hint = QPushButton.sizeHint
measured = set()
measures = []
def _measuring(self):
    if self.property("language"):
        measured.add(self.property("language"))
        measures.append(1)
    return _hint(self)
QPushButton.sizeHint = _measuring

from saferplan.gui import widgets
restyled = []
def _changed(self, event):
    if event.type() == QEvent.Type.StyleChange:
        restyled.append(1)
    QPushButton.changeEvent(self, event)
widgets.ChoiceButton.changeEvent = _changed

from saferplan.gui import theme
from saferplan.lazy_qt import qt_is_built
given_polished = []   # roles given to widgets already polished (checking builds Qt's namespace)
if sys.argv[2:] == ["roles"]:
    _set_role = theme.set_role
    def _checking(widget, name):
        from PySide6.QtCore import Qt
        if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            given_polished.append(f"{type(widget).__name__} {name}")
        return _set_role(widget, name)
    theme.set_role = _checking

from saferplan.gui.main import application, create_window

found = {}
def drawn():
    icons = [b for b in window.findChildren(QAbstractButton)
             if b.isVisible() and not b.icon().isNull()]
    found.update(qt_built=qt_is_built(), given_polished=given_polished)
    from PySide6 import QtCore, QtGui, QtWidgets   # the Qt classes PySide has made a type for
    found.update(qt_types=sorted(name for module in (QtCore, QtGui, QtWidgets)
                                 for name, value in vars(module).items()
                                 if isinstance(value, type)))
    found.update(enums=len(made), enum_names=list(made), modules=sorted(sys.modules),
                 windows=list(windows),
                 measured=sorted(measured), measures=len(measures), restyled=len(restyled),
                 drawings=len(drawings),
                 icons_on_show=len(icons))
    from PySide6.QtWidgets import QListWidget   # only now: it makes a list's Qt classes
    found.update(lists=len(window.findChildren(QListWidget)))
    application().quit()

started = []
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not started:
            started.append(obj)
            # Handled as soon as the frame being drawn is done, before anything queued earlier.
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.User), 1)
        return False

    def event(self, event):
        if event.type() == QEvent.Type.User:
            drawn()
            return True
        return super().event(event)

window = create_window(argparse.Namespace(demo=False, portable=sys.argv[1], language=None))
watcher = Painted()
window.current_screen()._title.installEventFilter(watcher)
window.show_first_time()
application().exec()
import json   # only now: the first window must not need it
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
    "saferplan.gui.screen_lock",   # D-Bus screen-lock notices: from just after the first paint
    "PySide6.QtDBus",
    "saferplan.storage.atomic",    # tidying the plans folder waits until the window is up
    "saferplan.storage.planfile",
    "saferplan.forms",
    "saferplan.export",
    "cryptography",
    "importlib.resources",         # data files are found on disk without it (resources.py)
)


def _first_paint(tmp_path: Path, plans: int = 0, display: str = "",
                 settings: str | None = None, *options: str) -> dict[str, object]:
    folder = tmp_path / "portable"
    folder.mkdir()
    if settings is not None:
        (folder / "settings.json").write_text(settings, encoding="utf-8")
    for number in range(1, plans + 1):
        (folder / f"plan-{number}.dat").write_bytes(b"")   # listed by name, never opened
    env = dict(os.environ, QT_QPA_PLATFORM="xcb" if display else "offscreen",
               PYTHONPATH=str(ROOT), DISPLAY=display)
    # In the checkout's folder: "python -c" looks for modules in the current folder first.
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), *options], env=env, cwd=ROOT,
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


@pytest.mark.parametrize("plans", [0, 1], ids=["first-run", "returning"])
def test_first_window_makes_no_qstyle_enums(tmp_path: Path, plans: int) -> None:
    # QStyle's enums (11 classes, 566 members: about 4 ms) and the theme's Python style, which
    # every frame and panel was drawn through, are not needed by the start screen: Fusion is
    # named on Qt's command line, and the theme's style comes after the first frame.
    names = _first_paint(tmp_path, plans=plans)["enum_names"]
    assert isinstance(names, list) and "Language" in names   # the check can see enums
    assert sorted({"PixelMetric", "PrimitiveElement", "StandardPixmap"} & set(names)) == []


def test_first_window_without_bundled_fonts_makes_no_font_database_enums(
        tmp_path: Path) -> None:
    # Run from source (no fonts folder beside the interpreter), there is nothing to add to Qt's
    # font database: QFontDatabase is not named, and its enums are not built (about 0.5 ms).
    names = _first_paint(tmp_path)["enum_names"]
    assert isinstance(names, list) and "Language" in names
    assert sorted({"WritingSystem", "SystemFont"} & set(names)) == []


@pytest.mark.parametrize("plans", [0, 1, 2], ids=["first-run", "returning", "several-plans"])
def test_first_window_does_not_build_qts_namespace(tmp_path: Path, plans: int) -> None:
    # Qt's namespace is 93 enum classes (12-16 ms): the first window sets what it needs
    # through Qt properties and reads the desktop's colour scheme after its first frame
    # (lazy_qt.py). The check sees the namespace once built: see test_lazy_qt.py.
    found = _first_paint(tmp_path, plans=plans)
    assert found["qt_built"] is False
    assert "AlignmentFlag" not in found["enum_names"]  # type: ignore[operator]


def test_nor_in_a_real_x11_window(tmp_path: Path, xvfb_display: str) -> None:
    assert _first_paint(tmp_path, display=xvfb_display)["qt_built"] is False


@pytest.mark.parametrize("plans", [0, 1, 2], ids=["first-run", "returning", "several-plans"])
def test_first_window_gives_roles_before_polishing(tmp_path: Path, plans: int) -> None:
    # theme.set_role polishes a widget again only once Qt's namespace is built (asking whether
    # a widget is polished needs it): the first window must give every role before a widget
    # is measured or shown, or that widget would keep its old look.
    found = _first_paint(tmp_path, plans, "", None, "roles")
    assert found["given_polished"] == []


def test_theme_style_comes_before_a_screen_that_needs_it(qtbot: Any, app_folders: Any) -> None:
    from saferplan.gui import theme
    from saferplan.gui.settings import Settings
    from saferplan.gui.window import MainWindow

    theme._state.pop("styled", None)   # as at start-up (an earlier test's style is replaced)
    window = MainWindow(app_folders, Settings(language="en"))   # not shown: no first frame
    try:
        assert not theme.style_installed()     # the start screen does not need it
        window.show_settings()   # check boxes, radio buttons, a combo box and a spin box
        assert theme.style_installed()
    finally:
        window._quitting = True
        window.close()
        window.deleteLater()


def test_start_screen_parts_are_made_in_their_place(tmp_path: Path) -> None:
    # Each part of the start screen was made apart and moved into the page once measured: every
    # move of a measured (so polished) widget polishes it again under the stylesheet. The
    # language buttons had 6 style changes each by the first frame (78), now 2 (26), and the
    # first start costs about 5 ms less.
    restyled = _first_paint(tmp_path)["restyled"]
    assert isinstance(restyled, int)
    assert 0 < restyled <= 3 * len(LANGUAGES), restyled


def test_start_screen_is_built_inside_the_window(monkeypatch: pytest.MonkeyPatch,
                                                make_window: Any) -> None:
    # Built without a parent, then moved into the window, every widget of the start screen got
    # the window's font and palette again and was measured again (about 3 ms of start-up).
    from saferplan.gui import window as window_module

    parents: list[object] = []

    class Recording(window_module.StartScreen):  # type: ignore[misc]
        def retranslate_ui(self) -> None:   # the end of building, before it is shown
            parents.append(self.parentWidget())
            super().retranslate_ui()

    monkeypatch.setattr(window_module, "StartScreen", Recording)
    window = make_window()
    assert parents and parents[0] is window.stack
    assert window.current_screen() is not None and window.current_screen().isVisible()


def test_theme_style_follows_the_first_frame(qtbot: Any, make_window: Any) -> None:
    from saferplan.gui import theme

    theme._state.pop("styled", None)
    make_window()
    qtbot.waitUntil(theme.style_installed)


def test_first_window_loads_no_later_screen(tmp_path: Path) -> None:
    modules = set(_first_paint(tmp_path)["modules"])  # type: ignore[arg-type]
    assert "saferplan.gui.quick_exit" in modules       # Hide and Esc twice work from the start
    assert "saferplan.gui.dialogs" in modules          # quick exit closes open dialogs
    loaded = sorted(name for name in LATER_MODULES
                    if name in modules or any(m.startswith(name + ".") for m in modules))
    assert loaded == []


def test_first_start_loads_no_json_and_no_per_user_folders(tmp_path: Path) -> None:
    # The first start has no settings file to parse, and a portable folder needs no search for
    # the per-user folders: neither the JSON module nor platformdirs loads (a few ms).
    modules = set(_first_paint(tmp_path)["modules"])  # type: ignore[arg-type]
    assert sorted({"json", "platformdirs"} & modules) == []


@pytest.mark.parametrize("plans", [0, 1], ids=["first-run", "returning"])
def test_first_window_loads_no_dataclasses_and_no_datetime(tmp_path: Path, plans: int) -> None:
    # Loading the dataclasses module and making the first screen's five records with it took
    # about 5 ms (they are NamedTuples now); a QDate handed to QLocale.toString for the day a
    # plan was last changed made PySide load datetime (about 2 ms of a returning start).
    modules = set(_first_paint(tmp_path, plans=plans)["modules"])  # type: ignore[arg-type]
    assert sorted({"dataclasses", "datetime"} & modules) == []


# Qt classes the first window does not use; each is made (PySide builds its Python type and
# enums: 0.2-1 ms each) where a later screen or a key press needs it.
LATER_QT_CLASSES = ("QDialog", "QLineEdit", "QMimeData", "QTextLayout", "QTextOption",
                    "QStyle", "QListWidget")


@pytest.mark.parametrize("plans", [0, 1], ids=["first-run", "returning"])
def test_first_window_makes_no_type_for_a_qt_class_it_does_not_use(tmp_path: Path,
                                                                   plans: int) -> None:
    made = _first_paint(tmp_path, plans=plans)["qt_types"]
    assert isinstance(made, list) and "QPushButton" in made   # the check can see types
    assert sorted(set(LATER_QT_CLASSES) & set(made)) == []
    # The day each plan was last changed: only a returning person's start shows it.
    assert ("QDateTime" in made) == bool(plans)


def test_day_a_plan_was_changed_is_the_local_day(tmp_path: Path) -> None:
    import datetime

    from PySide6.QtCore import QDate, QLocale

    from saferplan.gui.start import _changed_on

    plan = tmp_path / "plan.dat"
    plan.write_bytes(b"")
    for stamp in (0, 1_700_000_000, 1_735_689_599.9, 1_735_689_600, 2_000_000_000):
        os.utime(plan, (stamp, stamp))
        day = datetime.date.fromtimestamp(stamp)
        changed = _changed_on(plan)
        assert changed is not None
        for name in ("en_CA", "ar", "km_KH", "zh_CN"):
            assert (QLocale(name).toString(changed, "d MMM")
                    == QLocale(name).toString(QDate(day.year, day.month, day.day), "d MMM"))
    assert _changed_on(tmp_path / "gone.dat") is None


def test_settings_file_is_still_read_at_start(tmp_path: Path) -> None:
    # The check above can see the JSON module: with a settings file it loads and is used.
    assert "json" in _first_paint(tmp_path, settings='{"language": "fr"}')["modules"]  # type: ignore[operator]


def test_folded_language_list_is_not_measured_before_it_is_opened(tmp_path: Path) -> None:
    # With a plan on the computer the language list starts folded. Measuring its buttons
    # loads the fonts of eight scripts (about 15 ms); it waits until the person opens it.
    assert _first_paint(tmp_path, plans=1)["measured"] == []


def test_first_run_language_list_is_measured(tmp_path: Path) -> None:
    # The check above can see a measurement: on a first run the list is open and measured.
    assert _first_paint(tmp_path)["measured"] == sorted(lang.code for lang in LANGUAGES)


def test_language_buttons_are_arranged_once_not_once_per_button(tmp_path: Path) -> None:
    # Added one by one, the grid arranged itself after each button, measuring all the buttons
    # so far each time: 377 measurements of 13 buttons to the first frame (about 3 ms). Added
    # together, it is arranged once: 221, the rest being Qt's own layout passes.
    measures = _first_paint(tmp_path)["measures"]
    assert isinstance(measures, int)
    assert 0 < measures <= 20 * len(LANGUAGES), measures


@pytest.mark.parametrize("plans", [0, 1], ids=["first-run", "returning"])
def test_first_window_draws_only_the_icons_on_show(tmp_path: Path, plans: int) -> None:
    # Every icon the start screen and the top bar hold was drawn when it was made, twice
    # (normal and disabled): 20 drawings, for fewer than half as many icons on show. Now each is
    # drawn when a widget first paints it.
    found = _first_paint(tmp_path, plans=plans)
    assert isinstance(found["drawings"], int) and isinstance(found["icons_on_show"], int)
    assert 0 < found["drawings"] <= found["icons_on_show"] < 20, found


@pytest.mark.parametrize(("plans", "lists"), [(0, 0), (1, 0), (2, 1)])
def test_a_list_of_plans_is_made_only_for_several_plans(tmp_path: Path, plans: int,
                                                        lists: int) -> None:
    # A hidden list was made on every start (its Qt classes and widgets: 2-3 ms); with one
    # plan the Open button says it all. With two, the list is there to pick from.
    assert _first_paint(tmp_path, plans=plans)["lists"] == lists


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


def test_screen_lock_is_watched_once_the_window_is_drawn(qtbot: Any, make_window: Any) -> None:
    # Not part of the first window (see LATER_MODULES), but right after it: before anyone
    # could open a plan.
    window = make_window()
    qtbot.waitUntil(lambda: window.screen_lock is not None)
    assert window.screen_lock.parent() is window
