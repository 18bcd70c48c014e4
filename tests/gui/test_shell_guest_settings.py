"""Guest sessions leave nothing; settings hold no plan text; the folder chooser keeps no history."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from gui_support import PASSPHRASE, files_under, flush_deletes, wait_for_screen
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QFileDialog
from test_shell_flows import create_plan

from saferplan.gui import dialogs, folder_chooser
from saferplan.gui.first_run import PlanChoiceScreen
from saferplan.gui.folder_chooser import FolderChooser
from saferplan.gui.guest import PausedScreen
from saferplan.gui.home import HomeScreen
from saferplan.gui.settings import (
    Settings,
    SettingsScreen,
    load_settings,
    save_settings,
    settings_path,
)
from saferplan.gui.start import StartScreen
from saferplan.gui.widgets import text_of_all_widgets
from saferplan.model import Plan

CANARY = "Quokka-5R8-plan"


def _history_files(home: Path) -> list[Path]:
    return [home / ".config" / "QtProject.conf",
            home / ".local" / "share" / "recently-used.xbel"]


def _home_window(make_window: Any) -> Any:
    from saferplan.storage.paths import app_dirs

    return make_window(dirs=app_dirs())     # the real per-user folders, under the test HOME


def test_guest_session_leaves_no_file(qtbot: Any, make_window: Any,
                                      _private_home: Path) -> None:
    window = _home_window(make_window)
    window.current_screen()._guest.click()
    wait_for_screen(qtbot, window, PlanChoiceScreen)._later.click()
    home = wait_for_screen(qtbot, window, HomeScreen)
    assert home._note.isVisible() and window.session.guest
    with dialogs.preanswer([CANARY]):
        home.add_plan("safety_plan")
    window.show_home()
    window.session.doc.add_person(CANARY)
    window.session.changed()
    qtbot.wait(500)                     # longer than the autosave delay
    with dialogs.preanswer(["nothing", True]) as shown:
        home._finish_guest.click()
    assert [s.kind for s in shown] == ["choose", "confirm"]
    assert window.session is None
    assert isinstance(window.current_screen(), StartScreen)
    flush_deletes()
    assert not [t for t in text_of_all_widgets() if CANARY in t]
    assert files_under(_private_home) == []


def test_guest_session_saves_a_locked_copy_where_asked(qtbot: Any, make_window: Any,
                                                       _private_home: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan.storage import PlanFile

    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(folder_chooser, "removable_places", lambda: [stick])
    window = _home_window(make_window)
    window.start_guest()
    window.session.doc.plans.append(Plan("plan1", "release_plan", CANARY))
    with dialogs.preanswer(["save", str(stick), PASSPHRASE]) as shown:
        assert window.finish_guest()
    assert [s.kind for s in shown] == ["choose", "choose_folder", "ask_passphrase", "inform"]
    assert "Take the USB stick with you" in shown[-1].text
    saved = files_under(stick)
    assert len(saved) == 1 and CANARY.encode() not in saved[0].read_bytes()
    plan_file, doc = PlanFile.unlock(saved[0], PASSPHRASE)
    plan_file.close()
    assert doc.plans[0].title == CANARY
    assert files_under(_private_home) == []


def test_guest_copy_on_this_computer_is_said_plainly(qtbot: Any, make_window: Any,
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    disk, stick = tmp_path / "Documents", tmp_path / "usb"
    disk.mkdir()
    stick.mkdir()
    monkeypatch.setattr(folder_chooser, "removable_places", lambda: [stick])
    window = _home_window(make_window)
    window.start_guest()
    window.session.doc.plans.append(Plan("plan1", "release_plan", CANARY))
    # First "choose another place", then accept the folder on this computer.
    with dialogs.preanswer(["save", str(disk), False, str(disk), True, PASSPHRASE]) as shown:
        assert window.finish_guest()
    assert [s.kind for s in shown] == ["choose", "choose_folder", "confirm", "choose_folder",
                                       "confirm", "ask_passphrase", "inform"]
    assert "on this computer" in shown[2].text
    done = shown[-1].text
    assert "on this computer" in done and "USB" not in done and "Take" not in done
    assert len(files_under(disk)) == 1 and files_under(stick) == []


def test_folder_chooser_lists_removable_drives_first_and_opens_there(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sticks = [tmp_path / "KINGSTON", tmp_path / "SD card"]
    for stick in sticks:
        stick.mkdir()
    monkeypatch.setattr(folder_chooser, "removable_places", lambda: sticks)
    chooser = FolderChooser("Where", "Choose a folder")
    qtbot.addWidget(chooser)
    places = [chooser.places.itemData(i) for i in range(chooser.places.count())]
    assert places == [str(sticks[0]), str(sticks[1]), str(Path.home())]
    assert "KINGSTON" in chooser.places.itemText(0)
    assert "this computer" in chooser.places.itemText(2)
    assert chooser.selected_path() == sticks[0]


def test_closing_a_guest_window_asks_and_can_be_cancelled(qtbot: Any, make_window: Any) -> None:
    window = _home_window(make_window)
    window.start_guest()
    window.session.doc.plans.append(Plan("plan1", "release_plan", CANARY))
    with dialogs.preanswer([None]):
        window.close()
    assert window.isVisible() and window.session is not None
    with dialogs.preanswer(["nothing", True]):
        window.close()
    assert window.session is None


def test_guest_idle_hides_without_forgetting(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.start_guest()
    window.session.doc.plans.append(Plan("plan1", "release_plan", CANARY))
    window.idle.set_timeout_ms(100)
    window.show_home()
    paused = wait_for_screen(qtbot, window, PausedScreen, timeout=2000)
    assert window.session is not None
    paused._continue.click()
    assert isinstance(window.current_screen(), HomeScreen)


def test_settings_hold_no_plan_text(qtbot: Any, make_window: Any, app_folders: Any) -> None:
    window = make_window()
    home = create_plan(qtbot, window)
    with dialogs.preanswer([CANARY]):
        home.add_plan("release_plan")
    window.show_home()
    window.show_settings()
    screen = window.current_screen()
    assert isinstance(screen, SettingsScreen)
    screen._minutes.setValue(12)
    screen._quit.setChecked(True)
    screen._window_title.setText("Recipes")
    screen._window_title.editingFinished.emit()
    screen._language.setCurrentIndex(screen._language.findData("vi"))
    screen._back.click()
    raw = settings_path(app_folders.settings_dir).read_text(encoding="utf-8")
    assert CANARY not in raw and str(window.plan_path) not in raw
    assert window.plan_path.name not in raw
    assert set(json.loads(raw)) == {"language", "auto_lock_minutes", "quick_exit",
                                    "window_title", "shift_exit"}
    assert load_settings(app_folders.settings_dir) == Settings("vi", 12, "quit", "Recipes")
    assert window.windowTitle() == "Recipes"


def test_settings_are_validated(tmp_path: Path) -> None:
    settings_path(tmp_path).write_text(json.dumps(
        {"language": "xx", "auto_lock_minutes": 999, "quick_exit": "explode",
         "window_title": "  ", "plan": "/secret"}), encoding="utf-8")
    assert load_settings(tmp_path) == Settings("", 60, "minimise", "Notes")
    settings_path(tmp_path).write_text("{not json", encoding="utf-8")
    assert load_settings(tmp_path) == Settings()
    save_settings(tmp_path, Settings("km", 3, "quit", "Shopping"))
    assert load_settings(tmp_path) == Settings("km", 3, "quit", "Shopping")


def test_window_title_never_names_the_file(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    assert window.windowTitle() == "Notes"
    assert window.plan_path.stem not in window.windowTitle()


def test_folder_chooser_leaves_no_history(qtbot: Any, _private_home: Path,
                                          tmp_path: Path) -> None:
    target = tmp_path / "stick" / "folder"
    target.mkdir(parents=True)
    chooser = FolderChooser("Where", "Choose a folder", start=tmp_path / "stick")
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitUntil(lambda: chooser.model.index(str(target)).isValid())
    chooser.select(target)
    chooser.buttons.accepted.emit()
    assert chooser.result() == QDialog.DialogCode.Accepted
    assert chooser.selected_path() == target
    chooser.close()
    chooser.deleteLater()
    flush_deletes()
    assert not any(path.exists() for path in _history_files(_private_home))


def test_qt_file_dialog_would_leave_history(qtbot: Any, _private_home: Path,
                                            tmp_path: Path) -> None:
    """The control: proves the check above can see what Qt's own dialog writes."""
    dialog = QFileDialog(None, "Where", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    QTimer.singleShot(100, dialog.accept)
    dialog.exec()
    dialog.deleteLater()
    flush_deletes()
    assert any(path.exists() for path in _history_files(_private_home))


def test_folder_chooser_in_file_mode_picks_plan_files(qtbot: Any, tmp_path: Path) -> None:
    (tmp_path / "notes.dat").write_bytes(b"x")
    (tmp_path / "other.txt").write_bytes(b"x")
    chooser = FolderChooser("Open", "Choose", file_suffix=".dat", start=tmp_path)
    qtbot.addWidget(chooser)
    qtbot.waitUntil(lambda: chooser.model.index(str(tmp_path / "notes.dat")).isValid())
    chooser.select(tmp_path / "other.txt")
    assert chooser.selected_path() is None
    chooser.select(tmp_path / "notes.dat")
    assert chooser.selected_path() == tmp_path / "notes.dat"


def test_open_other_file_goes_to_unlock(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    from saferplan.gui.unlock import UnlockScreen

    window = make_window()
    with dialogs.preanswer([str(tmp_path / "notes.dat")]):
        window.current_screen()._open_other.click()
    assert isinstance(window.current_screen(), UnlockScreen)


def test_settings_say_saved_or_not_kept(qtbot: Any, make_window: Any, app_folders: Any,
                                        monkeypatch: Any) -> None:
    window = make_window()
    window.show_settings()
    screen = window.current_screen()
    screen._minutes.setValue(screen._minutes.value() + 1)
    assert screen.save_status.label.text() == "Saved ✓"

    def fail(*_args: Any) -> None:
        raise OSError("read-only")

    monkeypatch.setattr("saferplan.gui.window.save_settings", fail)
    with dialogs.preanswer() as shown:
        screen._minutes.setValue(screen._minutes.value() + 1)
    assert [s.kind for s in shown] == ["warn"]
    assert screen.save_status.label.text() == "Not saved for next time"
    assert screen.save_status.label.property("role") == "problem"
