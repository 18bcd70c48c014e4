"""The plan inside a plan file, and whole files in memory: the payload JSON out and in, new
files' bytes (golden files, tests) and the command line's read of a whole file."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from saferplan.model import PlanDocument, PlanJsonError, dumps_plan_json
from saferplan.model.attachment import Files
from saferplan.model.plan_json import (
    MAX_JSON_WITH_FILES_BYTES,
    dump_plan_json,
    load_plan_json,
    no_collection_pauses,
)
from saferplan.model.text_rules import clean_document, needs_cleaning
from saferplan.storage import chunks, fileformat, payload_info, payload_json
from saferplan.storage.atomic import remove_leftovers_beside
from saferplan.storage.chunks import Buffer
from saferplan.storage.errors import ErrorKind, UnsupportedFileError
from saferplan.storage.filestate import read_file
from saferplan.storage.kdf import KEY_BYTES, KdfParams, secret_bytes
from saferplan.storage.payload_info import PayloadInfo
from saferplan.storage.recovery import generate_recovery_code
from saferplan.storage.stored_chunks import part_bytes


def load_contents(contents: fileformat.Contents) -> PlanDocument:
    """The plan document of decrypted contents; UnsupportedFileError if it cannot be read."""
    return load_payload(contents.json_bytes, contents.attachments)[0]


def load_payload(json_bytes: Buffer, files: Files, *, more_files: bool = False
                 ) -> tuple[PlanDocument, PayloadInfo]:
    """The plan (its files' bytes from ``files``, by id) and what the payload says about the
    version that wrote it. ``files`` may hold files the plan does not list only with
    ``more_files`` (sealed changes, which may have removed some)."""
    info = PayloadInfo(None, 0)
    if len(json_bytes) > MAX_JSON_WITH_FILES_BYTES:
        raise UnsupportedFileError("The plan inside this file could not be read. "
                                   "It may come from a newer version of the app.",
                                   kind=ErrorKind.PLAN_UNREADABLE)
    # No catalog: an old file must open even after questions change.
    try:
        with no_collection_pauses():  # the parsed JSON is hundreds of thousands of objects
            # orjson: about twice as fast as json.loads here, and reads the UTF-8 bytes as
            # they are (invalid UTF-8 is a ValueError, as is anything that is not JSON); the
            # record a line at a time, so that no single call keeps Python's lock for long.
            plan, info = payload_info.split(payload_json.loads(json_bytes))
            doc = load_plan_json(plan, attachment_data=files, clean_text=True)
    except (PlanJsonError, ValueError, RecursionError):
        doc = None
    # Every chunk must belong to a file the plan lists (the model checks the other way round).
    if doc is None or (set(doc.attachments) != set(files) and not more_files):
        message = (payload_info.newer_message(info, readable=False) if info.newer else
                   "The plan inside this file could not be read. "
                   "It may come from a newer version of the app.")
        kind = ErrorKind.NEWER_VERSION if info.newer else ErrorKind.PLAN_UNREADABLE
        raise UnsupportedFileError(message, kind=kind) from None
    return doc, info


def plan_json(doc: PlanDocument) -> bytes:
    """The payload JSON: the plan without attachment bytes (those go in their own chunks),
    and the version of the app writing it.

    Hidden characters (model/text_rules.py) are removed from ``doc`` first if it may hold any,
    so none is saved whichever screen typed or pasted it, and the plan opens as it was saved.
    The record's entries go in as the objects they keep: no work per entry (100,000 of them
    took 40 ms to copy), and nothing can change them before ``stamp`` has written them.
    """
    if needs_cleaning(doc):  # every field of a kind at once; walk them only if needed
        clean_document(doc)
    return payload_info.stamp(dump_plan_json(doc, attachment_data=False, stored_log=True))


def build_file_bytes(passphrase: str, doc: PlanDocument, kdf: KdfParams, *,
                     random_bytes: fileformat.RandomBytes = os.urandom,
                     with_recovery_code: bool = False,
                     version: int = fileformat.FORMAT_VERSION) -> tuple[bytes, str | None]:
    """Return a new plan file's bytes (and its recovery code), drawing all randomness from
    ``random_bytes``: with a fixed source the output is reproducible (golden files).

    ``version=1`` writes format v1 (no attachments) and ``version=2`` format v2 (no save
    record), for the golden and upgrade tests; v3 files get generation 1.
    """
    data_key = random_bytes(KEY_BYTES)
    key_header = fileformat.new_key_header(secret_bytes(passphrase), kdf, data_key, random_bytes)
    code, recovery = None, b""
    if with_recovery_code:
        code = generate_recovery_code(random_bytes)
        recovery = fileformat.new_recovery(code.replace("-", "").encode("ascii"), kdf, data_key,
                                           random_bytes)
    if version == fileformat.FORMAT_V1:
        if doc.attachments:
            raise ValueError("format v1 cannot hold attachments")
        json_bytes = dumps_plan_json(doc, indent=None).encode("utf-8")
        return fileformat.seal_v1(key_header, recovery, data_key, json_bytes, random_bytes), code
    sealed = [chunks.encrypt_chunk(data_key, a.id, a.data, random_bytes)
              for a in doc.attachments.values()]
    record = None
    if version != fileformat.FORMAT_V2:
        record = fileformat.SaveRecord(random_bytes(fileformat.FILE_ID_BYTES), 1)
    parts = fileformat.seal(key_header, recovery, data_key, plan_json(doc), sealed,
                            random_bytes, save=record)
    return b"".join(part_bytes(p) for p in parts), code


def read_plan(path: Path, passphrase: str) -> tuple[PlanDocument, bytes]:
    """Decrypt the plan at ``path`` without locking or writing anything but removing a
    crash's leftover temp files beside it: (document, data key)."""
    remove_leftovers_beside(Path(path))
    data_key, contents = _decrypted_contents(Path(path), passphrase)
    return load_contents(contents), data_key


def _decrypted_contents(path: Path, passphrase: str) -> tuple[bytes, fileformat.Contents]:
    """(data key, contents) without the chunks as stored: those are views of the file's
    bytes, which are freed on return, before the plan JSON is read (a file may be 265 MiB)."""
    data, _ = read_file(path)
    _, data_key, contents = fileformat.decrypt_with_passphrase(data, secret_bytes(passphrase))
    return data_key, replace(contents, chunks=[])
