"""Sealing a save in memory and checking it before anything is written (PlanFile's helpers)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from saferplan.model.attachment import Attachment
from saferplan.storage import chunks, fileformat
from saferplan.storage.atomic import write_error
from saferplan.storage.errors import (
    ErrorKind,
    FileChangedError,
    StorageError,
    WriteError,
    WrongPassphraseError,
)
from saferplan.storage.filestate import Layout
from saferplan.storage.stored_chunks import StoredChunk, part_bytes


def layout_of(head: int, sealed: Sequence[chunks.SealedChunk]) -> Layout:
    """The layout of a file whose chunks follow ``head`` bytes of header and payload."""
    ends, position = [], head
    for chunk in sealed:
        position += chunk.length
        ends.append(position)
    return Layout(head, tuple(ends))


@dataclass(frozen=True)
class PreparedSave:
    """A save's JSON and files, taken on the document's thread, to write on any thread."""

    json_bytes: bytes
    attachments: tuple[Attachment, ...]
    number: int  # in the order prepared


@dataclass(frozen=True)
class Fresh:
    """A chunk encrypted for this save, and the size and digest its plaintext must have."""

    chunk: chunks.Chunk
    size: int
    sha256: str


def reencrypted(old_key: bytes, data_key: bytes, chunk: StoredChunk) -> Fresh:
    """A stored chunk encrypted again under a new data key (a new salt).

    FileChangedError if it no longer opens: another program wrote into the plan file (the
    passphrase was right: the plan opened with it)."""
    try:
        plain = chunk.decrypt(old_key)
    except OSError as exc:
        raise write_error(exc) from None
    except WrongPassphraseError:
        raise FileChangedError from None
    return Fresh(chunks.encrypt_chunk(data_key, chunk.id, plain), chunk.size, chunk.sha256)


def self_check(parts: Sequence[chunks.Part], data_key: bytes, json_bytes: bytes,
                sealed: Sequence[chunks.SealedChunk], fresh: Sequence[Fresh]) -> None:
    """Decrypt the new payload and check its chunk table against the chunks to be written;
    decrypt only the chunks encrypted for this save (the others were checked before)."""
    try:
        parsed = fileformat.parse(bytes(part_bytes(parts[0])) + bytes(part_bytes(parts[1])))
        got_json, table = fileformat.open_payload(parsed, data_key)
        ok = bytes(got_json) == json_bytes and table == chunks.table_for(sealed) \
            and len(parts) == 2 + len(sealed)
        rows = {row.id: row for row in table}
        ok = ok and all(_opens_to(data_key, rows[f.chunk.id], f) for f in fresh)
    except (StorageError, KeyError):
        ok = False
    if not ok:
        raise WriteError("The file failed its check before saving, so it was not saved. "
                         "The previous version is unchanged.",
                         kind=ErrorKind.SELF_CHECK_FAILED)


def _opens_to(data_key: bytes, row: chunks.TableEntry, fresh: Fresh) -> bool:
    plain = chunks.decrypt_chunk(data_key, row, fresh.chunk.ciphertext)
    return len(plain) == fresh.size and hashlib.sha256(plain).hexdigest() == fresh.sha256
