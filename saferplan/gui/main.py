"""Start the GUI: the application object, settings, language, and the main window.

Only what the start screen needs is imported here; crypto, forms and export load later, when a
plan is created or opened, so the first window appears quickly.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from saferplan.qt_env import qt_message_handler, quiet_qt

# Neutral names the desktop may show (task bar, window class). Nothing says "safety".
APP_NAME = "Notes"
# How long after start-up the plans folder is tidied (never before the first window is drawn),
# and the cycle collector is on again even if the window was never drawn (app.main).
TIDY_DELAY_MS = 1000


def application() -> QApplication:
    """Return the one QApplication, creating it with neutral names if needed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QApplication.setApplicationName(APP_NAME)
        QApplication.setDesktopFileName("")
        # Fusion from the start, named on Qt's command line: setting it from Python would make
        # PySide build QStyle's enums (the theme's own style follows: theme.install_style).
        app = QApplication([*sys.argv[:1], "-style", "fusion"])
        from saferplan.bundled_fonts import register_bundled_fonts

        register_bundled_fonts()  # the standalone build's fonts; nothing in a normal install
    return app   # its window icon comes once the first frame is drawn (theme.install_window_icon)


def app_dirs_for(args: argparse.Namespace) -> Any:
    """Return storage's AppDirs: the portable folder from ``--portable DIR``, or per-user."""
    from saferplan.storage.paths import app_dirs

    portable = getattr(args, "portable", None)
    return app_dirs(Path(portable) if portable else None)


def create_window(args: argparse.Namespace) -> Any:
    """Build the application and the main window for ``args`` (not yet shown)."""
    from saferplan.gui.app_settings import load_settings
    from saferplan.gui.window import MainWindow
    from saferplan.i18n import set_language

    application()
    dirs = app_dirs_for(args)
    settings = load_settings(dirs.settings_dir)
    language = getattr(args, "language", None) or settings.language or "en"
    set_language(language)
    if getattr(args, "language", None):
        settings = settings._replace(language=language)
    window = MainWindow(dirs, settings)
    if getattr(args, "demo", False):
        window.start_demo()
    # Once the window is up: it loads the storage code, which the first screen does not need.
    QTimer.singleShot(TIDY_DELAY_MS, window, lambda: _after_start(window, dirs))
    return window


def _after_start(window: Any, dirs: Any) -> None:
    gc.enable()
    window.after_first_frame()    # if the window was never drawn (it did this then)
    _tidy_plans_folder(dirs)


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
    quiet_qt()  # before the application: Qt warns about the locale while it starts
    app = application()
    install_error_hooks()
    window = create_window(args)
    window.show_first_time()
    from saferplan import platform

    # Out of screenshots and screen sharing where the system allows it (Windows, macOS).
    platform.exclude_from_capture(int(window.winId()))
    return int(app.exec())


# --- errors: no traceback, message or Qt warning may reach stderr or a log -------------------
# Exception messages and tracebacks can quote plan text (a value in a KeyError, a local in a
# frame), and Qt's warnings can quote a widget's text. Only the exception's type name and a
# Qt message's category are ever printed.


class _ErrorReporter(QObject):
    """Shows the calm "something went wrong" message in the GUI thread, one at a time."""

    def __init__(self) -> None:
        super().__init__()
        self._showing = False

    def report(self) -> None:
        """Ask for the message, from any thread.

        Posted as an event: the message waits for the event loop, never inside the failing
        code, and a report from another thread reaches the GUI thread.
        """
        QCoreApplication.postEvent(self, QEvent(QEvent.Type.User))

    def event(self, event: QEvent) -> bool:  # Qt override
        """Show the message for a report."""
        if event.type() == QEvent.Type.User:
            self._show()
            return True
        return super().event(event)

    def _show(self) -> None:
        if self._showing:     # never two at once, nor one on top of itself
            return
        from saferplan.gui import dialogs

        self._showing = True
        try:
            dialogs.warn(QApplication.activeWindow(), QCoreApplication.translate(
                "ErrorReport", "Something went wrong"), QCoreApplication.translate(
                "ErrorReport", "Something went wrong inside SaferPlan. Your plan is safe in its "
                "locked file; you may want to lock and reopen it."))
        finally:
            self._showing = False


_reporter: _ErrorReporter | None = None


def _write_stderr(line: str) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):  # no stderr in a windowed build
        sys.stderr.write(line + "\n")


def _say_error_type(exc_type: type[BaseException]) -> None:
    _write_stderr(f"saferplan: internal error ({exc_type.__name__})")


def gui_excepthook(exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
    """sys.excepthook for the GUI: print the exception's type only, then say it calmly."""
    del exc, tb   # never printed: they may hold plan text
    _say_error_type(exc_type)
    if _reporter is not None:
        _reporter.report()


def thread_excepthook(args: threading.ExceptHookArgs) -> None:
    """threading.excepthook for the GUI: the same as gui_excepthook, from any thread."""
    if args.exc_type is SystemExit:
        return
    _say_error_type(args.exc_type)
    if _reporter is not None:
        _reporter.report()


def install_error_hooks() -> None:
    """Install the hooks above for this GUI process (call in the GUI thread, after the app)."""
    global _reporter
    if _reporter is None:
        _reporter = _ErrorReporter()
    sys.excepthook = gui_excepthook
    threading.excepthook = thread_excepthook
    qInstallMessageHandler(qt_message_handler)
