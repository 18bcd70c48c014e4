"""Passphrase and recovery-code changes in two steps, so the app can run the KDF off its GUI
thread and write in it. No Qt.

``prepare_*`` confirm the current passphrase (or, for a plan opened with its recovery code, that
code: ``PlanFile.opened_with_code``) and run the KDF; they only read the open plan
file, so they may run in a worker thread. ``PlanFile.apply_key_change`` then writes the plan
with the new key slots to main and backup (the same rotation as ``change_passphrase``,
``create_recovery_code`` and ``remove_recovery_code``, which the command line uses).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from saferplan.storage import fileformat
from saferplan.storage.errors import WrongPassphraseError
from saferplan.storage.kdf import KEY_BYTES, KdfParams, secret_bytes
from saferplan.storage.recovery import generate_recovery_code, normalize_recovery_code

if TYPE_CHECKING:
    from saferplan.storage.planfile import PlanFile


@dataclass(frozen=True)
class KeyChange:
    """New key slots for an open plan file, ready to be written; holds key material."""

    base_header: bytes = field(repr=False)   # the key header this change was made from
    data_key: bytes = field(repr=False)
    key_header: bytes = field(repr=False)
    recovery: bytes = field(repr=False)
    code: str | None = field(default=None, repr=False)  # a new recovery code, shown once
    removed_code: bool = False                 # the file had a code that no longer works


def _confirmed(plan: PlanFile, passphrase: str) -> tuple[bytes, bytes, bytes]:
    """Run the KDF to confirm ``passphrase`` opens ``plan``: (secret, data key, key header)."""
    data_key, header = plan.key_snapshot()
    secret = secret_bytes(passphrase)
    if fileformat.unwrap_key_header(header, secret) != data_key:
        raise WrongPassphraseError
    return secret, data_key, header


def _confirmed_code(plan: PlanFile, code: str) -> tuple[bytes, bytes]:
    """Run the KDF to confirm the recovery ``code`` opens ``plan``: (data key, key header)."""
    data_key, header = plan.key_snapshot()
    symbols = normalize_recovery_code(code)
    if symbols is None or fileformat.unwrap_recovery_section(
            plan.recovery_snapshot(), symbols.encode("ascii")) != data_key:
        raise WrongPassphraseError
    return data_key, header


def _confirmed_key(plan: PlanFile, current: str) -> tuple[bytes, bytes]:
    """Confirm ``current``: the recovery code if the plan was opened with it, else the
    passphrase. Returns (data key, key header)."""
    if plan.opened_with_code:
        return _confirmed_code(plan, current)
    return _confirmed(plan, current)[1:]


def prepare_passphrase_change(plan: PlanFile, current: str, new: str,
                              kdf: KdfParams | None = None) -> KeyChange:
    """A new data key sealed with ``new`` (KDF twice). The recovery code, if any, is removed:
    it cannot be moved to the new key without the code itself. ``current`` is the recovery
    code when the plan was opened with it."""
    _key, header = _confirmed_key(plan, current)
    kdf = kdf or fileformat.parse_key_header_kdf(header)
    data_key = os.urandom(KEY_BYTES)
    key_header = fileformat.new_key_header(secret_bytes(new), kdf, data_key)
    return KeyChange(header, data_key, key_header, b"", removed_code=plan.has_recovery_code)


def prepare_new_recovery_code(plan: PlanFile, current: str) -> KeyChange:
    """A new recovery code for the same data key (KDF twice); an old code stops working.
    ``current`` is the recovery code when the plan was opened with it."""
    data_key, header = _confirmed_key(plan, current)
    code = generate_recovery_code()
    kdf = fileformat.parse_key_header_kdf(header)
    recovery = fileformat.new_recovery(code.replace("-", "").encode("ascii"), kdf, data_key)
    return KeyChange(header, data_key, header, recovery, code=code,
                     removed_code=plan.has_recovery_code)


def prepare_recovery_removal(plan: PlanFile, current: str) -> KeyChange:
    """No recovery slot and a new data key sealed with the same passphrase (KDF twice).

    Always the passphrase, even for a plan opened with its recovery code: the new key is
    sealed with it."""
    secret, _key, header = _confirmed(plan, current)
    kdf = fileformat.parse_key_header_kdf(header)
    data_key = os.urandom(KEY_BYTES)
    return KeyChange(header, data_key, fileformat.new_key_header(secret, kdf, data_key), b"",
                     removed_code=plan.has_recovery_code)
