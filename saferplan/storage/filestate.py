"""Reading plan files, recognising them again without re-reading every byte, and the backup.

A save must refuse to overwrite a file that changed on disk since it was read. Hashing the
whole file for that would cost more than the save itself once attachments are large (SHA-256
of 100 MB takes about 60 ms here, plus reading it), so a file is recognised by its size, its
mtime, and the SHA-256 of its header and payload plus the 16-byte tag at the end of every
chunk: any rewrite of the file by a program changes one of these, and chunk bodies cannot be
changed without their tags failing when the file is next opened.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from saferplan.storage import fileformat
from saferplan.storage.atomic import commit_temp, temp_name, write_temp
from saferplan.storage.chunks import TAG_BYTES, Buffer
from saferplan.storage.errors import ErrorKind, ReadError, UnsupportedFileError
from saferplan.storage.regular import NotRegularFileError, open_regular


@dataclass(frozen=True)
class Layout:
    """Which bytes identify a file: the first ``head`` bytes and the tag ending at each ``end``."""

    head: int
    ends: tuple[int, ...] = ()


@dataclass(frozen=True)
class Fingerprint:
    """What the file looked like when we last read or wrote it."""

    size: int
    mtime_ns: int
    digest: bytes


_NOT_REGULAR = "This is a link or a special file, not a plan file."
_TOO_LARGE = "This file is too large to be a plan file."


def _open_for_reading(path: Path) -> tuple[int, os.stat_result]:
    """Open a regular file for reading (no symlink, FIFO or device); StorageError if not."""
    try:
        return open_regular(path, os.O_RDONLY)
    except FileNotFoundError:
        raise ReadError("The file does not exist.", kind=ErrorKind.MISSING) from None
    except NotRegularFileError:
        raise UnsupportedFileError(_NOT_REGULAR, kind=ErrorKind.NOT_REGULAR) from None
    except OSError:
        raise ReadError from None


def open_head(path: Path) -> tuple[int, os.stat_result, bytes]:
    """Open a (size-limited) plan file and read it up to the end of its payload: (fd, stat,
    bytes). The caller owns the fd (it reads the chunks from it). ReadError or
    UnsupportedFileError on trouble, with the fd closed."""
    fd, stat, first = open_prefix(path)
    try:
        head = read_head(fd, first, stat.st_size)
    except BaseException:
        os.close(fd)
        raise
    return fd, stat, head


def open_prefix(path: Path) -> tuple[int, os.stat_result, bytes]:
    """Open a (size-limited) plan file and read its first HEAD_PREFIX_BYTES: (fd, stat,
    bytes), the fd the caller's. ReadError or UnsupportedFileError, with the fd closed."""
    fd, stat = _open_for_reading(path)
    try:
        if stat.st_size > fileformat.MAX_FILE_BYTES:
            raise UnsupportedFileError(_TOO_LARGE, kind=ErrorKind.TOO_LARGE)
        first = read_at(fd, fileformat.HEAD_PREFIX_BYTES, 0)  # whole, even if read in parts
    except OSError:
        os.close(fd)
        raise ReadError from None
    except BaseException:
        os.close(fd)
        raise
    return fd, stat, first


def read_head(fd: int, first: bytes, file_size: int) -> bytes:
    """The file up to the end of its payload, from its first bytes ``first`` on (ReadError).
    The fd stays open."""
    wanted = fileformat.bytes_to_read(first, file_size)
    if wanted <= len(first):
        return first[:wanted]
    try:  # read again from the start rather than joined to ``first``: one buffer, no copy
        head = read_at(fd, wanted, 0)
    except OSError:
        raise ReadError from None
    if head[:len(first)] != first:  # written to meanwhile: the slots read may be others
        raise ReadError
    return head


def pread(fd: int, count: int, offset: int) -> bytes:
    """One read at ``offset``: os.pread where there is one (not on Windows, where the file is
    read by one thread only: seek, then read)."""
    if hasattr(os, "pread"):
        return os.pread(fd, count, offset)
    os.lseek(fd, offset, os.SEEK_SET)
    return os.read(fd, count)


# One read can take a whole payload (the system may still return fewer bytes): joining parts
# would copy them all again.
# (Windows network drives refuse single reads much over 64 MB.)
_MOST_AT_ONCE = 1 << 24 if sys.platform == "win32" else 1 << 28


def read_at(fd: int, count: int, offset: int) -> bytes:
    """Read ``count`` bytes at ``offset`` (fewer at the end of the file)."""
    parts = []
    while count > 0 and (chunk := pread(fd, min(count, _MOST_AT_ONCE), offset)):
        parts.append(chunk)
        count -= len(chunk)
        offset += len(chunk)
    return b"".join(parts)  # shorter if the file shrank: parse() then refuses it


def read_file(path: Path) -> tuple[bytes, os.stat_result]:
    """Read a whole (size-limited) regular file; ReadError/UnsupportedFileError on trouble.

    Never reads more than MAX_FILE_BYTES + 1 bytes, whatever st_size said: a file that grows
    while it is read is refused rather than read to the end.
    """
    fd, stat = _open_for_reading(path)
    try:
        if stat.st_size > fileformat.MAX_FILE_BYTES:
            raise UnsupportedFileError(_TOO_LARGE, kind=ErrorKind.TOO_LARGE)
        data = _read_at_most(fd, fileformat.MAX_FILE_BYTES + 1, stat.st_size + 1)
    except OSError:
        raise ReadError from None
    finally:
        os.close(fd)
    if len(data) > fileformat.MAX_FILE_BYTES:
        raise UnsupportedFileError(_TOO_LARGE, kind=ErrorKind.TOO_LARGE)
    return data, stat


def _read_at_most(fd: int, limit: int, expected: int) -> bytes:
    """Read until the end of the file or ``limit`` bytes, whichever comes first."""
    # One read of the expected size usually suffices; b"".join of one part does not copy.
    parts: list[bytes] = []
    got = 0
    while got < limit:
        chunk = os.read(fd, min(max(expected - got, 1 << 16), limit - got))
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def digest_of(head: Sequence[Buffer], tags: Sequence[bytes]) -> bytes:
    """SHA-256 over a file's header and payload (given as parts) and its chunks' tags: the
    digest ``read_fingerprint`` computes from the bytes on disk."""
    return digest_with_tags(head_hash(head), tags)


def head_hash(head: Sequence[Buffer]) -> hashlib._Hash:
    """The SHA-256 of ``digest_of`` over the header and payload only, its tags still to come
    (``digest_with_tags``): hashing lets go of Python's lock, so it can run alongside."""
    hasher = hashlib.sha256()
    for part in head:
        hasher.update(part)
    return hasher


def digest_with_tags(hasher: hashlib._Hash, tags: Sequence[bytes]) -> bytes:
    """Finish ``head_hash``'s SHA-256 with the chunks' tags: the digest of ``digest_of``."""
    for tag in tags:
        hasher.update(tag)
    return hasher.digest()


def _digest(piece: Callable[[int, int], Buffer], layout: Layout) -> bytes:
    hasher = hashlib.sha256(piece(0, layout.head))
    for end in layout.ends:
        hasher.update(piece(end - TAG_BYTES, end))
    return hasher.digest()


def fingerprint(data: bytes, stat: os.stat_result, layout: Layout) -> Fingerprint:
    """The fingerprint of a whole file we hold in memory; hashes views of ``data``."""
    view = memoryview(data)
    return Fingerprint(len(data), stat.st_mtime_ns, _digest(lambda s, e: view[s:e], layout))


def read_fingerprint(path: Path, layout: Layout | None) -> Fingerprint:
    """Fingerprint the file on disk, reading only the bytes ``layout`` names (all if None)."""
    try:
        fd, stat = _open_for_reading(path)
    except UnsupportedFileError:
        # A link planted where our file was.
        raise ReadError(_NOT_REGULAR, kind=ErrorKind.NOT_REGULAR) from None
    try:
        if layout is None or stat.st_size > fileformat.MAX_FILE_BYTES:
            layout = Layout(min(stat.st_size, fileformat.MAX_FILE_BYTES))

        def piece(start: int, end: int) -> bytes:
            # Shorter at the end of the file: the digest then differs.
            return read_at(fd, end - start, start)

        digest = _digest(piece, layout)
    except OSError:
        raise ReadError from None
    finally:
        os.close(fd)
    return Fingerprint(stat.st_size, stat.st_mtime_ns, digest)


def keep_backup(main: Path, backup: Path, read_main: Callable[[], bytes]) -> None:
    """Make ``backup`` the file now at ``main``: a hard link, or a copy where links fail.

    A link costs no copying whatever the file's size; the main file is only ever replaced,
    never written in place, so the backup keeps its bytes when ``main`` is saved next. FAT and
    exFAT (USB sticks) have no hard links: there the bytes from ``read_main`` are written to a
    temp file and moved over ``backup``. Raises OSError; leaves no temp file behind.
    """
    temp = temp_name(main.parent)
    try:
        os.link(main, temp, follow_symlinks=False)
    except (OSError, NotImplementedError):
        copy, _ = write_temp(main.parent, read_main())
        commit_temp(copy, backup)
        return
    try:
        os.replace(temp, backup)
    finally:
        # rename() between two names of the same file does nothing and leaves ``temp`` behind.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
