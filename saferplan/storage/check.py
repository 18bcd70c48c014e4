"""Check a plan file and its backup without opening them for editing (``saferplan check``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from saferplan.storage import fileformat
from saferplan.storage import kdf as costs
from saferplan.storage.atomic import remove_leftovers_beside
from saferplan.storage.errors import StorageError
from saferplan.storage.filestate import read_file
from saferplan.storage.kdf import KdfParams, secret_bytes
from saferplan.storage.names import backup_path
from saferplan.storage.payload_info import PayloadInfo
from saferplan.storage.plan_bytes import load_payload


@dataclass(frozen=True)
class PlanCheck:
    """What ``check_plan`` found: whether the main file and the backup open, and more."""

    main_error: StorageError | None
    backup_exists: bool
    backup_error: StorageError | None
    # The main file opened and a key slot costs less than MIN_KDF (made by a test build or
    # an old version): the app strengthens it at the next save after an unlock.
    weak_kdf: bool = False
    # Save generations (format v3); None: not opened, or made before v3.
    main_generation: int | None = None
    backup_generation: int | None = None
    main_info: PayloadInfo | None = None  # who wrote the main file, if it opened

    @property
    def main_ok(self) -> bool:
        """True if the main file opened."""
        return self.main_error is None

    @property
    def backup_ok(self) -> bool:
        """True if a backup exists and opened."""
        return self.backup_exists and self.backup_error is None


def _generation(contents: fileformat.Contents) -> int | None:
    return contents.save.generation if contents.save is not None else None


def check_plan(path: Path, passphrase: str,
               before_second_kdf: Callable[[KdfParams], None] | None = None) -> PlanCheck:
    """Try the main file and its backup with one passphrase; locks nothing, and writes
    nothing but the removal of a crash's leftover temp files beside the plan.

    The KDF runs once when the backup shares the main file's key slot (the usual case). When
    it does not (the passphrase was changed elsewhere, the main file is damaged, or the backup
    was replaced by someone), ``before_second_kdf`` is called with the backup's KDF cost
    before the KDF runs a second time, so the caller can say so; the cost is within the
    reader's limits for this computer (kdf.check_kdf_params) or the backup is refused first.
    """
    path = Path(path)
    remove_leftovers_beside(path)  # a crash's temp files (ciphertext), not the plan
    secret = secret_bytes(passphrase)
    main_error: StorageError | None = None
    main: _MainKeys | None = None
    main_generation = None
    main_info: PayloadInfo | None = None
    try:
        main, main_generation, main_info = _open_main(path, secret)
    except StorageError as exc:
        main_error = exc
    backup = backup_path(path)
    weak = main is not None and main.weak
    if not backup.is_file():
        return PlanCheck(main_error, False, None, weak, main_generation, main_info=main_info)
    backup_error: StorageError | None = None
    backup_generation = None
    try:
        data, _ = read_file(backup)
        parsed_backup = fileformat.parse(data)
        # Same key slot (bytes 8-9 hold the version, which an upgrade changes): no second KDF.
        if main is not None and parsed_backup.key_header[12:] == main.key_header[12:]:
            contents = fileformat.open_file(parsed_backup, main.data_key)
        else:
            if before_second_kdf is not None:
                before_second_kdf(parsed_backup.kdf)
            contents = fileformat.decrypt_with_passphrase(data, secret)[2]
        load_payload(contents.json_bytes, contents.attachments)
        backup_generation = _generation(contents)
    except StorageError as exc:
        backup_error = exc
    return PlanCheck(main_error, True, backup_error, weak, main_generation, backup_generation,
                     main_info)


@dataclass(frozen=True)
class _MainKeys:
    """What checking the backup needs from the main file: none of its bytes."""

    key_header: bytes
    data_key: bytes
    weak: bool


def _open_main(path: Path, secret: bytes
               ) -> tuple[_MainKeys, int | None, PayloadInfo]:
    """Open the main file; keep its keys only, so its bytes (views of which the parsed file
    and the contents hold) are freed before the backup is read."""
    data, _ = read_file(path)
    parsed, data_key, contents = fileformat.decrypt_with_passphrase(data, secret)
    info = load_payload(contents.json_bytes, contents.attachments)[1]
    keys = _MainKeys(parsed.key_header, data_key, _has_weak_slot(parsed))
    return keys, _generation(contents), info


def _has_weak_slot(parsed: fileformat.ParsedFile) -> bool:
    """True if the key slot or the recovery slot costs less than MIN_KDF."""
    recovery = parsed.recovery_kdf
    return costs.is_below_floor(parsed.kdf) or (recovery is not None
                                                and costs.is_below_floor(recovery))
