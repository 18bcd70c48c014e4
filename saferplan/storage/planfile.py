"""An unlocked plan file: unlock, save with backup, passphrase and recovery-code changes."""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from saferplan.model import PlanDocument, PlanJsonError, dumps_plan_json, loads_plan_json
from saferplan.model.plan_json import MAX_JSON_BYTES
from saferplan.storage import fileformat
from saferplan.storage.atomic import commit_temp, write_error, write_file_atomically, write_temp
from saferplan.storage.errors import (
    FileChangedError,
    PlanExistsError,
    PlanInUseError,
    ReadError,
    StorageError,
    UnsupportedFileError,
    WriteError,
    WrongPassphraseError,
)
from saferplan.storage.kdf import KEY_BYTES, KdfParams, kdf_for_new_file, secret_bytes
from saferplan.storage.lock import PlanLock, is_locked, lock_path
from saferplan.storage.recovery import generate_recovery_code, normalize_recovery_code

# The neutral ending of plan files; backups add ".bak".
PLAN_SUFFIX: Final = ".dat"
BACKUP_SUFFIX: Final = ".bak"


def backup_path(path: Path) -> Path:
    """Return where the previous version of the plan at ``path`` is kept."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def has_backup(path: Path) -> bool:
    """Return True if the plan at ``path`` has a backup file."""
    return backup_path(Path(path)).is_file()


@dataclass(frozen=True)
class _Fingerprint:
    """What the file looked like when we last read or wrote it."""

    size: int
    mtime_ns: int
    digest: bytes


def _read(path: Path) -> tuple[bytes, _Fingerprint]:
    """Read a whole (size-limited) file; ReadError/UnsupportedFileError on trouble."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise ReadError("The file does not exist.") from None
    except OSError:
        raise ReadError from None
    try:
        stat = os.fstat(fd)
        if stat.st_size > fileformat.MAX_FILE_BYTES:
            raise UnsupportedFileError("This file is too large to be a plan file.")
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
    except OSError:
        raise ReadError from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    return data, _Fingerprint(len(data), stat.st_mtime_ns, hashlib.sha256(data).digest())


def _load_json(json_bytes: bytes) -> PlanDocument:
    # No catalog: an old file must open even after questions change.
    try:
        return loads_plan_json(json_bytes)
    except PlanJsonError:
        raise UnsupportedFileError("The plan inside this file could not be read. "
                                   "It may come from a newer version of the app.") from None


def build_file_bytes(passphrase: str, doc: PlanDocument, kdf: KdfParams, *,
                     random_bytes: fileformat.RandomBytes = os.urandom,
                     with_recovery_code: bool = False) -> tuple[bytes, str | None]:
    """Return a new plan file's bytes (and its recovery code), drawing all randomness from
    ``random_bytes``: with a fixed source the output is reproducible (golden files)."""
    data_key = random_bytes(KEY_BYTES)
    key_header = fileformat.new_key_header(secret_bytes(passphrase), kdf, data_key, random_bytes)
    code, recovery = None, b""
    if with_recovery_code:
        code = generate_recovery_code(random_bytes)
        recovery = fileformat.new_recovery(code.replace("-", "").encode("ascii"), kdf, data_key,
                                           random_bytes)
    json_bytes = dumps_plan_json(doc, indent=None).encode("utf-8")
    return fileformat.seal(key_header, recovery, data_key, json_bytes, random_bytes), code


def read_plan(path: Path, passphrase: str) -> tuple[PlanDocument, bytes]:
    """Decrypt the plan at ``path`` without locking or writing anything: (document, data key)."""
    data, _ = _read(Path(path))
    _, data_key, json_bytes = fileformat.decrypt_with_passphrase(data, secret_bytes(passphrase))
    return _load_json(json_bytes), data_key


@dataclass(frozen=True)
class PlanCheck:
    """What ``check_plan`` found: whether the main file and the backup open."""

    main_error: StorageError | None
    backup_exists: bool
    backup_error: StorageError | None

    @property
    def main_ok(self) -> bool:
        """True if the main file opened."""
        return self.main_error is None

    @property
    def backup_ok(self) -> bool:
        """True if a backup exists and opened."""
        return self.backup_exists and self.backup_error is None


def check_plan(path: Path, passphrase: str) -> PlanCheck:
    """Try the main file and its backup with one passphrase; writes nothing, locks nothing."""
    path = Path(path)
    secret = secret_bytes(passphrase)
    main_error: StorageError | None = None
    main: tuple[fileformat.ParsedFile, bytes] | None = None
    try:
        data, _ = _read(path)
        parsed, data_key, json_bytes = fileformat.decrypt_with_passphrase(data, secret)
        _load_json(json_bytes)
        main = parsed, data_key
    except StorageError as exc:
        main_error = exc
    backup = backup_path(path)
    if not backup.is_file():
        return PlanCheck(main_error, False, None)
    backup_error: StorageError | None = None
    try:
        data, _ = _read(backup)
        parsed_backup = fileformat.parse(data)
        if main is not None and parsed_backup.key_header == main[0].key_header:
            json_bytes = fileformat.open_payload(parsed_backup, main[1])  # same key: no second KDF
        else:
            json_bytes = fileformat.decrypt_with_passphrase(data, secret)[2]
        _load_json(json_bytes)
    except StorageError as exc:
        backup_error = exc
    return PlanCheck(main_error, True, backup_error)


class PlanFile:
    """An unlocked plan file: holds the data key (never the passphrase) and the lock."""

    def __init__(self, path: Path, lock: PlanLock, data_key: bytes, key_header: bytes,
                 recovery: bytes, json_bytes: bytes, seen: _Fingerprint | None,
                 main_trusted: bool) -> None:
        self.path = path
        self._lock: PlanLock | None = lock
        self._data_key = data_key
        self._key_header = key_header
        self._recovery = recovery
        self._json = json_bytes  # the last saved content, for re-keying without the document
        self._seen = seen
        # Only a main file that opened (or that we wrote) this session may become the backup.
        self._main_trusted = main_trusted

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, doc: PlanDocument,
               kdf: KdfParams | None = None) -> PlanFile:
        """Make a new plan file at ``path`` (which must not exist); runs the KDF once."""
        path = Path(path)
        if path.exists() or backup_path(path).exists():
            raise PlanExistsError
        kdf = kdf or kdf_for_new_file()
        data_key = os.urandom(KEY_BYTES)
        key_header = fileformat.new_key_header(secret_bytes(passphrase), kdf, data_key)
        lock = PlanLock.acquire(path)
        plan = cls(path, lock, data_key, key_header, b"", b"", None, main_trusted=False)
        try:
            if path.exists():  # made by someone else while we derived the key
                raise PlanExistsError
            plan.save(doc)
        except BaseException:
            plan.close()
            raise
        return plan

    @classmethod
    def unlock(cls, path: Path, passphrase: str) -> tuple[PlanFile, PlanDocument]:
        """Open the plan at ``path`` with its passphrase; runs the KDF once."""
        return cls._unlock(Path(path), passphrase, from_backup=False, recovery=False)

    @classmethod
    def unlock_backup(cls, path: Path, passphrase: str) -> tuple[PlanFile, PlanDocument]:
        """Open the backup of ``path``; later saves go to ``path`` (never backing up its file)."""
        return cls._unlock(Path(path), passphrase, from_backup=True, recovery=False)

    @classmethod
    def unlock_with_recovery_code(cls, path: Path, code: str) -> tuple[PlanFile, PlanDocument]:
        """Open the plan at ``path`` with its recovery code; runs the KDF once."""
        return cls._unlock(Path(path), code, from_backup=False, recovery=True)

    @classmethod
    def _unlock(cls, path: Path, secret: str, *, from_backup: bool,
                recovery: bool) -> tuple[PlanFile, PlanDocument]:
        # Checked before the KDF so a second window fails fast; creates nothing.
        if is_locked(path):
            raise PlanInUseError
        data, seen = _read(backup_path(path) if from_backup else path)
        if recovery:
            symbols = normalize_recovery_code(secret)
            if symbols is None:
                raise WrongPassphraseError("Wrong recovery code, or the file is damaged.")
            try:
                parsed, data_key, json_bytes = fileformat.decrypt_with_recovery(
                    data, symbols.encode("ascii"))
            except WrongPassphraseError as exc:
                if str(exc) == WrongPassphraseError.default_message:
                    raise WrongPassphraseError(
                        "Wrong recovery code, or the file is damaged.") from None
                raise
        else:
            parsed, data_key, json_bytes = fileformat.decrypt_with_passphrase(
                data, secret_bytes(secret))
        doc = _load_json(json_bytes)
        seen_main = _fingerprint_or_none(path) if from_backup else seen
        lock = PlanLock.acquire(path)
        plan = cls(path, lock, data_key, parsed.key_header, parsed.recovery, json_bytes,
                   seen_main, main_trusted=not from_backup)
        return plan, doc

    # -- saving --------------------------------------------------------------------------
    def save(self, doc: PlanDocument) -> None:
        """Save atomically with no KDF, keeping the previous version as the backup.

        Raises FileChangedError (nothing written) if the file changed on disk since opened.
        """
        json_bytes = dumps_plan_json(doc, indent=None).encode("utf-8")
        if len(json_bytes) > MAX_JSON_BYTES:
            raise WriteError("The plan is too large to save. The previous version is unchanged.")
        self._write(json_bytes, self._key_header, self._recovery)

    def _write(self, json_bytes: bytes, key_header: bytes, recovery: bytes) -> None:
        data_key = self._require_key()
        data = fileformat.seal(key_header, recovery, data_key, json_bytes)
        self._self_check(data, data_key, json_bytes)
        current = self._current_main()
        folder = self.path.parent
        try:
            temp, stat = write_temp(folder, data)
            try:
                if current is not None and self._main_trusted:
                    write_file_atomically(backup_path(self.path), current)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise
            commit_temp(temp, self.path)
        except OSError as exc:
            raise write_error(exc) from None
        self._seen = _Fingerprint(stat.st_size, stat.st_mtime_ns, hashlib.sha256(data).digest())
        self._main_trusted = True
        self._key_header, self._recovery, self._json = key_header, recovery, json_bytes

    @staticmethod
    def _self_check(data: bytes, data_key: bytes, json_bytes: bytes) -> None:
        try:
            ok = fileformat.open_payload(fileformat.parse(data), data_key) == json_bytes
        except StorageError:
            ok = False
        if not ok:
            raise WriteError("The file failed its check before saving, so it was not saved. "
                             "The previous version is unchanged.")

    def _current_main(self) -> bytes | None:
        """Return the main file's bytes if it is as we last saw it; else FileChangedError."""
        try:
            data, now = _read(self.path)
        except ReadError:
            if self.path.exists() or self._seen is not None:
                raise FileChangedError from None
            return None
        except UnsupportedFileError:  # grew past any plan file's size
            raise FileChangedError from None
        if now != self._seen:
            raise FileChangedError
        return data

    # -- keys ----------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """Re-wrap the data key under a new passphrase (new kdf_salt; KDF runs once).

        ``kdf`` None keeps the current cost. The backup is rewritten too, so no copy that
        this app keeps still opens with the old passphrase.
        """
        kdf = kdf or fileformat.parse_key_header_kdf(self._key_header)
        key_header = fileformat.new_key_header(secret_bytes(new_passphrase), kdf,
                                               self._require_key())
        self._rekey(key_header, self._recovery)

    def create_recovery_code(self) -> str:
        """Add (or replace) the recovery slot; return the code, to be shown once."""
        code = generate_recovery_code()
        symbols = code.replace("-", "")
        kdf = fileformat.parse_key_header_kdf(self._key_header)
        recovery = fileformat.new_recovery(symbols.encode("ascii"), kdf, self._require_key())
        self._rekey(self._key_header, recovery)
        return code

    def remove_recovery_code(self) -> None:
        """Remove the recovery slot (from the backup too)."""
        self._rekey(self._key_header, b"")

    @property
    def has_recovery_code(self) -> bool:
        """True if the file has a recovery slot."""
        return bool(self._recovery)

    def _rekey(self, key_header: bytes, recovery: bytes) -> None:
        self._write(self._json, key_header, recovery)
        # The backup holds the same plan under the old keys; replace it with the new file.
        data = _read(self.path)[0]
        write_file_atomically(backup_path(self.path), data)

    def _require_key(self) -> bytes:
        if self._lock is None:
            raise StorageError("The plan is locked. Open it again to continue.")
        return self._data_key

    def close(self) -> None:
        """Drop the keys and release the lock; idempotent. (Python cannot wipe memory.)"""
        self._data_key = b""
        self._json = b""
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _fingerprint_or_none(path: Path) -> _Fingerprint | None:
    # A damaged main file reads fine (only decryption fails), so this is its true fingerprint.
    try:
        return _read(path)[1]
    except StorageError:
        return None


def delete_plan(path: Path) -> None:
    """Delete the plan file, its backup and its lock.

    The files are overwritten once and removed, but on SSDs and flash drives (USB sticks,
    phones) the old blocks may survive: deletion there cannot be guaranteed. Without the
    passphrase or recovery code those leftovers remain encrypted.
    """
    path = Path(path)
    lock = PlanLock.acquire(path)  # PlanInUseError if open elsewhere
    try:
        for target in (path, backup_path(path)):
            _overwrite_and_remove(target)
    finally:
        lock.release()
    with contextlib.suppress(OSError):
        os.unlink(lock_path(path))


def _overwrite_and_remove(target: Path) -> None:
    try:
        size = target.stat().st_size
    except FileNotFoundError:
        return
    except OSError as exc:
        raise write_error(exc) from None
    try:
        fd = os.open(target, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        try:
            os.write(fd, os.urandom(min(size, fileformat.MAX_FILE_BYTES)))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass  # overwriting is a bonus; removing is what matters
    try:
        os.unlink(target)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise write_error(exc) from None
