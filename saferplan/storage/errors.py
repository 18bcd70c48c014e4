"""The typed errors of the storage layer: each one's text is a calm sentence with no plan data.

Each error also carries a ``kind`` (ErrorKind): the app shows the translated sentence for the
kind (saferplan.gui.storage_errors); the command line prints the English ``str(exc)``.
"""

from __future__ import annotations

import enum


class ErrorKind(enum.Enum):
    """What went wrong, one value per distinct English sentence of the storage layer."""

    GENERIC = "generic"
    WRONG_PASSPHRASE = "wrong_passphrase"  # noqa: S105 - a kind, not a password
    WRONG_RECOVERY_CODE = "wrong_recovery_code"
    NO_RECOVERY_CODE = "no_recovery_code"
    UNSUPPORTED = "unsupported"
    NOT_A_PLAN_FILE = "not_a_plan_file"
    UNKNOWN_METHOD = "unknown_method"
    NEWER_VERSION = "newer_version"
    READ_ONLY = "read_only"
    KDF_TOO_COSTLY = "kdf_too_costly"
    PLAN_UNREADABLE = "plan_unreadable"
    NOT_REGULAR = "not_regular"
    TOO_LARGE = "too_large"
    FILE_CHANGED = "file_changed"
    IN_USE = "in_use"
    LOCK_NOT_REGULAR = "lock_not_regular"
    WRITE_FAILED = "write_failed"
    DISK_FULL = "disk_full"
    NO_PERMISSION = "no_permission"
    NEW_FILE_FAILED = "new_file_failed"
    NEW_FILE_DISK_FULL = "new_file_disk_full"
    NEW_FILE_NO_PERMISSION = "new_file_no_permission"
    PLAN_TOO_LARGE = "plan_too_large"
    SELF_CHECK_FAILED = "self_check_failed"
    HALF_REKEYED = "half_rekeyed"
    KEYS_MOVED = "keys_moved"
    NEWER_BACKUP_KEPT = "newer_backup_kept"
    LOCKED = "locked"
    EXISTS = "exists"
    READ_FAILED = "read_failed"
    MISSING = "missing"


class StorageError(Exception):
    """Base of storage errors; ``str(exc)`` is one user-facing sentence, never plan data."""

    default_message = "The plan file could not be used."
    default_kind = ErrorKind.GENERIC

    def __init__(self, message: str | None = None, *, kind: ErrorKind | None = None) -> None:
        super().__init__(message or self.default_message)
        self.kind = kind or self.default_kind


class WrongPassphraseError(StorageError):
    """The passphrase (or recovery code) is wrong, or the file is damaged: the two look the same."""

    default_message = "Wrong passphrase, or the file is damaged."
    default_kind = ErrorKind.WRONG_PASSPHRASE


class UnsupportedFileError(StorageError):
    """Not a plan file, a newer format, or KDF parameters that are unsafe to run."""

    default_message = "This is not a plan file, or it was made by a newer version of the app."
    default_kind = ErrorKind.UNSUPPORTED


class FileChangedError(StorageError):
    """The file changed on disk since it was opened; nothing was written."""

    default_message = (
        "The plan file was changed by another program since it was opened. Nothing was saved."
    )
    default_kind = ErrorKind.FILE_CHANGED


class PlanInUseError(StorageError):
    """Another window or process has this plan open (its lock is held)."""

    default_message = "This plan is open in another window. Close it there first."
    default_kind = ErrorKind.IN_USE


class WriteError(StorageError):
    """A file could not be written (disk full, no permission); the previous file is intact."""

    default_message = "The file could not be saved. The previous version is unchanged."
    default_kind = ErrorKind.WRITE_FAILED


class ReadOnlyPlanError(WriteError):
    """The plan was saved by a newer version of the app; this one does not change it."""

    default_message = ("This plan was saved by a newer version of the app. It cannot be "
                       "changed here. Nothing was changed.")
    default_kind = ErrorKind.READ_ONLY


class PlanExistsError(WriteError):
    """A new plan was asked for where a file already exists; nothing was written."""

    default_message = "A file with this name already exists. Nothing was changed."
    default_kind = ErrorKind.EXISTS


class ReadError(StorageError):
    """A file could not be read at all (missing, no permission)."""

    default_message = "The file could not be read."
    default_kind = ErrorKind.READ_FAILED
