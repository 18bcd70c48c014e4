"""Fixtures for the GUI tests: cheap key derivation, a main window on a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

PASSPHRASE = "lantern orchard pebble violin"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """New plan files use storage's TEST_KDF (a fraction of a millisecond), injected."""
    from saferplan.storage import kdf

    monkeypatch.setattr(kdf, "kdf_for_new_file", lambda: kdf.TEST_KDF)
    monkeypatch.delenv("SAFERPLAN_PSEUDO", raising=False)


@pytest.fixture
def app_folders(tmp_path: Path) -> Any:
    """Storage's AppDirs in portable mode, in a fresh folder."""
    from saferplan.storage.paths import app_dirs

    return app_dirs(tmp_path / "portable")


@pytest.fixture
def make_window(qtbot: Any, app_folders: Any) -> Iterator[Callable[..., Any]]:
    """Return a factory of shown main windows; each is released and closed afterwards."""
    from saferplan.gui.settings import Settings
    from saferplan.gui.window import MainWindow
    from saferplan.i18n import set_language

    windows: list[Any] = []

    def factory(dirs: Any = None, settings: Settings | None = None) -> Any:
        set_language("en")
        window = MainWindow(dirs or app_folders, settings or Settings(language="en"))
        window.resize(1000, 720)
        with qtbot.waitExposed(window):  # a context manager: called bare, it waits for nothing
            window.show()
        windows.append(window)
        return window

    yield factory
    for window in windows:      # not qtbot.addWidget: its close would ask guest questions
        window._release_session()
        window._quitting = True
        window.close()
        window.deleteLater()
    flush_deletes()
    set_language("en")


def flush_deletes() -> None:
    """Destroy every widget given to deleteLater (what the event loop would do next)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def wait_for_screen(qtbot: Any, window: Any, kind: type[QWidget], timeout: int = 5000) -> Any:
    """Wait until the window shows a screen of this class; return it."""
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), kind), timeout=timeout)
    return window.current_screen()


def files_under(folder: Path) -> list[Path]:
    """Every file (not folder) under ``folder``."""
    return [Path(root) / name for root, _dirs, names in os.walk(folder) for name in names]


def type_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Type any text, one key event per character (qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                          Qt.KeyboardModifier.NoModifier, ch)
        QApplication.sendEvent(widget, event)
