"""The encrypted plan file, its atomic save with backup and lock, and where files live. No Qt.

Importing this package is light: the names below load their module (and cryptography) on first
use, so the start screen does not wait for crypto it does not need yet.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from saferplan.storage.atomic import remove_stale_temp_files, write_file_atomically
    from saferplan.storage.check import PlanCheck, check_plan
    from saferplan.storage.delete import delete_plan
    from saferplan.storage.errors import (
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
    from saferplan.storage.kdf import (
        DEFAULT_KDF,
        MIN_KDF,
        TEST_KDF,
        KdfParams,
        calibrate_kdf,
        kdf_for_new_file,
    )
    from saferplan.storage.names import PLAN_SUFFIX, backup_path, has_backup
    from saferplan.storage.plan_bytes import read_plan
    from saferplan.storage.planfile import PlanFile
    from saferplan.storage.seen_saves import SeenSaves

_HOMES = {
    "atomic": ("remove_stale_temp_files", "write_file_atomically"),
    "delete": ("delete_plan",),
    "errors": ("FileChangedError", "PlanExistsError", "PlanInUseError", "ReadError",
               "ReadOnlyPlanError", "StorageError", "UnsupportedFileError", "WriteError",
               "WrongPassphraseError"),
    "kdf": ("DEFAULT_KDF", "MIN_KDF", "TEST_KDF", "KdfParams", "calibrate_kdf",
            "kdf_for_new_file"),
    "names": ("PLAN_SUFFIX", "backup_path", "has_backup"),
    "check": ("PlanCheck", "check_plan"),
    "planfile": ("PlanFile",),
    "plan_bytes": ("read_plan",),
    "seen_saves": ("SeenSaves",),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    """Load the module that defines ``name`` when it is first asked for."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'saferplan.storage' has no attribute {name!r}")
    return getattr(importlib.import_module(f"saferplan.storage.{module}"), name)


__all__ = [
    "DEFAULT_KDF",
    "MIN_KDF",
    "PLAN_SUFFIX",
    "TEST_KDF",
    "FileChangedError",
    "KdfParams",
    "PlanCheck",
    "PlanExistsError",
    "PlanFile",
    "PlanInUseError",
    "ReadError",
    "ReadOnlyPlanError",
    "SeenSaves",
    "StorageError",
    "UnsupportedFileError",
    "WriteError",
    "WrongPassphraseError",
    "backup_path",
    "calibrate_kdf",
    "check_plan",
    "delete_plan",
    "has_backup",
    "kdf_for_new_file",
    "read_plan",
    "remove_stale_temp_files",
    "write_file_atomically",
]
