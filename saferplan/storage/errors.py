"""The typed errors of the storage layer: each one's text is a calm sentence with no plan data."""

from __future__ import annotations


class StorageError(Exception):
    """Base of storage errors; ``str(exc)`` is one user-facing sentence, never plan data."""

    default_message = "The plan file could not be used."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class WrongPassphraseError(StorageError):
    """The passphrase (or recovery code) is wrong, or the file is damaged: the two look the same."""

    default_message = "Wrong passphrase, or the file is damaged."


class UnsupportedFileError(StorageError):
    """Not a plan file, a newer format, or KDF parameters that are unsafe to run."""

    default_message = "This is not a plan file, or it was made by a newer version of the app."


class FileChangedError(StorageError):
    """The file changed on disk since it was opened; nothing was written."""

    default_message = (
        "The plan file was changed by another program since it was opened. Nothing was saved."
    )


class PlanInUseError(StorageError):
    """Another window or process has this plan open (its lock is held)."""

    default_message = "This plan is open in another window. Close it there first."


class WriteError(StorageError):
    """A file could not be written (disk full, no permission); the previous file is intact."""

    default_message = "The file could not be saved. The previous version is unchanged."


class ReadOnlyPlanError(WriteError):
    """The plan was saved by a newer version of the app; this one does not change it."""

    default_message = ("This plan was saved by a newer version of the app. It cannot be "
                       "changed here. Nothing was changed.")


class PlanExistsError(WriteError):
    """A new plan was asked for where a file already exists; nothing was written."""

    default_message = "A file with this name already exists. Nothing was changed."


class ReadError(StorageError):
    """A file could not be read at all (missing, no permission)."""

    default_message = "The file could not be read."
