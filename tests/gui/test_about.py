"""The About box on the settings page: version, licence, where the plan is, portable mode."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_support import wait_for_screen
from PySide6.QtWidgets import QDialog, QPlainTextEdit
from test_shell_flows import create_plan

from saferplan import __version__
from saferplan.gui import about
from saferplan.gui.about import AboutBox
from saferplan.gui.settings import SettingsScreen


def _about_of(window: Any) -> AboutBox:
    window.show_settings()
    screen = window.current_screen()
    assert isinstance(screen, SettingsScreen)
    box = screen.findChild(AboutBox)
    assert box is not None and box.isVisibleTo(screen)
    return box


def test_settings_show_version_licence_and_where_the_plan_is(qtbot: Any, make_window: Any,
                                                            app_folders: Any) -> None:
    window = make_window()
    lines = _about_of(window).texts()
    assert lines[0] == f"Version {__version__}"
    assert "GNU General Public License, version 3 or later" in lines[1]
    assert str(app_folders.plans_dir) in lines[2]
    assert app_folders.portable  # the test windows keep everything in a temporary folder
    assert lines[3].startswith("Portable mode is on")
    window.show_home()
    create_plan(qtbot, window)
    lines = _about_of(window).texts()
    assert str(window.plan_path) in lines[2]


def test_about_says_whether_portable_mode_is_on(qtbot: Any, tmp_path: Path) -> None:
    box = AboutBox(None, tmp_path / "stick" / "data", portable=True)
    qtbot.addWidget(box)
    assert str(tmp_path / "stick" / "data") in box.texts()[2]
    assert box.texts()[3].startswith("Portable mode is on")
    box = AboutBox(tmp_path / "notes.dat", tmp_path, portable=False)
    qtbot.addWidget(box)
    assert box.texts()[3] == "Portable mode is off."


def test_the_licence_text_opens_from_the_checkout(qtbot: Any, tmp_path: Path,
                                                  monkeypatch: Any) -> None:
    path = about.licence_file()
    assert path is not None and "GNU GENERAL PUBLIC LICENSE" in path.read_text(encoding="utf-8")
    shown: list[str] = []

    def fake_run(dialog: QDialog) -> int:
        shown.append(dialog.findChild(QPlainTextEdit).toPlainText())
        return 0

    monkeypatch.setattr(about.dialogs, "run", fake_run)
    box = AboutBox(None, tmp_path, portable=False)
    qtbot.addWidget(box)
    box._show_licence.click()
    assert shown and "Version 3, 29 June 2007" in shown[0]


def test_a_plan_from_a_newer_version_opens_read_only(qtbot: Any, make_window: Any,
                                                     app_folders: Any) -> None:
    import json
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "storage"))
    from golden import PASSPHRASE, rebuild

    from saferplan.gui import dialogs
    from saferplan.gui.home import HomeScreen
    from saferplan.model.document import SCHEMA_VERSION
    from saferplan.storage import fileformat

    plan = {"saferplan": SCHEMA_VERSION + 1, "written_by": "9.4.1", "language": "en",
            "people": [], "documents": [], "plans": [], "log": [], "later_field": {}}
    data, _ = rebuild(fileformat.FORMAT_VERSION, b"gui", json.dumps(plan).encode(), {})
    app_folders.plans_dir.mkdir(parents=True, exist_ok=True)
    path = app_folders.plans_dir / "newer.dat"
    path.write_bytes(data)
    window = make_window()
    window.show_unlock(path)
    screen = window.current_screen()
    screen.field.setText(PASSPHRASE)   # not ASCII: keyClicks would abort the process
    with dialogs.preanswer() as shown:
        screen._open.click()
        home = wait_for_screen(qtbot, window, HomeScreen)
        assert [s.title for s in shown] == ["Saved by a newer version"]
        assert "(9.4.1)" in shown[0].text
        window.session.doc.add_person("Lan")
        window.session.changed()
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=3000)
    assert shown[1].title == "Saved by a newer version"   # not "try again in a moment"
    assert path.read_bytes() == data and home is window.current_screen()
