"""The one atomic writer: temp file (exclusive, 0600) -> fsync -> os.replace -> fsync the folder."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from saferplan.storage.chunks import Part
from saferplan.storage.errors import ErrorKind, WriteError

# Our temp files: a dot, 32 hex digits, ".tmp". Nothing else is ever removed as stale.
_TEMP_NAME: Final = re.compile(r"\.[0-9a-f]{32}\.tmp")
# A younger temp file may belong to another window saving right now.
STALE_AFTER_SECONDS: Final = 60.0
# Beside a plan we hold the lock of, after a save or at open: a temp file of a save still under
# way (another plan in the same folder) is seconds old at most, as it is written and renamed
# at once; anything older is a crash's leftover.
LEFTOVER_AFTER_SECONDS: Final = 5.0

_OPEN_FLAGS: Final = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
                      | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))


# (disk full, no permission, anything else) for a save, where the previous file stays as it
# was, and for a new file such as an export, where nothing at all was written.
_SAVE_MESSAGES: Final = (
    "The disk is full, so the file was not saved. The previous version is unchanged.",
    "There is no permission to write in this folder. The previous version is unchanged.",
    WriteError.default_message,
)
_NEW_FILE_MESSAGES: Final = (
    "The disk is full. Nothing was written.",
    "There is no permission to write in this folder. Nothing was written.",
    "The file could not be written. Nothing was written.",
)
_SAVE_KINDS: Final = (ErrorKind.DISK_FULL, ErrorKind.NO_PERMISSION, ErrorKind.WRITE_FAILED)
_NEW_FILE_KINDS: Final = (ErrorKind.NEW_FILE_DISK_FULL, ErrorKind.NEW_FILE_NO_PERMISSION,
                          ErrorKind.NEW_FILE_FAILED)


def write_error(exc: OSError, *, nothing_written: bool = False) -> WriteError:
    """Return a calm WriteError for an OS error (no path or data in the text).

    By default the text says the previous version is unchanged (true of a failed save);
    ``nothing_written`` says "Nothing was written." instead, for files that are not plans.
    """
    messages = _NEW_FILE_MESSAGES if nothing_written else _SAVE_MESSAGES
    kinds = _NEW_FILE_KINDS if nothing_written else _SAVE_KINDS
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return WriteError(messages[0], kind=kinds[0])
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return WriteError(messages[1], kind=kinds[1])
    return WriteError(messages[2], kind=kinds[2])


def temp_name(folder: Path) -> Path:
    """Return a fresh name for a temp file of ours in ``folder`` (stale ones get cleaned up)."""
    return folder / f".{secrets.token_hex(16)}.tmp"


def write_temp(folder: Path, data: bytes | Sequence[Part],
               mode: int = 0o600) -> tuple[Path, os.stat_result]:
    """Write ``data`` (bytes, or parts written one after another) to a new ``.<random>.tmp``
    in ``folder``, fsync it; return it and its stat. A part that is not in memory (a chunk
    of the open plan file) is copied a block at a time.

    Raises OSError; on failure the temp file is gone.
    """
    temp = temp_name(folder)
    fd = os.open(temp, _OPEN_FLAGS, mode)
    try:
        try:
            for part in [data] if isinstance(data, bytes) else data:
                if isinstance(part, bytes | bytearray | memoryview):
                    write_all(fd, part)
                else:
                    part.write_to(fd)
            os.fsync(fd)
            stat = os.fstat(fd)
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp, stat


def write_all(fd: int, data: bytes | memoryview) -> None:
    """Write every byte of ``data`` to ``fd``; OSError (EIO) if a write makes no progress."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # a write that makes no progress would loop forever
            raise OSError(errno.EIO, "no progress writing")
        view = view[written:]


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder fsync)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # some file systems refuse; the rename is done anyway
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def commit_temp(temp: Path, path: Path) -> None:
    """Move a written temp file over ``path`` atomically and fsync the folder (raises OSError)."""
    try:
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_folder(path.parent)


def write_file_atomically(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` so that it holds either the old or the whole new content.

    On failure raises WriteError ("Nothing was written.") and leaves no temp file behind.
    """
    path = Path(path)
    try:
        temp, _ = write_temp(path.parent, data, mode)
        commit_temp(temp, path)
    except OSError as exc:
        raise write_error(exc, nothing_written=True) from None


def remove_leftovers_beside(plan: Path) -> int:
    """Remove a crash's temp files from the folder of the plan at ``plan``; return how many.

    Called by every command that opens a plan and right after every successful save, in
    whatever folder the plan is (a USB stick too). Temp files hold ciphertext only.
    """
    return remove_stale_temp_files(Path(plan).parent, LEFTOVER_AFTER_SECONDS)


def remove_stale_temp_files(folder: Path, older_than: float = STALE_AFTER_SECONDS) -> int:
    """Remove temp files of ours left by a crash (older than ``older_than`` s); return how many."""
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not _TEMP_NAME.fullmatch(entry.name):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and \
                    now - entry.stat(follow_symlinks=False).st_mtime >= older_than:
                os.unlink(entry.path)
                removed += 1
    return removed
