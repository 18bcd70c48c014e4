"""Folders (neutral names, portable mode) and KDF defaults and calibration."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from storage_support import PASS, make_doc

from saferplan.storage import (
    DEFAULT_KDF,
    MIN_KDF,
    TEST_KDF,
    KdfParams,
    PlanFile,
    calibrate_kdf,
    kdf_for_new_file,
    write_file_atomically,
)
from saferplan.storage.kdf import derive_key
from saferplan.storage.paths import APP_DIR_NAME, app_dirs, list_plan_files, new_plan_path


def tree(folder: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(folder)), p.stat().st_mtime_ns) for p in folder.rglob("*"))


def test_default_dirs_are_neutral_and_under_the_user_folders(tmp_path: Path) -> None:
    dirs = app_dirs()
    home = Path(os.environ["HOME"])
    assert not dirs.portable
    for folder in (dirs.settings_dir, dirs.plans_dir):
        assert folder.name == APP_DIR_NAME
        assert home in folder.parents
        assert "saferplan" not in str(folder.relative_to(home)).lower()
        assert "safe" not in APP_DIR_NAME


def test_portable_mode_writes_nothing_to_home(tmp_path: Path) -> None:
    home = Path(os.environ["HOME"])
    before = tree(home)
    stick = tmp_path / "stick"
    stick.mkdir()
    dirs = app_dirs(stick)
    assert dirs.portable and dirs.settings_dir == dirs.plans_dir == stick.absolute()
    path = new_plan_path(dirs)
    assert path.parent == stick.absolute() and path.name == "notes.dat"
    plan = PlanFile.create(path, PASS, make_doc(), TEST_KDF)
    plan.save(make_doc(2))
    plan.close()
    write_file_atomically(dirs.settings_dir / "settings.ini", b"[x]\n")
    assert new_plan_path(dirs).name == "notes-2.dat"
    assert list_plan_files(dirs) == [path]  # the backup and settings are not plans
    assert tree(home) == before


def test_list_plan_files_of_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert list_plan_files(app_dirs(tmp_path / "nowhere")) == []


def test_new_plan_path_creates_a_private_folder(tmp_path: Path) -> None:
    dirs = app_dirs()
    path = new_plan_path(dirs)
    assert path.parent.is_dir() and oct(path.parent.stat().st_mode & 0o777) == "0o700"


def test_kdf_defaults() -> None:
    assert KdfParams(256 * 1024, 3, 4) == DEFAULT_KDF
    assert KdfParams(64 * 1024, 3, 4) == MIN_KDF
    assert TEST_KDF.memory_kib < MIN_KDF.memory_kib


def test_kdf_for_new_file_is_the_calibration_whatever_the_environment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan.storage import kdf

    monkeypatch.setattr(kdf, "calibrate_kdf", lambda: DEFAULT_KDF)
    monkeypatch.setenv("SAFERPLAN_TEST_FAST_KDF", "1")  # the old test switch: now ignored
    assert kdf_for_new_file() == DEFAULT_KDF


def test_calibration_hits_the_target_and_never_goes_below_the_floor() -> None:
    params = calibrate_kdf(0.3)
    assert params.memory_kib >= MIN_KDF.memory_kib
    assert (params.iterations, params.lanes) == (MIN_KDF.iterations, MIN_KDF.lanes)
    assert params.memory_kib <= 1024 * 1024
    start = time.perf_counter()
    derive_key(b"x", b"s" * 16, params)
    assert 0.05 < time.perf_counter() - start < 3.0
    assert calibrate_kdf(0.001) == MIN_KDF
