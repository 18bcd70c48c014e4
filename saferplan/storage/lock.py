"""One writer per plan: an exclusive lock on a hidden lock file beside the plan.

The lock itself is saferplan.platform's: POSIX uses flock (per open file, so two PlanFiles in
one process also exclude each other; the kernel releases it when a process dies). Windows uses
msvcrt.locking on the lock file's first byte, and cannot remove a file that is open.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from saferplan import platform
from saferplan.storage.atomic import write_error
from saferplan.storage.errors import ErrorKind, PlanInUseError, WriteError
from saferplan.storage.regular import NotRegularFileError, open_regular

_ATTEMPTS = 5
_NOT_REGULAR = ("This plan's lock file is a link or a special file, so the plan was not used. "
                "Nothing was changed.")


def lock_path(path: Path) -> Path:
    """Return the lock file of the plan at ``path`` (``.<name>.lock`` in the same folder)."""
    return path.with_name(f".{path.name}.lock")


def is_locked(path: Path) -> bool:
    """Return True if another PlanLock holds ``path``; creates nothing (safe before a KDF)."""
    try:
        fd, _ = open_regular(lock_path(path), os.O_RDWR)
    except OSError:
        return False  # no lock file (or a link, which acquire refuses): nobody holds it
    try:
        if platform.try_lock(fd):
            platform.unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


class PlanLock:
    """An acquired lock on one plan; ``release`` is idempotent."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path: Path) -> PlanLock:
        """Take the lock or raise PlanInUseError (WriteError if the lock file cannot be made)."""
        target = lock_path(path)
        for _ in range(_ATTEMPTS):
            try:
                # Never through a link: flock on a planted /dev/... or FIFO is not ours to take.
                fd, _ = open_regular(target, os.O_RDWR | os.O_CREAT, 0o600)
            except NotRegularFileError:
                raise WriteError(_NOT_REGULAR, kind=ErrorKind.LOCK_NOT_REGULAR) from None
            except OSError as exc:
                raise write_error(exc) from None
            if not platform.try_lock(fd):
                os.close(fd)
                raise PlanInUseError
            # A releasing holder unlinks the file; if ours was unlinked meanwhile, try again.
            if _same_file(fd, target):
                return cls(target, fd)
            platform.unlock(fd)
            os.close(fd)
        raise PlanInUseError

    def release(self, remove: bool = True) -> None:
        """Release the lock, removing the lock file first (while still held, so no one races)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if remove and platform.UNLINK_WHILE_OPEN:
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        platform.unlock(fd)
        os.close(fd)
        if remove and not platform.UNLINK_WHILE_OPEN:  # Windows: only once closed
            with contextlib.suppress(OSError):
                os.unlink(self.path)


def _same_file(fd: int, path: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)
