"""The encrypted plan file, in memory: build, parse and decrypt formats v1, v2 and v3.

See docs/file-format.md. Layout, big-endian::

    magic(8) version(2) kdf_id(1) aead_id(1) memory_kib(4) iterations(4) lanes(4) kdf_salt(16)
    key_slot(48)                                   <- the "key header", bytes 0..88
    recovery_flag(1) [memory_kib(4) iterations(4) lanes(4) recovery_salt(16) recovery_slot(48)]
    save_salt(32)
    v1: payload(rest)
    v2: payload_size(8) payload(payload_size) chunk area(rest: attachment chunks, back to back)

Every AEAD key here encrypts exactly one message, so every nonce is 12 zero bytes: the key-slot
key comes from Argon2id with a kdf_salt drawn afresh whenever the slot is written, the recovery
key likewise, the payload key from HKDF with a save_salt drawn afresh on every save, and each
chunk key from HKDF with a chunk_salt drawn afresh whenever an attachment is encrypted.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from saferplan.storage import chunks
from saferplan.storage.chunks import Buffer, Chunk, Part, SealedChunk, TableEntry
from saferplan.storage.errors import ErrorKind, UnsupportedFileError, WrongPassphraseError
from saferplan.storage.kdf import KEY_BYTES, KdfParams, check_kdf_params, derive_key

RandomBytes = Callable[[int], bytes]

# Neutral bytes (nothing about safety or the app); like PNG's, the CR LF, ^Z and LF expose
# a file mangled by a text-mode transfer.
MAGIC: Final = b"\x93NKF\r\n\x1a\n"
FORMAT_VERSION: Final = 3  # written; 1, 2 and 3 are read
FORMAT_V1: Final = 1
FORMAT_V2: Final = 2
KDF_ARGON2ID: Final = 1
AEAD_CHACHA20_POLY1305: Final = 1

_PREFIX = struct.Struct(">8sHBB")
_PARAMS = struct.Struct(">III")
SALT_BYTES: Final = 16
SAVE_SALT_BYTES: Final = 32
TAG_BYTES: Final = 16
SLOT_BYTES: Final = KEY_BYTES + TAG_BYTES
KEY_HEADER_BYTES: Final = _PREFIX.size + _PARAMS.size + SALT_BYTES + SLOT_BYTES  # 88
RECOVERY_BYTES: Final = _PARAMS.size + SALT_BYTES + SLOT_BYTES  # 76
PAD_BLOCK: Final = 4096
_LENGTH = struct.Struct(">I")
_PAYLOAD_SIZE = struct.Struct(">Q")
_NONCE: Final = bytes(12)
_SAVE_RECORD = struct.Struct(">16sQ")  # v3: file_id, generation
FILE_ID_BYTES: Final = 16
PAYLOAD_INFO: Final = b"payload v1"
# Larger files are refused before reading: plan JSON is capped at 64 MiB and attachments at
# 200 MiB by the model; 1 MiB more leaves room for 65,536 chunk tags.
MAX_FILE_BYTES: Final = (64 + 200 + 1) * 1024 * 1024 + 64 * 1024


@dataclass(frozen=True)
class KeySlots:
    """The key slot and the recovery slot at the start of a plan file, with their KDF
    settings checked: all that running the KDF and opening a slot need."""

    kdf: KdfParams
    kdf_salt: bytes
    key_header: bytes
    recovery: bytes  # b"" or the RECOVERY_BYTES section

    @property
    def recovery_kdf(self) -> KdfParams | None:
        """The recovery slot's KDF parameters, or None without a recovery slot."""
        return _unpack_params(self.recovery, 0) if self.recovery else None


@dataclass(frozen=True)
class ParsedFile(KeySlots):
    """A structurally valid plan file, not yet decrypted."""

    save_salt: bytes
    header: bytes  # every byte before the payload: the payload's associated data
    payload: memoryview  # a view of the file's bytes, not a copy
    version: int
    chunk_area: memoryview  # v2: every byte after the payload that is in memory (empty in v1)
    chunk_area_size: int  # v2: how many bytes follow the payload in the file


def _prefix(version: int = FORMAT_V1) -> bytes:
    return _PREFIX.pack(MAGIC, version, KDF_ARGON2ID, AEAD_CHACHA20_POLY1305)


# The key and recovery slots are sealed with the v1 prefix (format_version 1) in their
# associated data in every version, so an upgrade on save needs no passphrase to re-seal them.
# The version is still authenticated: the payload's associated data holds the real bytes.
_SLOT_PREFIX: Final = _prefix(FORMAT_V1)


@dataclass(frozen=True)
class SaveRecord:
    """v3: which plan this is (random, kept for life) and how many saves it has had."""

    file_id: bytes
    generation: int


def pack_save_record(record: SaveRecord) -> bytes:
    """The 24 bytes at the start of a v3 payload plaintext."""
    return _SAVE_RECORD.pack(record.file_id, record.generation)


def unpack_save_record(padded: bytes) -> SaveRecord:
    """Read the save record at the start of a v3 payload plaintext."""
    if len(padded) < _SAVE_RECORD.size:
        raise WrongPassphraseError
    file_id, generation = _SAVE_RECORD.unpack_from(padded, 0)
    return SaveRecord(file_id, generation)


@dataclass(frozen=True)
class Contents:
    """A decrypted file: the plan JSON, each attachment's bytes, the chunks as stored, and
    (v3) the save record."""

    json_bytes: Buffer  # a view of the decrypted payload (chunks.unpack_body)
    attachments: dict[str, bytes]
    chunks: list[Chunk]
    save: SaveRecord | None = None


def _pack_params(params: KdfParams) -> bytes:
    return _PARAMS.pack(params.memory_kib, params.iterations, params.lanes)


def _unpack_params(data: bytes, offset: int) -> KdfParams:
    memory, iterations, lanes = _PARAMS.unpack_from(data, offset)
    return KdfParams(memory_kib=memory, iterations=iterations, lanes=lanes)


def wrap_key_header(kek: bytes, kdf: KdfParams, kdf_salt: bytes, data_key: bytes) -> bytes:
    """Return the 88-byte key header: the data key sealed under the passphrase key."""
    ad = _SLOT_PREFIX + _pack_params(kdf) + kdf_salt
    return ad + ChaCha20Poly1305(kek).encrypt(_NONCE, data_key, ad)


def wrap_recovery(kek: bytes, kdf: KdfParams, salt: bytes, data_key: bytes) -> bytes:
    """Return the 76-byte recovery section: the data key sealed under the recovery-code key."""
    own = _pack_params(kdf) + salt
    return own + ChaCha20Poly1305(kek).encrypt(_NONCE, data_key, _SLOT_PREFIX + own)


def payload_key(data_key: bytes, save_salt: bytes) -> bytes:
    """Derive this save's payload key: HKDF-SHA256(data key, salt=save_salt, info="payload v1")."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=save_salt, info=PAYLOAD_INFO)
    return hkdf.derive(data_key)


def pad(json_bytes: bytes) -> bytes:
    """Prefix the length (u32) and pad with zero bytes to a multiple of 4 KiB."""
    body = _LENGTH.pack(len(json_bytes)) + json_bytes
    return body + bytes(-len(body) % PAD_BLOCK)


def unpad(padded: bytes) -> bytes:
    """Undo ``pad``; raise WrongPassphraseError if the length or padding is inconsistent."""
    if len(padded) < _LENGTH.size:
        raise WrongPassphraseError
    (length,) = _LENGTH.unpack_from(padded, 0)
    end = _LENGTH.size + length
    if end > len(padded) or any(padded[end:]) or len(padded) - end >= PAD_BLOCK:
        raise WrongPassphraseError
    return padded[_LENGTH.size:end]


def seal_v1(key_header: bytes, recovery: bytes, data_key: bytes, json_bytes: bytes,
            random_bytes: RandomBytes = os.urandom) -> bytes:
    """Return a whole v1 file (kept for the golden test and upgrade tests; never saved)."""
    header = _prefix(FORMAT_V1) + key_header[_PREFIX.size:]
    header += bytes([1 if recovery else 0]) + recovery + random_bytes(SAVE_SALT_BYTES)
    save_salt = header[-SAVE_SALT_BYTES:]
    aead = ChaCha20Poly1305(payload_key(data_key, save_salt))
    return header + aead.encrypt(_NONCE, pad(json_bytes), header)


def seal(key_header: bytes, recovery: bytes, data_key: bytes, json_bytes: bytes,
         sealed_chunks: Sequence[SealedChunk] = (),
         random_bytes: RandomBytes = os.urandom, *,
         save: SaveRecord | None = None) -> list[Part]:
    """Return a whole v3 file (v2 without a ``save`` record) as parts to write in order:
    header, payload, then each chunk.

    Only the payload (save record, JSON and chunk table) is encrypted here; chunks come
    already sealed.
    """
    head = pack_save_record(save) if save is not None else b""
    body = chunks.pack_body(json_bytes, chunks.table_for(sealed_chunks), head)
    version = FORMAT_VERSION if save is not None else FORMAT_V2
    header = _prefix(version) + key_header[_PREFIX.size:]
    header += bytes([1 if recovery else 0]) + recovery + random_bytes(SAVE_SALT_BYTES)
    save_salt = header[-SAVE_SALT_BYTES:]
    header += _PAYLOAD_SIZE.pack(len(body) + TAG_BYTES)
    aead = ChaCha20Poly1305(payload_key(data_key, save_salt))
    return [header, aead.encrypt(_NONCE, body, header), *(c.part() for c in sealed_chunks)]


HEAD_PREFIX_BYTES: Final = KEY_HEADER_BYTES + 1 + RECOVERY_BYTES + SAVE_SALT_BYTES + 8


def bytes_to_read(first: bytes, file_size: int) -> int:
    """How much of a file ``parse`` needs, from its first HEAD_PREFIX_BYTES: up to the end of
    its payload (v1, or anything odd: the whole file, which ``parse`` then judges)."""
    try:
        version: int = _PREFIX.unpack_from(first, 0)[1]
        flag = first[KEY_HEADER_BYTES]
        if version == FORMAT_V1 or flag not in (0, 1):
            return file_size
        salt_end = KEY_HEADER_BYTES + 1 + (RECOVERY_BYTES if flag else 0) + SAVE_SALT_BYTES
        size: int = _PAYLOAD_SIZE.unpack_from(first, salt_end)[0]
    except (struct.error, IndexError):
        return file_size
    return min(file_size, salt_end + _PAYLOAD_SIZE.size + size)


def parse(data: bytes, file_size: int | None = None) -> ParsedFile:
    """Check structure, ids and KDF limits without any KDF; raise a StorageError if bad.

    ``data`` is the whole file, or (with ``file_size``) its start up to the end of the payload
    (``bytes_to_read``): the chunk area then stays on disk. The payload and chunk area are
    views of ``data``, never copies (a file may be 265 MiB); only the small header fields are
    copied out.
    """
    total = len(data) if file_size is None else file_size
    version, slots, salt_end = _slots(data)
    payload_start, payload_end = _payload_range(data, version, salt_end, total)
    if payload_end > len(data):
        raise WrongPassphraseError  # the payload is not all in memory: cannot be right
    view = memoryview(data)
    payload = view[payload_start:payload_end]
    _check_payload_length(len(payload))
    return ParsedFile(
        kdf=slots.kdf, kdf_salt=slots.kdf_salt, key_header=slots.key_header,
        recovery=slots.recovery, save_salt=data[salt_end - SAVE_SALT_BYTES:salt_end],
        header=data[:payload_start], payload=payload, version=version,
        chunk_area=view[payload_end:], chunk_area_size=total - payload_end,
    )


def parse_slots(first: bytes, file_size: int) -> KeySlots:
    """The slots of a file of ``file_size`` bytes whose first HEAD_PREFIX_BYTES (or more) are
    ``first``, checked as ``parse`` checks them, and where its payload lies and how long it
    is (a truncated file is refused before any KDF): the KDF can run while the rest of the
    file is read. ``parse`` of the file up to the end of its payload must follow before
    anything is decrypted."""
    version, slots, salt_end = _slots(first)
    payload_start, payload_end = _payload_range(first, version, salt_end, file_size)
    _check_payload_length(payload_end - payload_start)
    return slots


def _check_payload_length(length: int) -> None:
    """Padding makes every payload a whole number of 4 KiB blocks plus the tag."""
    if length < PAD_BLOCK + TAG_BYTES or (length - TAG_BYTES) % PAD_BLOCK:
        raise WrongPassphraseError


def _slots(data: bytes) -> tuple[int, KeySlots, int]:
    """(format version, slots, where the save salt ends) of a file's first bytes."""
    if len(data) < len(MAGIC) or data[:len(MAGIC)] != MAGIC:
        raise UnsupportedFileError("This file is not a plan file.",
                                   kind=ErrorKind.NOT_A_PLAN_FILE)
    if len(data) < _PREFIX.size:
        raise WrongPassphraseError
    _, version, kdf_id, aead_id = _PREFIX.unpack_from(data, 0)
    if version not in (FORMAT_V1, FORMAT_V2, FORMAT_VERSION):
        raise UnsupportedFileError(
            "This plan file was made by a newer version of the app. Update the app to open it.",
            kind=ErrorKind.NEWER_VERSION)
    if kdf_id != KDF_ARGON2ID or aead_id != AEAD_CHACHA20_POLY1305:
        raise UnsupportedFileError("This plan file uses a method this version does not know.",
                                   kind=ErrorKind.UNKNOWN_METHOD)
    if len(data) < KEY_HEADER_BYTES + 1:
        raise WrongPassphraseError
    kdf = _unpack_params(data, _PREFIX.size)
    check_kdf_params(kdf)
    flag = data[KEY_HEADER_BYTES]
    if flag not in (0, 1):
        raise WrongPassphraseError
    start = KEY_HEADER_BYTES + 1
    recovery = data[start:start + RECOVERY_BYTES] if flag else b""
    if flag:
        if len(recovery) < RECOVERY_BYTES:
            raise WrongPassphraseError
        check_kdf_params(_unpack_params(recovery, 0))
    salt_start = _PREFIX.size + _PARAMS.size
    slots = KeySlots(kdf=kdf, kdf_salt=data[salt_start:salt_start + SALT_BYTES],
                     key_header=data[:KEY_HEADER_BYTES], recovery=recovery)
    return version, slots, start + len(recovery) + SAVE_SALT_BYTES


def _payload_range(data: bytes, version: int, salt_end: int,
                   total: int) -> tuple[int, int]:
    """Where the payload lies: v1 to the end; v2 as long as its payload_size says."""
    if version == FORMAT_V1:
        return salt_end, total
    if len(data) < salt_end + _PAYLOAD_SIZE.size:
        raise WrongPassphraseError
    (size,) = _PAYLOAD_SIZE.unpack_from(data, salt_end)
    start = salt_end + _PAYLOAD_SIZE.size
    if size > total - start:
        raise WrongPassphraseError  # truncated, or a size that was tampered with
    return start, start + size


def unwrap_key(parsed: KeySlots, kek: bytes) -> bytes:
    """Open the key slot with the passphrase key; WrongPassphraseError if it does not open."""
    ad = _SLOT_PREFIX + parsed.key_header[_PREFIX.size:-SLOT_BYTES]
    return _open(kek, parsed.key_header[-SLOT_BYTES:], ad)


def unwrap_recovery(parsed: KeySlots, kek: bytes) -> bytes:
    """Open the recovery slot with the recovery-code key."""
    own = parsed.recovery[:-SLOT_BYTES]
    return _open(kek, parsed.recovery[-SLOT_BYTES:], _SLOT_PREFIX + own)


def open_payload(parsed: ParsedFile, data_key: bytes) -> tuple[Buffer, list[TableEntry]]:
    """Decrypt and unpad the payload: (JSON bytes, chunk table); never partial plaintext."""
    json_bytes, table, _ = open_payload_with_record(parsed, data_key)
    return json_bytes, table


def open_payload_with_record(parsed: ParsedFile, data_key: bytes
                             ) -> tuple[Buffer, list[TableEntry], SaveRecord | None]:
    """Like ``open_payload``, with the save record (None before v3)."""
    padded = _open(payload_key(data_key, parsed.save_salt), parsed.payload, parsed.header)
    if parsed.version == FORMAT_V1:
        if parsed.chunk_area_size:
            raise WrongPassphraseError
        return unpad(padded), [], None
    if parsed.version == FORMAT_V2:
        return (*chunks.unpack_body(padded), None)
    record = unpack_save_record(padded)
    return (*chunks.unpack_body(padded, _SAVE_RECORD.size), record)


def open_file(parsed: ParsedFile, data_key: bytes) -> Contents:
    """Decrypt the payload and every chunk; nothing is returned unless all of it checks out."""
    json_bytes, table, record = open_payload_with_record(parsed, data_key)
    area = parsed.chunk_area
    attachments = chunks.open_chunks(data_key, table, area)
    # Views into the file's buffer, not copies (copying 100 MB costs about 60 ms): the buffer
    # stays in memory while the plan is open, as the chunks to write on the next save.
    stored = [Chunk(row.id, row.salt, area[row.offset:row.offset + row.length])
              for row in table]
    return Contents(json_bytes, attachments, stored, record)


def _open(key: bytes, sealed: Buffer, ad: bytes) -> bytes:
    try:
        return ChaCha20Poly1305(key).decrypt(_NONCE, sealed, ad)
    except InvalidTag:
        raise WrongPassphraseError from None


def new_key_header(secret: bytes, kdf: KdfParams, data_key: bytes,
                   random_bytes: RandomBytes = os.urandom) -> bytes:
    """Draw a fresh kdf_salt, run the KDF once, and seal the data key: the key header."""
    salt = random_bytes(SALT_BYTES)
    return wrap_key_header(derive_key(secret, salt, kdf), kdf, salt, data_key)


def new_recovery(secret: bytes, kdf: KdfParams, data_key: bytes,
                 random_bytes: RandomBytes = os.urandom) -> bytes:
    """Draw a fresh recovery salt, run the KDF once, and seal the data key: the recovery section."""
    salt = random_bytes(SALT_BYTES)
    return wrap_recovery(derive_key(secret, salt, kdf), kdf, salt, data_key)


def key_from_passphrase(parsed: KeySlots, secret: bytes) -> bytes:
    """Run the KDF once and open the key slot: the data key (WrongPassphraseError)."""
    return unwrap_key(parsed, derive_key(secret, parsed.kdf_salt, parsed.kdf))


def key_from_recovery(parsed: KeySlots, secret: bytes) -> bytes:
    """Run the KDF once and open the recovery slot: the data key."""
    kdf = parsed.recovery_kdf
    if kdf is None:
        raise WrongPassphraseError("This plan file has no recovery code.",
                                   kind=ErrorKind.NO_RECOVERY_CODE)
    salt = parsed.recovery[_PARAMS.size:_PARAMS.size + SALT_BYTES]
    return unwrap_recovery(parsed, derive_key(secret, salt, kdf))


def decrypt_with_passphrase(data: bytes, secret: bytes) -> tuple[ParsedFile, bytes, Contents]:
    """Parse, run the KDF once, open the key slot, payload and chunks: (parsed, key, contents)."""
    parsed = parse(data)
    data_key = key_from_passphrase(parsed, secret)
    return parsed, data_key, open_file(parsed, data_key)


def decrypt_with_recovery(data: bytes, secret: bytes) -> tuple[ParsedFile, bytes, Contents]:
    """Like decrypt_with_passphrase, through the recovery slot."""
    parsed = parse(data)
    data_key = key_from_recovery(parsed, secret)
    return parsed, data_key, open_file(parsed, data_key)


def parse_key_header_kdf(key_header: bytes) -> KdfParams:
    """Return the KDF parameters stored in a key header."""
    return _unpack_params(key_header, _PREFIX.size)


def unwrap_key_header(key_header: bytes, secret: bytes) -> bytes:
    """Run the KDF with a key header's own parameters and salt, and open its key slot.

    Confirms a passphrase for a file already open (WrongPassphraseError if it is not the one).
    """
    salt_start = _PREFIX.size + _PARAMS.size
    kek = derive_key(secret, key_header[salt_start:salt_start + SALT_BYTES],
                     parse_key_header_kdf(key_header))
    ad = _SLOT_PREFIX + key_header[_PREFIX.size:-SLOT_BYTES]
    return _open(kek, key_header[-SLOT_BYTES:], ad)


def unwrap_recovery_section(recovery: bytes, secret: bytes) -> bytes:
    """Run the KDF with a recovery section's own parameters and salt, and open its slot.

    Confirms a recovery code for a file already open (WrongPassphraseError if it is not the
    one, or the file has no recovery slot).
    """
    if len(recovery) != RECOVERY_BYTES:
        raise WrongPassphraseError("This plan file has no recovery code.",
                                   kind=ErrorKind.NO_RECOVERY_CODE)
    salt = recovery[_PARAMS.size:_PARAMS.size + SALT_BYTES]
    kek = derive_key(secret, salt, _unpack_params(recovery, 0))
    own = recovery[:-SLOT_BYTES]
    return _open(kek, recovery[-SLOT_BYTES:], _SLOT_PREFIX + own)
