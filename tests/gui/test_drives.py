"""Finding USB sticks and memory cards from a made-up mount table and /sys tree."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from saferplan.gui.drives import (
    disk_is_removable,
    is_inside,
    linux_removable_places,
    parse_mounts,
    removable_mounts,
)

MOUNTS = r"""/dev/vda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
tmpfs /run/user/1000 tmpfs rw,nosuid 0 0
/dev/vda2 /home ext4 rw,relatime 0 0
/dev/sdb1 /media/mai/KINGSTON vfat rw,nosuid,nodev 0 0
/dev/sdc1 /run/media/mai/My\040Card exfat rw,nosuid 0 0
/dev/sdd1 /srv/backup ext4 rw 0 0
/dev/sde1 /mnt/stick vfat rw 0 0
/dev/sr0 /media/mai/CDROM iso9660 ro,nosuid 0 0
/dev/sdf1 /data/other ext4 rw 0 0
broken line
"""


def _fake_sys(root: Path) -> Path:
    """A /sys/class/block where sdd is removable, sdf sits on USB and vda is a fixed disk."""
    devices = root / "devices"
    block = root / "class" / "block"
    block.mkdir(parents=True)
    disks = {"vda": ("pci0000:00/virtio1", "0"), "sdd": ("pci0000:00/ata1", "1"),
             "sdf": ("pci0000:00/usb1/1-1", "0")}
    for disk, (bus, flag) in disks.items():
        disk_dir = devices / bus / "block" / disk
        part = disk_dir / f"{disk}1"
        part.mkdir(parents=True)
        (disk_dir / "removable").write_text(flag + "\n")
        (part / "partition").write_text("1\n")
        (block / disk).symlink_to(disk_dir)
        (block / f"{disk}1").symlink_to(part)
    return block


def test_mount_table_is_read_with_escaped_spaces() -> None:
    mounts = parse_mounts(MOUNTS)
    assert len(mounts) == 10           # the broken line is left out
    card = mounts[5]
    assert card.point == PurePosixPath("/run/media/mai/My Card") and not card.read_only
    assert mounts[8].read_only


def test_removable_flag_and_usb_come_from_sys(tmp_path: Path) -> None:
    block = _fake_sys(tmp_path)
    assert disk_is_removable("/dev/sdd1", block)       # partition of a removable disk
    assert disk_is_removable("/dev/sdf1", block)       # a USB disk that says "not removable"
    assert not disk_is_removable("/dev/vda1", block)
    assert not disk_is_removable("/dev/nvme9n1", block)  # unknown: not removable
    assert not disk_is_removable("tmpfs", block)


def test_sticks_under_media_and_removable_disks_are_found(tmp_path: Path) -> None:
    block = _fake_sys(tmp_path)
    places = removable_mounts(parse_mounts(MOUNTS), "mai",
                              lambda device: disk_is_removable(device, block))
    assert places == [PurePosixPath("/media/mai/KINGSTON"),
                      PurePosixPath("/run/media/mai/My Card"),
                      PurePosixPath("/srv/backup"), PurePosixPath("/mnt/stick"),
                      PurePosixPath("/data/other")]


def test_other_users_media_and_the_system_disk_are_not_drives() -> None:
    places = removable_mounts(parse_mounts(MOUNTS), "lin", lambda _device: False)
    assert PurePosixPath("/media/mai/KINGSTON") not in places
    assert PurePosixPath("/") not in places and PurePosixPath("/home") not in places
    assert places == [PurePosixPath("/mnt/stick")]


def test_linux_places_read_the_given_files(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)
    block = _fake_sys(tmp_path / "sys")
    places = linux_removable_places(mounts, block, user="mai")
    assert places is not None and Path("/media/mai/KINGSTON") in places
    assert linux_removable_places(tmp_path / "missing", block, user="mai") is None


def test_a_folder_inside_a_drive_is_on_the_drive(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    (stick / "notes").mkdir(parents=True)
    assert is_inside(stick / "notes", [stick])
    assert is_inside(stick, [stick])
    assert not is_inside(tmp_path / "stickier", [stick])
    assert not is_inside(tmp_path, [stick])
