"""The version that last wrote a plan: recorded inside the encryption; newer plans read-only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden import PASSPHRASE, rebuild
from storage.conftest import PASS, make_doc

from saferplan import __version__
from saferplan.model.document import SCHEMA_VERSION
from saferplan.storage import (
    TEST_KDF,
    PlanFile,
    ReadOnlyPlanError,
    UnsupportedFileError,
    check_plan,
    read_plan,
)
from saferplan.storage import fileformat as ff
from saferplan.storage.kdf import secret_bytes

NEWER = "9.4.1"


def _payload(path: Path, passphrase: str) -> dict[str, object]:
    _, _, contents = ff.decrypt_with_passphrase(path.read_bytes(), secret_bytes(passphrase))
    loaded: dict[str, object] = json.loads(bytes(contents.json_bytes))
    return loaded


def _future_file(tmp_path: Path, **changes: object) -> Path:
    """A plan as a newer app would write it: a later format, a field this app does not know."""
    plan: dict[str, object] = {
        "saferplan": SCHEMA_VERSION + 1, "language": "vi", "written_by": NEWER,
        "people": [{"id": "p1", "name": "Lan", "phone": "+1 416 555 0101", "roles": [],
                    "memorize": False, "notes": ""}],
        "documents": [], "plans": [], "log": [], "reminders": [{"at": "2030-01-01"}]}
    plan.update(changes)
    data, _ = rebuild(ff.FORMAT_VERSION, b"future", json.dumps(plan).encode("utf-8"), {})
    path = tmp_path / "future.dat"
    path.write_bytes(data)
    return path


def test_the_payload_records_the_version_that_wrote_it(tmp_path: Path) -> None:
    path = tmp_path / "notes.dat"
    PlanFile.create(path, PASS, make_doc(), TEST_KDF).close()
    assert _payload(path, PASS)["written_by"] == __version__
    header = ff.parse(path.read_bytes()).header
    assert b"written_by" not in path.read_bytes()  # only inside the encryption
    assert __version__.encode() not in header
    assert check_plan(path, PASS).main_info.written_by == __version__  # type: ignore[union-attr]


def test_a_plan_from_before_the_version_was_recorded_still_opens(tmp_path: Path) -> None:
    path = _future_file(tmp_path, saferplan=SCHEMA_VERSION, reminders=None)
    plan = json.loads(json.dumps(_payload(path, PASSPHRASE)))
    del plan["written_by"], plan["reminders"]
    data, _ = rebuild(ff.FORMAT_VERSION, b"old", json.dumps(plan).encode("utf-8"), {})
    path.write_bytes(data)
    opened, doc = PlanFile.unlock(path, PASSPHRASE)
    assert opened.writer.written_by is None and not opened.read_only
    opened.save(doc)  # saving records this version from now on
    opened.close()
    assert _payload(path, PASSPHRASE)["written_by"] == __version__


def test_a_newer_plan_opens_read_only_and_is_never_written(tmp_path: Path) -> None:
    path = _future_file(tmp_path)
    before = path.read_bytes()
    opened, doc = PlanFile.unlock(path, PASSPHRASE)
    try:
        assert opened.read_only and opened.writer.written_by == NEWER
        assert [p.name for p in doc.people] == ["Lan"]
        with pytest.raises(ReadOnlyPlanError, match=f"saved by SaferPlan {NEWER}"):
            opened.save(doc)
        with pytest.raises(ReadOnlyPlanError):
            opened.change_passphrase("another passphrase", TEST_KDF)
        with pytest.raises(ReadOnlyPlanError):
            opened.create_recovery_code()
    finally:
        opened.close()
    assert path.read_bytes() == before
    assert not path.with_name(path.name + ".bak").exists()
    info = check_plan(path, PASSPHRASE).main_info
    assert info is not None and info.newer and info.written_by == NEWER
    assert read_plan(path, PASSPHRASE)[0].people[0].phone == "+1 416 555 0101"


def test_a_newer_plan_that_cannot_be_read_is_refused_calmly(tmp_path: Path) -> None:
    path = _future_file(tmp_path, people=[{"id": "p1", "names": ["Lan"]}])
    with pytest.raises(UnsupportedFileError, match=f"saved by SaferPlan {NEWER}.*unchanged"):
        PlanFile.unlock(path, PASSPHRASE)
    check = check_plan(path, PASSPHRASE)
    assert isinstance(check.main_error, UnsupportedFileError)


def test_a_strange_version_string_is_not_trusted(tmp_path: Path) -> None:
    path = _future_file(tmp_path, written_by="1.0\n\x1b[2J" + "x" * 100)
    opened, _ = PlanFile.unlock(path, PASSPHRASE)
    opened.close()
    assert opened.writer.written_by is None


def test_an_id_ending_in_a_line_break_is_refused_and_the_file_kept(tmp_path: Path) -> None:
    # The app never wrote such an id (new_id makes them), so no real plan holds one.
    plan = {"saferplan": SCHEMA_VERSION, "language": "en", "written_by": __version__,
            "people": [], "documents": [], "plans": [],
            "log": [{"id": "e1\n", "when": "2026-11-03", "where": "", "what": "x"}]}
    data, _ = rebuild(ff.FORMAT_VERSION, b"id", json.dumps(plan).encode("utf-8"), {})
    path = tmp_path / "plan.dat"
    path.write_bytes(data)
    with pytest.raises(UnsupportedFileError, match="could not be read"):
        PlanFile.unlock(path, PASSPHRASE)
    assert path.read_bytes() == data
    plan["log"][0]["id"] = "e1"  # type: ignore[index]
    data, _ = rebuild(ff.FORMAT_VERSION, b"id", json.dumps(plan).encode("utf-8"), {})
    path.write_bytes(data)
    PlanFile.unlock(path, PASSPHRASE)[0].close()
