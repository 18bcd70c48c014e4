"""Format v2 attachment chunks and the chunk table (docs/file-format.md, "Chunks (v2)").

Each attachment is its own ChaCha20-Poly1305 message under its own key,
HKDF-SHA256(data key, info = "attachment v2" ‖ chunk_salt), with a chunk_salt drawn afresh
whenever an attachment is encrypted. A chunk is encrypted once and its ciphertext is reused by
every later save, so a save costs no encryption for attachments that did not change. The table
(ids, salts, offsets, lengths, tags) travels inside the encrypted, authenticated payload.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from saferplan.storage.errors import WrongPassphraseError

RandomBytes = Callable[[int], bytes]
Buffer = bytes | memoryview

CHUNK_SALT_BYTES: Final = 32
CHUNK_INFO: Final = b"attachment v2"
TAG_BYTES: Final = 16
KEY_BYTES: Final = 32
PAD_BLOCK: Final = 4096
MAX_ID_BYTES: Final = 255
_NONCE: Final = bytes(12)
_COUNTS = struct.Struct(">II")  # json_length, chunk_count
_ENTRY = struct.Struct(">32sQQ16s")  # chunk_salt, offset, length, tag (after id_len + id)


class Streamed(Protocol):
    """Bytes that stay where they are (in the plan file on disk) until written out."""

    def __len__(self) -> int: ...

    def write_to(self, fd: int) -> None:
        """Write every byte to ``fd``, a little at a time; OSError on failure."""
        ...

    def read(self) -> bytes:
        """Return every byte (only for a file sealed in memory)."""
        ...


Part = Buffer | Streamed  # one piece of a file to write: in memory, or read as it is written


class SealedChunk(Protocol):
    """An encrypted attachment, wherever its ciphertext is (memory or the plan file)."""

    @property
    def id(self) -> str:
        """The attachment's id."""
        ...

    @property
    def salt(self) -> bytes:
        """The chunk_salt its key comes from."""
        ...

    @property
    def length(self) -> int:
        """Ciphertext plus the 16-byte tag."""
        ...

    @property
    def tag(self) -> bytes:
        """The Poly1305 tag: the chunk's last 16 bytes."""
        ...

    def part(self) -> Part:
        """The ciphertext as a piece of the file to write."""
        ...


@dataclass(frozen=True)
class Chunk:
    """One encrypted attachment: its id, salt and ciphertext (with the 16-byte tag at the end)."""

    id: str
    salt: bytes
    ciphertext: Buffer

    @property
    def length(self) -> int:
        """Ciphertext plus tag."""
        return len(self.ciphertext)

    @property
    def tag(self) -> bytes:
        """The chunk's last 16 bytes: its Poly1305 tag."""
        return bytes(self.ciphertext[-TAG_BYTES:])

    def part(self) -> Buffer:
        """The ciphertext itself."""
        return self.ciphertext


@dataclass(frozen=True)
class TableEntry:
    """One row of the chunk table: where a chunk lies in the chunk area and how to check it."""

    id: str
    salt: bytes
    offset: int  # from the start of the chunk area
    length: int  # ciphertext plus tag
    tag: bytes


def chunk_key(data_key: bytes, salt: bytes) -> bytes:
    """Derive a chunk's key: HKDF-SHA256(data key, no salt, info = "attachment v2" ‖ salt)."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=CHUNK_INFO + salt)
    return hkdf.derive(data_key)


def _id_bytes(chunk_id: str) -> bytes:
    return chunk_id.encode("utf-8")


def encrypt_chunk(data_key: bytes, chunk_id: str, data: Buffer,
                  random_bytes: RandomBytes = os.urandom) -> Chunk:
    """Encrypt one attachment under a fresh chunk_salt; associated data is the id (UTF-8)."""
    salt = random_bytes(CHUNK_SALT_BYTES)
    aead = ChaCha20Poly1305(chunk_key(data_key, salt))
    return Chunk(chunk_id, salt, aead.encrypt(_NONCE, data, _id_bytes(chunk_id)))


def decrypt_chunk(data_key: bytes, entry: TableEntry, ciphertext: Buffer) -> bytes:
    """Check a chunk against its table row and decrypt it; WrongPassphraseError if it fails."""
    if len(ciphertext) != entry.length or bytes(ciphertext[-TAG_BYTES:]) != entry.tag:
        raise WrongPassphraseError
    try:
        return ChaCha20Poly1305(chunk_key(data_key, entry.salt)).decrypt(
            _NONCE, ciphertext, _id_bytes(entry.id))
    except InvalidTag:
        raise WrongPassphraseError from None


def table_for(chunks: Sequence[SealedChunk]) -> list[TableEntry]:
    """Return the table rows for chunks laid out one after another, in this order."""
    rows, offset = [], 0
    for chunk in chunks:
        rows.append(TableEntry(chunk.id, chunk.salt, offset, chunk.length, chunk.tag))
        offset += chunk.length
    return rows


def pack_body(json_bytes: bytes, table: Sequence[TableEntry], head: bytes = b"") -> bytes:
    """Return the v2 payload plaintext: counts, JSON, table, zero padding to 4 KiB blocks.

    ``head`` (v3: the save record) goes first, inside the padding.
    """
    parts = [head, _COUNTS.pack(len(json_bytes), len(table)), json_bytes]
    for row in table:
        raw_id = _id_bytes(row.id)
        if not 1 <= len(raw_id) <= MAX_ID_BYTES:
            raise ValueError("attachment id length out of range")
        parts += [bytes([len(raw_id)]), raw_id,
                  _ENTRY.pack(row.salt, row.offset, row.length, row.tag)]
    body = b"".join(parts)
    return body + bytes(-len(body) % PAD_BLOCK)  # body is never empty: 8 bytes of counts


def unpack_body(padded: bytes, head_size: int = 0) -> tuple[memoryview, list[TableEntry]]:
    """Undo ``pack_body`` (skipping ``head_size`` bytes of head); WrongPassphraseError on any
    inconsistency (it cannot be trusted). The JSON is a view of ``padded``, not a copy: at
    100,000 record entries a copy is 16 MB of new memory (7 ms here, most of it the
    system's first touch of each page)."""
    try:
        json_length, count = _COUNTS.unpack_from(padded, head_size)
        start = head_size + _COUNTS.size
        position = start + json_length
        if position > len(padded):
            raise WrongPassphraseError
        json_bytes = memoryview(padded)[start:position]
        table: list[TableEntry] = []
        offset = 0
        for _ in range(count):
            row, position = _read_row(padded, position, offset)
            table.append(row)
            offset += row.length
    except (struct.error, IndexError, UnicodeDecodeError):
        raise WrongPassphraseError from None
    rest = padded[position:]
    if len(rest) >= PAD_BLOCK or any(rest) or len({r.id for r in table}) != len(table):
        raise WrongPassphraseError
    return json_bytes, table


def _read_row(padded: bytes, position: int, expected_offset: int) -> tuple[TableEntry, int]:
    id_length = padded[position]
    raw_id = padded[position + 1:position + 1 + id_length]
    if id_length == 0 or len(raw_id) != id_length:
        raise WrongPassphraseError
    position += 1 + id_length
    salt, offset, length, tag = _ENTRY.unpack_from(padded, position)
    # Chunks lie back to back in table order: nothing unaccounted for between them.
    if offset != expected_offset or length < TAG_BYTES:
        raise WrongPassphraseError
    return TableEntry(raw_id.decode("utf-8"), salt, offset, length, tag), position + _ENTRY.size


def open_chunks(data_key: bytes, table: Sequence[TableEntry],
                area: memoryview) -> dict[str, bytes]:
    """Decrypt every chunk of the chunk area; the area must hold exactly the table's chunks."""
    if len(area) != sum(row.length for row in table):
        raise WrongPassphraseError  # truncated, extended, or a table that does not fit
    return {row.id: decrypt_chunk(data_key, row, area[row.offset:row.offset + row.length])
            for row in table}
