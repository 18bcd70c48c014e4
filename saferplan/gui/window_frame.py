"""The main window's frame: the top bar (Hide, Lock), the stack of screens and moving between
them (the keyboard focus where the person starts), the first size, and the watchers of keys and
input that start at the first exposure. MainWindow (window.py) adds the screens and the plan.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui import dialogs, theme
from saferplan.gui.announce import HeadingLabel, announce
from saferplan.gui.idle_warning import IdleWarning
from saferplan.gui.quick_exit import FirstExposure, IdleWatcher, QuickExitWatcher
from saferplan.gui.widgets import BlankScreen, Screen, button, wrapped_label
from saferplan.lazy_qt import Qt

if TYPE_CHECKING:
    from saferplan.gui.home import HomeScreen
    from saferplan.gui.screen_lock import ScreenLockWatcher
    from saferplan.storage import PlanFile
    from saferplan.storage.paths import AppDirs

# The first window's size when the screen has room; below it the window opens maximised.
COMFORTABLE_SIZE = QSize(1100, 800)


def first_window_size(available: QSize) -> tuple[QSize, bool]:
    """Return (size, maximised) for the first window on a screen with ``available`` room.

    Never larger than the screen: below about 1100 × 800 logical pixels (a netbook, or a laptop
    at 150 % scaling) the window opens maximised so Next and Hide stay on screen.
    """
    if (available.width() < COMFORTABLE_SIZE.width()
            or available.height() < COMFORTABLE_SIZE.height()):
        return available, True
    return COMFORTABLE_SIZE, False


class WindowFrame(QMainWindow):
    """The frame of the one window; MainWindow sets the state below and connects the bar."""

    dirs: AppDirs
    idle: IdleWatcher
    quick_exit_watcher: QuickExitWatcher
    screen_lock: ScreenLockWatcher | None
    _watching: bool
    home: HomeScreen | None        # kept in the stack while a plan is open
    plan_file: PlanFile | None     # Lock shows only while a plan file is open
    _transient: QWidget | None     # the screen on show, destroyed when the next one shows
    lock_when_idle: Callable[[], None]
    after_first_frame: Callable[[], None]   # what needs Qt's namespace (lazy_qt.py)

    def showEvent(self, event: QShowEvent) -> None:
        """Watch every key and input (quick exit, idle time) from the window's first exposure.

        Not earlier: an application-wide Python filter makes PySide create a Python type for
        every Qt class (about 30 ms) the first time it meets an object of one of Qt's internal
        classes, and showing a window makes some (the gesture manager of a list, the input
        context on X11). Nothing can be seen or typed into before the window is exposed; from
        then on Hide, Esc twice and Shift three times work.
        """
        super().showEvent(event)
        handle = self.windowHandle()
        if not self._watching and handle is not None:
            if handle.isExposed():
                self._watch_the_application()
            elif handle.findChild(FirstExposure) is None:
                FirstExposure(handle, self._watch_the_application)

    def _watch_the_application(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self.quick_exit_watcher)
            app.installEventFilter(self.idle)
            self._watching = True
            # Once the window is drawn: a screen lock matters only while a plan is open (none is
            # before the person sees the window), and reaching D-Bus must not delay the window.
            QTimer.singleShot(0, self, self._watch_screen_lock)
            # The theme's Qt style too, when the first screen did not need it (theme.py).
            QTimer.singleShot(0, self, theme.install_style)
            # The cycle collector, paused while the app started (app.main), and the icon.
            QTimer.singleShot(0, self, gc.enable)
            QTimer.singleShot(0, self, theme.install_window_icon)
            QTimer.singleShot(0, self, self.after_first_frame)

    def _watch_screen_lock(self) -> None:
        from saferplan.gui.screen_lock import ScreenLockWatcher

        if self.screen_lock is None:
            self.screen_lock = ScreenLockWatcher(self)
            self.screen_lock.locked.connect(self.lock_when_idle)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bar = QWidget()
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(12, 6, 12, 6)
        self.portable_note = wrapped_label()
        portable = bool(getattr(self.dirs, "portable", False))
        if portable:
            bar_layout.addWidget(self.portable_note, 1)   # takes the free room; wraps if short
        else:
            bar_layout.addStretch(1)
        # Only once it is in the bar: a widget shown without a parent opens as its own window.
        self.portable_note.setVisible(portable)
        self.lock_button = button()   # both connected by MainWindow
        self.hide_button = button()
        self.hide_button.setToolTip("")
        self.lock_button.setIcon(theme.icon("lock"))
        self.hide_button.setIcon(theme.icon("hide"))
        bar_layout.addWidget(self.lock_button)
        bar_layout.addWidget(self.hide_button)
        self.stack = QStackedWidget()
        self.blank = BlankScreen()
        self.stack.addWidget(self.blank)
        layout.addWidget(bar)
        self.idle_warning = IdleWarning(self.idle)
        layout.addWidget(self.idle_warning)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._update_bar()

    def _update_bar(self) -> None:
        self.lock_button.setVisible(self.plan_file is not None)

    # --- moving between screens ----------------------------------------------------------

    def _show(self, screen: QWidget) -> None:
        """Show ``screen``; the previous throw-away screen is destroyed (home is kept)."""
        old = self._transient
        if getattr(screen, "needs_theme_style", True):
            theme.install_style()   # before its widgets are drawn (the start screen needs none)
        if self.stack.indexOf(screen) < 0:
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        self._transient = None if screen is self.home else screen
        if old is not None and old is not screen:
            self._discard(old)
        self._update_bar()
        self._focus_first(screen)
        title = screen.findChild(HeadingLabel)
        if title is not None:
            announce(screen, title.text())   # screen readers say which page opened

    def _discard(self, screen: QWidget) -> None:
        if isinstance(screen, Screen):
            screen.abandoned = True
        self.stack.removeWidget(screen)
        screen.hide()
        dialogs.delete_later(screen)   # after any open dialog returned to the code that opened it

    @staticmethod
    def _focus_first(screen: QWidget) -> None:
        """Put the keyboard focus where the person starts: the screen's focus proxy or
        ``first_focus()``, else the first control in its tab order (never a scroll area: it only
        holds the controls).
        """
        if screen.focusProxy() is not None:  # the screen knows where focus belongs
            screen.setFocus()   # Qt.FocusReason.OtherFocusReason (lazy_qt.py)
            return
        chooser = getattr(screen, "first_focus", None)
        target = chooser() if callable(chooser) else None
        if target is None:
            widget = screen.nextInFocusChain()
            while widget is not None and widget is not screen:
                if (screen.isAncestorOf(widget) and not isinstance(widget, QAbstractScrollArea)
                        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                        and widget.isEnabled() and widget.isVisibleTo(screen)):
                    target = widget
                    break
                widget = widget.nextInFocusChain()
        if target is not None:
            target.setFocus()   # Qt.FocusReason.OtherFocusReason

    def show_first_time(self) -> None:
        """Show the window at a size that fits the screen it opens on (maximised if small)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry().size() if screen is not None else COMFORTABLE_SIZE
        size, maximised = first_window_size(available)
        self.resize(size)
        if maximised:
            self.showMaximized()
        else:
            self.show()

    def current_screen(self) -> QWidget | None:
        """Return the screen on show (for tests)."""
        return self.stack.currentWidget()
