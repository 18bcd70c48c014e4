"""Opening a plan file for the app: the key, the payload, and every chunk checked and left on
disk (storage/stored_chunks.py). PlanFile.unlock uses it; the command line reads whole files."""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from saferplan.storage import chunks, fileformat, stored_chunks
from saferplan.storage.alongside import Alongside
from saferplan.storage.chunks import Buffer
from saferplan.storage.errors import ErrorKind, WrongPassphraseError
from saferplan.storage.filestate import (
    Fingerprint,
    Layout,
    digest_with_tags,
    head_hash,
    open_prefix,
    read_at,
    read_head,
)
from saferplan.storage.kdf import secret_bytes
from saferplan.storage.recovery import normalize_recovery_code
from saferplan.storage.regular import NotRegularFileError, open_regular
from saferplan.storage.stored_chunks import Area, ChunkStore, FileArea, MemoryArea, StoredChunk

WRONG_CODE = "Wrong recovery code, or the file is damaged."


@dataclass(frozen=True)
class Opened:
    """What an open plan file holds besides its chunks, and how to recognise it again."""

    json_bytes: Buffer  # a view of the decrypted payload
    sealed_head: list[bytes]  # the file up to the end of its payload, as read
    save: fileformat.SaveRecord | None
    layout: Layout
    fingerprint: Fingerprint


def open_stored(path: Path, secret: str, *, recovery: bool, data_key: bytes | None,
                store: ChunkStore) -> tuple[fileformat.ParsedFile, bytes, Opened]:
    """Open ``path`` with a passphrase or recovery code (or a data key already known: no KDF).

    Reads the file up to the end of its payload, decrypts the payload, then reads, checks and
    lets go of each chunk in turn; ``store`` takes the chunks and the open file. Nothing of an
    attachment's plaintext stays in memory. Returns (parsed, data key, opened).
    """
    try:
        return _open_stored(path, secret, recovery, data_key, store)
    except WrongPassphraseError as exc:
        if recovery and exc.kind is ErrorKind.WRONG_PASSPHRASE:
            raise WrongPassphraseError(WRONG_CODE, kind=ErrorKind.WRONG_RECOVERY_CODE) from None
        raise


def _open_stored(path: Path, secret: str, recovery: bool, data_key: bytes | None,
                 store: ChunkStore) -> tuple[fileformat.ParsedFile, bytes, Opened]:
    fd, stat, first = open_prefix(path)
    try:
        # Not a plan file, or cut short: refused before any reading or KDF.
        slots = fileformat.parse_slots(first, stat.st_size)
        # The rest of the file up to the end of its payload is read, and hashed for the
        # fingerprint, while the KDF runs: both let go of Python's lock.
        reading = Alongside(functools.partial(_read_and_hash, fd, first, stat.st_size))
    except BaseException:
        os.close(fd)
        raise
    try:
        try:
            if data_key is None:
                data_key = _key(slots, secret, recovery)
        finally:
            reading.wait()  # the fd is not closed under the reading thread
        head, hashing = reading.result()
        parsed = fileformat.parse(head, stat.st_size)
        json_bytes, table, record = fileformat.open_payload_with_record(parsed, data_key)
        head_size = stat.st_size - parsed.chunk_area_size
        area, base = _chunk_area(fd, head_size, parsed.chunk_area_size)
    except BaseException:
        os.close(fd)
        raise
    try:
        stored = stored_chunks.authenticate(data_key, table, area, parsed.chunk_area_size, base)
    except BaseException:
        area.close()
        raise
    if stored:
        store.replace(stored)
    else:
        area.close()
    tags = [c.tag for c in stored]
    # Where each chunk ends in the file (an area in memory starts at the chunk area).
    layout = Layout(head_size, tuple(head_size - base + c.offset + c.length for c in stored))
    # ``head`` ends where the payload ends (parse refuses anything else): it is what the
    # fingerprint covers and what re-keying decrypts again.
    digest = digest_with_tags(hashing.result(), tags)
    return parsed, data_key, Opened(json_bytes, [head], record, layout,
                                    Fingerprint(stat.st_size, stat.st_mtime_ns, digest))


def _read_and_hash(fd: int, first: bytes, file_size: int
                   ) -> tuple[bytes, Alongside[hashlib._Hash]]:
    """The file up to the end of its payload, and its SHA-256 (``head_hash``) being made in a
    thread of its own: done during the KDF, or else alongside the decryption and reading."""
    head = read_head(fd, first, file_size)
    return head, Alongside(functools.partial(head_hash, [head]))


def _chunk_area(fd: int, head_size: int, size: int) -> tuple[Area, int]:
    """The chunk area, and where it starts in it: the open file itself, or (where a file
    cannot stay open while it is replaced) its ciphertext read into memory."""
    if stored_chunks.KEEP_FILE_OPEN:
        return FileArea(fd), head_size
    data = read_at(fd, size, head_size)
    os.close(fd)
    return MemoryArea(data), 0


def _key(parsed: fileformat.KeySlots, secret: str, recovery: bool) -> bytes:
    """Run the KDF once and open the key slot or the recovery slot."""
    if not recovery:
        return fileformat.key_from_passphrase(parsed, secret_bytes(secret))
    symbols = normalize_recovery_code(secret)
    if symbols is None:
        raise WrongPassphraseError(WRONG_CODE, kind=ErrorKind.WRONG_RECOVERY_CODE)
    return fileformat.key_from_recovery(parsed, symbols.encode("ascii"))


def written_chunks(path: Path, stat: os.stat_result, head: int,
                   sealed: Sequence[chunks.SealedChunk],
                   digests: Mapping[str, tuple[int, str]]) -> list[StoredChunk]:
    """The chunks of the file just written at ``path`` (``stat`` from writing it), to be read
    from it from now on; ``digests`` gives the size and SHA-256 of each new chunk's plaintext.

    If the file cannot be opened again as that very file (replaced meanwhile; Windows), the
    chunks stay where they were: new ones in memory as ciphertext, the others in their file.
    """
    if not sealed:
        return []
    area = _reopen(path, stat)
    out: list[StoredChunk] = []
    offset = head
    for chunk in sealed:
        size, sha256 = (chunk.size, chunk.sha256) if isinstance(chunk, StoredChunk) \
            else digests[chunk.id]
        if area is not None:
            out.append(StoredChunk(chunk.id, chunk.salt, chunk.length, chunk.tag, area, offset,
                                   size, sha256))
        elif isinstance(chunk, chunks.Chunk):
            out.append(StoredChunk(chunk.id, chunk.salt, chunk.length, chunk.tag,
                                   MemoryArea(chunk.ciphertext), 0, size, sha256))
        else:
            assert isinstance(chunk, StoredChunk)
            out.append(chunk)
        offset += chunk.length
    return out


def _reopen(path: Path, stat: os.stat_result) -> FileArea | None:
    """The file just written, open for reading, if ``path`` is still that very file."""
    if not stored_chunks.KEEP_FILE_OPEN:
        return None
    try:
        fd, now = open_regular(path, os.O_RDONLY)
    except (OSError, NotRegularFileError):
        return None
    if (now.st_dev, now.st_ino) != (stat.st_dev, stat.st_ino):
        os.close(fd)
        return None
    return FileArea(fd)
