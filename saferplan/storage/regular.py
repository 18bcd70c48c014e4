"""Open only ordinary files: never through a symlink, never a FIFO, device or folder.

A plan folder may be on a shared computer or a USB stick that someone else prepared. A link
planted as ``notes.dat.bak`` or as the lock file must not make the app read ``/dev/zero``,
hang on a FIFO, or overwrite another file when a plan is deleted.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Final

# O_NOFOLLOW and O_NONBLOCK are POSIX; Windows has neither (and no FIFOs to hang on).
_NO_FOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)
_SAFE_FLAGS: Final = (_NO_FOLLOW | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
                      | getattr(os, "O_BINARY", 0))
# What open() answers for a symlink with O_NOFOLLOW: ELOOP (Linux, macOS), EMLINK (FreeBSD).
_LINK_ERRNOS: Final = frozenset({errno.ELOOP, errno.EMLINK})


class NotRegularFileError(OSError):
    """A link, folder, FIFO, socket or device where an ordinary file was expected."""


def open_regular(path: Path, flags: int, mode: int = 0o600) -> tuple[int, os.stat_result]:
    """Open ``path`` without following a final symlink and without blocking; fstat it.

    Returns the descriptor and its stat. Raises NotRegularFileError (the descriptor closed)
    for anything but a regular file, and OSError for other failures.
    """
    try:
        fd = os.open(path, flags | _SAFE_FLAGS, mode)
    except OSError as exc:
        if _NO_FOLLOW and exc.errno in _LINK_ERRNOS:
            raise NotRegularFileError(exc.errno, "not a regular file") from None
        raise
    try:
        info = os.fstat(fd)
    except BaseException:
        os.close(fd)
        raise
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise NotRegularFileError(errno.EINVAL, "not a regular file")
    return fd, info
