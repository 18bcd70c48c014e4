"""Deleting a plan: its file, its backup and its lock, overwritten once where that is safe."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

from saferplan.storage import fileformat
from saferplan.storage.atomic import write_error
from saferplan.storage.lock import PlanLock, lock_path
from saferplan.storage.names import backup_path
from saferplan.storage.regular import open_regular


def delete_plan(path: Path) -> None:
    """Delete the plan file, its backup and its lock.

    The files are overwritten once and removed, but on SSDs and flash drives (USB sticks,
    phones) the old blocks may survive: deletion there cannot be guaranteed. Without the
    passphrase or recovery code those leftovers remain encrypted.
    """
    path = Path(path)
    lock = PlanLock.acquire(path)  # PlanInUseError if open elsewhere
    try:
        targets = (path, backup_path(path))
        ours = _names_per_file(targets)
        for target in targets:
            _overwrite_and_remove(target, ours)
    finally:
        lock.release()
    with contextlib.suppress(OSError):
        os.unlink(lock_path(path))


def _names_per_file(targets: Sequence[Path]) -> dict[tuple[int, int], int]:
    """How many of ``targets`` name each file (main and backup may be one file, linked)."""
    count: dict[tuple[int, int], int] = {}
    for target in targets:
        with contextlib.suppress(OSError):
            info = os.lstat(target)
            key = (info.st_dev, info.st_ino)
            count[key] = count.get(key, 0) + 1
    return count


def _overwrite_and_remove(target: Path, ours: dict[tuple[int, int], int]) -> None:
    """Overwrite a plan file once with random bytes, then remove its name.

    Only an ordinary file that no other name shares is overwritten: a link planted as the
    backup (symlink or hard link to another file) must never make us destroy that file. Such
    a name is only removed, which does not touch what it points to.
    """
    try:
        fd, info = open_regular(target, os.O_WRONLY)
    except FileNotFoundError:
        return
    except OSError:
        fd = None  # a link, a special file, or no permission: only remove the name
    if fd is not None:
        try:
            if info.st_nlink <= ours.get((info.st_dev, info.st_ino), 0):
                _overwrite(fd, min(info.st_size, fileformat.MAX_FILE_BYTES))
        except OSError:
            pass  # overwriting is a bonus; removing is what matters
        finally:
            os.close(fd)
    try:
        os.unlink(target)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise write_error(exc) from None


def _overwrite(fd: int, size: int) -> None:
    left = size
    while left > 0:
        left -= os.write(fd, os.urandom(min(left, 1 << 20)))
    os.fsync(fd)
