"""saferplan.platform: one implementation per system; the logic around the calls, tested here.

The Windows and macOS modules are exercised with stand-ins for their system libraries: what
they ask the system is checked, not what the system does (never run on a real machine here).
"""

from __future__ import annotations

import ast
import ctypes
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from saferplan import platform
from saferplan.platform import macos, posix, windows

PACKAGE = Path(platform.__file__).parent


class _Call:
    """A stand-in C function: records calls, answers from a list, has restype/argtypes."""

    def __init__(self, log: list[tuple[str, tuple[Any, ...]]], name: str,
                 answers: list[Any] | None = None) -> None:
        self.log, self.name, self.answers = log, name, list(answers or [0])
        self.restype: Any = None
        self.argtypes: Any = None

    def __call__(self, *args: Any) -> Any:
        self.log.append((self.name, args))
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


class _Library:
    def __init__(self, **answers: list[Any]) -> None:
        self.log: list[tuple[str, tuple[Any, ...]]] = []
        for name, values in answers.items():
            setattr(self, name, _Call(self.log, name, values))


def _values(args: tuple[Any, ...]) -> list[Any]:
    return [getattr(a, "value", a) for a in args]


def test_each_system_gets_its_own_module() -> None:
    assert platform.implementation("linux") is posix
    assert platform.implementation("freebsd14") is posix
    assert platform.implementation("win32") is windows
    assert platform.implementation("darwin") is macos
    for module in (posix, windows, macos):
        for name in ("try_lock", "unlock", "disable_crash_dumps", "make_private_folder",
                     "exclude_from_capture", "UNLINK_WHILE_OPEN", "SCREEN_LOCK_SOURCE"):
            assert hasattr(module, name), f"{module.__name__} lacks {name}"


def test_the_package_imports_no_qt_and_nothing_above_it() -> None:
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                assert not name.startswith(("PySide6", "shiboken6")), path.name
                if name.startswith("saferplan"):
                    assert name.startswith("saferplan.platform"), f"{path.name}: {name}"


# -- Linux (the running system) ---------------------------------------------------------------
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX only")
def test_posix_lock_excludes_a_second_open_file(tmp_path: Path) -> None:
    target = tmp_path / ".lock"
    first = os.open(target, os.O_RDWR | os.O_CREAT, 0o600)
    second = os.open(target, os.O_RDWR)
    try:
        assert posix.try_lock(first)
        assert not posix.try_lock(second)
        os.close(first)  # closing releases it
        first = -1
        assert posix.try_lock(second)
    finally:
        for fd in (first, second):
            if fd >= 0:
                os.close(fd)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX only")
def test_posix_private_folder_is_closed_to_others(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b"
    posix.make_private_folder(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    posix.make_private_folder(folder)  # again: no error
    assert posix.exclude_from_capture(12345) is False


# -- Windows, with stand-ins --------------------------------------------------------------------
def test_windows_crash_settings_keep_earlier_flags() -> None:
    kernel32 = _Library(GetErrorMode=[0x8000], SetErrorMode=[0], WerSetFlags=[0])
    windows.disable_crash_dumps(kernel32)
    assert kernel32.log == [("GetErrorMode", ()), ("SetErrorMode", (0x8003,)),
                            ("WerSetFlags", (windows.WER_FAULT_REPORTING_FLAG_NOHEAP,))]


def test_windows_capture_exclusion_falls_back_on_older_windows() -> None:
    user32 = _Library(SetWindowDisplayAffinity=[0, 1])  # 0x11 refused, WDA_MONITOR taken
    assert windows.exclude_from_capture(0x1234, user32)
    asked = [_values(args) for _, args in user32.log]
    assert asked == [[0x1234, 0x11], [0x1234, 0x01]]
    refused = _Library(SetWindowDisplayAffinity=[0])
    assert not windows.exclude_from_capture(0x1234, refused)


def test_windows_session_lock_message_is_recognised() -> None:
    msg = windows.MSG(hwnd=None, message=windows.WM_WTSSESSION_CHANGE,
                      wParam=windows.WTS_SESSION_LOCK)
    address = ctypes.addressof(msg)
    assert windows.is_session_lock_message(b"windows_generic_MSG", address)
    assert not windows.is_session_lock_message(b"xcb_generic_event_t", address)
    msg.wParam = 0x8  # WTS_SESSION_UNLOCK
    assert not windows.is_session_lock_message(b"windows_generic_MSG", address)
    assert not windows.is_session_lock_message(b"windows_generic_MSG", 0)


def test_windows_session_notifications_are_for_this_session() -> None:
    wtsapi32 = _Library(WTSRegisterSessionNotification=[1])
    assert windows.register_session_notifications(0x42, wtsapi32)
    assert _values(wtsapi32.log[0][1]) == [0x42, windows.NOTIFY_FOR_THIS_SESSION]


def test_windows_private_folder_command() -> None:
    command = windows.icacls_command(Path("C:/Users/lan/AppData/Local/notes-kit"),
                                     "C:/Windows", "PC\\lan")
    assert command[0].endswith("icacls.exe")
    assert command[2:] == ["/inheritance:r", "/grant:r", "PC\\lan:(OI)(CI)F", "/q"]


# -- macOS, with stand-ins ----------------------------------------------------------------------
def test_macos_capture_exclusion_sets_sharing_none_on_the_views_window() -> None:
    objc = _Library(sel_registerName=[101, 102], objc_msgSend=[0x7000, 0])
    assert macos.exclude_from_capture(0x5000, objc)
    sends = [args for name, args in objc.log if name == "objc_msgSend"]
    assert sends == [(0x5000, 101), (0x7000, 102, macos.NS_WINDOW_SHARING_NONE)]
    selectors = [args[0] for name, args in objc.log if name == "sel_registerName"]
    assert selectors == [b"window", b"setSharingType:"]
    no_window = _Library(sel_registerName=[101], objc_msgSend=[0])
    assert not macos.exclude_from_capture(0x5000, no_window)
    assert not macos.exclude_from_capture(0, no_window)


@pytest.mark.parametrize(("value", "flag", "expected"),
                         [(0x900, True, True), (0x900, False, False), (0, False, False)])
def test_macos_screen_lock_reads_the_session_dictionary(value: int, flag: bool,
                                                       expected: bool) -> None:
    cg = _Library(CGSessionCopyCurrentDictionary=[0x800])
    cf = _Library(CFStringCreateWithCString=[0x810], CFDictionaryGetValue=[value],
                  CFBooleanGetValue=[flag], CFRelease=[None])
    assert macos.screen_is_locked(cg, cf) is expected
    assert cf.log[0] == ("CFStringCreateWithCString", (None, macos.LOCKED_KEY, 0x08000100))
    released = [args[0] for name, args in cf.log if name == "CFRelease"]
    assert released == [0x810, 0x800]  # nothing leaked
    no_session = _Library(CGSessionCopyCurrentDictionary=[0])
    assert macos.screen_is_locked(no_session, cf) is None
