"""PlanFile: the save protocol, backup, lock, changed-on-disk refusal, passwd and recovery."""

from __future__ import annotations

import errno
import os
import time
import unicodedata
from pathlib import Path

import pytest
from storage_support import PASS, make_doc, snapshot

from saferplan.storage import (
    TEST_KDF,
    FileChangedError,
    PlanExistsError,
    PlanFile,
    PlanInUseError,
    ReadError,
    WriteError,
    WrongPassphraseError,
    backup_path,
    check_plan,
    delete_plan,
    has_backup,
    read_plan,
    remove_stale_temp_files,
    write_file_atomically,
)
from saferplan.storage.lock import lock_path


def files(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """The snapshot without the folder's own mtime (a removed temp file changes it)."""
    return {k: v for k, v in snapshot(folder).items() if k != "."}


def names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_create_save_unlock_round_trip_and_backup(tmp_path: Path) -> None:
    path = tmp_path / "notes.dat"
    plan = PlanFile.create(path, PASS, make_doc(1), TEST_KDF)
    assert names(tmp_path) == {"notes.dat", ".notes.dat.lock"}
    assert not has_backup(path)
    plan.save(make_doc(2))
    assert has_backup(path)
    plan.save(make_doc(3))
    plan.close()
    assert names(tmp_path) == {"notes.dat", "notes.dat.bak"}  # lock removed on close
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert oct(backup_path(path).stat().st_mode & 0o777) == "0o600"
    assert read_plan(path, PASS)[0] == make_doc(3)
    assert read_plan(backup_path(path), PASS)[0] == make_doc(2)


def test_create_refuses_an_existing_file(plan_path: Path) -> None:
    before = snapshot(plan_path.parent)
    with pytest.raises(PlanExistsError):
        PlanFile.create(plan_path, PASS, make_doc(), TEST_KDF)
    assert snapshot(plan_path.parent) == before


def test_saves_do_not_run_the_kdf(plan_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan.storage import fileformat, kdf

    calls: list[int] = []
    real = kdf.derive_key

    def counting(*args: object) -> bytes:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(fileformat, "derive_key", counting)
    plan, _ = PlanFile.unlock(plan_path, PASS)
    assert len(calls) == 1
    for version in range(3, 8):
        plan.save(make_doc(version))
    plan.close()
    assert len(calls) == 1


def test_passphrase_is_nfc_normalised(tmp_path: Path) -> None:
    path = tmp_path / "n.dat"
    composed = unicodedata.normalize("NFC", "Tiếng Việt")
    PlanFile.create(path, composed, make_doc(), TEST_KDF).close()
    plan, _ = PlanFile.unlock(path, unicodedata.normalize("NFD", composed))
    plan.close()


def test_wrong_passphrase_writes_nothing(plan_path: Path) -> None:
    before = snapshot(plan_path.parent)
    time.sleep(0.01)
    with pytest.raises(WrongPassphraseError):
        PlanFile.unlock(plan_path, "wrong")
    with pytest.raises(WrongPassphraseError):
        PlanFile.unlock_backup(plan_path, "wrong")
    with pytest.raises(WrongPassphraseError):
        PlanFile.unlock_with_recovery_code(plan_path, "2222-2222-2222-2222-2222-2222")
    check_plan(plan_path, "wrong")
    assert snapshot(plan_path.parent) == before


def test_missing_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError):
        PlanFile.unlock(tmp_path / "none.dat", PASS)


def test_lock_keeps_a_second_plan_file_out(plan_path: Path) -> None:
    plan, _ = PlanFile.unlock(plan_path, PASS)
    with pytest.raises(PlanInUseError):
        PlanFile.unlock(plan_path, PASS)
    with pytest.raises(PlanInUseError):
        PlanFile.unlock(plan_path, "even a wrong one: refused before the KDF")
    with pytest.raises(PlanInUseError):
        delete_plan(plan_path)
    plan.close()
    plan.close()  # idempotent
    assert not lock_path(plan_path).exists()
    again, _ = PlanFile.unlock(plan_path, PASS)
    again.close()


def test_closed_plan_file_cannot_save(plan_path: Path) -> None:
    plan, doc = PlanFile.unlock(plan_path, PASS)
    plan.close()
    with pytest.raises(Exception, match="locked"):
        plan.save(doc)


@pytest.mark.parametrize("change", ["content_same_size_and_time", "size", "mtime", "deleted"])
def test_file_changed_on_disk_is_refused(plan_path: Path, change: str) -> None:
    plan, doc = PlanFile.unlock(plan_path, PASS)
    stat = plan_path.stat()
    data = plan_path.read_bytes()
    if change == "content_same_size_and_time":
        altered = bytearray(data)
        altered[-1] ^= 1
        plan_path.write_bytes(bytes(altered))
        os.utime(plan_path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    elif change == "size":
        plan_path.write_bytes(data + b"x")
    elif change == "mtime":
        os.utime(plan_path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    else:
        plan_path.unlink()
    before = snapshot(plan_path.parent)
    with pytest.raises(FileChangedError):
        plan.save(doc)
    assert snapshot(plan_path.parent) == before
    plan.close()


def test_backup_opens_after_main_is_damaged_and_is_not_overwritten(plan_path: Path) -> None:
    backup = backup_path(plan_path)
    good_backup = backup.read_bytes()
    damaged = bytearray(plan_path.read_bytes())
    damaged[200] ^= 0xFF
    plan_path.write_bytes(bytes(damaged))
    with pytest.raises(WrongPassphraseError):
        PlanFile.unlock(plan_path, PASS)
    result = check_plan(plan_path, PASS)
    assert not result.main_ok and result.backup_ok
    plan, doc = PlanFile.unlock_backup(plan_path, PASS)
    assert doc == make_doc(1)
    plan.save(make_doc(5))
    assert backup.read_bytes() == good_backup  # the damaged main never became the backup
    plan.save(make_doc(6))  # main is ours now: it may become the backup
    plan.close()
    assert read_plan(backup, PASS)[0] == make_doc(5)
    assert read_plan(plan_path, PASS)[0] == make_doc(6)


def test_unlock_backup_when_main_is_missing(plan_path: Path) -> None:
    plan_path.unlink()
    plan, doc = PlanFile.unlock_backup(plan_path, PASS)
    plan.save(doc)
    plan.close()
    assert read_plan(plan_path, PASS)[0] == make_doc(1)


class FailingWrites:
    """os.write that lets ``budget`` bytes through, then fails like a full disk."""

    def __init__(self, budget: int, err: int = errno.ENOSPC) -> None:
        self.budget, self.err = budget, err
        self.real = os.write

    def __call__(self, fd: int, data: bytes | memoryview) -> int:
        if self.budget <= 0:
            raise OSError(self.err, os.strerror(self.err))
        allowed = min(len(data), self.budget)
        self.budget -= allowed
        return self.real(fd, bytes(data[:allowed]))


def no_links(*args: object, **kwargs: object) -> None:
    raise OSError(errno.EPERM, "Operation not permitted")  # FAT/exFAT: no hard links


@pytest.mark.parametrize("links", [True, False])
@pytest.mark.parametrize("budget_from_end", [None, 0, 1, 4000, 100])
def test_failing_write_leaves_main_and_backup_intact(
        plan_path: Path, monkeypatch: pytest.MonkeyPatch, budget_from_end: int | None,
        links: bool) -> None:
    plan, _ = PlanFile.unlock(plan_path, PASS)
    size = plan_path.stat().st_size
    # None: fail at once. Otherwise, with hard links: fail inside the only write (the new
    # main, a bit smaller than the budget); without: inside the second (the backup copy).
    budget = 0 if budget_from_end is None else size + budget_from_end
    if links:
        budget = 0 if budget_from_end is None else max(size - 1 - budget_from_end, 0)
    else:
        monkeypatch.setattr(os, "link", no_links)
    before = files(plan_path.parent)
    monkeypatch.setattr(os, "write", FailingWrites(budget))
    with pytest.raises(WriteError, match="disk is full"):
        plan.save(make_doc(9))
    monkeypatch.undo()
    assert files(plan_path.parent) == before  # no temp file left, nothing changed
    plan.save(make_doc(9))  # and the plan can still be saved once there is room
    plan.close()
    assert read_plan(plan_path, PASS)[0] == make_doc(9)
    assert read_plan(backup_path(plan_path), PASS)[0] == make_doc(2)


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_failing_fsync_or_replace_leaves_files_intact(
        plan_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    plan, _ = PlanFile.unlock(plan_path, PASS)
    before = files(plan_path.parent)

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, failing, fail)
    with pytest.raises(WriteError):
        plan.save(make_doc(9))
    monkeypatch.undo()
    after = files(plan_path.parent)
    if failing == "replace":  # the backup step ran; main must still be the old version
        assert after["notes.dat"] == before["notes.dat"]
        assert not [n for n in after if n.endswith(".tmp")]
    else:
        assert after == before
    plan.close()


def test_write_file_atomically_replaces_whole_and_cleans_up(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.json"
    write_file_atomically(target, b"old")
    monkeypatch.setattr(os, "write", FailingWrites(2))
    with pytest.raises(WriteError):
        write_file_atomically(target, b"new content")
    monkeypatch.undo()
    assert names(tmp_path) == {"out.json"} and target.read_bytes() == b"old"
    write_file_atomically(target, b"new content", mode=0o640)
    assert target.read_bytes() == b"new content"
    with pytest.raises(WriteError):
        write_file_atomically(tmp_path / "missing" / "x", b"1")


def test_passwd_round_trip_rewrites_backup(plan_path: Path) -> None:
    plan, doc = PlanFile.unlock(plan_path, PASS)
    plan.change_passphrase("new one ☂")
    plan.close()
    for target in (plan_path, backup_path(plan_path)):
        with pytest.raises(WrongPassphraseError):
            read_plan(target, PASS)
        assert read_plan(target, "new one ☂")[0] == doc


def test_recovery_code_round_trip_and_removal(plan_path: Path) -> None:
    plan, doc = PlanFile.unlock(plan_path, PASS)
    assert not plan.has_recovery_code
    code = plan.create_recovery_code()
    assert plan.has_recovery_code
    plan.close()
    again, doc2 = PlanFile.unlock_with_recovery_code(plan_path, code.lower().replace("-", " "))
    assert doc2 == doc and again.has_recovery_code
    again.change_passphrase("after recovery")
    again.save(make_doc(7))
    assert not again.has_recovery_code  # the passphrase change dropped it (new data key)
    again.close()
    again, _ = PlanFile.unlock(plan_path, "after recovery")
    assert not again.has_recovery_code
    code = again.create_recovery_code()
    with pytest.raises(WrongPassphraseError):
        again.remove_recovery_code("not the passphrase")
    assert again.has_recovery_code
    again.remove_recovery_code("after recovery")
    assert not again.has_recovery_code
    again.close()
    with pytest.raises(WrongPassphraseError, match="no recovery code"):
        PlanFile.unlock_with_recovery_code(plan_path, code)
    assert read_plan(plan_path, "after recovery")[0] == make_doc(7)


def test_malformed_recovery_code_is_wrong_code(plan_path: Path) -> None:
    with pytest.raises(WrongPassphraseError, match="recovery code"):
        PlanFile.unlock_with_recovery_code(plan_path, "not a code")


def test_delete_plan_removes_file_backup_and_lock(plan_path: Path) -> None:
    lock_path(plan_path).touch()
    delete_plan(plan_path)
    assert names(plan_path.parent) == set()
    delete_plan(plan_path)  # nothing left: still fine


def test_stale_temp_cleanup_removes_only_old_temps_of_ours(tmp_path: Path) -> None:
    old = tmp_path / f".{'a' * 32}.tmp"
    fresh = tmp_path / f".{'b' * 32}.tmp"
    others = [tmp_path / ".other.tmp", tmp_path / "notes.tmp", tmp_path / f"{'c' * 32}.tmp"]
    for path in (old, fresh, *others):
        path.write_bytes(b"x")
    past = time.time() - 600
    for path in (old, *others):
        os.utime(path, (past, past))
    assert remove_stale_temp_files(tmp_path) == 1
    assert names(tmp_path) == {fresh.name} | {p.name for p in others}
    assert remove_stale_temp_files(tmp_path, older_than=0) == 1
    assert remove_stale_temp_files(tmp_path / "missing") == 0


def test_save_refuses_a_plan_too_large_to_open_again(plan_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan.storage import writable

    monkeypatch.setattr(writable, "MAX_JSON_BYTES", 100)
    plan, doc = PlanFile.unlock(plan_path, PASS)
    before = snapshot(plan_path.parent)
    doc.add_person("x" * 200)
    with pytest.raises(WriteError, match="too large"):
        plan.save(doc)
    assert snapshot(plan_path.parent) == before
    plan.close()
