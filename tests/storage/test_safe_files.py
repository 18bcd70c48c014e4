"""Only ordinary files are read, locked or overwritten: symlinks, FIFOs and devices are refused
at once (no hang, no endless read), and a planted link never makes delete_plan destroy another
file."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from storage_support import PASS

from saferplan.storage import (
    PlanFile,
    ReadError,
    StorageError,
    UnsupportedFileError,
    backup_path,
    check_plan,
    delete_plan,
    fileformat,
    filestate,
    read_plan,
    regular,
)
from saferplan.storage.lock import lock_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symlinks and FIFOs: POSIX")


@pytest.fixture(autouse=True)
def _no_hang() -> Iterator[None]:
    """Fail instead of hanging if anything blocks on a FIFO or reads a device forever."""
    def timeout(*args: object) -> None:
        raise TimeoutError("blocked")

    old = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    target = tmp_path / "pipe.dat"
    os.mkfifo(target)
    return target


@pytest.fixture
def zero_link(tmp_path: Path) -> Path:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    target = tmp_path / "zero.dat"
    target.symlink_to("/dev/zero")
    return target


def test_a_symlink_to_a_plan_is_refused(plan_path: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.dat"
    link.symlink_to(plan_path)
    with pytest.raises(UnsupportedFileError, match="link or a special file"):
        filestate.read_file(link)
    with pytest.raises(StorageError):
        PlanFile.unlock(link, PASS)
    with pytest.raises(ReadError):
        filestate.read_fingerprint(link, None)
    assert read_plan(plan_path, PASS)  # the file itself still opens


@pytest.mark.parametrize("kind", ["fifo", "zero_link", "dev_zero", "folder"])
def test_special_files_are_refused_without_hanging(kind: str, request: pytest.FixtureRequest,
                                                   tmp_path: Path) -> None:
    if kind == "dev_zero":
        if not os.path.exists("/dev/zero"):
            pytest.skip("no /dev/zero")
        target = Path("/dev/zero")
    elif kind == "folder":
        target = tmp_path / "folder.dat"
        target.mkdir()
    else:
        target = request.getfixturevalue(kind)
    with pytest.raises(UnsupportedFileError):
        filestate.read_file(target)
    with pytest.raises(ReadError):
        filestate.read_fingerprint(target, None)
    with pytest.raises(StorageError):
        read_plan(target, PASS)


def test_a_backup_that_is_a_fifo_or_dev_zero_is_not_read(
        plan_path: Path, tmp_path: Path) -> None:
    backup = backup_path(plan_path)
    for plant in ("fifo", "zero"):
        backup.unlink()
        if plant == "fifo":
            os.mkfifo(backup)
        else:
            backup.symlink_to("/dev/zero")
        result = check_plan(plan_path, PASS)  # returns at once: not read, not offered
        assert result.main_ok and not result.backup_ok


def test_reading_stops_after_the_limit_even_if_the_size_lied(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "growing.dat"
    target.write_bytes(b"x" * 50_000)
    monkeypatch.setattr(fileformat, "MAX_FILE_BYTES", 1000)
    real_open = regular.open_regular

    def small_size(path: Path, flags: int, mode: int = 0o600) -> tuple[int, os.stat_result]:
        fd, info = real_open(path, flags, mode)
        fields = list(info)
        fields[6] = 10  # st_size: as if the file grew after fstat
        return fd, os.stat_result(fields)

    read = 0
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        nonlocal read
        data = real_read(fd, n)
        read += len(data)
        return data

    monkeypatch.setattr(filestate, "open_regular", small_size)
    monkeypatch.setattr(os, "read", counting_read)
    with pytest.raises(UnsupportedFileError, match="too large"):
        filestate.read_file(target)
    assert read <= 1001


# -- delete ------------------------------------------------------------------------------------
def test_a_planted_backup_symlink_does_not_make_delete_overwrite_another_file(
        plan_path: Path, tmp_path: Path) -> None:
    victim = tmp_path / "elsewhere" / "important.txt"
    victim.parent.mkdir()
    victim.write_bytes(b"someone else's file")
    backup_path(plan_path).unlink()
    backup_path(plan_path).symlink_to(victim)
    delete_plan(plan_path)
    assert victim.read_bytes() == b"someone else's file"
    assert not plan_path.exists() and not backup_path(plan_path).is_symlink()


def test_a_planted_backup_hard_link_does_not_make_delete_overwrite_another_file(
        plan_path: Path, tmp_path: Path) -> None:
    victim = tmp_path / "important.txt"
    victim.write_bytes(b"someone else's file")
    backup_path(plan_path).unlink()
    os.link(victim, backup_path(plan_path))
    delete_plan(plan_path)
    assert victim.read_bytes() == b"someone else's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["important.txt"]


def test_a_fifo_backup_is_removed_without_hanging(plan_path: Path) -> None:
    backup_path(plan_path).unlink()
    os.mkfifo(backup_path(plan_path))
    delete_plan(plan_path)
    assert list(plan_path.parent.iterdir()) == []


def test_delete_still_overwrites_the_plan_and_its_backup(plan_path: Path) -> None:
    # A descriptor opened before deleting still sees the file's blocks afterwards.
    before = {}
    handles = {}
    for target in (plan_path, backup_path(plan_path)):
        before[target] = target.read_bytes()
        handles[target] = open(target, "rb")  # noqa: SIM115 - closed below
    try:
        delete_plan(plan_path)
        for target, handle in handles.items():
            after = handle.read()
            assert len(after) == len(before[target]) and after != before[target]
    finally:
        for handle in handles.values():
            handle.close()


# -- the lock file -----------------------------------------------------------------------------
@pytest.mark.parametrize("plant", ["file", "dangling", "fifo", "zero"])
def test_a_planted_lock_link_is_refused(plan_path: Path, tmp_path: Path, plant: str) -> None:
    victim = tmp_path / "victim.txt"
    lock = lock_path(plan_path)
    if plant == "file":
        victim.write_bytes(b"keep")
        lock.symlink_to(victim)
    elif plant == "dangling":
        lock.symlink_to(victim)
    elif plant == "fifo":
        os.mkfifo(lock)
    else:
        lock.symlink_to("/dev/zero")
    with pytest.raises(StorageError, match="lock file"):
        PlanFile.unlock(plan_path, PASS)
    with pytest.raises(StorageError, match="lock file"):
        delete_plan(plan_path)
    assert plan_path.exists()
    if plant == "file":
        assert victim.read_bytes() == b"keep"
    if plant == "dangling":
        assert not victim.exists()  # O_CREAT did not create the link's target
