"""The warning when a plan file opens older than the newest save made on this computer.

The person chooses: use this older copy, close it, or (when the backup beside it is newer and
opens with the same key) open that newer backup instead (storage/planfile.py, OlderCopy).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from saferplan.gui import dialogs

if TYPE_CHECKING:
    from saferplan.gui.unlock import Opened
    from saferplan.storage import PlanFile
    from saferplan.storage.planfile import OlderCopy

KEEP = "keep"
CLOSE = "close"
NEWER_BACKUP = "backup"


def _explain(older: OlderCopy) -> str:
    """What the person is told about this copy (and the backup beside it)."""
    if older.newest is None:
        return QCoreApplication.translate(
            "OlderCopy",
            "This copy of your plan was made before its passphrase was changed on this "
            "computer. Someone who knew the old passphrase may have put it back. Your "
            "newer plan may be in another file or folder.")
    if older.backup_generation is not None:
        text = QCoreApplication.translate(
            "OlderCopy",
            "This plan file is older than the last one saved on this computer (save %1; "
            "the newest here was save %2). Someone may have put back an old copy. The backup "
            "beside it is newer (save %3): you can open it instead.")
        return (text.replace("%1", str(older.generation)).replace("%2", str(older.newest))
                .replace("%3", str(older.backup_generation)))
    text = QCoreApplication.translate(
        "OlderCopy",
        "This plan file is older than the last one saved on this computer (save %1; "
        "the newest here was save %2). Someone may have put back an old copy, or it "
        "came from a backup. Your newer plan may be in another file or folder.")
    return text.replace("%1", str(older.generation)).replace("%2", str(older.newest))


def ask_about_older_copy(parent: QWidget, older: OlderCopy) -> str:
    """Tell, and let the person choose: KEEP, CLOSE or NEWER_BACKUP (only if it exists)."""
    title = QCoreApplication.translate("OlderCopy", "An older copy of your plan")
    if older.backup_generation is None:
        keep = dialogs.confirm(
            parent, title, _explain(older),
            QCoreApplication.translate("OlderCopy", "Use this older copy"),
            QCoreApplication.translate("OlderCopy", "Close it"))
        return KEEP if keep else CLOSE
    choice = dialogs.choose(parent, title, _explain(older), [
        (NEWER_BACKUP, QCoreApplication.translate("OlderCopy", "Open the newer backup")),
        (KEEP, QCoreApplication.translate("OlderCopy", "Use this older copy")),
        (CLOSE, QCoreApplication.translate("OlderCopy", "Close it")),
    ])
    return choice or CLOSE


def open_newer_backup(parent: QWidget, plan_file: PlanFile) -> Opened | None:
    """Close the older copy and open the newer backup with its key (no KDF); None, with a
    calm message, if it does not open."""
    from saferplan.gui.storage_errors import storage_error_text
    from saferplan.gui.unlock import Opened
    from saferplan.storage import StorageError

    try:
        return Opened(*plan_file.open_newer_backup(), from_backup=True)
    except StorageError as exc:
        plan_file.close()
        dialogs.warn(parent, QCoreApplication.translate("OlderCopy", "The backup did not open"),
                     storage_error_text(exc))
        return None
