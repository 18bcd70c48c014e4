"""Argon2id key derivation: parameters, the reader's safety limits, and calibration."""

from __future__ import annotations

import os
import sys
import time
import unicodedata
from dataclasses import dataclass
from typing import Final

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from saferplan.storage.errors import ErrorKind, UnsupportedFileError

KEY_BYTES: Final = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes over it, and parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int


# Used when calibration is not possible; 0.4-1.1 s on two cores.
DEFAULT_KDF: Final = KdfParams(memory_kib=256 * 1024, iterations=3, lanes=4)
# The floor for real files (calibration never goes below it).
MIN_KDF: Final = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
# For tests only (about 0.3 ms): never used for a real plan file; the reader accepts it.
TEST_KDF: Final = KdfParams(memory_kib=256, iterations=1, lanes=1)
# Calibration stops here so that a plan made on a large machine still opens on a small one.
MAX_CALIBRATED_MEMORY_KIB: Final = 1024 * 1024

# The reader refuses anything outside these limits BEFORE running the KDF, so a tampered
# header cannot hang or exhaust the machine (age caps its work factor the same way).
READER_MAX_MEMORY_KIB: Final = 2 * 1024 * 1024
READER_MAX_ITERATIONS: Final = 20
READER_MAX_LANES: Final = 16
READER_MIN_MEMORY_KIB: Final = 64
# A work budget (memory x passes): four times the costliest file this app makes (1 GiB, 3
# passes), so a hostile header cannot ask for 2 GiB x 20 passes (minutes on a small laptop).
READER_MAX_WORK: Final = 4 * MAX_CALIBRATED_MEMORY_KIB * MIN_KDF.iterations


def physical_memory_bytes() -> int | None:
    """Return the computer's RAM in bytes, or None when it cannot be found out."""
    if sys.platform == "win32":
        return _windows_memory_bytes()
    try:
        pages = os.sysconf("SC_PHYS_PAGES")
        page_size = os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    if pages <= 0 or page_size <= 0:
        return None
    return int(pages) * int(page_size)


def _windows_memory_bytes() -> int | None:
    import ctypes

    class _MemoryStatus(ctypes.Structure):
        _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong),
                    ("ullTotalPhys", ctypes.c_ulonglong), ("ullAvailPhys", ctypes.c_ulonglong),
                    ("ullTotalPageFile", ctypes.c_ulonglong),
                    ("ullAvailPageFile", ctypes.c_ulonglong),
                    ("ullTotalVirtual", ctypes.c_ulonglong),
                    ("ullAvailVirtual", ctypes.c_ulonglong),
                    ("ullAvailExtendedVirtual", ctypes.c_ulonglong)]

    status = _MemoryStatus()
    status.dwLength = ctypes.sizeof(_MemoryStatus)
    try:
        ok = ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status))  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, OSError):
        return None
    return int(status.ullTotalPhys) if ok else None


def reader_memory_limit_kib(ram: int | None = None) -> int:
    """The most memory the reader lets a file's KDF ask for here: 2 GiB, and at most a
    quarter of this computer's RAM (``ram`` in bytes; found out when None)."""
    ram = physical_memory_bytes() if ram is None else ram
    if ram is None:
        return READER_MAX_MEMORY_KIB
    return max(MIN_KDF.memory_kib, min(READER_MAX_MEMORY_KIB, ram // 4 // 1024))


def check_kdf_params(params: KdfParams) -> None:
    """Raise UnsupportedFileError unless the parameters are valid and safe to run here."""
    limit = reader_memory_limit_kib()
    ok = (
        1 <= params.lanes <= READER_MAX_LANES
        and 1 <= params.iterations <= READER_MAX_ITERATIONS
        and max(READER_MIN_MEMORY_KIB, 8 * params.lanes) <= params.memory_kib <= limit
        and params.memory_kib * params.iterations <= READER_MAX_WORK
    )
    if not ok:
        raise UnsupportedFileError(
            "This file asks for more memory or time than is safe on this computer, "
            "so it was not opened. It may be damaged.",
            kind=ErrorKind.KDF_TOO_COSTLY,
        )


def secret_bytes(secret: str) -> bytes:
    """Encode a passphrase the same way on every system (NFC: input methods differ)."""
    return unicodedata.normalize("NFC", secret).encode("utf-8", "surrogatepass")


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Run Argon2id (v1.3) once and return a 256-bit key."""
    kdf = Argon2id(salt=salt, length=KEY_BYTES, iterations=params.iterations,
                   lanes=params.lanes, memory_cost=params.memory_kib)
    return kdf.derive(secret)


def _seconds(params: KdfParams) -> float:
    start = time.perf_counter()
    derive_key(b"calibration", b"\x00" * 16, params)
    return max(time.perf_counter() - start, 1e-3)


def _with_memory(memory_kib: float, cap: int) -> KdfParams:
    memory = max(MIN_KDF.memory_kib, min(cap, int(memory_kib) // 1024 * 1024))
    return KdfParams(memory_kib=memory, iterations=MIN_KDF.iterations, lanes=MIN_KDF.lanes)


def calibrate_kdf(target_seconds: float = 1.0) -> KdfParams:
    """Return parameters that take about ``target_seconds`` here, never below MIN_KDF."""
    cap = MAX_CALIBRATED_MEMORY_KIB
    ram = physical_memory_bytes()
    if ram is not None:
        # A quarter of RAM, the reader's limit here too: this machine can always open it.
        cap = min(cap, ram // 4 // 1024)
    elapsed = _seconds(MIN_KDF)
    guess = _with_memory(MIN_KDF.memory_kib * target_seconds / elapsed, cap)
    if guess == MIN_KDF:
        return guess
    # Time grows faster than memory (caches, page faults): measure the guess once and shrink.
    elapsed = _seconds(guess)
    if elapsed <= target_seconds:
        return guess
    return _with_memory(guess.memory_kib * target_seconds / elapsed, cap)


def kdf_for_new_file() -> KdfParams:
    """Return the KDF cost for a new (or strengthened) key slot: calibrated on this computer.

    Nothing here reads the environment. The test suite replaces this function (monkeypatch)
    to inject a cheap cost; a cost below MIN_KDF is then also never used to strengthen a file.
    """
    return calibrate_kdf()


def is_below_floor(params: KdfParams) -> bool:
    """True if ``params`` cost less than MIN_KDF, the floor for real files (a weak key slot)."""
    return params.memory_kib < MIN_KDF.memory_kib or params.iterations < MIN_KDF.iterations
