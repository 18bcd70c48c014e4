"""No test switch in the product: new files always get the real KDF floor, and a file whose
key slot is below it (made by an old test build) is strengthened on the next save."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from storage_support import PASS, make_doc

from saferplan.resources import data_dir
from saferplan.storage import (
    MIN_KDF,
    TEST_KDF,
    PlanFile,
    backup_path,
    check_plan,
    kdf,
    read_plan,
)
from saferplan.storage import fileformat as ff


def kdf_of(path: Path) -> tuple[kdf.KdfParams, kdf.KdfParams | None]:
    """The key slot's and the recovery slot's KDF cost, as stored."""
    parsed = ff.parse(path.read_bytes())
    return parsed.kdf, parsed.recovery_kdf


@pytest.fixture
def floor_is_calibrated(monkeypatch: pytest.MonkeyPatch) -> None:
    """The calibration gives the floor itself (64 MiB, about 0.1 s): real, but quick."""
    monkeypatch.setattr(kdf, "kdf_for_new_file", lambda: MIN_KDF)


def test_the_old_env_switch_does_not_weaken_a_file_made_by_the_cli(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_bytes((data_dir("forms") / "demo" / "plan.json").read_bytes())
    path = tmp_path / "plan.dat"
    env = {**os.environ, "SAFERPLAN_TEST_FAST_KDF": "1", "HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "saferplan", "--passphrase-stdin", "new", str(path),
         "--from-json", str(source)],
        input=f"{PASS}\n", capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    main_kdf, _ = kdf_of(path)
    assert not kdf.is_below_floor(main_kdf)
    assert main_kdf.memory_kib >= MIN_KDF.memory_kib
    assert main_kdf.iterations >= MIN_KDF.iterations


def test_a_weak_file_is_strengthened_in_main_and_backup_on_the_next_save(
        tmp_path: Path, floor_is_calibrated: None) -> None:
    path = tmp_path / "p.dat"
    made = PlanFile.create(path, PASS, make_doc(1), TEST_KDF)
    made.save(make_doc(2))  # a backup, weak too
    made.close()
    plan, doc = PlanFile.unlock(path, PASS)
    assert plan.strengthens_on_next_save
    assert kdf_of(path)[0] == TEST_KDF  # nothing written at unlock
    plan.save(make_doc(3))
    assert not plan.strengthens_on_next_save
    plan.close()
    assert kdf_of(path)[0] == MIN_KDF
    assert kdf_of(backup_path(path))[0] == MIN_KDF
    assert read_plan(path, PASS)[0] == make_doc(3)
    assert read_plan(backup_path(path), PASS)[0] == doc == make_doc(2)


def test_a_weak_recovery_slot_is_strengthened_when_the_code_opens_the_file(
        tmp_path: Path, floor_is_calibrated: None) -> None:
    path = tmp_path / "p.dat"
    made = PlanFile.create(path, PASS, make_doc(1), TEST_KDF)
    code = made.create_recovery_code()
    made.close()
    plan, _ = PlanFile.unlock_with_recovery_code(path, code)
    plan.save(make_doc(2))
    plan.close()
    # Only the slot whose secret was typed can be sealed again.
    assert kdf_of(path) == (TEST_KDF, MIN_KDF)
    PlanFile.unlock_with_recovery_code(path, code)[0].close()
    PlanFile.unlock(path, PASS)[0].close()


def test_a_passphrase_change_on_a_weak_file_gets_the_stronger_cost(
        tmp_path: Path, floor_is_calibrated: None) -> None:
    path = tmp_path / "p.dat"
    PlanFile.create(path, PASS, make_doc(1), TEST_KDF).close()
    plan, _ = PlanFile.unlock(path, PASS)
    plan.change_passphrase("another passphrase here")
    plan.close()
    assert kdf_of(path)[0] == MIN_KDF == kdf_of(backup_path(path))[0]


def test_tests_opt_out_by_injecting_a_cost_below_the_floor(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "kdf_for_new_file", lambda: TEST_KDF)
    path = tmp_path / "p.dat"
    PlanFile.create(path, PASS, make_doc(1)).close()
    assert kdf_of(path)[0] == TEST_KDF
    plan, _ = PlanFile.unlock(path, PASS)
    assert not plan.strengthens_on_next_save
    plan.save(make_doc(2))
    plan.close()
    assert kdf_of(path)[0] == TEST_KDF


def test_check_says_a_file_is_weak(tmp_path: Path, floor_is_calibrated: None) -> None:
    weak, strong = tmp_path / "weak.dat", tmp_path / "strong.dat"
    PlanFile.create(weak, PASS, make_doc(1), TEST_KDF).close()
    PlanFile.create(strong, PASS, make_doc(1)).close()
    assert check_plan(weak, PASS).weak_kdf
    assert not check_plan(strong, PASS).weak_kdf
