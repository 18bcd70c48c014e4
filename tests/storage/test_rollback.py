"""Rollback warning: this computer remembers each plan's newest save (storage/seen_saves.py)
and notices an older copy put back; the file carries its id and save generation (format v3)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from golden import GOLDEN_V2_FILE, PASSPHRASE
from storage_support import PASS, make_doc

from saferplan.storage import PlanFile, SeenSaves, StorageError, backup_path, check_plan
from saferplan.storage import fileformat as ff
from saferplan.storage.errors import ErrorKind
from saferplan.storage.planfile import OlderCopy
from saferplan.storage.seen_saves import FILE_NAME


@pytest.fixture
def seen(tmp_path: Path) -> SeenSaves:
    return SeenSaves(tmp_path / "settings")


def saved_three_times(path: Path, seen: SeenSaves, keep_at: int) -> Path:
    """Make a plan, save it to generation 3, and keep a copy of generation ``keep_at``."""
    copy = path.with_name("copy.dat")
    plan = PlanFile.create(path, PASS, make_doc(1), seen_saves=seen)
    for version in (2, 3, 0):
        if plan.generation == keep_at:
            shutil.copyfile(path, copy)
        if version:
            plan.save(make_doc(version))
    plan.close()
    return copy


def test_an_older_copy_put_back_is_noticed_once(tmp_path: Path, seen: SeenSaves) -> None:
    path = tmp_path / "p.dat"
    copy = saved_three_times(path, seen, keep_at=2)
    shutil.copyfile(copy, path)
    plan, doc = PlanFile.unlock(path, PASS, seen)
    assert plan.older_copy == OlderCopy(generation=2, newest=3)
    assert doc == make_doc(2)
    plan.save(doc)  # the person chose to keep this copy: it is the newest from now on
    assert plan.generation == 4
    plan.close()
    again, _ = PlanFile.unlock(path, PASS, seen)
    assert again.older_copy is None
    again.close()


def test_the_newest_file_and_the_backup_give_no_warning(tmp_path: Path,
                                                        seen: SeenSaves) -> None:
    path = tmp_path / "p.dat"
    saved_three_times(path, seen, keep_at=2)
    plan, _ = PlanFile.unlock(path, PASS, seen)
    assert plan.older_copy is None and plan.generation == 3
    plan.close()
    backup, _ = PlanFile.unlock_backup(path, PASS, seen)  # one save older, by design
    assert backup.older_copy is None
    backup.close()
    # Another computer (no records) cannot tell either.
    other, _ = PlanFile.unlock(path, PASS, SeenSaves(tmp_path / "elsewhere"))
    assert other.older_copy is None
    other.close()


def test_a_copy_under_a_replaced_passphrase_is_older(tmp_path: Path, seen: SeenSaves) -> None:
    path = tmp_path / "p.dat"
    copy = saved_three_times(path, seen, keep_at=3)
    plan, _ = PlanFile.unlock(path, PASS, seen)
    plan.change_passphrase("a new passphrase nobody knows")
    plan.close()
    # Someone who knew the old passphrase puts back the last copy made with it.
    shutil.copyfile(copy, path)
    old, _ = PlanFile.unlock(path, PASS, seen)
    assert old.older_copy == OlderCopy(generation=3, newest=None)
    old.close()


def test_the_records_show_nothing_readable(tmp_path: Path, seen: SeenSaves) -> None:
    path = tmp_path / "p.dat"
    saved_three_times(path, seen, keep_at=2)
    data = (tmp_path / "settings" / FILE_NAME).read_bytes()
    assert len(data) == 68  # one record for this plan, replaced on each save
    assert (tmp_path / "settings" / FILE_NAME).stat().st_mode & 0o777 == 0o600
    file_id = PlanFile.unlock(path, PASS)[0]._file_id
    assert file_id not in data and (3).to_bytes(8, "big") not in data
    assert b"Lan" not in data


def test_a_v2_golden_file_opens_and_becomes_v3_with_a_generation(tmp_path: Path,
                                                                 seen: SeenSaves) -> None:
    path = tmp_path / "g.dat"
    shutil.copyfile(GOLDEN_V2_FILE, path)
    assert check_plan(path, PASSPHRASE).main_generation is None
    plan, doc = PlanFile.unlock(path, PASSPHRASE, seen)
    assert plan.older_copy is None and plan.generation == 0
    plan.save(doc)
    plan.close()
    assert ff.parse(path.read_bytes()).version == ff.FORMAT_VERSION == 3
    result = check_plan(path, PASSPHRASE)
    assert (result.main_generation, result.backup_generation) == (1, None)
    assert result.backup_ok  # the v2 file, kept as the backup


def test_check_says_before_running_the_kdf_a_second_time(tmp_path: Path) -> None:
    path = tmp_path / "p.dat"
    plan = PlanFile.create(path, PASS, make_doc(1))
    plan.save(make_doc(2))
    plan.close()
    said: list[object] = []
    assert check_plan(path, PASS, said.append).backup_ok
    assert said == []  # the same key slot: one KDF
    other = tmp_path / "other.dat"
    PlanFile.create(other, PASS, make_doc(5)).close()
    shutil.copyfile(other, backup_path(path))  # a backup with its own key slot
    result = check_plan(path, PASS, said.append)
    assert len(said) == 1 and result.backup_ok


def test_an_older_copy_keeps_a_newer_backup_beside_it(tmp_path: Path, seen: SeenSaves) -> None:
    path = tmp_path / "p.dat"
    copy = saved_three_times(path, seen, keep_at=1)
    newer_backup = backup_path(path).read_bytes()  # save 2
    shutil.copyfile(copy, path)  # save 1 put back
    plan, doc = PlanFile.unlock(path, PASS, seen)
    assert plan.older_copy == OlderCopy(generation=1, newest=3, backup_generation=2)
    with pytest.raises(StorageError) as refused:  # a key change would rewrite the backup
        plan.create_recovery_code()
    assert refused.value.kind is ErrorKind.NEWER_BACKUP_KEPT
    plan.save(doc)  # kept: its saves never rotate the newer backup away
    plan.save(make_doc(7))
    plan.close()
    assert backup_path(path).read_bytes() == newer_backup
    opened, backup_doc = PlanFile.unlock_backup(path, PASS, seen)
    opened.close()
    assert backup_doc == make_doc(2)


def test_an_older_copy_rotates_a_backup_that_is_not_newer(tmp_path: Path,
                                                          seen: SeenSaves) -> None:
    path = tmp_path / "p.dat"
    copy = saved_three_times(path, seen, keep_at=2)
    shutil.copyfile(copy, path)  # save 2 put back; the backup is save 2 too
    plan, _ = PlanFile.unlock(path, PASS, seen)
    assert plan.older_copy == OlderCopy(generation=2, newest=3)
    plan.save(make_doc(5))
    plan.close()
    assert backup_path(path).read_bytes() == copy.read_bytes()  # rotated as usual


def test_an_older_copy_keeps_a_backup_under_other_keys(tmp_path: Path, seen: SeenSaves) -> None:
    path = tmp_path / "p.dat"
    copy = saved_three_times(path, seen, keep_at=3)
    plan, _ = PlanFile.unlock(path, PASS, seen)
    plan.change_passphrase("a new passphrase nobody knows")
    plan.close()
    rekeyed_backup = backup_path(path).read_bytes()
    shutil.copyfile(copy, path)
    old, doc = PlanFile.unlock(path, PASS, seen)
    assert old.older_copy == OlderCopy(generation=3, newest=None)
    old.save(doc)
    old.close()
    assert backup_path(path).read_bytes() == rekeyed_backup


def test_the_newer_backup_opens_with_the_older_copys_key(tmp_path: Path, seen: SeenSaves,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.dat"
    copy = saved_three_times(path, seen, keep_at=1)
    shutil.copyfile(copy, path)
    plan, _ = PlanFile.unlock(path, PASS, seen)
    def no_kdf(*args: object) -> bytes:
        raise AssertionError("no second KDF")

    with monkeypatch.context() as patch:
        patch.setattr(ff, "derive_key", no_kdf)
        backup, doc = plan.open_newer_backup()
        assert doc == make_doc(2) and backup.older_copy is None
        backup.save(doc)  # saved to the plan file, as after unlock_backup
        backup.close()
    again, doc = PlanFile.unlock(path, PASS, seen)
    again.close()
    assert doc == make_doc(2)
