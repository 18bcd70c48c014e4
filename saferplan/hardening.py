"""Process hardening done first thing at start: no core dumps that could hold plan text."""

from __future__ import annotations

import contextlib
import ctypes
import sys

_PR_SET_DUMPABLE = 4


def harden_process() -> None:
    """Turn off core dumps (RLIMIT_CORE=0) and, on Linux, mark the process not dumpable."""
    if sys.platform.startswith(("linux", "darwin", "freebsd")):
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
