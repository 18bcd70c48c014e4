"""An unlocked plan file: unlock (and tell an older copy), passphrase and recovery-code changes.

Saving, and writing new key slots to main and backup, are in writable.py (its base class).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from saferplan.model import PlanDocument
from saferplan.storage import fileformat
from saferplan.storage import kdf as costs
from saferplan.storage.atomic import remove_leftovers_beside
from saferplan.storage.errors import (
    ErrorKind,
    PlanExistsError,
    PlanInUseError,
    StorageError,
    WriteError,
    WrongPassphraseError,
)
from saferplan.storage.filestate import Fingerprint, Layout, open_head, read_fingerprint
from saferplan.storage.kdf import KEY_BYTES, KdfParams, secret_bytes
from saferplan.storage.lock import PlanLock, is_locked
from saferplan.storage.names import backup_path
from saferplan.storage.opening import open_stored
from saferplan.storage.plan_bytes import load_payload
from saferplan.storage.recovery import generate_recovery_code
from saferplan.storage.seen_saves import REPLACED, SeenSaves
from saferplan.storage.stored_chunks import ChunkStore
from saferplan.storage.strength import strengthened_slots
from saferplan.storage.writable import WritablePlan

if TYPE_CHECKING:
    from saferplan.storage.keychange import KeyChange

_KEYS_MOVED = "The passphrase or recovery code was changed meanwhile. Nothing was changed."


@dataclass(frozen=True)
class OlderCopy:
    """The file opened is older than the newest save of it made on this computer."""

    generation: int  # the file's
    newest: int | None  # remembered here; None: the plan's keys were changed here since
    # The backup beside it is newer and shares its key slot (it opens with unlock_backup).
    backup_generation: int | None = None


class PlanFile(WritablePlan):
    """An unlocked plan file: holds the data key (never the passphrase) and the lock;
    opens it, tells an older copy, changes its passphrase and recovery code."""

    older_copy: OlderCopy | None = None  # set at unlock: see _track

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
        plan = cls(path, lock, data_key, key_header, b"", [], None, main_trusted=False)
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
        plan = cls(path, lock, data_key, key_header, slot, opened.sealed_head, seen,
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
