"""Strengthening a weak key slot at unlock (a file made below MIN_KDF, e.g. by a test build)."""

from __future__ import annotations

from saferplan.storage import fileformat
from saferplan.storage import kdf as costs
from saferplan.storage.kdf import secret_bytes
from saferplan.storage.recovery import normalize_recovery_code


def strengthened_slots(parsed: fileformat.ParsedFile, data_key: bytes, secret: str,
                       recovery: bool) -> tuple[bytes, bytes] | None:
    """New (key header, recovery section) if the slot just opened is below MIN_KDF, else None.

    Only the slot whose secret was typed can be sealed again; the data key stays the same.
    Runs the calibration and the KDF once more (a weak file costs one slow unlock). Never
    "strengthens" to a cost itself below the floor (the test suite injects such a cost).
    """
    used = parsed.recovery_kdf if recovery else parsed.kdf
    if used is None or not costs.is_below_floor(used):
        return None
    target = costs.kdf_for_new_file()
    if costs.is_below_floor(target):
        return None
    if recovery:
        symbols = normalize_recovery_code(secret) or ""
        return parsed.key_header, fileformat.new_recovery(symbols.encode("ascii"), target,
                                                          data_key)
    return fileformat.new_key_header(secret_bytes(secret), target, data_key), parsed.recovery
