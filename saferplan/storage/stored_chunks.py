"""Attachments kept encrypted in the plan file while it is open, decrypted only when asked for.

At unlock every chunk is read once, checked (its tag and the digest the plan lists) and let
go: nothing of it stays in memory. The file stays open; a chunk is read and decrypted again
when a screen shows it or an export needs it (``ChunkContent.read``), and a save copies the
ciphertext of unchanged chunks from the open file into the new one, a little at a time. Our
saves never write a plan file in place (they replace it), so the open file keeps its bytes;
if anything else changes them, the chunk fails its tag and the person gets a calm message.

Where a file cannot stay open while it is replaced (Windows), the chunk area is held in
memory as ciphertext instead (``MemoryArea``): still never as plaintext.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final, Protocol

from saferplan.model.attachment import ContentUnavailableError
from saferplan.storage import chunks
from saferplan.storage.atomic import write_all
from saferplan.storage.chunks import Buffer, Part, TableEntry
from saferplan.storage.errors import WrongPassphraseError
from saferplan.storage.filestate import read_at

COPY_BLOCK: Final = 1 << 20
# Windows refuses to replace a file that is open (Python does not share it for deletion).
KEEP_FILE_OPEN: Final = sys.platform != "win32"


class Area(Protocol):
    """Where chunk ciphertext lies: an open plan file, or bytes in memory."""

    def read(self, offset: int, length: int) -> bytes:
        """``length`` bytes at ``offset``; OSError, or fewer bytes, if they are not there."""
        ...

    def close(self) -> None:
        """Let go of the file or the bytes; reads fail from now on."""
        ...

    def unchanged(self) -> bool:
        """True if nothing can have changed the bytes since they were checked."""
        ...

    def mark_checked(self) -> None:
        """The chunks were checked again (decrypted) just now."""
        ...


class FileArea:
    """Chunks in an open file: ``read`` uses pread, so threads do not share a position.

    Our saves never write into a plan file, but another program could. Any write changes
    the file's ctime, which no program can set back, so a save that copies chunks checks it
    first (``unchanged``) and decrypts them all again if it moved.
    """

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd
        self._lock = threading.Lock()  # close() must not race a read onto a reused fd
        self._stamp = _stamp(fd)

    def unchanged(self) -> bool:
        """True if the file's size, mtime and ctime are as when its chunks were checked."""
        with self._lock:
            try:
                return self._fd is not None and _stamp(self._fd) == self._stamp
            except OSError:
                return False

    def mark_checked(self) -> None:
        """Take the file as it is now as checked."""
        with self._lock:
            if self._fd is not None:
                self._stamp = _stamp(self._fd)

    def read(self, offset: int, length: int) -> bytes:
        """Read ``length`` bytes at ``offset`` of the file (fewer at its end)."""
        with self._lock:
            if self._fd is None:
                raise OSError("closed")
            return read_at(self._fd, length, offset)

    def close(self) -> None:
        """Close the file; idempotent."""
        with self._lock:
            fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)


def _stamp(fd: int) -> tuple[int, int, int]:
    stat = os.fstat(fd)
    return stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns


class MemoryArea:
    """Chunks held in memory as ciphertext (a file sealed in memory; Windows)."""

    def __init__(self, data: Buffer) -> None:
        self._data: Buffer | None = data

    def unchanged(self) -> bool:
        """Bytes in memory do not change."""
        return self._data is not None

    def mark_checked(self) -> None:
        """Nothing to note."""

    def read(self, offset: int, length: int) -> bytes:
        """The bytes at ``offset``."""
        if self._data is None:
            raise OSError("closed")
        return bytes(self._data[offset:offset + length])

    def close(self) -> None:
        """Let go of the bytes."""
        self._data = None


@dataclass(frozen=True)
class AreaSlice:
    """A chunk's ciphertext as a piece of a file being written: copied, not held."""

    area: Area
    offset: int
    length: int

    def __len__(self) -> int:
        return self.length

    def write_to(self, fd: int) -> None:
        """Copy the bytes to ``fd`` a block at a time; OSError if they are not all there."""
        done = 0
        while done < self.length:
            block = self.area.read(self.offset + done, min(COPY_BLOCK, self.length - done))
            if not block:
                raise OSError("the plan file ended early")
            write_all(fd, block)
            done += len(block)

    def read(self) -> bytes:
        """Every byte, in memory."""
        data = self.area.read(self.offset, self.length)
        if len(data) != self.length:
            raise OSError("the plan file ended early")
        return data


@dataclass(frozen=True)
class StoredChunk:
    """An attachment's chunk in an area, and what its plaintext was checked to be."""

    id: str
    salt: bytes
    length: int
    tag: bytes
    area: Area
    offset: int  # in the area
    size: int  # of the plaintext
    sha256: str  # of the plaintext, hex

    def part(self) -> AreaSlice:
        """The ciphertext, to copy into a new file."""
        return AreaSlice(self.area, self.offset, self.length)

    def entry(self) -> TableEntry:
        """The chunk's table row (offset within its own area: only used to decrypt)."""
        return TableEntry(self.id, self.salt, self.offset, self.length, self.tag)

    def decrypt(self, data_key: bytes) -> bytes:
        """Read and decrypt the chunk; WrongPassphraseError (or OSError) if it does not open."""
        return chunks.decrypt_chunk(data_key, self.entry(), self.area.read(self.offset,
                                                                           self.length))


def authenticate(data_key: bytes, table: Sequence[TableEntry], area: Area, area_size: int,
                 base: int = 0) -> list[StoredChunk]:
    """Check every chunk of a chunk area that starts at ``base`` in ``area``: read, decrypt,
    digest, and let go of each in turn. WrongPassphraseError if any does not open, or if the
    area is not exactly the table's chunks."""
    if area_size != sum(row.length for row in table):
        raise WrongPassphraseError  # truncated, extended, or a table that does not fit
    stored = []
    for row in table:
        try:
            ciphertext = area.read(base + row.offset, row.length)
        except OSError:
            raise WrongPassphraseError from None
        plain = chunks.decrypt_chunk(data_key, row, ciphertext)
        stored.append(StoredChunk(row.id, row.salt, row.length, row.tag, area,
                                  base + row.offset, len(plain),
                                  hashlib.sha256(plain).hexdigest()))
        del plain, ciphertext
    return stored


def check_sources(data_key: bytes, sealed: Iterable[chunks.SealedChunk]) -> None:
    """Before stored chunks are copied into a new file: if their file may have been written
    by another program since they were checked, decrypt each again (WrongPassphraseError or
    OSError if one no longer opens), so a damaged chunk never reaches a new save."""
    stored = [c for c in sealed if isinstance(c, StoredChunk)]
    changed = {id(c.area): c.area for c in stored if not c.area.unchanged()}
    for chunk in stored:
        if id(chunk.area) in changed:
            chunk.decrypt(data_key)
    for area in changed.values():
        area.mark_checked()


def check_copies(data_key: bytes, sealed: Sequence[chunks.SealedChunk], written: str,
                 head: int) -> None:
    """After a new file was written with stored chunks copied into it (its chunks from byte
    ``head`` on): if a file they came from changed during the copy, decrypt each such copy
    from the new file (WrongPassphraseError or OSError if one does not open)."""
    suspect, offset = [], head
    for chunk in sealed:
        if isinstance(chunk, StoredChunk) and not chunk.area.unchanged():
            suspect.append((chunk, offset))
        offset += chunk.length
    if not suspect:
        return
    area = FileArea(os.open(written, os.O_RDONLY | getattr(os, "O_BINARY", 0)))
    try:
        for chunk, at in suspect:
            row = TableEntry(chunk.id, chunk.salt, at, chunk.length, chunk.tag)
            chunks.decrypt_chunk(data_key, row, area.read(at, chunk.length))
    finally:
        area.close()


class ChunkContent:
    """A kept file's bytes for the model (model/attachment.py ``StoredContent``): decrypted
    from the plan file each time they are read, and checked against their digest."""

    __slots__ = ("_id", "_store", "sha256", "size")

    def __init__(self, store: ChunkStore, chunk_id: str, size: int, sha256: str) -> None:
        self._store, self._id, self.size, self.sha256 = store, chunk_id, size, sha256

    def read(self) -> bytes:
        """The file's bytes; ContentUnavailableError if the plan is locked or the file changed."""
        return self._store.read(self._id, self.sha256)


class ChunkStore:
    """The chunks of the open plan file, by attachment id, and how to get the data key."""

    def __init__(self) -> None:
        self._data_key: Callable[[], bytes] | None = None
        self._chunks: dict[str, StoredChunk] = {}

    def bind(self, data_key: Callable[[], bytes]) -> None:
        """Say where the data key comes from (the PlanFile, which wipes it at lock)."""
        self._data_key = data_key

    def get(self, chunk_id: str) -> StoredChunk | None:
        """The stored chunk of an attachment, if the file has one."""
        return self._chunks.get(chunk_id)

    def all(self) -> list[StoredChunk]:
        """Every stored chunk, in file order."""
        return list(self._chunks.values())

    def content(self, chunk_id: str) -> ChunkContent:
        """The model's handle on an attachment's bytes (KeyError if not stored)."""
        chunk = self._chunks[chunk_id]
        return ChunkContent(self, chunk_id, chunk.size, chunk.sha256)

    def replace(self, stored: Iterable[StoredChunk]) -> None:
        """Take the chunks of the file as now written; close the areas no longer used."""
        old = {id(c.area): c.area for c in self._chunks.values()}
        self._chunks = {c.id: c for c in stored}
        for area_id in old.keys() - {id(c.area) for c in self._chunks.values()}:
            old[area_id].close()

    def read(self, chunk_id: str, sha256: str) -> bytes:
        """Decrypt one attachment; ContentUnavailableError if it cannot be read as it was.

        A save that ends meanwhile moves the chunk to the new file (and closes the old one):
        the read is then tried once more, there.
        """
        for _attempt in range(2):
            chunk = self._chunks.get(chunk_id)
            if chunk is None or chunk.sha256 != sha256 or self._data_key is None:
                break
            try:
                plain = chunk.decrypt(self._data_key())
            except Exception:  # locked meanwhile, damaged, closed: never a raw error
                if self._chunks.get(chunk_id) is not chunk:
                    continue
                break
            if hashlib.sha256(plain).hexdigest() == sha256:
                return plain
            break
        raise ContentUnavailableError

    def close(self) -> None:
        """Close every area; reads fail from now on."""
        self.replace(())


def part_bytes(part: Part) -> bytes | memoryview:
    """A piece of a file as bytes in memory (reads a stored chunk)."""
    if isinstance(part, bytes | memoryview | bytearray):
        return part
    return part.read()
