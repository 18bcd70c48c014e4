"""Which mounted folders are removable drives (USB sticks, memory cards), read without Qt.

On Linux the mount table (/proc/self/mounts) and /sys/block say what is mounted where and
whether its disk is removable; desktops also mount sticks under /media/USER, /run/media/USER
or /mnt. Everything here takes its inputs as parameters, so it is tested with a made-up mount
table and /sys tree rather than real drives. Nothing is written anywhere.
"""

from __future__ import annotations

import getpass
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MOUNTS_FILE = Path("/proc/self/mounts")
SYS_CLASS_BLOCK = Path("/sys/class/block")

# File systems that are never a drive a person can carry away.
_VIRTUAL_TYPES = frozenset({
    "autofs", "binfmt_misc", "bpf", "cgroup", "cgroup2", "configfs", "debugfs", "devpts",
    "devtmpfs", "efivarfs", "fusectl", "hugetlbfs", "mqueue", "nsfs", "overlay", "proc",
    "pstore", "ramfs", "securityfs", "squashfs", "sysfs", "tmpfs", "tracefs",
})


@dataclass(frozen=True)
class Mount:
    """One line of the mount table: the device, where it is mounted, its type, read-only."""

    device: str
    point: PurePosixPath
    fs_type: str
    read_only: bool


def _unescape(field: str) -> str:
    """The mount table writes spaces and tabs in paths as octal escapes (\\040)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def parse_mounts(text: str) -> list[Mount]:
    """Read a /proc/self/mounts text; lines that do not parse are left out."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 4:
            continue
        options = fields[3].split(",")
        mounts.append(Mount(_unescape(fields[0]), PurePosixPath(_unescape(fields[1])),
                            fields[2], "ro" in options))
    return mounts


def disk_is_removable(device: str, sys_class_block: Path = SYS_CLASS_BLOCK) -> bool:
    """True when the kernel says the device's disk is removable or sits on USB."""
    if not device.startswith("/dev/"):
        return False
    entry = sys_class_block / Path(device).name
    try:
        real = entry.resolve()
        disk = real.parent if (real / "partition").exists() else real
        flag = (disk / "removable").read_text(encoding="ascii").strip()
    except OSError:
        return False
    return flag == "1" or "/usb" in str(real)


def _user_media_folders(user: str) -> tuple[PurePosixPath, ...]:
    return (PurePosixPath("/media") / user, PurePosixPath("/run/media") / user,
            PurePosixPath("/media"), PurePosixPath("/mnt"))


def removable_mounts(mounts: list[Mount], user: str,
                     is_removable: Callable[[str], bool]) -> list[PurePosixPath]:
    """Return the writable mount points that are removable drives, in mount-table order.

    A drive counts when its disk is flagged removable, or when it is mounted where desktops
    put sticks and cards (directly inside /media/USER, /run/media/USER, /media or /mnt).
    """
    places: list[PurePosixPath] = []
    media = _user_media_folders(user)
    for mount in mounts:
        if (mount.read_only or mount.fs_type in _VIRTUAL_TYPES or mount.point in places
                or mount.point == PurePosixPath("/")):
            continue
        if mount.point.parent in media or is_removable(mount.device):
            places.append(mount.point)
    return places


def linux_removable_places(mounts_file: Path = MOUNTS_FILE,
                           sys_class_block: Path = SYS_CLASS_BLOCK,
                           user: str | None = None) -> list[Path] | None:
    """Return this computer's removable drives, or None where there is no Linux mount table."""
    try:
        text = mounts_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if user is None:
        try:
            user = getpass.getuser()
        except (OSError, KeyError):     # no name for this account: no /media/USER folder
            user = ""
    points = removable_mounts(parse_mounts(text), user,
                              lambda device: disk_is_removable(device, sys_class_block))
    return [Path(point) for point in points]


def is_inside(folder: Path, places: list[Path]) -> bool:
    """True when ``folder`` is one of ``places`` or inside one of them."""
    resolved = folder.resolve()
    return any(resolved == place.resolve() or place.resolve() in resolved.parents
               for place in places)
