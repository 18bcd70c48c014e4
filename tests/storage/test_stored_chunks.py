"""Attachments stay encrypted in the open plan file: checked once at unlock, decrypted only
when asked for, copied (not held) by saves, and refused if another program changed them."""

from __future__ import annotations

import datetime
import errno
import os
import tracemalloc
from pathlib import Path

import pytest
from storage_support import PASS, make_doc

from saferplan.model import ContentUnavailableError, PlanDocument
from saferplan.model.record import add_attachment
from saferplan.storage import (
    TEST_KDF,
    FileChangedError,
    PlanFile,
    StorageError,
    backup_path,
    read_plan,
    stored_chunks,
)
from saferplan.storage import fileformat as ff

DAY = datetime.date(2026, 11, 2)
MB = 1 << 20
FILES = 10  # of 2 MB each: 20 MB in all


def with_files(count: int = FILES, size: int = 2 * MB) -> tuple[PlanDocument, list[bytes]]:
    doc = make_doc(1)
    blobs = [os.urandom(size) for _ in range(count)]
    for number, blob in enumerate(blobs):
        add_attachment(doc, f"photo {number}.jpg", "image/jpeg", blob, DAY)
    return doc, blobs


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, list[bytes]]:
    path = tmp_path / "notes.dat"
    doc, blobs = with_files()
    PlanFile.create(path, PASS, doc, TEST_KDF).close()
    return path, blobs


def test_unlock_holds_no_attachment_bytes(saved: tuple[Path, list[bytes]]) -> None:
    path, _ = saved
    tracemalloc.start()
    try:
        plan, doc = PlanFile.unlock(path, PASS)
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    with plan:
        # 20 MB of files: at most one file's ciphertext and plaintext at a time, none after.
        assert peak < 6 * MB
        assert current < 1 * MB
        assert all(a.stored is not None for a in doc.attachments.values())


def test_files_are_decrypted_when_asked_for_and_not_after_lock(
        saved: tuple[Path, list[bytes]]) -> None:
    path, blobs = saved
    plan, doc = PlanFile.unlock(path, PASS)
    files = list(doc.attachments.values())
    assert [a.data for a in files] == blobs
    assert [a.size for a in files] == [len(b) for b in blobs]
    plan.close()
    with pytest.raises(ContentUnavailableError):
        _ = files[0].data
    assert files[0].size == len(blobs[0])  # what the list shows needs no bytes


def test_a_save_copies_unchanged_files_a_block_at_a_time(
        saved: tuple[Path, list[bytes]]) -> None:
    path, blobs = saved
    plan, doc = PlanFile.unlock(path, PASS)
    with plan:
        add_attachment(doc, "note.txt", "text/plain", b"one more", DAY)
        tracemalloc.start()
        try:
            plan.save(doc, release_files=True)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 4 * MB  # the 20 MB of unchanged files were never all in memory
        assert all(a.stored is not None for a in doc.attachments.values())
        assert [a.data for a in doc.attachments.values()] == [*blobs, b"one more"]
    assert [a.data for a in read_plan(path, PASS)[0].attachments.values()] == \
        [*blobs, b"one more"]


def test_only_the_apps_own_document_lets_go_of_new_files(tmp_path: Path) -> None:
    doc, blobs = with_files(2, 1000)
    plan = PlanFile.create(tmp_path / "a.dat", PASS, doc, TEST_KDF)
    plan.close()
    # A guest's copy: the document outlives the file it was saved to.
    assert [a.stored for a in doc.attachments.values()] == [None, None]
    assert [a.data for a in doc.attachments.values()] == blobs
    plan, opened = PlanFile.unlock(tmp_path / "a.dat", PASS)
    with plan:
        new = add_attachment(opened, "new.txt", "text/plain", b"new", DAY)
        assert new.stored is None
        plan.save(opened, release_files=True)
        assert all(a.stored is not None for a in opened.attachments.values())
        assert new.data == b"new"


def test_files_still_read_after_many_saves_and_a_passphrase_change(
        saved: tuple[Path, list[bytes]]) -> None:
    path, blobs = saved
    plan, doc = PlanFile.unlock(path, PASS)
    before = len(os.listdir("/proc/self/fd"))
    with plan:
        for number in range(12):
            doc.people[0].notes = f"change {number}"
            plan.save(doc, release_files=True)
        assert len(os.listdir("/proc/self/fd")) <= before  # each save lets the old file go
        plan.change_passphrase("a new long passphrase here", TEST_KDF)
        assert [a.data for a in doc.attachments.values()] == blobs
        doc.people[0].notes = "after the change"
        plan.save(doc, release_files=True)
        assert [a.data for a in doc.attachments.values()] == blobs
    after, _ = read_plan(path, "a new long passphrase here")
    assert [a.data for a in after.attachments.values()] == blobs


def _chunk_area_start(path: Path) -> int:
    parsed = ff.parse(path.read_bytes())
    return len(parsed.header) + len(parsed.payload)


def test_a_file_changed_in_place_by_another_program_is_refused(
        saved: tuple[Path, list[bytes]]) -> None:
    path, blobs = saved
    backup_before = None
    plan, doc = PlanFile.unlock(path, PASS)
    with plan:
        doc.people[0].notes = "first save"
        plan.save(doc, release_files=True)  # makes a backup and a new main file
        backup_before = backup_path(path).read_bytes()
        stat = path.stat()
        with open(path, "r+b") as handle:  # another program writes into the open file
            handle.seek(_chunk_area_start(path) + 100)
            byte = handle.read(1)
            handle.seek(-1, os.SEEK_CUR)
            handle.write(bytes([byte[0] ^ 1]))
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # and hides its mtime
        with pytest.raises(ContentUnavailableError):
            _ = doc.attachments["a1"].data
        main_before = path.read_bytes()
        doc.people[0].notes = "second save"
        with pytest.raises(FileChangedError):
            plan.save(doc, release_files=True)
        assert path.read_bytes() == main_before  # nothing written
        assert backup_path(path).read_bytes() == backup_before
    assert [a.data for a in read_plan(backup_path(path), PASS)[0].attachments.values()] == blobs


def test_a_file_touched_but_not_changed_still_saves(saved: tuple[Path, list[bytes]]) -> None:
    path, blobs = saved
    plan, doc = PlanFile.unlock(path, PASS)
    with plan:
        os.chmod(path, 0o600)  # a new ctime, the same bytes: the chunks are checked again
        doc.people[0].notes = "saved"
        plan.save(doc, release_files=True)
    assert [a.data for a in read_plan(path, PASS)[0].attachments.values()] == blobs


def test_where_files_cannot_stay_open_the_ciphertext_is_held_instead(
        saved: tuple[Path, list[bytes]], monkeypatch: pytest.MonkeyPatch) -> None:
    path, blobs = saved
    monkeypatch.setattr(stored_chunks, "KEEP_FILE_OPEN", False)
    plan, doc = PlanFile.unlock(path, PASS)
    with plan:
        assert [a.data for a in doc.attachments.values()] == blobs
        add_attachment(doc, "note.txt", "text/plain", b"kept", DAY)
        plan.save(doc, release_files=True)
        assert [a.data for a in doc.attachments.values()] == [*blobs, b"kept"]
    assert [a.data for a in read_plan(path, PASS)[0].attachments.values()] == [*blobs, b"kept"]


def test_changes_survive_a_lock_when_kept_files_cannot_be_read(
        saved: tuple[Path, list[bytes]], monkeypatch: pytest.MonkeyPatch) -> None:
    path, blobs = saved
    plan, doc = PlanFile.unlock(path, PASS)
    doc.people[0].notes = "written while the stick was out"
    add_attachment(doc, "new.txt", "text/plain", b"added then", DAY)

    def pulled_out(self: object, offset: int, length: int) -> bytes:
        raise OSError(errno.EIO, "input/output error")

    with monkeypatch.context() as patch:  # the USB stick is pulled out
        patch.setattr(stored_chunks.FileArea, "read", pulled_out)
        with pytest.raises(StorageError):
            plan.save(doc)
        sealed = plan.seal(doc)  # the lock keeps the changes, encrypted, in memory
        plan.close()
    assert b"written while" not in sealed
    plan, _ = PlanFile.unlock(path, PASS)  # the stick is back
    with plan:
        restored = plan.open_sealed(sealed)
        assert restored.people[0].notes == "written while the stick was out"
        assert [a.data for a in restored.attachments.values()] == [*blobs, b"added then"]


def test_a_file_changed_while_it_is_copied_is_refused(
        saved: tuple[Path, list[bytes]], monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = saved
    plan, doc = PlanFile.unlock(path, PASS)
    main_before = path.read_bytes()
    start = _chunk_area_start(path)
    real_write_to = stored_chunks.AreaSlice.write_to

    def changed_meanwhile(self: stored_chunks.AreaSlice, fd: int) -> None:
        if self.offset == start:  # another program writes into the file during the copy
            with open(path, "r+b") as handle:
                handle.seek(start + 10)
                handle.write(b"\x00" * 8)
        real_write_to(self, fd)

    monkeypatch.setattr(stored_chunks.AreaSlice, "write_to", changed_meanwhile)
    with plan:
        doc.people[0].notes = "not saved"
        with pytest.raises(FileChangedError):
            plan.save(doc)
    assert not backup_path(path).exists()  # nothing rotated, no damaged copy made
    assert path.read_bytes()[:start] == main_before[:start]
    assert sorted(p.name for p in path.parent.iterdir()) == ["notes.dat"]


def test_a_read_never_raises_anything_but_unavailable(
        saved: tuple[Path, list[bytes]]) -> None:
    path, _ = saved
    plan, doc = PlanFile.unlock(path, PASS)
    photo = doc.attachments["a1"]

    def wiped_key() -> bytes:
        # What a key being wiped by a lock in another thread raised before it had a lock.
        raise ValueError("mmap closed or invalid")

    plan._store.bind(wiped_key)
    with pytest.raises(ContentUnavailableError):
        _ = photo.data
    plan.close()


def test_plans_open_where_there_is_no_pread(saved: tuple[Path, list[bytes]],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path, blobs = saved
    monkeypatch.delattr(os, "pread")  # Windows
    monkeypatch.setattr(stored_chunks, "KEEP_FILE_OPEN", False)
    plan, doc = PlanFile.unlock(path, PASS)
    with plan:
        assert [a.data for a in doc.attachments.values()] == blobs


def test_a_passphrase_change_over_a_file_changed_on_disk_says_so(
        saved: tuple[Path, list[bytes]]) -> None:
    path, _ = saved
    plan, _doc = PlanFile.unlock(path, PASS)
    with open(path, "r+b") as handle:  # another program writes into a kept file
        handle.seek(_chunk_area_start(path) + 5)
        handle.write(b"\x00" * 4)
    main_before = path.read_bytes()
    with plan, pytest.raises(FileChangedError):  # not "wrong passphrase": it was right
        plan.change_passphrase("a new long passphrase here", TEST_KDF)
    assert path.read_bytes() == main_before and not backup_path(path).exists()
