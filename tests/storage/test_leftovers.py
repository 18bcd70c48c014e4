"""A crash's temp files go at once: after every successful save and whenever a plan is opened,
in whatever folder the plan is (not only the default one, not only after 60 s)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from storage_support import PASS, make_doc

from saferplan.storage import PlanFile


def leftover(folder: Path, age: float, name: str = "cd") -> Path:
    path = folder / f".{name * 16}.tmp"
    path.write_bytes(b"ciphertext of a save cut short")
    os.utime(path, (time.time() - age, time.time() - age))
    return path


def test_a_save_removes_a_crash_leftover_beside_the_plan(tmp_path: Path) -> None:
    stick = tmp_path / "usb stick"
    stick.mkdir()
    plan = PlanFile.create(stick / "p.dat", PASS, make_doc(1))
    old = leftover(stick, age=20)
    busy = leftover(stick, age=0, name="ef")  # another window may be writing it right now
    plan.save(make_doc(2))
    plan.close()
    assert not old.exists() and busy.exists()


def test_unlock_removes_a_crash_leftover(tmp_path: Path) -> None:
    PlanFile.create(tmp_path / "p.dat", PASS, make_doc(1)).close()
    old = leftover(tmp_path, age=20)
    plan, _ = PlanFile.unlock(tmp_path / "p.dat", PASS)
    plan.close()
    assert not old.exists()


def test_a_name_that_only_starts_like_a_leftover_is_kept(tmp_path: Path) -> None:
    PlanFile.create(tmp_path / "p.dat", PASS, make_doc(1)).close()
    theirs = tmp_path / f".{'cd' * 16}.tmp\n"  # not a name this app writes
    theirs.write_bytes(b"someone else's file")
    os.utime(theirs, (time.time() - 20, time.time() - 20))
    plan, _ = PlanFile.unlock(tmp_path / "p.dat", PASS)
    plan.close()
    assert theirs.exists()
