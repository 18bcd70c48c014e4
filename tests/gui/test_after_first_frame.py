"""What waits until the first frame is drawn (start-up, issue #18): the cycle collector is
paused while the GUI loads and on again once the window is drawn (app.load_gui: about 6 ms), or
a second later if the window is never drawn; the window icon comes just after the first frame
(about 1.7 ms under X11)."""

from __future__ import annotations

import argparse
import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from saferplan.app import load_gui


@pytest.fixture
def collector_paused() -> Iterator[None]:
    """load_gui() as the app calls it; the collector is on again whatever the test does."""
    try:
        load_gui()
        yield
    finally:
        gc.enable()


@pytest.mark.usefixtures("collector_paused")
def test_the_collector_is_paused_while_the_gui_loads_and_on_after_the_first_frame(
        make_window: Any, qtbot: Any) -> None:
    assert not gc.isenabled()
    make_window()   # shown: its first frame is drawn
    qtbot.waitUntil(gc.isenabled, timeout=2000)


@pytest.mark.usefixtures("collector_paused")
def test_the_collector_is_on_again_a_second_later_even_if_the_window_is_never_drawn(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan.gui import main

    done: list[Any] = []   # the folders of the windows whose second has passed
    after_start = main._after_start
    monkeypatch.setattr(main, "_after_start", lambda dirs: done.append(dirs) or after_start(dirs))
    window = main.create_window(argparse.Namespace(demo=False, portable=str(tmp_path / "p"),
                                                   language="en"))
    try:
        assert not gc.isenabled()
        # (Another test's window may have its second first: only this one's is waited for.)
        qtbot.waitUntil(lambda: any(dirs is window.dirs for dirs in done),
                        timeout=main.TIDY_DELAY_MS * 2)
        assert gc.isenabled()
    finally:
        window.deleteLater()


@pytest.mark.usefixtures("collector_paused")
def test_the_second_after_start_turns_the_collector_on(tmp_path: Path) -> None:
    from saferplan.gui.main import _after_start
    from saferplan.storage.paths import app_dirs

    assert not gc.isenabled()
    _after_start(app_dirs(tmp_path / "p"))
    assert gc.isenabled()


def test_the_window_icon_comes_just_after_the_first_frame(make_window: Any, qtbot: Any) -> None:
    from saferplan.gui.main import application

    app = application()
    app.setWindowIcon(QIcon())   # as a new process starts
    assert application().windowIcon().isNull()
    window = make_window()
    qtbot.waitUntil(lambda: not app.windowIcon().isNull(), timeout=2000)
    assert not window.windowIcon().isNull()
    assert QApplication.instance() is app
