"""Key material in memory of its own: locked against swap and left out of core dumps. No Qt.

Python cannot wipe or pin its own objects (bytes are immutable, and the garbage collector and
the allocator copy and reuse memory freely). What it can reach is memory it maps itself: a
SecretBuffer is an anonymous mapping that is locked into RAM (``mlock``; ``VirtualLock`` on
Windows) where the system allows it, marked ``MADV_DONTDUMP`` on Linux, and overwritten with
zeros when wiped. The copies Python makes while the secret is used are not covered;
docs/threat-model.md says what remains.
"""

from __future__ import annotations

import contextlib
import ctypes
import mmap
import sys
import threading


class SecretBuffer:
    """Holds one secret (a data key, a plaintext buffer) in a locked, wipeable mapping."""

    def __init__(self, data: bytes) -> None:
        # A worker may read the secret while the GUI thread wipes it (a lock during an export).
        self._guard = threading.Lock()
        self._size = len(data)
        self._map: mmap.mmap | None = _private_map(max(self._size, 1))
        self.locked = _lock(self._map, True)
        if hasattr(mmap, "MADV_DONTDUMP"):
            with contextlib.suppress(OSError):
                self._map.madvise(mmap.MADV_DONTDUMP)
        self._map[:self._size] = data

    def value(self) -> bytes:
        """A copy of the secret (b"" once wiped); the copy itself is ordinary memory."""
        with self._guard:
            return b"" if self._map is None else self._map[:self._size]

    def wipe(self) -> None:
        """Overwrite the secret with zeros, unlock and release the memory; idempotent."""
        with self._guard:
            if self._map is None:
                return
            self._map[:] = bytes(len(self._map))
            if self.locked:
                _lock(self._map, False)
            self._map.close()
            self._map, self._size, self.locked = None, 0, False

    def __repr__(self) -> str:
        return f"SecretBuffer({self._size} bytes, locked={self.locked})"


def _private_map(size: int) -> mmap.mmap:
    """Anonymous memory of our own: private, so a forked child's wipe never reaches us."""
    if sys.platform == "win32":
        return mmap.mmap(-1, size)
    return mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)


def _address(buffer: mmap.mmap) -> int:
    view = ctypes.c_char.from_buffer(buffer)
    try:
        return ctypes.addressof(view)
    finally:
        del view   # an exported pointer would keep the mapping from closing


def _lock(buffer: mmap.mmap, lock: bool) -> bool:
    """mlock/munlock (VirtualLock/VirtualUnlock) the mapping; True if the system agreed."""
    address, size = _address(buffer), len(buffer)
    try:
        if sys.platform == "win32":
            kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
            call = kernel32.VirtualLock if lock else kernel32.VirtualUnlock
        else:
            libc = ctypes.CDLL(None, use_errno=True)
            call = libc.mlock if lock else libc.munlock
        call.argtypes = (ctypes.c_void_p, ctypes.c_size_t)
        result = call(ctypes.c_void_p(address), ctypes.c_size_t(size))
    except (OSError, AttributeError):
        return False
    return bool(result) if sys.platform == "win32" else result == 0
