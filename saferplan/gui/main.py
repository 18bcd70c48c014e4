"""Start the GUI: the application object, settings, language, and the main window.

Only what the start screen needs is imported here; crypto, forms and export load later, when a
plan is created or opened, so the first window appears quickly.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

# Neutral names the desktop may show (task bar, window class). Nothing says "safety".
APP_NAME = "Notes"


def application() -> QApplication:
    """Return the one QApplication, creating it with neutral names if needed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QApplication.setApplicationName(APP_NAME)
        QApplication.setDesktopFileName("")
        app = QApplication(sys.argv[:1])
        from saferplan.bundled_fonts import register_bundled_fonts

        register_bundled_fonts()  # the standalone build's fonts; nothing in a normal install
    app.setWindowIcon(neutral_icon())
    return app


def neutral_icon() -> QIcon:
    """Return the neutral window icon (a plain sheet of paper), or an empty icon."""
    from saferplan.resources import ResourceMissingError, data_dir

    try:
        entry = data_dir("assets") / "icon.svg"
    except ResourceMissingError:
        return QIcon()
    return QIcon(str(entry)) if entry.is_file() else QIcon()


def app_dirs_for(args: argparse.Namespace) -> Any:
    """Return storage's AppDirs: the portable folder from ``--portable DIR``, or per-user."""
    from saferplan.storage.paths import app_dirs

    portable = getattr(args, "portable", None)
    return app_dirs(Path(portable) if portable else None)


def create_window(args: argparse.Namespace) -> Any:
    """Build the application and the main window for ``args`` (not yet shown)."""
    from dataclasses import replace

    from saferplan.gui.settings import load_settings
    from saferplan.gui.window import MainWindow
    from saferplan.i18n import set_language

    application()
    dirs = app_dirs_for(args)
    settings = load_settings(dirs.settings_dir)
    language = getattr(args, "language", None) or settings.language or "en"
    set_language(language)
    if getattr(args, "language", None):
        settings = replace(settings, language=language)
    window = MainWindow(dirs, settings)
    window.resize(1000, 720)
    if getattr(args, "demo", False):
        window.start_demo()
    QTimer.singleShot(0, lambda: _tidy_plans_folder(dirs))
    return window


def _tidy_plans_folder(dirs: Any) -> None:
    """Remove temporary files an interrupted save may have left (ciphertext only)."""
    from saferplan.storage import remove_stale_temp_files

    try:
        if dirs.plans_dir.is_dir():
            remove_stale_temp_files(dirs.plans_dir)
    except OSError:
        pass


def run_gui(args: argparse.Namespace) -> int:
    """Run the window until it closes; return the exit code."""
    from saferplan.i18n import is_known_language

    language = getattr(args, "language", None)
    if language and not is_known_language(language):
        sys.stderr.write(f"saferplan: unknown language '{language}' (see 'saferplan --help')\n")
        return 2
    app = application()
    window = create_window(args)
    window.show()
    return int(app.exec())
