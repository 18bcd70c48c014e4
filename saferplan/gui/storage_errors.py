"""The app's words for each kind of storage error, in the person's language.

Storage raises typed errors with an English sentence for the command line; the app never shows
that sentence (a Khmer screen would get English inside Khmer). It shows the translated
sentence for the error's ``kind`` instead. Every ErrorKind has one (a test checks).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from saferplan.storage.errors import ErrorKind

_CONTEXT = "StorageErrors"
_SENTENCES: dict[ErrorKind, Any] = {  # QT_TRANSLATE_NOOP gives back its text
    ErrorKind.GENERIC: QT_TRANSLATE_NOOP("StorageErrors", "The plan file could not be used."),
    ErrorKind.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "StorageErrors", "Wrong passphrase, or the file is damaged."),
    ErrorKind.WRONG_RECOVERY_CODE: QT_TRANSLATE_NOOP(
        "StorageErrors", "Wrong recovery code, or the file is damaged."),
    ErrorKind.NO_RECOVERY_CODE: QT_TRANSLATE_NOOP(
        "StorageErrors", "This plan file has no recovery code."),
    ErrorKind.UNSUPPORTED: QT_TRANSLATE_NOOP(
        "StorageErrors",
        "This is not a plan file, or it was made by a newer version of the app."),
    ErrorKind.NOT_A_PLAN_FILE: QT_TRANSLATE_NOOP("StorageErrors", "This file is not a plan file."),
    ErrorKind.UNKNOWN_METHOD: QT_TRANSLATE_NOOP(
        "StorageErrors", "This plan file uses a method this version does not know."),
    ErrorKind.NEWER_VERSION: QT_TRANSLATE_NOOP(
        "StorageErrors",
        "This plan file was made by a newer version of the app. Update the app to open it."),
    ErrorKind.READ_ONLY: QT_TRANSLATE_NOOP(
        "StorageErrors", "This plan was saved by a newer version of the app. It cannot be "
        "changed here. Nothing was changed."),
    ErrorKind.KDF_TOO_COSTLY: QT_TRANSLATE_NOOP(
        "StorageErrors", "This file asks for more memory or time than is safe on this "
        "computer, so it was not opened. It may be damaged."),
    ErrorKind.PLAN_UNREADABLE: QT_TRANSLATE_NOOP(
        "StorageErrors", "The plan inside this file could not be read. It may come from a "
        "newer version of the app."),
    ErrorKind.NOT_REGULAR: QT_TRANSLATE_NOOP(
        "StorageErrors", "This is a link or a special file, not a plan file."),
    ErrorKind.TOO_LARGE: QT_TRANSLATE_NOOP(
        "StorageErrors", "This file is too large to be a plan file."),
    ErrorKind.FILE_CHANGED: QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The plan file was changed by another program since it was opened. Nothing was saved."),
    ErrorKind.IN_USE: QT_TRANSLATE_NOOP(
        "StorageErrors", "This plan is open in another window. Close it there first."),
    ErrorKind.LOCK_NOT_REGULAR: QT_TRANSLATE_NOOP(
        "StorageErrors", "This plan's lock file is a link or a special file, so the plan was "
        "not used. Nothing was changed."),
    ErrorKind.WRITE_FAILED: QT_TRANSLATE_NOOP(
        "StorageErrors", "The file could not be saved. The previous version is unchanged."),
    ErrorKind.DISK_FULL: QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The disk is full, so the file was not saved. The previous version is unchanged."),
    ErrorKind.NO_PERMISSION: QT_TRANSLATE_NOOP(
        "StorageErrors",
        "There is no permission to write in this folder. The previous version is unchanged."),
    ErrorKind.NEW_FILE_FAILED: QT_TRANSLATE_NOOP(
        "StorageErrors", "The file could not be written. Nothing was written."),
    ErrorKind.NEW_FILE_DISK_FULL: QT_TRANSLATE_NOOP(
        "StorageErrors", "The disk is full. Nothing was written."),
    ErrorKind.NEW_FILE_NO_PERMISSION: QT_TRANSLATE_NOOP(
        "StorageErrors", "There is no permission to write in this folder. Nothing was written."),
    ErrorKind.PLAN_TOO_LARGE: QT_TRANSLATE_NOOP(
        "StorageErrors", "The plan is too large to save. The previous version is unchanged."),
    ErrorKind.SELF_CHECK_FAILED: QT_TRANSLATE_NOOP(
        "StorageErrors", "The file failed its check before saving, so it was not saved. The "
        "previous version is unchanged."),
    ErrorKind.HALF_REKEYED: QT_TRANSLATE_NOOP(
        "StorageErrors", "The change did not finish. The plan file still opens as before; its "
        "backup already has the change."),
    ErrorKind.KEYS_MOVED: QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The passphrase or recovery code was changed meanwhile. Nothing was changed."),
    ErrorKind.NEWER_BACKUP_KEPT: QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The backup beside this older copy is newer. Changing the keys now would replace it, "
        "so nothing was changed. Open the newer backup first."),
    ErrorKind.LOCKED: QT_TRANSLATE_NOOP(
        "StorageErrors", "The plan is locked. Open it again to continue."),
    ErrorKind.EXISTS: QT_TRANSLATE_NOOP(
        "StorageErrors", "A file with this name already exists. Nothing was changed."),
    ErrorKind.READ_FAILED: QT_TRANSLATE_NOOP("StorageErrors", "The file could not be read."),
    ErrorKind.MISSING: QT_TRANSLATE_NOOP("StorageErrors", "The file does not exist."),
}


def storage_error_text(exc: BaseException) -> str:
    """The translated sentence for a storage error (the generic one for anything else)."""
    kind = getattr(exc, "kind", ErrorKind.GENERIC)
    source = _SENTENCES.get(kind) or _SENTENCES[ErrorKind.GENERIC]
    return QCoreApplication.translate(_CONTEXT, str(source))

