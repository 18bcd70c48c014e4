"""Format v1 of the encrypted plan file, in memory: build, parse and decrypt (docs/file-format.md).

Layout, big-endian::

    magic(8) version(2) kdf_id(1) aead_id(1) memory_kib(4) iterations(4) lanes(4) kdf_salt(16)
    key_slot(48)                                   <- the "key header", bytes 0..88
    recovery_flag(1) [memory_kib(4) iterations(4) lanes(4) recovery_salt(16) recovery_slot(48)]
    save_salt(32) payload(rest)

Every AEAD key here encrypts exactly one message, so every nonce is 12 zero bytes: the key-slot
key comes from Argon2id with a kdf_salt drawn afresh whenever the slot is written, the recovery
key likewise, and the payload key from HKDF with a save_salt drawn afresh on every save.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from saferplan.storage.errors import UnsupportedFileError, WrongPassphraseError
from saferplan.storage.kdf import KEY_BYTES, KdfParams, check_kdf_params, derive_key

RandomBytes = Callable[[int], bytes]

# Neutral bytes (nothing about safety or the app); like PNG's, the CR LF, ^Z and LF expose
# a file mangled by a text-mode transfer.
MAGIC: Final = b"\x93NKF\r\n\x1a\n"
FORMAT_VERSION: Final = 1
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
_NONCE: Final = bytes(12)
PAYLOAD_INFO: Final = b"payload v1"
# Larger files are refused before reading (plan JSON is capped at 64 MiB by the model).
MAX_FILE_BYTES: Final = 64 * 1024 * 1024 + 64 * 1024


@dataclass(frozen=True)
class ParsedFile:
    """A structurally valid plan file, not yet decrypted."""

    kdf: KdfParams
    kdf_salt: bytes
    key_header: bytes
    recovery: bytes  # b"" or the RECOVERY_BYTES section
    save_salt: bytes
    header: bytes  # every byte before the payload: the payload's associated data
    payload: bytes

    @property
    def recovery_kdf(self) -> KdfParams | None:
        """The recovery slot's KDF parameters, or None without a recovery slot."""
        return _unpack_params(self.recovery, 0) if self.recovery else None


def _prefix() -> bytes:
    return _PREFIX.pack(MAGIC, FORMAT_VERSION, KDF_ARGON2ID, AEAD_CHACHA20_POLY1305)


def _pack_params(params: KdfParams) -> bytes:
    return _PARAMS.pack(params.memory_kib, params.iterations, params.lanes)


def _unpack_params(data: bytes, offset: int) -> KdfParams:
    memory, iterations, lanes = _PARAMS.unpack_from(data, offset)
    return KdfParams(memory_kib=memory, iterations=iterations, lanes=lanes)


def wrap_key_header(kek: bytes, kdf: KdfParams, kdf_salt: bytes, data_key: bytes) -> bytes:
    """Return the 88-byte key header: the data key sealed under the passphrase key."""
    ad = _prefix() + _pack_params(kdf) + kdf_salt
    return ad + ChaCha20Poly1305(kek).encrypt(_NONCE, data_key, ad)


def wrap_recovery(kek: bytes, kdf: KdfParams, salt: bytes, data_key: bytes) -> bytes:
    """Return the 76-byte recovery section: the data key sealed under the recovery-code key."""
    own = _pack_params(kdf) + salt
    return own + ChaCha20Poly1305(kek).encrypt(_NONCE, data_key, _prefix() + own)


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


def seal(key_header: bytes, recovery: bytes, data_key: bytes, json_bytes: bytes,
         random_bytes: RandomBytes = os.urandom) -> bytes:
    """Return a whole file: headers, a fresh save_salt, and the encrypted padded JSON."""
    header = key_header + bytes([1 if recovery else 0]) + recovery
    header += random_bytes(SAVE_SALT_BYTES)
    save_salt = header[-SAVE_SALT_BYTES:]
    aead = ChaCha20Poly1305(payload_key(data_key, save_salt))
    return header + aead.encrypt(_NONCE, pad(json_bytes), header)


def parse(data: bytes) -> ParsedFile:
    """Check structure, ids and KDF limits without any KDF; raise a StorageError if bad."""
    if len(data) < len(MAGIC) or data[:len(MAGIC)] != MAGIC:
        raise UnsupportedFileError("This file is not a plan file.")
    if len(data) < _PREFIX.size:
        raise WrongPassphraseError
    _, version, kdf_id, aead_id = _PREFIX.unpack_from(data, 0)
    if version != FORMAT_VERSION:
        raise UnsupportedFileError(
            "This plan file was made by a newer version of the app. Update the app to open it.")
    if kdf_id != KDF_ARGON2ID or aead_id != AEAD_CHACHA20_POLY1305:
        raise UnsupportedFileError("This plan file uses a method this version does not know.")
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
    payload_start = start + len(recovery) + SAVE_SALT_BYTES
    payload = data[payload_start:]
    # Padding makes every payload a whole number of 4 KiB blocks plus the tag.
    if len(payload) < PAD_BLOCK + TAG_BYTES or (len(payload) - TAG_BYTES) % PAD_BLOCK:
        raise WrongPassphraseError
    salt_start = _PREFIX.size + _PARAMS.size
    return ParsedFile(
        kdf=kdf, kdf_salt=data[salt_start:salt_start + SALT_BYTES],
        key_header=data[:KEY_HEADER_BYTES], recovery=recovery,
        save_salt=data[payload_start - SAVE_SALT_BYTES:payload_start],
        header=data[:payload_start], payload=payload,
    )


def unwrap_key(parsed: ParsedFile, kek: bytes) -> bytes:
    """Open the key slot with the passphrase key; WrongPassphraseError if it does not open."""
    ad = parsed.key_header[:-SLOT_BYTES]
    return _open(kek, parsed.key_header[-SLOT_BYTES:], ad)


def unwrap_recovery(parsed: ParsedFile, kek: bytes) -> bytes:
    """Open the recovery slot with the recovery-code key."""
    own = parsed.recovery[:-SLOT_BYTES]
    return _open(kek, parsed.recovery[-SLOT_BYTES:], _prefix() + own)


def open_payload(parsed: ParsedFile, data_key: bytes) -> bytes:
    """Decrypt and unpad the payload; return the JSON bytes, never partial plaintext."""
    padded = _open(payload_key(data_key, parsed.save_salt), parsed.payload, parsed.header)
    return unpad(padded)


def _open(key: bytes, sealed: bytes, ad: bytes) -> bytes:
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


def decrypt_with_passphrase(data: bytes, secret: bytes) -> tuple[ParsedFile, bytes, bytes]:
    """Parse, run the KDF once, open the key slot and payload: (parsed, data key, JSON bytes)."""
    parsed = parse(data)
    data_key = unwrap_key(parsed, derive_key(secret, parsed.kdf_salt, parsed.kdf))
    return parsed, data_key, open_payload(parsed, data_key)


def decrypt_with_recovery(data: bytes, secret: bytes) -> tuple[ParsedFile, bytes, bytes]:
    """Like decrypt_with_passphrase, through the recovery slot."""
    parsed = parse(data)
    kdf = parsed.recovery_kdf
    if kdf is None:
        raise WrongPassphraseError("This plan file has no recovery code.")
    salt = parsed.recovery[_PARAMS.size:_PARAMS.size + SALT_BYTES]
    data_key = unwrap_recovery(parsed, derive_key(secret, salt, kdf))
    return parsed, data_key, open_payload(parsed, data_key)


def parse_key_header_kdf(key_header: bytes) -> KdfParams:
    """Return the KDF parameters stored in a key header."""
    return _unpack_params(key_header, _PREFIX.size)
