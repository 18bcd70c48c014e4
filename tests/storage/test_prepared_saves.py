"""A save in two halves (the app writes autosaves in a worker thread): one write at a time,
never an older save over a newer one, always under the keys of the moment."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from storage_support import PASS, make_doc

from saferplan.storage import TEST_KDF, PlanFile, WrongPassphraseError, read_plan, writable

NEW = "a brand new long passphrase"


def test_an_older_prepared_save_never_writes_over_a_newer_one(tmp_path: Path) -> None:
    path = tmp_path / "notes.dat"
    doc = make_doc(1)
    with PlanFile.create(path, PASS, doc, TEST_KDF) as plan:
        doc.people[0].notes = "older"
        older = plan.prepare_save(doc)
        doc.people[0].notes = "newer"
        newer = plan.prepare_save(doc)
        assert plan.write_prepared(newer) is True
        assert plan.write_prepared(older) is False  # nothing written
        assert plan.write_prepared(newer) is False  # and nothing twice
    assert read_plan(path, PASS)[0].people[0].notes == "newer"


def test_a_prepared_save_is_written_under_the_keys_of_the_moment(tmp_path: Path) -> None:
    path = tmp_path / "notes.dat"
    doc = make_doc(1)
    with PlanFile.create(path, PASS, doc, TEST_KDF) as plan:
        doc.people[0].notes = "after the change"
        prepared = plan.prepare_save(doc)
        plan.change_passphrase(NEW, TEST_KDF)  # between the two halves
        assert plan.write_prepared(prepared)
    assert read_plan(path, NEW)[0].people[0].notes == "after the change"
    with pytest.raises(WrongPassphraseError):
        read_plan(path, PASS)  # the old passphrase opens nothing saved since


def test_closing_waits_for_a_write_under_way(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "notes.dat"
    doc = make_doc(1)
    plan = PlanFile.create(path, PASS, doc, TEST_KDF)
    real_write_temp = writable.write_temp
    started = threading.Event()

    def slow_write_temp(*args: object, **kwargs: object) -> object:
        started.set()
        time.sleep(0.5)
        return real_write_temp(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(writable, "write_temp", slow_write_temp)
    doc.people[0].notes = "written in a worker"
    prepared = plan.prepare_save(doc)
    worker = threading.Thread(target=plan.write_prepared, args=(prepared,))
    worker.start()
    assert started.wait(5)
    plan.close()  # waits for the write: the key is wiped only after it
    assert not worker.is_alive()
    worker.join()
    assert read_plan(path, PASS)[0].people[0].notes == "written in a worker"
