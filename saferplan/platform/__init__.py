"""Everything that differs between Linux, Windows and macOS, behind one small interface.

One module per platform, each written against that platform's documented API:

- ``posix``   Linux and the BSDs (tested here, on Linux);
- ``windows`` Windows 10 and 11 (NOT tested on a real machine: see packaging/README.md);
- ``macos``   macOS 11 and later (NOT tested on a real machine).

This package imports no Qt and nothing of SaferPlan, so every layer may use it. The functions
below call the implementation for the running system:

- file locking: ``try_lock``, ``unlock``, ``UNLINK_WHILE_OPEN`` (storage/lock.py);
- crash dumps: ``disable_crash_dumps`` (hardening.py, first thing at start);
- data folder permissions: ``make_private_folder`` (storage/paths.py);
- screen capture: ``exclude_from_capture`` (the main window, once shown);
- screen-lock notice: ``SCREEN_LOCK_SOURCE`` says how gui/screen_lock.py learns that the
  session locked ("dbus" on Linux, "wts" on Windows, "cgsession" on macOS).
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType


def implementation(platform: str = sys.platform) -> ModuleType:
    """The module for ``platform`` (a ``sys.platform`` value)."""
    if platform == "win32":
        from saferplan.platform import windows

        return windows
    if platform == "darwin":
        from saferplan.platform import macos

        return macos
    from saferplan.platform import posix

    return posix


_native = implementation()
UNLINK_WHILE_OPEN: bool = _native.UNLINK_WHILE_OPEN
SCREEN_LOCK_SOURCE: str = _native.SCREEN_LOCK_SOURCE


def try_lock(fd: int) -> bool:
    """Take an exclusive, non-blocking lock on the open file ``fd``; False if someone holds it."""
    result: bool = _native.try_lock(fd)
    return result


def unlock(fd: int) -> None:
    """Release a lock taken with ``try_lock`` (closing the file releases it too on POSIX)."""
    _native.unlock(fd)


def disable_crash_dumps() -> None:
    """Ask the system not to write a memory dump of this process if it crashes."""
    _native.disable_crash_dumps()


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and parents) so that only this user may read it; keep it if it exists."""
    _native.make_private_folder(folder)


def exclude_from_capture(window_id: int) -> bool:
    """Keep a top-level window out of screenshots and screen sharing; True if the system agreed.

    ``window_id`` is Qt's ``winId()``: an HWND on Windows, an NSView pointer on macOS. X11 and
    Wayland offer no such request, so on Linux this returns False.
    """
    result: bool = _native.exclude_from_capture(window_id)
    return result
