"""Process hardening done first thing at start: no crash dumps, temp files kept in memory."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import MutableMapping
from pathlib import Path

# A neutral name: anyone listing the runtime folder sees nothing about safety plans.
PRIVATE_TEMP_NAME = "notes-kit-tmp"


def harden_process() -> None:
    """Turn off crash dumps (saferplan.platform) and, on Linux, keep temp files in memory."""
    from saferplan import platform

    platform.disable_crash_dumps()
    if sys.platform.startswith("linux"):
        if use_private_temp_folder(os.environ) is not None:
            tempfile.tempdir = None   # Python reads TMPDIR again on its next temp file


def use_private_temp_folder(environ: MutableMapping[str, str],
                            platform: str = sys.platform) -> Path | None:
    """On Linux, point TMPDIR at a private folder in XDG_RUNTIME_DIR; return it (or None).

    Why: printing on Linux goes through CUPS, and Qt spools the print job (the plan's pages,
    as plain text in PostScript or PDF) through a temporary file in $TMPDIR, usually /tmp on
    disk. XDG_RUNTIME_DIR is the per-user folder systemd-logind keeps on tmpfs, in memory,
    and empties at logout, so the spool file never reaches the disk there. It is only used
    when it is a real folder owned by this user and closed to others. Memory pages can still
    be written to swap: that is not promised away (threat-model.md: no wiping memory).
    """
    if not platform.startswith("linux"):
        return None
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if not runtime or not _is_private_folder(Path(runtime)):
        return None
    folder = Path(runtime) / PRIVATE_TEMP_NAME
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        folder.chmod(0o700)
    except OSError:
        return None
    if not _is_private_folder(folder):
        return None
    environ["TMPDIR"] = str(folder)
    return folder


def _is_private_folder(path: Path) -> bool:
    """A folder (not a link), owned by us, that no one else may read or enter."""
    try:
        info = path.lstat()
    except OSError:
        return False
    return (stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
            and not info.st_mode & (stat.S_IRWXG | stat.S_IRWXO))
