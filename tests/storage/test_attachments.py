"""PlanFile with attachments: chunk reuse, v1 -> v2 upgrade, hard-link backup and copy fallback."""

from __future__ import annotations

import datetime
import errno
import os
import shutil
from pathlib import Path

import pytest
from golden import GOLDEN_FILE, GOLDEN_JSON, PASSPHRASE, RECOVERY_CODE
from storage_support import PASS, make_doc

from saferplan.model import Answer, Plan, PlanDocument, loads_plan_json
from saferplan.model.record import add_attachment, remove_attachment
from saferplan.storage import (
    TEST_KDF,
    FileChangedError,
    PlanFile,
    backup_path,
    check_plan,
    read_plan,
)
from saferplan.storage import chunks as ch
from saferplan.storage import fileformat as ff
from saferplan.storage.plan_bytes import build_file_bytes

DAY = datetime.date(2026, 11, 2)


def doc_with_files(*blobs: bytes) -> PlanDocument:
    doc = make_doc(1)
    doc.plans.append(Plan(id="s1", form="safety_plan", answers={}))
    for number, blob in enumerate(blobs):
        add_attachment(doc, f"f{number}.txt", "text/plain", blob, DAY)
    return doc


def answer(doc: PlanDocument, value: str) -> None:
    doc.plans[0].answers["q1"] = Answer("answered", value)


class CountEncryptions:
    """Wraps chunks.encrypt_chunk to count how often attachments are encrypted."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        self.real = ch.encrypt_chunk
        monkeypatch.setattr(ch, "encrypt_chunk", self)

    def __call__(self, *args: object, **kwargs: object) -> ch.Chunk:
        self.count += 1
        return self.real(*args, **kwargs)  # type: ignore[arg-type]


def chunk_area(path: Path, files: int) -> bytes:
    data = path.read_bytes()
    (size,) = ff._PAYLOAD_SIZE.unpack_from(data, 89 + 32)
    return data[89 + 32 + 8 + size:] if files else b""


def test_answer_change_reuses_chunks_unchanged(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "n.dat"
    doc = doc_with_files(b"one" * 1000, os.urandom(5000))
    counter = CountEncryptions(monkeypatch)
    plan = PlanFile.create(path, PASS, doc, TEST_KDF)
    assert counter.count == 2
    area = chunk_area(path, 2)
    assert len(area) == 3000 + 5000 + 2 * 16
    answer(doc, "đổi câu trả lời")
    plan.save(doc)
    assert counter.count == 2 and chunk_area(path, 2) == area  # same ciphertext, byte for byte
    plan.close()
    plan, loaded = PlanFile.unlock(path, PASS)  # after reopening too
    answer(loaded, "again")
    plan.save(loaded)
    assert counter.count == 2 and chunk_area(path, 2) == area
    # A changed file is encrypted again (once, with a new salt); the other is reused.
    loaded.attachments["a1"].data = b"changed"
    plan.save(loaded)
    assert counter.count == 3 and chunk_area(path, 2).endswith(area[-5016:])
    remove_attachment(loaded, "a2")
    plan.save(loaded)
    plan.close()
    assert counter.count == 3
    assert read_plan(path, PASS)[0] == loaded


def test_equal_bytes_in_a_new_object_are_not_encrypted_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "n.dat"
    doc = doc_with_files(b"abc" * 100)
    plan = PlanFile.create(path, PASS, doc, TEST_KDF)
    counter = CountEncryptions(monkeypatch)
    doc.attachments["a1"].data = bytes(bytearray(doc.attachments["a1"].data))
    plan.save(doc)
    plan.close()
    assert counter.count == 0


def test_v1_file_is_upgraded_to_v2_on_save(tmp_path: Path) -> None:
    path = tmp_path / "old.dat"
    shutil.copyfile(GOLDEN_FILE, path)
    plan, doc = PlanFile.unlock(path, PASSPHRASE)
    assert doc == loads_plan_json(GOLDEN_JSON.read_bytes())
    add_attachment(doc, "x.txt", "text/plain", b"new file", DAY)
    plan.save(doc)
    plan.close()
    assert path.read_bytes()[8:10] == b"\x00\x03"  # upgraded to the newest format
    assert backup_path(path).read_bytes() == GOLDEN_FILE.read_bytes()  # the v1 file, kept
    assert read_plan(path, PASSPHRASE)[0] == doc
    # The key and recovery slots were carried over unchanged: the code still opens it.
    again, doc2 = PlanFile.unlock_with_recovery_code(path, RECOVERY_CODE)
    again.close()
    assert doc2 == doc
    assert check_plan(path, PASSPHRASE).backup_ok


def test_v1_built_file_upgrades_with_its_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "v1.dat"
    path.write_bytes(build_file_bytes(PASS, make_doc(3), TEST_KDF, version=1)[0])
    plan, doc = PlanFile.unlock(path, PASS)
    plan.save(doc)
    plan.change_passphrase("mới")
    plan.close()
    assert read_plan(path, "mới")[0] == make_doc(3)


def test_backup_is_a_hard_link_to_the_previous_main(tmp_path: Path) -> None:
    path = tmp_path / "n.dat"
    doc = doc_with_files(os.urandom(3000))
    plan = PlanFile.create(path, PASS, doc, TEST_KDF)
    before = path.stat()
    answer(doc, "1")
    plan.save(doc)
    after_backup = backup_path(path).stat()
    assert (after_backup.st_ino, after_backup.st_dev) == (before.st_ino, before.st_dev)
    assert path.stat().st_ino != before.st_ino and path.stat().st_nlink == 1
    answer(doc, "2")
    plan.save(doc)
    plan.close()
    assert read_plan(backup_path(path), PASS)[0].plans[0].answers["q1"].value == "1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.dat", "n.dat.bak"]


def no_links(*args: object, **kwargs: object) -> None:
    raise OSError(errno.EPERM, "Operation not permitted")  # what FAT/exFAT answer


def test_backup_is_copied_where_hard_links_fail(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "n.dat"
    doc = doc_with_files(os.urandom(3000))
    plan = PlanFile.create(path, PASS, doc, TEST_KDF)
    old = path.read_bytes()
    old_inode = path.stat().st_ino
    answer(doc, "1")
    plan.save(doc)
    assert backup_path(path).read_bytes() == old
    assert backup_path(path).stat().st_ino != old_inode
    plan.change_passphrase("khác")
    plan.close()
    assert backup_path(path).read_bytes() == path.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.dat", "n.dat.bak"]


def test_copy_fallback_refuses_a_main_that_changed(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan.storage import writable

    path = tmp_path / "n.dat"
    plan = PlanFile.create(path, PASS, doc_with_files(b"z" * 100), TEST_KDF)
    monkeypatch.setattr(os, "link", no_links)
    real_read = writable.read_file  # type: ignore[attr-defined]

    def tampered_read(target: Path) -> tuple[bytes, os.stat_result]:
        data, stat = real_read(target)
        return data[:-1] + bytes([data[-1] ^ 1]), stat

    monkeypatch.setattr(writable, "read_file", tampered_read)
    before = path.read_bytes()
    with pytest.raises(FileChangedError):
        plan.save(doc_with_files(b"y"))
    plan.close()
    assert path.read_bytes() == before and not backup_path(path).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.dat"]


def test_saves_after_a_passphrase_change_leave_no_temp_link(tmp_path: Path) -> None:
    # After a re-key the backup is an independent copy of main (not a second name of it).
    path = tmp_path / "n.dat"
    doc = doc_with_files(b"q" * 10)
    plan = PlanFile.create(path, PASS, doc, TEST_KDF)
    plan.save(doc)
    plan.change_passphrase("mới")
    assert path.stat().st_ino != backup_path(path).stat().st_ino
    assert path.stat().st_nlink == 1 and backup_path(path).stat().st_nlink == 1
    assert path.read_bytes() == backup_path(path).read_bytes()
    answer(doc, "3")
    plan.save(doc)
    plan.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.dat", "n.dat.bak"]
    with pytest.raises(Exception, match="Wrong passphrase"):
        read_plan(backup_path(path), PASS)
    assert read_plan(backup_path(path), "mới")[0].plans[0].answers == {}
    assert read_plan(path, "mới")[0] == doc


def test_a_changed_chunk_tag_on_disk_is_noticed(tmp_path: Path) -> None:
    path = tmp_path / "n.dat"
    plan = PlanFile.create(path, PASS, doc_with_files(b"data" * 500), TEST_KDF)
    stat = path.stat()
    data = bytearray(path.read_bytes())
    data[-1] ^= 1  # the last chunk's tag
    path.write_bytes(bytes(data))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    with pytest.raises(FileChangedError):
        plan.save(doc_with_files(b"x"))
    plan.close()


def test_chunks_the_plan_does_not_list_are_refused(tmp_path: Path) -> None:
    from saferplan.storage import UnsupportedFileError

    key = os.urandom(32)
    key_header = ff.new_key_header(b"k", TEST_KDF, key)
    json_bytes = b'{"saferplan": 1, "language": "en"}'
    sealed = [ch.encrypt_chunk(key, "a9", b"stray")]
    path = tmp_path / "stray.dat"
    path.write_bytes(b"".join(ff.seal(key_header, b"", key, json_bytes, sealed)))
    with pytest.raises(UnsupportedFileError):
        read_plan(path, "k")
    path.write_bytes(b"".join(ff.seal(key_header, b"", key, json_bytes, [])))
    assert read_plan(path, "k")[0] == PlanDocument(language="en")
