"""Windows 10 and 11, through the documented Win32 API (ctypes). NOT tested on a real machine.

- Locking: ``msvcrt.locking`` on the lock file's first byte (an open file cannot be removed).
- Crash dumps: ``SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)`` (no crash dialog
  offering to send a report) and ``WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)`` (a Windows
  Error Reporting report of this process holds no heap, where plan text lives). A machine whose
  administrator configured WER "LocalDumps" may still keep a dump: outside the app's control.
- Private folder: new folders get an access list for this user alone
  (``icacls FOLDER /inheritance:r /grant:r USER:(OI)(CI)F``); a folder that exists is left as is.
- Screen capture: ``SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)`` (Windows 10 2004
  and later; the window is left out of screenshots and screen sharing), else ``WDA_MONITOR``
  (older Windows: the window shows black in captures).
- Screen lock: ``WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION)``; the window then
  receives ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` (gui/screen_lock.py reads it with a
  native event filter through ``is_session_lock_message``).

Nothing here runs at import time, so the logic is unit-tested on Linux with stand-ins.
"""

from __future__ import annotations

import contextlib
import ctypes
import getpass
import os
import subprocess
from pathlib import Path
from typing import Any, Final

UNLINK_WHILE_OPEN: Final = False
SCREEN_LOCK_SOURCE: Final = "wts"

SEM_FAILCRITICALERRORS: Final = 0x0001
SEM_NOGPFAULTERRORBOX: Final = 0x0002
WER_FAULT_REPORTING_FLAG_NOHEAP: Final = 1
WDA_MONITOR: Final = 0x01
WDA_EXCLUDEFROMCAPTURE: Final = 0x11
NOTIFY_FOR_THIS_SESSION: Final = 0
WM_WTSSESSION_CHANGE: Final = 0x02B1
WTS_SESSION_LOCK: Final = 0x7
# What Qt passes to a native event filter on Windows: the MSG of the Windows message.
NATIVE_EVENT_TYPES: Final = (b"windows_generic_MSG", b"windows_dispatcher_MSG")


class MSG(ctypes.Structure):
    """The Win32 MSG structure (winuser.h), laid out with pointer-sized WPARAM and LPARAM."""

    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint),
                ("wParam", ctypes.c_size_t), ("lParam", ctypes.c_ssize_t),
                ("time", ctypes.c_uint32), ("pt_x", ctypes.c_long), ("pt_y", ctypes.c_long)]


def _dll(name: str) -> Any:
    return getattr(ctypes, "windll").LoadLibrary(name)  # noqa: B009 - windll: Windows only


def try_lock(fd: int) -> bool:
    """msvcrt.locking(LK_NBLCK) on one byte: False if another process holds it."""
    import msvcrt

    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    except OSError:
        return False
    return True


def unlock(fd: int) -> None:
    """Unlock the byte locked by ``try_lock``."""
    import msvcrt

    with contextlib.suppress(OSError):
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]


def disable_crash_dumps(kernel32: Any = None) -> None:
    """No crash dialog, and no heap in any Windows Error Reporting report of this process."""
    kernel32 = kernel32 or _dll("kernel32")
    with contextlib.suppress(OSError, AttributeError):
        previous = kernel32.GetErrorMode()
        kernel32.SetErrorMode(previous | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
    with contextlib.suppress(OSError, AttributeError):
        kernel32.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)


def icacls_command(folder: Path, system_root: str, user: str) -> list[str]:
    """The icacls call that leaves ``user`` as the only one with access to ``folder``."""
    return [str(Path(system_root) / "System32" / "icacls.exe"), str(folder),
            "/inheritance:r", "/grant:r", f"{user}:(OI)(CI)F", "/q"]


def make_private_folder(folder: Path) -> None:
    """Create the folder; a new one gets an access list for this user only (best effort: a
    FAT-formatted USB stick has no access lists at all)."""
    existed = folder.is_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if existed:
        return
    domain = os.environ.get("USERDOMAIN", "")
    user = f"{domain}\\{getpass.getuser()}" if domain else getpass.getuser()
    command = icacls_command(folder, os.environ.get("SYSTEMROOT", r"C:\Windows"), user)
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(command, check=False, capture_output=True, timeout=30)


def exclude_from_capture(window_id: int, user32: Any = None) -> bool:
    """SetWindowDisplayAffinity: WDA_EXCLUDEFROMCAPTURE, or WDA_MONITOR where that is too new."""
    user32 = user32 or _dll("user32")
    hwnd = ctypes.c_void_p(window_id)
    for affinity in (WDA_EXCLUDEFROMCAPTURE, WDA_MONITOR):
        if user32.SetWindowDisplayAffinity(hwnd, ctypes.c_uint32(affinity)):
            return True
    return False


def register_session_notifications(window_id: int, wtsapi32: Any = None) -> bool:
    """Ask Windows to tell this window when the session locks (WM_WTSSESSION_CHANGE)."""
    wtsapi32 = wtsapi32 or _dll("wtsapi32")
    return bool(wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(window_id),
                                                        NOTIFY_FOR_THIS_SESSION))


def unregister_session_notifications(window_id: int, wtsapi32: Any = None) -> None:
    """Undo ``register_session_notifications`` (before the window goes)."""
    wtsapi32 = wtsapi32 or _dll("wtsapi32")
    with contextlib.suppress(OSError):
        wtsapi32.WTSUnRegisterSessionNotification(ctypes.c_void_p(window_id))


def is_session_lock_message(event_type: bytes, message_address: int) -> bool:
    """True if a native event (Qt's eventType and message pointer) says the session locked."""
    if event_type not in NATIVE_EVENT_TYPES or not message_address:
        return False
    msg = MSG.from_address(message_address)
    return bool(msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK)
