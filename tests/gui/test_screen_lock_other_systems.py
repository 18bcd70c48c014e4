"""The screen-lock notice on Windows and macOS: the Qt side, with the system calls stood in."""

from __future__ import annotations

import ctypes
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray

from saferplan.gui.screen_lock import ScreenLockWatcher, WindowsSessionFilter
from saferplan.platform import windows


def test_windows_filter_locks_on_the_session_lock_message_only(qapp: Any) -> None:
    locks: list[str] = []
    native_filter = WindowsSessionFilter(lambda: locks.append("locked"))
    msg = windows.MSG(message=windows.WM_WTSSESSION_CHANGE, wParam=windows.WTS_SESSION_LOCK)
    event_type = QByteArray(b"windows_generic_MSG")
    assert native_filter.nativeEventFilter(event_type, ctypes.addressof(msg)) == (False, 0)
    assert locks == ["locked"]
    msg.message = 0x0010  # WM_CLOSE: not ours
    native_filter.nativeEventFilter(event_type, ctypes.addressof(msg))
    assert locks == ["locked"]


def test_macos_poll_locks_once_per_screen_lock(qapp: Any) -> None:
    answers = iter([False, False, True, True, None, True])
    watcher = ScreenLockWatcher(source="cgsession",
                                macos_is_locked=lambda: next(answers, False))
    locks: list[str] = []
    watcher.locked.connect(lambda: locks.append("locked"))
    assert watcher.listening == ["macos"]
    for _ in range(5):
        watcher.poll_macos()
    # unlocked, locked (lock!), still locked, unknown (counts as unlocked), locked (lock!)
    assert locks == ["locked", "locked"]
    shiboken6.delete(watcher)   # its 2 s timer must not outlive the test


def test_no_dbus_is_touched_on_windows_without_a_window(qapp: Any) -> None:
    watcher = ScreenLockWatcher(source="wts")   # no parent window: nothing to register
    assert watcher.listening == []
    shiboken6.delete(watcher)
