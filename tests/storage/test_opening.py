"""Opening a plan: the file is read and hashed while the KDF runs, never read twice over a
change, and its fd is not closed under the thread reading it."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from storage_support import PASS, make_doc

from saferplan.storage import (
    TEST_KDF,
    PlanFile,
    ReadError,
    WrongPassphraseError,
    fileformat,
    filestate,
    opening,
)


def _log_entries_plan(tmp_path: Path) -> Path:
    from saferplan.model import LogEntry

    doc = make_doc(1)
    doc.log = [LogEntry(when="2026-11-02", what="x" * 200, id=f"e{i}") for i in range(3000)]
    path = tmp_path / "plan.dat"
    PlanFile.create(path, PASS, doc, TEST_KDF).close()
    return path


def test_the_file_is_read_and_hashed_in_other_threads_while_the_kdf_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _log_entries_plan(tmp_path)
    events: list[tuple[str, float, threading.Thread]] = []
    real_derive, real_read, real_hash = (fileformat.derive_key, opening.read_head,
                                         opening.head_hash)

    def slow_kdf(*args: object) -> bytes:
        key = real_derive(*args)  # type: ignore[arg-type]
        time.sleep(0.3)
        events.append(("kdf done", time.monotonic(), threading.current_thread()))
        return key

    def noted(name: str, real: object) -> object:
        def call(*args: object) -> object:
            value = real(*args)  # type: ignore[operator]
            events.append((name, time.monotonic(), threading.current_thread()))
            return value
        return call

    monkeypatch.setattr(fileformat, "derive_key", slow_kdf)
    monkeypatch.setattr(opening, "read_head", noted("read", real_read))
    monkeypatch.setattr(opening, "head_hash", noted("hashed", real_hash))
    plan, doc = PlanFile.unlock(path, PASS)
    plan.close()
    assert len(doc.log) == 3000
    when = {name: (at, thread) for name, at, thread in events}
    assert set(when) == {"kdf done", "read", "hashed"}
    assert when["read"][0] < when["kdf done"][0] and when["hashed"][0] < when["kdf done"][0]
    main = threading.main_thread()
    assert when["kdf done"][1] is main and main not in (when["read"][1], when["hashed"][1])


def test_a_wrong_passphrase_closes_the_file_only_once_it_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _log_entries_plan(tmp_path)
    reading = threading.Event()
    real_read = opening.read_head
    finished: list[bool] = []

    def slow_read(*args: object) -> bytes:
        reading.set()
        time.sleep(0.2)  # the KDF has failed meanwhile
        head = real_read(*args)  # type: ignore[arg-type]
        finished.append(True)
        return head

    def failing_kdf(*_args: object) -> bytes:
        reading.wait(5)
        raise WrongPassphraseError

    monkeypatch.setattr(opening, "read_head", slow_read)
    monkeypatch.setattr(fileformat, "derive_key", failing_kdf)
    with pytest.raises(WrongPassphraseError):
        PlanFile.unlock(path, "not it")
    assert finished == [True]  # read whole, from a file still open


def test_a_file_changed_between_its_first_bytes_and_the_rest_is_not_opened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _log_entries_plan(tmp_path)
    real_read_at = filestate.read_at

    def changed(fd: int, count: int, offset: int) -> bytes:
        data = bytearray(real_read_at(fd, count, offset))
        if count > fileformat.HEAD_PREFIX_BYTES:  # the second read: another key slot now
            data[fileformat.KEY_HEADER_BYTES - 1] ^= 1
        return bytes(data)

    monkeypatch.setattr(filestate, "read_at", changed)
    with pytest.raises(ReadError):
        PlanFile.unlock(path, PASS)
    monkeypatch.undo()
    PlanFile.unlock(path, PASS)[0].close()


def test_a_file_cut_short_is_refused_before_any_kdf(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _log_entries_plan(tmp_path)
    data = path.read_bytes()
    runs: list[bool] = []
    real_derive = fileformat.derive_key
    monkeypatch.setattr(fileformat, "derive_key",
                        lambda *args: runs.append(True) or real_derive(*args))
    for cut in (len(data) - 1, len(data) // 2, fileformat.HEAD_PREFIX_BYTES + 10):
        path.write_bytes(data[:cut])
        with pytest.raises(WrongPassphraseError):
            PlanFile.unlock(path, PASS)
    assert runs == []


def test_a_first_read_cut_short_by_the_system_is_read_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _log_entries_plan(tmp_path)
    real_pread = filestate.pread
    monkeypatch.setattr(filestate, "pread",
                        lambda fd, count, offset: real_pread(fd, min(count, 50), offset))
    plan, doc = PlanFile.unlock(path, PASS)
    plan.close()
    assert len(doc.log) == 3000
