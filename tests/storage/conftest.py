"""Helpers for storage tests: a small plan and a snapshot of a folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from saferplan.model import PlanDocument
from saferplan.storage import TEST_KDF, PlanFile

PASS = "correct horse ngựa 马"


def make_doc(version: int = 1) -> PlanDocument:
    doc = PlanDocument(language="vi")
    doc.add_person(f"Lan v{version}", "+1 416 555 0101", ["bond_person"])
    doc.log = []
    return doc


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inject TEST_KDF as the calibrated cost: files made with it are never "strengthened"."""
    from saferplan.storage import kdf

    monkeypatch.setattr(kdf, "kdf_for_new_file", lambda: kdf.TEST_KDF)


def snapshot(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every entry with its size, mtime and bytes, plus the folder's own mtime."""
    out: dict[str, tuple[int, int, bytes]] = {
        ".": (0, os.stat(folder).st_mtime_ns, b"")}
    for entry in sorted(folder.iterdir()):
        stat = entry.stat()
        out[entry.name] = (stat.st_size, stat.st_mtime_ns, entry.read_bytes())
    return out


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    """A plan file saved twice (so it has a backup), closed."""
    path = tmp_path / "notes.dat"
    plan = PlanFile.create(path, PASS, make_doc(1), TEST_KDF)
    plan.save(make_doc(2))
    plan.close()
    return path
