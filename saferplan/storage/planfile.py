"""An unlocked plan file: unlock, save with backup, passphrase and recovery-code changes."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from saferplan.model import PlanDocument, PlanJsonError, dumps_plan_json
from saferplan.model.document import SCHEMA_VERSION
from saferplan.model.plan_json import (
    MAX_JSON_BYTES,
    MAX_JSON_WITH_FILES_BYTES,
    dump_plan_json,
    load_plan_json,
    no_collection_pauses,
)
from saferplan.model.text_rules import clean_document, may_hide_something
from saferplan.storage import chunks, fileformat, payload_info
from saferplan.storage import kdf as costs
from saferplan.storage.atomic import (
    commit_temp,
    remove_leftovers_beside,
    write_error,
    write_temp,
)
from saferplan.storage.errors import (
    ErrorKind,
    FileChangedError,
    PlanExistsError,
    PlanInUseError,
    ReadError,
    ReadOnlyPlanError,
    StorageError,
    UnsupportedFileError,
    WriteError,
    WrongPassphraseError,
)
from saferplan.storage.filestate import (
    Fingerprint,
    Layout,
    digest_of,
    fingerprint,
    keep_backup,
    read_file,
    read_fingerprint,
)
from saferplan.storage.kdf import KEY_BYTES, KdfParams, secret_bytes
from saferplan.storage.lock import PlanLock, is_locked
from saferplan.storage.memlock import SecretBuffer
from saferplan.storage.names import backup_path
from saferplan.storage.payload_info import PayloadInfo
from saferplan.storage.recovery import generate_recovery_code, normalize_recovery_code
from saferplan.storage.seen_saves import REPLACED, SeenSaves
from saferplan.storage.strength import strengthened_slots

if TYPE_CHECKING:
    from saferplan.storage.keychange import KeyChange

_WRONG_CODE = "Wrong recovery code, or the file is damaged."
_PLAN_TOO_LARGE = "The plan is too large to save. The previous version is unchanged."
_KEYS_MOVED = "The passphrase or recovery code was changed meanwhile. Nothing was changed."
_NEWER_BACKUP_KEPT = ("The backup beside this older copy is newer. Changing the keys now would "
                      "replace it, so nothing was changed. Open the newer backup first.")
# The backup already holds the new keys; the main file was not replaced.
_HALF_REKEYED = ("The change did not finish. The plan file still opens as before; its backup "
                 "already has the change.")


def load_contents(contents: fileformat.Contents) -> PlanDocument:
    """The plan document of decrypted contents; UnsupportedFileError if it cannot be read."""
    return load_payload(contents)[0]


def load_payload(contents: fileformat.Contents) -> tuple[PlanDocument, PayloadInfo]:
    """The plan and what the payload says about the version that wrote it."""
    info = PayloadInfo(None, 0)
    if len(contents.json_bytes) > MAX_JSON_WITH_FILES_BYTES:
        raise UnsupportedFileError("The plan inside this file could not be read. "
                                   "It may come from a newer version of the app.",
                                   kind=ErrorKind.PLAN_UNREADABLE)
    # No catalog: an old file must open even after questions change.
    try:
        with no_collection_pauses():  # the parsed JSON is hundreds of thousands of objects
            plan, info = payload_info.split(json.loads(contents.json_bytes.decode("utf-8")))
            doc = load_plan_json(plan, attachment_data=contents.attachments, clean_text=True)
    except (PlanJsonError, ValueError, RecursionError):
        doc = None
    # Every chunk must belong to a file the plan lists (the model checks the other way round).
    if doc is None or set(doc.attachments) != set(contents.attachments):
        message = (payload_info.newer_message(info, readable=False) if info.newer else
                   "The plan inside this file could not be read. "
                   "It may come from a newer version of the app.")
        kind = ErrorKind.NEWER_VERSION if info.newer else ErrorKind.PLAN_UNREADABLE
        raise UnsupportedFileError(message, kind=kind) from None
    return doc, info


def _plan_json(doc: PlanDocument) -> bytes:
    """The payload JSON: the plan without attachment bytes (those go in their own chunks),
    and the version of the app writing it.

    Hidden characters (model/text_rules.py) are removed from ``doc`` when the JSON shows any,
    so none is saved whichever screen typed or pasted it.
    """
    data = payload_info.stamp(dump_plan_json(doc, attachment_data=False))
    if may_hide_something(data.decode("utf-8")):  # one search; walk every field only if needed
        clean_document(doc)
        data = payload_info.stamp(dump_plan_json(doc, attachment_data=False))
    return data


def _layout_of_read(parsed: fileformat.ParsedFile, size: int,
                    table: Sequence[chunks.Chunk]) -> Layout:
    head = size - len(parsed.chunk_area)
    ends, position = [], head
    for chunk in table:
        position += len(chunk.ciphertext)
        ends.append(position)
    return Layout(head, tuple(ends))


def _layout_of_parts(parts: Sequence[chunks.Buffer]) -> Layout:
    head = len(parts[0]) + len(parts[1])
    ends, position = [], head
    for part in parts[2:]:
        position += len(part)
        ends.append(position)
    return Layout(head, tuple(ends))


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
    parts = fileformat.seal(key_header, recovery, data_key, _plan_json(doc), sealed,
                            random_bytes, save=record)
    return b"".join(parts), code


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


@dataclass(frozen=True)
class OlderCopy:
    """The file opened is older than the newest save of it made on this computer."""

    generation: int  # the file's
    newest: int | None  # remembered here; None: the plan's keys were changed here since
    # The backup beside it is newer and shares its key slot (it opens with unlock_backup).
    backup_generation: int | None = None


@dataclass(frozen=True)
class _Sealed:
    """An attachment's bytes (the very object the document holds) and its chunk as stored."""

    data: bytes
    chunk: chunks.Chunk


class PlanFile:
    """An unlocked plan file: holds the data key (never the passphrase) and the lock.

    It also keeps every attachment's chunk as last written, so a save encrypts only the
    attachments that are new or changed and writes the others' ciphertext unchanged.
    """

    # Who wrote the file as opened; a plan from a newer version is read-only (payload_info).
    writer: PayloadInfo = PayloadInfo(None, SCHEMA_VERSION)

    def __init__(self, path: Path, lock: PlanLock, data_key: bytes, key_header: bytes,
                 recovery: bytes, json_bytes: bytes, seen: Fingerprint | None,
                 main_trusted: bool, layout: Layout | None = None,
                 sealed: Sequence[_Sealed] = (), strengthen: bool = False) -> None:
        self.path = path
        self._lock: PlanLock | None = lock
        self._data_key = SecretBuffer(data_key)  # locked against swap where allowed
        self._key_header = key_header
        self._recovery = recovery
        # The last saved content (plain text), for re-keying without the document.
        self._json = SecretBuffer(json_bytes)
        self._sealed = list(sealed)  # the last saved chunks, in order
        self._seen = seen
        self._layout = layout  # which bytes of the main file its fingerprint covers
        # Only a main file that opened (or that we wrote) this session may become the backup.
        self._main_trusted = main_trusted
        # The slots above were strengthened at unlock: the next save writes them to both copies.
        self._strengthen = strengthen
        # The v3 save record: a v1/v2 file gets its id at its first save (see _track).
        self._file_id = os.urandom(fileformat.FILE_ID_BYTES)
        self._generation = 0
        self._seen_saves: SeenSaves | None = None
        self.older_copy: OlderCopy | None = None  # set at unlock: see _track
        # An older copy whose backup may be newer: saves leave the backup as it is.
        self._keep_backup = False
        # Opened with the recovery code: key changes confirm that code, not the passphrase,
        # until a new passphrase is set.
        self.opened_with_code = False

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, doc: PlanDocument,
               kdf: KdfParams | None = None, seen_saves: SeenSaves | None = None) -> PlanFile:
        """Make a new plan file at ``path`` (which must not exist); runs the KDF once.

        With ``seen_saves`` (this computer's records, storage/seen_saves.py) every save is
        remembered there, so an older copy put back later is noticed at unlock.
        """
        path = Path(path)
        if path.exists() or backup_path(path).exists():
            raise PlanExistsError
        kdf = kdf or costs.kdf_for_new_file()
        data_key = os.urandom(KEY_BYTES)
        key_header = fileformat.new_key_header(secret_bytes(passphrase), kdf, data_key)
        lock = PlanLock.acquire(path)
        plan = cls(path, lock, data_key, key_header, b"", b"", None, main_trusted=False)
        plan._seen_saves = seen_saves
        try:
            if path.exists():  # made by someone else while we derived the key
                raise PlanExistsError
            plan.save(doc)
        except WriteError as exc:
            plan.close()
            raise _first_save_failed(exc) from None
        except BaseException:
            plan.close()
            raise
        return plan

    @classmethod
    def unlock(cls, path: Path, passphrase: str,
               seen_saves: SeenSaves | None = None) -> tuple[PlanFile, PlanDocument]:
        """Open the plan at ``path`` with its passphrase; runs the KDF once.

        With ``seen_saves``, ``older_copy`` says if this file is older than the newest save
        of it remembered on this computer (someone may have put back an old copy).
        """
        return cls._unlock(Path(path), passphrase, from_backup=False, recovery=False,
                           seen_saves=seen_saves)

    @classmethod
    def unlock_backup(cls, path: Path, passphrase: str,
                      seen_saves: SeenSaves | None = None) -> tuple[PlanFile, PlanDocument]:
        """Open the backup of ``path``; later saves go to ``path`` (never backing up its file).

        The backup is one save older by design: it never sets ``older_copy``.
        """
        return cls._unlock(Path(path), passphrase, from_backup=True, recovery=False,
                           seen_saves=seen_saves)

    @classmethod
    def unlock_with_recovery_code(cls, path: Path, code: str, seen_saves: SeenSaves | None = None
                                  ) -> tuple[PlanFile, PlanDocument]:
        """Open the plan at ``path`` with its recovery code; runs the KDF once."""
        return cls._unlock(Path(path), code, from_backup=False, recovery=True,
                           seen_saves=seen_saves)

    def open_newer_backup(self) -> tuple[PlanFile, PlanDocument]:
        """Close this older copy and open the newer backup beside it (``older_copy`` says
        so), as ``unlock_backup`` does but with this file's data key: no KDF.

        Raises WrongPassphraseError if the backup no longer opens with that key.
        """
        data_key, seen = self._require_key(), self._seen_saves
        self.close()
        return self._unlock(self.path, "", from_backup=True, recovery=False,
                            seen_saves=seen, data_key=data_key)

    @classmethod
    def _unlock(cls, path: Path, secret: str, *, from_backup: bool, recovery: bool,
                seen_saves: SeenSaves | None,
                data_key: bytes | None = None) -> tuple[PlanFile, PlanDocument]:
        # Checked before the KDF so a second window fails fast; creates nothing.
        if is_locked(path):
            raise PlanInUseError
        data, stat = read_file(backup_path(path) if from_backup else path)
        typed = data_key is None
        if data_key is None:
            parsed, data_key, contents = _decrypt(data, secret, recovery)
        else:  # a key already known (open_newer_backup): nothing typed to strengthen
            parsed = fileformat.parse(data)
            contents = fileformat.open_file(parsed, data_key)
        doc, info = load_payload(contents)
        layout: Layout | None = _layout_of_read(parsed, len(data), contents.chunks)
        seen: Fingerprint | None = fingerprint(data, stat, layout or Layout(len(data)))
        key_header, slot = parsed.key_header, parsed.recovery
        if from_backup:
            # A damaged main reads fine (only decryption fails): fingerprint all of it.
            layout, seen = None, _fingerprint_or_none(path)
        sealed = [_Sealed(doc.attachments[c.id].data, c) for c in contents.chunks]
        stronger = strengthened_slots(parsed, data_key, secret, recovery) if typed else None
        if stronger is not None:
            key_header, slot = stronger
        lock = PlanLock.acquire(path)
        remove_leftovers_beside(path)
        plan = cls(path, lock, data_key, key_header, slot, contents.json_bytes, seen,
                   main_trusted=not from_backup, layout=layout, sealed=sealed,
                   strengthen=stronger is not None)
        plan.writer = info
        plan.opened_with_code = recovery
        plan._track(contents.save, seen_saves, warn=not from_backup)
        if plan.older_copy is not None:
            plan._guard_newer_backup(parsed.key_header)
        return plan, doc

    def _guard_newer_backup(self, key_header: bytes) -> None:
        """An older copy must not rotate a newer backup away at its first save.

        The backup's generation is read with this file's data key when it shares the key slot
        (no KDF). Unless the backup is known to be no newer than this copy, saves in this
        session leave it as it is (and key changes, which rewrite it, are refused).
        """
        older = self.older_copy
        if older is None:
            return
        backup = backup_path(self.path)
        if not backup.is_file():
            return
        try:
            parsed = fileformat.parse(read_file(backup)[0])
        except StorageError:
            return  # damaged or not a plan file: nothing worth keeping
        if parsed.key_header[12:] != key_header[12:]:
            self._keep_backup = True  # other keys (changed since?): it may be the newer plan
            return
        try:
            record = fileformat.open_file(parsed, self._require_key()).save
        except StorageError:
            return
        if record is not None and record.generation > older.generation:
            self._keep_backup = True
            self.older_copy = replace(older, backup_generation=record.generation)

    def _track(self, record: fileformat.SaveRecord | None, seen_saves: SeenSaves | None, *,
               warn: bool) -> None:
        """Take the file's id and generation, and compare them with this computer's record."""
        self._seen_saves = seen_saves
        if record is None:
            return  # v1/v2: nothing to compare; the first save makes it v3
        self._file_id, self._generation = record.file_id, record.generation
        if seen_saves is None or not warn:
            return
        newest = seen_saves.newest(self._require_key(), self._file_id)
        if newest is None or newest <= self._generation:
            return
        replaced = newest == REPLACED
        self.older_copy = OlderCopy(self._generation, None if replaced else newest)
        if not replaced:
            self._generation = newest  # kept and saved, this copy becomes the newest

    @property
    def generation(self) -> int:
        """How many saves the open file has had (0: made before format v3, not saved since)."""
        return self._generation

    @property
    def strengthens_on_next_save(self) -> bool:
        """True if the file opened with a key slot below MIN_KDF, which the next save replaces
        (in the main file and the backup) by one at the cost calibrated on this computer."""
        return self._strengthen

    # -- saving --------------------------------------------------------------------------
    def save(self, doc: PlanDocument) -> None:
        """Save atomically with no KDF, keeping the previous version as the backup.

        Unchanged attachments are not encrypted again. Raises FileChangedError (nothing
        written) if the file changed on disk since opened.
        """
        self._refuse_if_read_only()
        json_bytes = _plan_json(doc)
        if len(json_bytes) > MAX_JSON_BYTES:
            raise WriteError(_PLAN_TOO_LARGE, kind=ErrorKind.PLAN_TOO_LARGE)
        if self._strengthen and not self._keep_backup:
            # First the last saved plan with the stronger slots, as main AND backup, so no
            # copy the app keeps stays weak; then this save as usual.
            self._rekey(self._require_key(), self._key_header, self._recovery)
        self._write(json_bytes, self._seal_attachments(doc), self._key_header, self._recovery)

    def _seal_attachments(self, doc: PlanDocument) -> list[_Sealed]:
        """Reuse the stored chunk of every unchanged attachment; encrypt the others once."""
        data_key = self._require_key()
        known = {s.chunk.id: s for s in self._sealed}
        out = []
        for attachment in doc.attachments.values():
            old = known.get(attachment.id)
            # ``is`` is the usual case (the same bytes object); == compares only on a copy.
            if old is not None and (old.data is attachment.data or old.data == attachment.data):
                out.append(old)
            else:
                out.append(_Sealed(attachment.data, chunks.encrypt_chunk(
                    data_key, attachment.id, attachment.data)))
        return out

    def _sealed_parts(self, data_key: bytes, json_bytes: bytes, sealed: list[_Sealed],
                      key_header: bytes, recovery: bytes) -> list[chunks.Buffer]:
        """Seal a whole file in memory and check it decrypts to what it should; no writing.

        The file is the next save: its generation is one more than the open file's.
        """
        record = fileformat.SaveRecord(self._file_id, self._generation + 1)
        parts = fileformat.seal(key_header, recovery, data_key, json_bytes,
                                [s.chunk for s in sealed], save=record)
        if sum(len(p) for p in parts) > fileformat.MAX_FILE_BYTES:
            raise WriteError(_PLAN_TOO_LARGE, kind=ErrorKind.PLAN_TOO_LARGE)
        before = {id(s) for s in self._sealed}  # by identity: == would compare the bytes
        fresh = [s for s in sealed if id(s) not in before]
        self._self_check(parts, data_key, json_bytes, sealed, fresh)
        return parts

    def _write(self, json_bytes: bytes, sealed: list[_Sealed], key_header: bytes,
               recovery: bytes) -> None:
        parts = self._sealed_parts(self._require_key(), json_bytes, sealed, key_header,
                                   recovery)
        main_exists = self._check_main_unchanged()
        folder = self.path.parent
        try:
            temp, stat = write_temp(folder, parts)
            try:
                if main_exists and self._main_trusted and not self._keep_backup:
                    keep_backup(self.path, backup_path(self.path), self._read_unchanged_main)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise
            commit_temp(temp, self.path)
        except OSError as exc:
            raise write_error(exc) from None
        self._wrote(parts, stat, json_bytes, sealed, key_header, recovery)

    def _wrote(self, parts: Sequence[chunks.Buffer], stat: os.stat_result, json_bytes: bytes,
               sealed: list[_Sealed], key_header: bytes, recovery: bytes) -> None:
        """Remember what is now the main file: its fingerprint, slots, content and chunks."""
        self._layout = _layout_of_parts(parts)
        self._seen = Fingerprint(stat.st_size, stat.st_mtime_ns, digest_of(parts, self._layout))
        self._main_trusted = True
        self._key_header, self._recovery = key_header, recovery
        self._json.wipe()
        self._json = SecretBuffer(json_bytes)
        self._sealed = sealed
        remove_leftovers_beside(self.path)
        self._generation += 1
        if self._seen_saves is not None:
            self._seen_saves.remember(self._require_key(), self._file_id, self._generation)

    @staticmethod
    def _self_check(parts: Sequence[chunks.Buffer], data_key: bytes, json_bytes: bytes,
                    sealed: Sequence[_Sealed], fresh: Sequence[_Sealed]) -> None:
        """Decrypt the new payload and check its chunk table against the chunks to be written;
        decrypt only the chunks encrypted for this save (the others were checked before)."""
        stored = [s.chunk for s in sealed]
        try:
            parsed = fileformat.parse(bytes(parts[0]) + bytes(parts[1]))
            got_json, table = fileformat.open_payload(parsed, data_key)
            ok = got_json == json_bytes and table == chunks.table_for(stored) \
                and len(parts) == 2 + len(stored)
            rows = {row.id: row for row in table}
            ok = ok and all(chunks.decrypt_chunk(data_key, rows[s.chunk.id], s.chunk.ciphertext)
                            == s.data for s in fresh)
        except (StorageError, KeyError):
            ok = False
        if not ok:
            raise WriteError("The file failed its check before saving, so it was not saved. "
                             "The previous version is unchanged.",
                             kind=ErrorKind.SELF_CHECK_FAILED)

    def _check_main_unchanged(self) -> bool:
        """Return whether the main file exists; FileChangedError if not as we last saw it."""
        try:
            now = read_fingerprint(self.path, self._layout)
        except ReadError:
            if self.path.exists() or self._seen is not None:
                raise FileChangedError from None
            return False
        if now != self._seen:
            raise FileChangedError
        return True

    def _read_unchanged_main(self) -> bytes:
        """The main file's bytes, for a backup copy where hard links are not possible."""
        try:
            data, stat = read_file(self.path)
        except StorageError:
            raise FileChangedError from None
        layout = self._layout or Layout(len(data))
        if fingerprint(data, stat, layout) != self._seen:
            raise FileChangedError
        return data

    # -- sealing in memory (the GUI's lock after a failed save) ----------------------------
    def seal(self, doc: PlanDocument) -> bytes:
        """Return the whole encrypted file for ``doc`` under the current keys; write nothing.

        Unchanged attachments reuse their stored chunk. The bytes open with ``open_sealed`` on
        any PlanFile of this plan unlocked later, as long as the data key did not change (a
        passphrase change or a removed recovery code makes a new one).
        """
        json_bytes = _plan_json(doc)
        if len(json_bytes) > MAX_JSON_BYTES:
            raise WriteError(_PLAN_TOO_LARGE, kind=ErrorKind.PLAN_TOO_LARGE)
        parts = self._sealed_parts(self._require_key(), json_bytes,
                                   self._seal_attachments(doc), self._key_header,
                                   self._recovery)
        return b"".join(parts)

    def open_sealed(self, data: bytes) -> PlanDocument:
        """Decrypt bytes from ``seal`` with this file's data key; no KDF, nothing written.

        Raises WrongPassphraseError if they do not open with it (the key changed since they
        were sealed, or they are damaged).
        """
        data_key = self._require_key()
        try:
            return load_contents(fileformat.open_file(fileformat.parse(data), data_key))
        except StorageError:
            raise WrongPassphraseError from None

    # -- keys ----------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> bool:
        """Re-encrypt the whole plan under a NEW data key, sealed with a new passphrase.

        Every attachment is encrypted again and the key slot gets a new kdf_salt (the KDF runs
        once; ``kdf`` None keeps the current cost), so an older copy of the file and the old
        passphrase open nothing saved from now on. The backup becomes a copy of the new file.
        A recovery code cannot be moved to the new key without the code itself, so it is
        removed: returns True if the file had one (it no longer works).
        """
        kdf = kdf or fileformat.parse_key_header_kdf(self._key_header)
        had_code = self.has_recovery_code
        data_key = os.urandom(KEY_BYTES)
        key_header = fileformat.new_key_header(secret_bytes(new_passphrase), kdf, data_key)
        self._rekey(data_key, key_header, b"")
        return had_code

    def create_recovery_code(self) -> str:
        """Add (or replace) the recovery slot; return the code, to be shown once.

        The data key stays: nothing is revoked, so nothing needs re-encrypting. A replaced
        code still opens copies of the file made before.
        """
        code = generate_recovery_code()
        symbols = code.replace("-", "")
        kdf = fileformat.parse_key_header_kdf(self._key_header)
        data_key = self._require_key()
        recovery = fileformat.new_recovery(symbols.encode("ascii"), kdf, data_key)
        self._rekey(data_key, self._key_header, recovery)
        return code

    def remove_recovery_code(self, passphrase: str) -> None:
        """Remove the recovery slot and re-encrypt the plan under a new data key.

        The passphrase is needed to seal the new key (the app keeps only the old key); it is
        checked first: WrongPassphraseError and nothing written if it is not this file's.
        Runs the KDF twice. Copies made before still open with the code.
        """
        secret = secret_bytes(passphrase)
        if fileformat.unwrap_key_header(self._key_header, secret) != self._require_key():
            raise WrongPassphraseError  # cannot happen unless memory is corrupt; be safe
        kdf = fileformat.parse_key_header_kdf(self._key_header)
        data_key = os.urandom(KEY_BYTES)
        self._rekey(data_key, fileformat.new_key_header(secret, kdf, data_key), b"")

    @property
    def read_only(self) -> bool:
        """True if a newer version of the app wrote this plan: it must not be changed here."""
        return self.writer.newer

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise ReadOnlyPlanError(payload_info.newer_message(self.writer, readable=True),
                                    kind=ErrorKind.READ_ONLY)

    @property
    def has_recovery_code(self) -> bool:
        """True if the file has a recovery slot."""
        return bool(self._recovery)

    def key_snapshot(self) -> tuple[bytes, bytes]:
        """The data key and key header now, to prepare a key change (storage.keychange)."""
        return self._require_key(), self._key_header

    def recovery_snapshot(self) -> bytes:
        """The recovery section now (empty without a code), to confirm a recovery code."""
        self._require_key()
        return self._recovery

    def apply_key_change(self, change: KeyChange) -> None:
        """Write a change prepared by saferplan.storage.keychange to main and backup (no KDF).

        Refused, with nothing written, if the keys changed since it was prepared.
        """
        if change.base_header != self._key_header:
            raise StorageError(_KEYS_MOVED, kind=ErrorKind.KEYS_MOVED)
        self._rekey(change.data_key, change.key_header, change.recovery)

    def _rekey(self, data_key: bytes, key_header: bytes, recovery: bytes) -> None:
        """Write the last saved plan with new slots (and maybe a new data key) to main AND
        backup, so no copy the app keeps opens with a revoked passphrase or code.

        Order (docs/file-format.md, "Changing keys"): the new file is written to two temp
        files; the backup is replaced first, then the main file. A crash in between leaves the
        main file old (it opens as before) and the backup new (it opens with the new
        passphrase): never a backup that opens only with the old passphrase beside a re-keyed
        main, and the main file is always whole, old or new.
        """
        self._refuse_if_read_only()
        if self._keep_backup:
            raise StorageError(_NEWER_BACKUP_KEPT, kind=ErrorKind.NEWER_BACKUP_KEPT)
        old_key = self._require_key()
        if data_key == old_key:
            sealed = self._sealed  # chunk keys come from the data key alone: reuse them
        else:
            sealed = [_Sealed(s.data, chunks.encrypt_chunk(data_key, s.chunk.id, s.data))
                      for s in self._sealed]
        json_bytes = self._json.value()
        parts = self._sealed_parts(data_key, json_bytes, sealed, key_header, recovery)
        self._check_main_unchanged()
        folder = self.path.parent
        try:
            temp, stat = write_temp(folder, parts)
            try:
                # An independent file, not a link: the next save's link must not touch it.
                copy, _ = write_temp(folder, parts)
                commit_temp(copy, backup_path(self.path))
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise
        except OSError as exc:
            raise write_error(exc) from None
        try:
            commit_temp(temp, self.path)
        except OSError:
            raise WriteError(_HALF_REKEYED, kind=ErrorKind.HALF_REKEYED) from None
        if data_key != old_key and self._seen_saves is not None:
            # Every copy still under the old key (and the old passphrase) is now older.
            self._seen_saves.remember(old_key, self._file_id, REPLACED)
        self._data_key.wipe()
        self._data_key = SecretBuffer(data_key)
        self._strengthen = False
        if key_header != self._key_header:  # sealed with a passphrase the person typed
            self.opened_with_code = False
        self._wrote(parts, stat, json_bytes, sealed, key_header, recovery)

    def _require_key(self) -> bytes:
        if self._lock is None:
            raise StorageError("The plan is locked. Open it again to continue.",
                               kind=ErrorKind.LOCKED)
        return self._data_key.value()

    def close(self) -> None:
        """Wipe the data key and the last saved plaintext, release the lock; idempotent.

        (Only these buffers of our own can be wiped: Python cannot wipe its other copies.)
        """
        self._data_key.wipe()
        self._json.wipe()
        self._sealed = []
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _decrypt(data: bytes, secret: str,
             recovery: bool) -> tuple[fileformat.ParsedFile, bytes, fileformat.Contents]:
    """Open a file's bytes with a passphrase or a recovery code."""
    if not recovery:
        return fileformat.decrypt_with_passphrase(data, secret_bytes(secret))
    symbols = normalize_recovery_code(secret)
    if symbols is None:
        raise WrongPassphraseError(_WRONG_CODE, kind=ErrorKind.WRONG_RECOVERY_CODE)
    try:
        return fileformat.decrypt_with_recovery(data, symbols.encode("ascii"))
    except WrongPassphraseError as exc:
        if exc.kind is ErrorKind.WRONG_PASSPHRASE:
            raise WrongPassphraseError(_WRONG_CODE, kind=ErrorKind.WRONG_RECOVERY_CODE) from None
        raise


_UNCHANGED = "The previous version is unchanged."
# A failed first save made nothing: the app says "nothing was written", not "unchanged".
_FIRST_SAVE_KINDS = {ErrorKind.DISK_FULL: ErrorKind.NEW_FILE_DISK_FULL,
                     ErrorKind.NO_PERMISSION: ErrorKind.NEW_FILE_NO_PERMISSION}


def _first_save_failed(exc: WriteError) -> WriteError:
    """The same reason, without "the previous version is unchanged": there was none."""
    text = str(exc)
    if _UNCHANGED in text:
        return WriteError(text.replace(_UNCHANGED, "No plan file was made."),
                          kind=_FIRST_SAVE_KINDS.get(exc.kind, ErrorKind.NEW_FILE_FAILED))
    return WriteError(f"{text} No plan file was made.",
                      kind=_FIRST_SAVE_KINDS.get(exc.kind, ErrorKind.NEW_FILE_FAILED))


def _fingerprint_or_none(path: Path) -> Fingerprint | None:
    try:
        return read_fingerprint(path, None)
    except StorageError:
        return None
