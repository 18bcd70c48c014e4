"""Fixtures for storage tests (their helpers are in storage_support.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from storage_support import PASS, make_doc

from saferplan.storage import TEST_KDF, PlanFile


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inject TEST_KDF as the calibrated cost: files made with it are never "strengthened"."""
    from saferplan.storage import kdf

    monkeypatch.setattr(kdf, "kdf_for_new_file", lambda: kdf.TEST_KDF)


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    """A plan file saved twice (so it has a backup), closed."""
    path = tmp_path / "notes.dat"
    plan = PlanFile.create(path, PASS, make_doc(1), TEST_KDF)
    plan.save(make_doc(2))
    plan.close()
    return path
