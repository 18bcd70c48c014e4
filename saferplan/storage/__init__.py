"""The encrypted plan file, its atomic save with backup and lock, and where files live. No Qt."""

from saferplan.storage.atomic import remove_stale_temp_files, write_file_atomically
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
from saferplan.storage.kdf import (
    DEFAULT_KDF,
    MIN_KDF,
    TEST_KDF,
    KdfParams,
    calibrate_kdf,
    kdf_for_new_file,
)
from saferplan.storage.planfile import (
    PLAN_SUFFIX,
    PlanCheck,
    PlanFile,
    backup_path,
    check_plan,
    delete_plan,
    has_backup,
    read_plan,
)

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
