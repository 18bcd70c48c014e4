"""Linux and the BSDs: flock, no core dumps (rlimit and prctl), 0700 folders.

Screen capture cannot be refused on X11 or Wayland; the screen-lock notice comes from D-Bus
(gui/screen_lock.py).
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from pathlib import Path
from typing import Final

UNLINK_WHILE_OPEN: Final = True
SCREEN_LOCK_SOURCE: Final = "dbus"
_PR_SET_DUMPABLE: Final = 4


def try_lock(fd: int) -> bool:
    """flock(LOCK_EX | LOCK_NB): per open file, released by the kernel when the process dies."""
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def unlock(fd: int) -> None:
    """Nothing to do: closing the descriptor releases the flock."""


def disable_crash_dumps() -> None:
    """RLIMIT_CORE 0 (no core file); on Linux also PR_SET_DUMPABLE 0 (no ptrace, no core)."""
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)


def make_private_folder(folder: Path) -> None:
    """mkdir with mode 0700, for every missing folder above it too (an existing folder is left
    as the person set it up)."""
    missing = [path for path in (folder, *folder.parents) if not path.exists()]
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)


def exclude_from_capture(window_id: int) -> bool:
    """X11 and Wayland have no way to refuse capture: always False."""
    return False
