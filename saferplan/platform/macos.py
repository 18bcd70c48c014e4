"""macOS 11 and later, through documented C and Objective-C APIs (ctypes). NOT tested on a Mac.

- Locking, private folders: as on Linux (flock, mode 0700).
- Crash dumps: RLIMIT_CORE 0 (no core file). macOS's crash reporter still writes a crash log
  (stack traces, not memory) to ~/Library/Logs/DiagnosticReports: outside the app's control.
- Screen capture: the window's ``NSWindow.sharingType = NSWindowSharingNone``, reached from Qt's
  ``winId()`` (an ``NSView *``) with ``objc_msgSend``. Apple documents that screen capture
  through ScreenCaptureKit may ignore it on macOS 15 and later: a help, not a promise.
- Screen lock: ``CGSessionCopyCurrentDictionary()`` holds ``CGSSessionScreenIsLocked`` while the
  screen is locked; gui/screen_lock.py asks every few seconds (``screen_is_locked``).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any, Final

# As on Linux: flock, mode 0700, RLIMIT_CORE 0 (prctl is skipped off Linux).
from saferplan.platform.posix import disable_crash_dumps, make_private_folder, try_lock, unlock

UNLINK_WHILE_OPEN: Final = True
SCREEN_LOCK_SOURCE: Final = "cgsession"
NS_WINDOW_SHARING_NONE: Final = 0
_OBJC = "/usr/lib/libobjc.A.dylib"
_CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
_CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
_UTF8: Final = 0x08000100  # kCFStringEncodingUTF8
LOCKED_KEY: Final = b"CGSSessionScreenIsLocked"

__all__ = ["disable_crash_dumps", "make_private_folder", "try_lock", "unlock"]


def _send(objc: Any, receiver: int, selector: bytes, *args: int) -> int:
    """objc_msgSend(receiver, sel_registerName(selector), args...) for pointer-sized values."""
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    send = objc.objc_msgSend
    send.restype = ctypes.c_void_p
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p] + [ctypes.c_void_p] * len(args)
    return int(send(receiver, objc.sel_registerName(selector), *args) or 0)


def exclude_from_capture(window_id: int, objc: Any = None) -> bool:
    """[[view window] setSharingType:NSWindowSharingNone]; True if the view had a window."""
    if not window_id:
        return False
    objc = objc or ctypes.cdll.LoadLibrary(_OBJC)
    window = _send(objc, window_id, b"window")
    if not window:
        return False
    _send(objc, window, b"setSharingType:", NS_WINDOW_SHARING_NONE)
    return True


def screen_is_locked(core_graphics: Any = None, core_foundation: Any = None) -> bool | None:
    """True while the screen is locked, False when not, None if the session cannot be asked."""
    try:
        cg = core_graphics or ctypes.cdll.LoadLibrary(_CORE_GRAPHICS)
        cf = core_foundation or ctypes.cdll.LoadLibrary(_CORE_FOUNDATION)
    except OSError:
        return None
    _declare(cg, cf)
    session = cg.CGSessionCopyCurrentDictionary()
    if not session:
        return None
    key = cf.CFStringCreateWithCString(None, LOCKED_KEY, _UTF8)
    try:
        value = cf.CFDictionaryGetValue(session, key)
        return bool(value) and bool(cf.CFBooleanGetValue(value))
    finally:
        cf.CFRelease(key)
        cf.CFRelease(session)


def _declare(cg: Any, cf: Any) -> None:
    """Argument and result types of the C functions used (pointers must not be cut to int)."""
    pointer = ctypes.c_void_p
    signatures: list[tuple[Callable[..., Any], Any, list[Any]]] = [
        (cg.CGSessionCopyCurrentDictionary, pointer, []),
        (cf.CFStringCreateWithCString, pointer, [pointer, ctypes.c_char_p, ctypes.c_uint32]),
        (cf.CFDictionaryGetValue, pointer, [pointer, pointer]),
        (cf.CFBooleanGetValue, ctypes.c_bool, [pointer]),
        (cf.CFRelease, None, [pointer]),
    ]
    for function, result, arguments in signatures:
        function.restype = result  # type: ignore[attr-defined]
        function.argtypes = arguments  # type: ignore[attr-defined]
