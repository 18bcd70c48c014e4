"""An unlocked plan file: unlock, save with backup, passphrase and recovery-code changes."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from saferplan.model import PlanDocument
from saferplan.model.attachment import Attachment, StoredContent
from saferplan.model.document import SCHEMA_VERSION
from saferplan.model.plan_json import MAX_JSON_BYTES
from saferplan.storage import chunks, fileformat, payload_info, stored_chunks
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
    WriteError,
    WrongPassphraseError,
)
from saferplan.storage.filestate import (
    Fingerprint,
    Layout,
    digest_of,
    fingerprint,
    keep_backup,
    open_head,
    read_file,
    read_fingerprint,
)
from saferplan.storage.kdf import KEY_BYTES, KdfParams, secret_bytes
from saferplan.storage.lock import PlanLock, is_locked
from saferplan.storage.memlock import SecretBuffer
from saferplan.storage.names import backup_path
from saferplan.storage.opening import open_stored, written_chunks
from saferplan.storage.payload_info import PayloadInfo
from saferplan.storage.plan_bytes import (
    load_payload,
    plan_json,
)
from saferplan.storage.recovery import generate_recovery_code
from saferplan.storage.sealing import Fresh, PreparedSave, layout_of, reencrypted, self_check
from saferplan.storage.seen_saves import REPLACED, SeenSaves
from saferplan.storage.stored_chunks import ChunkStore, StoredChunk, part_bytes
from saferplan.storage.strength import strengthened_slots

if TYPE_CHECKING:
    from saferplan.storage.keychange import KeyChange

_PLAN_TOO_LARGE = "The plan is too large to save. The previous version is unchanged."
_KEYS_MOVED = "The passphrase or recovery code was changed meanwhile. Nothing was changed."
_NEWER_BACKUP_KEPT = ("The backup beside this older copy is newer. Changing the keys now would "
                      "replace it, so nothing was changed. Open the newer backup first.")
# The backup already holds the new keys; the main file was not replaced.
_HALF_REKEYED = ("The change did not finish. The plan file still opens as before; its backup "
                 "already has the change.")


@dataclass(frozen=True)
class OlderCopy:
    """The file opened is older than the newest save of it made on this computer."""

    generation: int  # the file's
    newest: int | None  # remembered here; None: the plan's keys were changed here since
    # The backup beside it is newer and shares its key slot (it opens with unlock_backup).
    backup_generation: int | None = None


class PlanFile:
    """An unlocked plan file: holds the data key (never the passphrase) and the lock.

    Attachments stay encrypted in the open file (storage/stored_chunks.py): a save encrypts
    only the attachments that are new or changed and copies the others' ciphertext unchanged.
    """

    # Who wrote the file as opened; a plan from a newer version is read-only (payload_info).
    writer: PayloadInfo = PayloadInfo(None, SCHEMA_VERSION)

    def __init__(self, path: Path, lock: PlanLock, data_key: bytes, key_header: bytes,
                 recovery: bytes, json_bytes: bytes, seen: Fingerprint | None,
                 main_trusted: bool, layout: Layout | None = None,
                 store: ChunkStore | None = None, strengthen: bool = False) -> None:
        self.path = path
        self._lock: PlanLock | None = lock
        self._data_key = SecretBuffer(data_key)  # locked against swap where allowed
        self._key_header = key_header
        self._recovery = recovery
        # The last saved content (plain text), for re-keying without the document.
        self._json = SecretBuffer(json_bytes)
        # The last saved chunks, in order, and the data key to read them while the plan is open.
        self._store = store or ChunkStore()
        self._store.bind(self._require_key)
        self._seen = seen
        self._layout = layout  # which bytes of the main file its fingerprint covers
        # Only a main file that opened (or that we wrote) this session may become the backup.
        self._main_trusted = main_trusted
        # The slots above were strengthened at unlock: the next save writes them to both copies.
        self._strengthen = strengthen
        # Saves may be written in a worker thread: one write (or key change) at a time, and
        # never one prepared earlier after one prepared later (prepare_save, write_prepared).
        self._writing = threading.RLock()
        self._prepared = self._written = 0
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
        typed = data_key is None
        store = ChunkStore()
        try:
            parsed, data_key, opened = open_stored(
                backup_path(path) if from_backup else path, secret, recovery=recovery,
                data_key=data_key, store=store)
            doc, info = load_payload(opened.json_bytes,
                                     {c.id: store.content(c.id) for c in store.all()})
            stronger = strengthened_slots(parsed, data_key, secret, recovery) if typed else None
            lock = PlanLock.acquire(path)
        except BaseException:
            store.close()
            raise
        layout: Layout | None = opened.layout
        seen: Fingerprint | None = opened.fingerprint
        key_header, slot = parsed.key_header, parsed.recovery
        if from_backup:
            # A damaged main reads fine (only decryption fails): fingerprint all of it.
            layout, seen = None, _fingerprint_or_none(path)
        if stronger is not None:
            key_header, slot = stronger
        remove_leftovers_beside(path)
        plan = cls(path, lock, data_key, key_header, slot, opened.json_bytes, seen,
                   main_trusted=not from_backup, layout=layout, store=store,
                   strengthen=stronger is not None)
        plan.writer = info
        plan.opened_with_code = recovery
        plan._track(opened.save, seen_saves, warn=not from_backup)
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
            fd, stat, head = open_head(backup)
            os.close(fd)  # only the payload is needed: it holds the save record
            parsed = fileformat.parse(head, stat.st_size)
        except StorageError:
            return  # damaged or not a plan file: nothing worth keeping
        if parsed.key_header[12:] != key_header[12:]:
            self._keep_backup = True  # other keys (changed since?): it may be the newer plan
            return
        try:
            record = fileformat.open_payload_with_record(parsed, self._require_key())[2]
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
    def save(self, doc: PlanDocument, *, release_files: bool = False) -> None:
        """Save atomically with no KDF, keeping the previous version as the backup.

        Unchanged attachments are not encrypted again. Raises FileChangedError (nothing
        written) if the file changed on disk since opened. With ``release_files`` (a document
        that lives no longer than this PlanFile, like the app's own, or one from ``unlock``)
        the bytes of files added since are let go of once saved: like the files the plan
        opened with, they are read from the plan file when needed, while it is open.
        """
        prepared = self.prepare_save(doc)
        self.write_prepared(prepared)
        if release_files:
            self.release_files(prepared)

    def prepare_save(self, doc: PlanDocument) -> PreparedSave:
        """The first, quick half of a save, on the thread that owns ``doc``: its JSON and its
        files as they are now. ``write_prepared`` does the rest, on any thread."""
        self._refuse_if_read_only()
        json_bytes = plan_json(doc)
        if len(json_bytes) > MAX_JSON_BYTES:
            raise WriteError(_PLAN_TOO_LARGE, kind=ErrorKind.PLAN_TOO_LARGE)
        with self._writing:
            self._prepared += 1
            return PreparedSave(json_bytes, tuple(doc.attachments.values()), self._prepared)

    def write_prepared(self, prepared: PreparedSave) -> bool:
        """Encrypt and write a prepared save; one write at a time, under the keys of the
        moment. Returns False, writing nothing, if a save prepared later was written first."""
        with self._writing:
            if prepared.number <= self._written:
                return False
            self._refuse_if_read_only()
            if self._strengthen and not self._keep_backup:
                # First the last saved plan with the stronger slots, as main AND backup, so no
                # copy the app keeps stays weak; then this save as usual.
                self._rekey(self._require_key(), self._key_header, self._recovery)
            sealed, fresh = self._seal_attachments(prepared.attachments)
            self._write(prepared.json_bytes, sealed, fresh, self._key_header, self._recovery)
            self._written = prepared.number
            return True

    def release_files(self, prepared: PreparedSave) -> None:
        """Let go of the bytes of the prepared save's files that are now in the plan file:
        from now on they are read from it (only for a document that lives no longer than
        this PlanFile). Call it on the thread that owns the document."""
        for attachment in prepared.attachments:
            chunk = self._store.get(attachment.id)
            if attachment.stored is None and chunk is not None \
                    and (chunk.size, chunk.sha256) == (attachment.size, attachment.sha256()):
                attachment.keep_stored(self._store.content(attachment.id))

    def _seal_attachments(self, attachments: Iterable[Attachment]
                          ) -> tuple[list[chunks.SealedChunk], list[Fresh]]:
        """Reuse the stored chunk of every unchanged attachment; encrypt the others once."""
        data_key = self._require_key()
        sealed: list[chunks.SealedChunk] = []
        fresh = []
        for attachment in attachments:
            old = self._store.get(attachment.id)
            if old is not None and (old.size, old.sha256) == (attachment.size,
                                                                attachment.sha256()):
                sealed.append(old)
                continue
            item = Fresh(chunks.encrypt_chunk(data_key, attachment.id, attachment.data),
                          attachment.size, attachment.sha256())
            sealed.append(item.chunk)
            fresh.append(item)
        return sealed, fresh

    def _sealed_parts(self, data_key: bytes, json_bytes: bytes,
                      sealed: Sequence[chunks.SealedChunk], fresh: Sequence[Fresh],
                      key_header: bytes, recovery: bytes) -> list[chunks.Part]:
        """Seal a whole file and check it decrypts to what it should; no writing.

        The file is the next save: its generation is one more than the open file's.
        """
        record = fileformat.SaveRecord(self._file_id, self._generation + 1)
        try:
            stored_chunks.check_sources(self._require_key(), sealed)
        except (StorageError, OSError):
            raise FileChangedError from None  # a file kept in the plan changed on disk
        parts = fileformat.seal(key_header, recovery, data_key, json_bytes, sealed, save=record)
        if sum(len(p) for p in parts) > fileformat.MAX_FILE_BYTES:
            raise WriteError(_PLAN_TOO_LARGE, kind=ErrorKind.PLAN_TOO_LARGE)
        self_check(parts, data_key, json_bytes, sealed, fresh)
        return parts

    def _write(self, json_bytes: bytes, sealed: Sequence[chunks.SealedChunk],
               fresh: Sequence[Fresh], key_header: bytes, recovery: bytes) -> None:
        parts = self._sealed_parts(self._require_key(), json_bytes, sealed, fresh, key_header,
                                   recovery)
        main_exists = self._check_main_unchanged()
        folder = self.path.parent
        try:
            temp, stat = write_temp(folder, parts)
            try:
                self._check_copies(sealed, [temp], parts)  # before the link moves ctime
                if main_exists and self._main_trusted and not self._keep_backup:
                    keep_backup(self.path, backup_path(self.path), self._read_unchanged_main)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise
            commit_temp(temp, self.path)
        except OSError as exc:
            raise write_error(exc) from None
        self._wrote(parts, stat, json_bytes, sealed, fresh, key_header, recovery)

    def _wrote(self, parts: Sequence[chunks.Part], stat: os.stat_result, json_bytes: bytes,
               sealed: Sequence[chunks.SealedChunk], fresh: Sequence[Fresh],
               key_header: bytes, recovery: bytes) -> None:
        """Remember what is now the main file: its fingerprint, slots, content and chunks."""
        head = [part_bytes(parts[0]), part_bytes(parts[1])]
        self._layout = layout_of(len(head[0]) + len(head[1]), sealed)
        self._seen = Fingerprint(stat.st_size, stat.st_mtime_ns,
                                 digest_of(head, [c.tag for c in sealed]))
        self._main_trusted = True
        self._key_header, self._recovery = key_header, recovery
        self._json.wipe()
        self._json = SecretBuffer(json_bytes)
        self._store.replace(written_chunks(self.path, stat, self._layout.head, sealed,
                                           {f.chunk.id: (f.size, f.sha256) for f in fresh}))
        remove_leftovers_beside(self.path)
        self._generation += 1
        if self._seen_saves is not None:
            self._seen_saves.remember(self._require_key(), self._file_id, self._generation)

    def _check_copies(self, sealed: Sequence[chunks.SealedChunk], written: Sequence[Path],
                      parts: Sequence[chunks.Part]) -> None:
        """FileChangedError if a kept file copied into ``written`` may have been changed by
        another program while it was copied, and its copy does not open."""
        head = len(parts[0]) + len(parts[1])
        try:
            for path in written:
                stored_chunks.check_copies(self._require_key(), sealed, str(path), head)
        except (StorageError, OSError):
            raise FileChangedError from None

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
        """Return ``doc`` encrypted under the current keys, as a file would be; write nothing.

        Only files added since the last save travel in these bytes; files already in the plan
        file are named (id, size, sha256) and taken from it again by ``open_sealed``, so a
        kept file that cannot be read now never costs the changes. The bytes open with
        ``open_sealed`` on any PlanFile of this plan unlocked later, as long as the data key
        did not change (a passphrase change or a removed recovery code makes a new one).
        """
        json_bytes = plan_json(doc)
        if len(json_bytes) > MAX_JSON_BYTES:
            raise WriteError(_PLAN_TOO_LARGE, kind=ErrorKind.PLAN_TOO_LARGE)
        with self._writing:
            sealed, fresh = self._seal_attachments(doc.attachments.values())
            carried = [c for c in sealed if not isinstance(c, StoredChunk)]
            parts = self._sealed_parts(self._require_key(), json_bytes, carried, fresh,
                                       self._key_header, self._recovery)
            return b"".join(part_bytes(p) for p in parts)  # all in memory

    def open_sealed(self, data: bytes) -> PlanDocument:
        """Decrypt bytes from ``seal`` with this file's data key; no KDF, nothing written.

        Raises WrongPassphraseError if they do not open with it (the key changed since they
        were sealed, or they are damaged).
        """
        data_key = self._require_key()
        try:
            contents = fileformat.open_file(fileformat.parse(data), data_key)
            # Files the changes did not add are this plan file's (checked by sha256).
            files: dict[str, bytes | StoredContent] = {
                c.id: self._store.content(c.id) for c in self._store.all()}
            files.update(contents.attachments)
            return load_payload(contents.json_bytes, files, more_files=True)[0]
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
        with self._writing:
            if change.base_header != self._key_header:
                raise StorageError(_KEYS_MOVED, kind=ErrorKind.KEYS_MOVED)
            self._rekey(change.data_key, change.key_header, change.recovery)

    def _rekey(self, data_key: bytes, key_header: bytes, recovery: bytes) -> None:
        with self._writing:  # never beside a save being written in another thread
            self._rekey_now(data_key, key_header, recovery)

    def _rekey_now(self, data_key: bytes, key_header: bytes, recovery: bytes) -> None:
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
        sealed: list[chunks.SealedChunk] = list(self._store.all())
        fresh: list[Fresh] = []
        if data_key != old_key:  # chunk keys come from the data key: encrypt every file again
            fresh = [reencrypted(old_key, data_key, c) for c in self._store.all()]
            sealed = [f.chunk for f in fresh]
        json_bytes = self._json.value()
        parts = self._sealed_parts(data_key, json_bytes, sealed, fresh, key_header, recovery)
        self._check_main_unchanged()
        folder = self.path.parent
        try:
            temp, stat = write_temp(folder, parts)
            try:
                # An independent file, not a link: the next save's link must not touch it.
                copy, _ = write_temp(folder, parts)
                try:
                    self._check_copies(sealed, [temp, copy], parts)
                except BaseException:
                    with contextlib.suppress(OSError):
                        os.unlink(copy)
                    raise
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
        self._wrote(parts, stat, json_bytes, sealed, fresh, key_header, recovery)

    def _require_key(self) -> bytes:
        if self._lock is None:
            raise StorageError("The plan is locked. Open it again to continue.",
                               kind=ErrorKind.LOCKED)
        return self._data_key.value()

    def close(self) -> None:
        """Wipe the data key and the last saved plaintext, release the lock; idempotent.

        (Only these buffers of our own can be wiped: Python cannot wipe its other copies.)
        """
        with self._writing:  # a save being written finishes first
            self._data_key.wipe()
            self._json.wipe()
            self._store.close()
            lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
