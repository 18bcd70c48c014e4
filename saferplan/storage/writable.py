"""An open plan file's state and how it is written: saves with backup, key slots rewritten
to main and backup, sealing in memory. PlanFile (planfile.py) adds opening and key changes."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Self

from saferplan.model import PlanDocument
from saferplan.model.attachment import Attachment, StoredContent
from saferplan.model.document import SCHEMA_VERSION
from saferplan.model.plan_json import MAX_JSON_BYTES
from saferplan.storage import chunks, fileformat, payload_info, stored_chunks
from saferplan.storage.atomic import (
    commit_temp,
    remove_leftovers_beside,
    write_error,
    write_temp,
)
from saferplan.storage.chunks import Buffer
from saferplan.storage.errors import (
    ErrorKind,
    FileChangedError,
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
    read_file,
    read_fingerprint,
)
from saferplan.storage.lock import PlanLock
from saferplan.storage.memlock import SecretBuffer
from saferplan.storage.names import backup_path
from saferplan.storage.opening import written_chunks
from saferplan.storage.payload_info import PayloadInfo
from saferplan.storage.plan_bytes import load_payload, plan_json
from saferplan.storage.sealing import Fresh, PreparedSave, layout_of, reencrypted, self_check
from saferplan.storage.seen_saves import REPLACED, SeenSaves
from saferplan.storage.stored_chunks import ChunkStore, StoredChunk, part_bytes

_PLAN_TOO_LARGE = "The plan is too large to save. The previous version is unchanged."
_NEWER_BACKUP_KEPT = ("The backup beside this older copy is newer. Changing the keys now would "
                      "replace it, so nothing was changed. Open the newer backup first.")
# The backup already holds the new keys; the main file was not replaced.
_HALF_REKEYED = ("The change did not finish. The plan file still opens as before; its backup "
                 "already has the change.")


class WritablePlan:
    """An unlocked plan file's keys, last saved content and chunks, and its writing.

    Attachments stay encrypted in the open file (storage/stored_chunks.py): a save encrypts
    only the attachments that are new or changed and copies the others' ciphertext unchanged.
    """

    # Who wrote the file as opened; a plan from a newer version is read-only (payload_info).
    writer: PayloadInfo = PayloadInfo(None, SCHEMA_VERSION)

    def __init__(self, path: Path, lock: PlanLock, data_key: bytes, key_header: bytes,
                 recovery: bytes, sealed_head: Sequence[Buffer], seen: Fingerprint | None,
                 main_trusted: bool, layout: Layout | None = None,
                 store: ChunkStore | None = None, strengthen: bool = False) -> None:
        self.path = path
        self._lock: PlanLock | None = lock
        self._data_key = SecretBuffer(data_key)  # locked against swap where allowed
        self._key_header = key_header
        self._recovery = recovery
        # The file as last saved (or opened) up to the end of its payload, still encrypted:
        # re-keying decrypts its plan text again (_last_saved_json), without the document.
        self._sealed_head = list(sealed_head)
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
        # An older copy whose backup may be newer: saves leave the backup as it is.
        self._keep_backup = False
        # Opened with the recovery code: key changes confirm that code, not the passphrase,
        # until a new passphrase is set.
        self.opened_with_code = False

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
        self._wrote(parts, stat, sealed, fresh, key_header, recovery)

    def _wrote(self, parts: Sequence[chunks.Part], stat: os.stat_result,
               sealed: Sequence[chunks.SealedChunk], fresh: Sequence[Fresh],
               key_header: bytes, recovery: bytes) -> None:
        """Remember what is now the main file: its fingerprint, slots, content and chunks."""
        head = [part_bytes(parts[0]), part_bytes(parts[1])]
        self._layout = layout_of(len(head[0]) + len(head[1]), sealed)
        self._seen = Fingerprint(stat.st_size, stat.st_mtime_ns,
                                 digest_of(head, [c.tag for c in sealed]))
        self._main_trusted = True
        self._key_header, self._recovery = key_header, recovery
        self._sealed_head = head
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

    @property
    def read_only(self) -> bool:
        """True if a newer version of the app wrote this plan: it must not be changed here."""
        return self.writer.newer

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise ReadOnlyPlanError(payload_info.newer_message(self.writer, readable=True),
                                    kind=ErrorKind.READ_ONLY)

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
        json_bytes = self._last_saved_json(old_key)
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
        self._wrote(parts, stat, sealed, fresh, key_header, recovery)

    def _last_saved_json(self, data_key: bytes) -> bytes:
        """The plan text of the file as last saved (or opened), decrypted again."""
        parsed = fileformat.parse(b"".join(self._sealed_head))
        return bytes(fileformat.open_payload(parsed, data_key)[0])

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
            self._sealed_head = []
            self._store.close()
            lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
