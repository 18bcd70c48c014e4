"""Quick exit triggers: Esc pressed twice, or Shift pressed three times (GOV.UK "Exit this page").

The watcher is an application-wide event filter, so the keys work on every screen and in dialogs.
It only looks at key presses arriving at a top-level window (QWindow): Qt delivers each physical
key press there exactly once before passing it on to the focused widget, so nothing is counted
twice. The Hide button in the top bar is the third trigger (see window_frame.py and window.py).

An Esc that something else uses does not count: one that closes a popup (a list, a menu, a
calendar), a dialog, or clears a field made with ``clear_on_escape``. Shift x3 can be turned
off in Settings (screen readers on Windows use Shift alone); Esc twice and Hide remain.

The idle watcher (auto-lock) and the clipboard guard live here too: the other protections that
watch the whole application.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QInputMethodEvent, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication

from saferplan.gui.sensitive_clipboard import mark_sensitive
from saferplan.lazy_qt import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit

# QDialog and QLineEdit are imported where they are used: the first window needs neither, and
# naming a Qt class makes PySide build its type and enums (start-up time).

ESC_WINDOW_SECONDS = 1.5
SHIFT_WINDOW_SECONDS = 5.0
SHIFT_PRESSES = 3
# A line edit with this property set clears its text on Esc (see ``clear_on_escape``).
CLEARS_ON_ESCAPE = "clearsOnEscape"
WARNING_MS = 30_000           # "Still there?" this long before the idle lock
CLIPBOARD_CLEAR_MS = 10_000   # threat-model.md: clear a copy after 10 s
# Platforms whose clipboard lives inside this process (nothing else can put data there), so
# whatever it holds came from SaferPlan. They cannot report ownership, so we say it here.
_IN_PROCESS_CLIPBOARDS = frozenset({"offscreen", "minimal"})


class QuickExitWatcher(QObject):
    """Emits ``triggered`` on Esc-Esc within 1.5 s or Shift x3 within 5 s.

    Shift presses only count when no other key comes between them, so typing capital letters
    never hides the plan by accident.
    """

    triggered = Signal()

    def __init__(self, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last_esc: float | None = None
        self._shifts: list[float] = []
        self.enabled = True
        self.shift_enabled = True

    @staticmethod
    def escape_used_elsewhere(window: QWindow) -> bool:
        """True when this Esc will close a popup or a dialog, or clear a field."""
        from PySide6.QtWidgets import QDialog, QLineEdit

        if QApplication.activePopupWidget() is not None:
            return True
        top = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is window),
                   None)
        if isinstance(top, QDialog):
            return True
        focus = QApplication.focusWidget()
        return (isinstance(focus, QLineEdit) and bool(focus.property(CLEARS_ON_ESCAPE))
                and bool(focus.text()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count the trigger keys; never swallow the event."""
        # The window first: it is a cheap check, and asking a Qt event its type is not (a
        # screen being built sends thousands of events through this filter).
        if (self.enabled and isinstance(watched, QWindow)
                and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and not event.isAutoRepeat()):
            key = event.key()
            if key == Qt.Key.Key_Escape and self.escape_used_elsewhere(watched):
                self._last_esc = None      # it closed or cleared something: start again
                self._shifts.clear()
                return False
            self.key_pressed(key)
        return False

    def key_pressed(self, key: int | Qt.Key) -> None:
        """Feed one key press (also used by tests without a window)."""
        now = self._clock()
        if key == Qt.Key.Key_Escape:
            self._shifts.clear()
            if self._last_esc is not None and now - self._last_esc <= ESC_WINDOW_SECONDS:
                self._fire()
            else:
                self._last_esc = now
            return
        self._last_esc = None
        if key != Qt.Key.Key_Shift or not self.shift_enabled:
            self._shifts.clear()
            return
        self._shifts = [t for t in self._shifts if now - t <= SHIFT_WINDOW_SECONDS] + [now]
        if len(self._shifts) >= SHIFT_PRESSES:
            self._fire()

    def _fire(self) -> None:
        self._last_esc = None
        self._shifts.clear()
        self.triggered.emit()


class FirstExposure(QObject):
    """Calls ``then`` once, when ``window`` is first exposed (about to be drawn)."""

    def __init__(self, window: QWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Act on the first exposure, then stop watching; never swallow the event."""
        if (event.type() == QEvent.Type.Expose and isinstance(watched, QWindow)
                and watched.isExposed()):
            watched.removeEventFilter(self)
            self.deleteLater()
            self._then()
        return False


class _ClearOnEscape(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape):
            from PySide6.QtWidgets import QLineEdit

            if isinstance(watched, QLineEdit) and watched.text():
                watched.clear()
                return True
        return False


def clear_on_escape(field: QLineEdit) -> QLineEdit:
    """Let Esc empty a search field (an Esc that does so never counts towards quick exit)."""
    helper = _ClearOnEscape(field)
    field.installEventFilter(helper)
    field.setProperty(CLEARS_ON_ESCAPE, True)
    return field


class IdleWatcher(QObject):
    """Emits ``idle`` after a period with no keyboard, mouse, wheel or touch input anywhere.

    ``warning`` comes WARNING_MS before (WCAG 2.2.1: a person reading with a screen reader makes
    no input, so they must be told and be able to answer); ``warning_over`` when input came
    after the warning, or counting stopped, or the time ran out.
    """

    idle = Signal()
    warning = Signal()
    warning_over = Signal()

    _INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                        QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
                        QEvent.Type.InputMethod})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._time_up)
        self.warn_timer = QTimer(self)
        self.warn_timer.setSingleShot(True)
        self.warn_timer.timeout.connect(self._warn)
        self.warned = False

    def set_timeout_ms(self, milliseconds: int) -> None:
        """Change the idle time; restarts the count if it is running."""
        self.timer.setInterval(milliseconds)
        self.warn_timer.setInterval(max(milliseconds - WARNING_MS, milliseconds // 2))
        if self.timer.isActive():
            self.start()

    def start(self) -> None:
        """Start counting (when a plan is open)."""
        self.timer.start()
        self.warn_timer.start()
        self._end_warning()

    def stop(self) -> None:
        """Stop counting (nothing open to lock)."""
        self.timer.stop()
        self.warn_timer.stop()
        self._end_warning()

    def _warn(self) -> None:
        self.warned = True
        self.warning.emit()

    def _time_up(self) -> None:
        self._end_warning()
        self.idle.emit()

    def _end_warning(self) -> None:
        if self.warned:
            self.warned = False
            self.warning_over.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts the count (and ends a warning); never swallow the event.

        Input reaches a window before its widgets, so only windows' events and input methods'
        text (sent to the field itself) are looked at: the type of every other event
        (thousands while a screen is built) is never asked."""
        if (self.timer.isActive()
                and (isinstance(watched, QWindow) or isinstance(event, QInputMethodEvent))
                and event.type() in self._INPUT):
            self.start()
        return False


class ClipboardGuard(QObject):
    """Clears what SaferPlan put on the clipboard: 10 s after the copy, and on lock or exit.

    Only data the app still owns is cleared: something the person copied in another program
    afterwards is never touched.
    """

    def __init__(self, parent: QObject | None = None,
                 delay_ms: int = CLIPBOARD_CLEAR_MS) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._clear_copy)
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.dataChanged.connect(self._clipboard_changed)

    @staticmethod
    def owns(mode: QClipboard.Mode) -> bool:
        """True if the clipboard (or the X11 selection) holds data that SaferPlan put there."""
        clipboard = QGuiApplication.clipboard()
        if clipboard is None:
            return False
        if mode == QClipboard.Mode.Selection:
            if not clipboard.supportsSelection():
                return False
            owned = clipboard.ownsSelection()
        else:
            owned = clipboard.ownsClipboard()
        return owned or QGuiApplication.platformName() in _IN_PROCESS_CLIPBOARDS

    def _clipboard_changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        data = clipboard.mimeData() if clipboard is not None else None
        if self.owns(QClipboard.Mode.Clipboard) and data is not None and data.formats():
            if clipboard is not None and mark_sensitive(clipboard):
                return              # put back with the markers: this runs again for that
            self.timer.start()      # a copy from SaferPlan: it goes after a while
        else:
            self.timer.stop()       # emptied, or someone else's copy now

    def _clear_copy(self) -> None:
        self._clear(QClipboard.Mode.Clipboard)

    def clear_now(self) -> None:
        """Clear the clipboard and the selection if they hold SaferPlan's data (lock, exit)."""
        self.timer.stop()
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            self._clear(mode)

    def _clear(self, mode: QClipboard.Mode) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and self.owns(mode):
            clipboard.clear(mode)
