"""Key rotation on a passphrase change or a removed recovery code, the backup after a key
change, and sealing a plan in memory (seal / open_sealed)."""

from __future__ import annotations

import datetime
import errno
import os
from pathlib import Path

import pytest
from storage_support import PASS, make_doc, snapshot

from saferplan.model import Plan, PlanDocument
from saferplan.model.record import add_attachment
from saferplan.storage import (
    TEST_KDF,
    PlanFile,
    StorageError,
    WriteError,
    WrongPassphraseError,
    backup_path,
    read_plan,
)
from saferplan.storage import chunks as ch
from saferplan.storage import fileformat as ff
from saferplan.storage.kdf import derive_key, secret_bytes

DAY = datetime.date(2026, 11, 2)
NEW = "mật khẩu mới ☂"


def doc_with_files(*blobs: bytes) -> PlanDocument:
    doc = make_doc(1)
    doc.plans.append(Plan(id="s1", form="safety_plan", answers={}))
    for number, blob in enumerate(blobs):
        add_attachment(doc, f"f{number}.txt", "text/plain", blob, DAY)
    return doc


@pytest.fixture
def with_files(tmp_path: Path) -> tuple[Path, PlanDocument]:
    path = tmp_path / "n.dat"
    doc = doc_with_files(os.urandom(3000), b"second file " * 50)
    PlanFile.create(path, PASS, doc, TEST_KDF).close()
    return path, doc


def assert_old_key_opens_nothing(data: bytes, old_key: bytes, old_secret: bytes,
                                 new_secret: bytes) -> None:
    """Neither the old passphrase nor the old data key opens any part of ``data``."""
    parsed = ff.parse(data)
    with pytest.raises(WrongPassphraseError):
        ff.unwrap_key(parsed, derive_key(old_secret, parsed.kdf_salt, parsed.kdf))
    with pytest.raises(WrongPassphraseError):
        ff.open_payload(parsed, old_key)
    new_key = ff.unwrap_key(parsed, derive_key(new_secret, parsed.kdf_salt, parsed.kdf))
    assert new_key != old_key
    _, table = ff.open_payload(parsed, new_key)
    assert table
    for row in table:
        chunk = parsed.chunk_area[row.offset:row.offset + row.length]
        with pytest.raises(WrongPassphraseError):
            ch.decrypt_chunk(old_key, row, chunk)


def test_old_copy_and_old_passphrase_open_nothing_saved_after_a_change(
        with_files: tuple[Path, PlanDocument]) -> None:
    path, doc = with_files
    usb_copy = path.read_bytes()  # a copy taken before the change
    old_parsed, old_key, old_contents = ff.decrypt_with_passphrase(usb_copy, secret_bytes(PASS))
    plan, doc = PlanFile.unlock(path, PASS)
    plan.change_passphrase(NEW)
    doc.add_person("Mai", "+1 416 555 0199", ["bond_person"])
    plan.save(doc)
    plan.close()
    for target in (path, backup_path(path)):
        data = target.read_bytes()
        assert_old_key_opens_nothing(data, old_key, secret_bytes(PASS), secret_bytes(NEW))
        parsed, _, contents = ff.decrypt_with_passphrase(data, secret_bytes(NEW))
        assert parsed.kdf_salt != old_parsed.kdf_salt
        # Every attachment was encrypted again: new salts, and intact.
        assert {c.salt for c in contents.chunks}.isdisjoint(c.salt for c in old_contents.chunks)
        assert contents.attachments == old_contents.attachments  # the same bytes
    assert read_plan(path, NEW)[0].people == doc.people
    assert read_plan(backup_path(path), NEW)[0].attachments == doc.attachments


def test_removing_the_recovery_code_revokes_it_for_later_saves(
        with_files: tuple[Path, PlanDocument]) -> None:
    path, doc = with_files
    plan, doc = PlanFile.unlock(path, PASS)
    code = plan.create_recovery_code()
    plan.close()
    usb_copy = path.read_bytes()
    symbols = code.replace("-", "").encode("ascii")
    _, old_key, _ = ff.decrypt_with_recovery(usb_copy, symbols)  # whoever has the code
    plan, doc = PlanFile.unlock(path, PASS)
    plan.remove_recovery_code(PASS)
    doc.add_person("Mai")
    plan.save(doc)
    plan.close()
    data = path.read_bytes()
    assert_old_key_opens_nothing(data, old_key, b"not the passphrase", secret_bytes(PASS))
    assert read_plan(path, PASS)[0] == doc
    with pytest.raises(WrongPassphraseError, match="no recovery code"):
        PlanFile.unlock_with_recovery_code(path, code)


def test_change_passphrase_drops_the_recovery_code_and_says_so(
        with_files: tuple[Path, PlanDocument]) -> None:
    path, _ = with_files
    plan, _ = PlanFile.unlock(path, PASS)
    assert plan.change_passphrase("one") is False  # there was no code
    plan.create_recovery_code()
    assert plan.change_passphrase("two") is True
    assert not plan.has_recovery_code
    plan.close()
    assert not ff.parse(path.read_bytes()).recovery


def test_create_recovery_code_keeps_the_data_key(with_files: tuple[Path, PlanDocument]) -> None:
    path, _ = with_files
    _, key_before = read_plan(path, PASS)
    plan, _ = PlanFile.unlock(path, PASS)
    plan.create_recovery_code()
    plan.close()
    assert read_plan(path, PASS)[1] == key_before


def test_remove_recovery_code_refuses_a_wrong_passphrase(
        with_files: tuple[Path, PlanDocument]) -> None:
    path, _ = with_files
    plan, _ = PlanFile.unlock(path, PASS)
    plan.create_recovery_code()
    before = snapshot(path.parent)
    with pytest.raises(WrongPassphraseError):
        plan.remove_recovery_code("wrong")
    assert snapshot(path.parent) == before and plan.has_recovery_code
    plan.close()


# -- the backup after a key change -------------------------------------------------------------
def test_backup_after_a_key_change_is_an_independent_copy(
        with_files: tuple[Path, PlanDocument]) -> None:
    path, doc = with_files
    plan, doc = PlanFile.unlock(path, PASS)
    plan.save(doc)  # the backup is now a hard link to the previous main
    plan.change_passphrase(NEW)
    main, backup = path.stat(), backup_path(path).stat()
    assert (main.st_dev, main.st_ino) != (backup.st_dev, backup.st_ino)
    assert main.st_nlink == 1 and backup.st_nlink == 1
    assert path.read_bytes() == backup_path(path).read_bytes()
    assert oct(backup.st_mode & 0o777) == "0o600"
    plan.close()


def test_key_change_interrupted_before_main_is_replaced(
        with_files: tuple[Path, PlanDocument], monkeypatch: pytest.MonkeyPatch) -> None:
    """The order is backup first, then main: a failure (or crash) in between leaves the main
    file as it was (old passphrase) and the backup already new (new passphrase)."""
    path, _ = with_files
    plan, doc = PlanFile.unlock(path, PASS)
    plan.save(doc)
    old_main = path.read_bytes()
    real_replace = os.replace

    def replace(src: object, dst: object) -> None:
        if Path(str(dst)) == path:
            raise OSError(errno.EIO, "I/O error")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(WriteError) as caught:
        plan.change_passphrase(NEW)
    monkeypatch.undo()
    assert "unchanged" not in str(caught.value)  # the backup did change
    assert "did not finish" in str(caught.value)
    assert path.read_bytes() == old_main
    assert read_plan(path, PASS)[0] == doc
    assert read_plan(backup_path(path), NEW)[0] == doc
    assert sorted(p.name for p in path.parent.iterdir()) == [".n.dat.lock", "n.dat", "n.dat.bak"]
    plan.save(doc)  # the plan is still usable with the keys it had
    plan.close()
    assert read_plan(path, PASS)[0] == doc


def test_key_change_failing_before_any_replace_changes_nothing(
        with_files: tuple[Path, PlanDocument], monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = with_files
    plan, doc = PlanFile.unlock(path, PASS)
    plan.save(doc)
    before = {k: v for k, v in snapshot(path.parent).items() if k != "."}
    size = path.stat().st_size
    real_write = os.write
    budget = [size + size // 2]  # the first temp file fits, the backup copy does not

    def write(fd: int, data: bytes | memoryview) -> int:
        if budget[0] <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        allowed = min(len(data), budget[0])
        budget[0] -= allowed
        return real_write(fd, bytes(data[:allowed]))

    monkeypatch.setattr(os, "write", write)
    with pytest.raises(WriteError, match="previous version is unchanged"):
        plan.change_passphrase(NEW)
    monkeypatch.undo()
    assert {k: v for k, v in snapshot(path.parent).items() if k != "."} == before
    plan.close()
    assert read_plan(path, PASS)[0] == doc


# -- seal / open_sealed ------------------------------------------------------------------------
def test_sealed_bytes_open_after_a_new_unlock(with_files: tuple[Path, PlanDocument],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = with_files
    plan, doc = PlanFile.unlock(path, PASS)
    main_area = ff.parse(path.read_bytes()).chunk_area.tobytes()
    doc.add_person("Mai", "+1 416 555 0199")  # an unsaved change: the save failed
    before = snapshot(path.parent)
    calls: list[int] = []
    real = ch.encrypt_chunk

    def counting(*args: object, **kwargs: object) -> ch.Chunk:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ch, "encrypt_chunk", counting)
    sealed = plan.seal(doc)
    assert calls == []  # unchanged attachments are not encrypted again
    # nor carried: they are taken from the plan file again when the bytes are opened
    assert main_area and ff.parse(sealed).chunk_area.tobytes() == b""
    assert snapshot(path.parent) == before  # nothing written
    plan.close()
    with pytest.raises(StorageError):
        plan.open_sealed(sealed)  # no key any more
    again, on_disk = PlanFile.unlock(path, PASS)
    assert on_disk != doc
    assert again.open_sealed(sealed) == doc
    again.save(again.open_sealed(sealed))
    again.close()
    assert read_plan(path, PASS)[0] == doc


def test_sealed_bytes_with_a_new_attachment(with_files: tuple[Path, PlanDocument]) -> None:
    path, _ = with_files
    plan, doc = PlanFile.unlock(path, PASS)
    add_attachment(doc, "new.txt", "text/plain", b"added while locked", DAY)
    sealed = plan.seal(doc)
    plan.close()
    again, _ = PlanFile.unlock(path, PASS)
    assert again.open_sealed(sealed).attachments == doc.attachments
    again.close()


def test_sealed_bytes_no_longer_open_after_a_passphrase_change(
        with_files: tuple[Path, PlanDocument]) -> None:
    path, _ = with_files
    plan, doc = PlanFile.unlock(path, PASS)
    sealed = plan.seal(doc)
    plan.create_recovery_code()  # keeps the key: still opens
    assert plan.open_sealed(sealed) == doc
    plan.change_passphrase(NEW)
    with pytest.raises(WrongPassphraseError):
        plan.open_sealed(sealed)
    plan.close()
    again, _ = PlanFile.unlock(path, NEW)
    with pytest.raises(WrongPassphraseError):
        again.open_sealed(sealed)
    again.close()


@pytest.mark.parametrize("damage", ["garbage", "flip", "truncate"])
def test_open_sealed_refuses_damaged_bytes(with_files: tuple[Path, PlanDocument],
                                           damage: str) -> None:
    path, _ = with_files
    plan, doc = PlanFile.unlock(path, PASS)
    sealed = bytearray(plan.seal(doc))
    if damage == "garbage":
        sealed = bytearray(b"not a plan at all")
    elif damage == "flip":
        sealed[-1] ^= 1
    else:
        del sealed[-10:]
    with pytest.raises(WrongPassphraseError):
        plan.open_sealed(bytes(sealed))
    plan.close()


@pytest.mark.parametrize("version", [1, 2, 3])
def test_a_file_of_any_format_re_keys_as_it_opened_before_any_save(tmp_path: Path,
                                                                   version: int) -> None:
    from saferplan.storage.plan_bytes import build_file_bytes

    path = tmp_path / "plan.dat"
    path.write_bytes(build_file_bytes(PASS, make_doc(7), TEST_KDF, version=version)[0])
    plan, doc = PlanFile.unlock(path, PASS)
    doc.people[0].name = "not saved"
    plan.change_passphrase(NEW)  # the plan text is decrypted again from the file as read
    plan.close()
    assert read_plan(path, NEW)[0] == make_doc(7)
    assert read_plan(backup_path(path), NEW)[0] == make_doc(7)
