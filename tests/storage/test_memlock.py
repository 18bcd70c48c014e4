"""The data key lives in a locked, wipeable mapping left out of core dumps (Linux checks)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from storage_support import PASS

from saferplan.storage import PlanFile, read_plan
from saferplan.storage.memlock import SecretBuffer

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def _locked_kib() -> int:
    status = Path("/proc/self/status").read_text(encoding="ascii")
    found = re.search(r"^VmLck:\s+(\d+) kB", status, re.MULTILINE)
    assert found is not None
    return int(found.group(1))


def _flags_of(address_text: str) -> str:
    """VmFlags of the mapping that starts at ``address_text`` (hex, as in /proc/self/smaps)."""
    smaps = Path("/proc/self/smaps").read_text(encoding="ascii")
    block = smaps.split(f"\n{address_text}-", 1)[1]
    found = re.search(r"^VmFlags:(.*)$", block, re.MULTILINE)
    assert found is not None
    return found.group(1)


@linux_only
def test_secret_buffer_is_locked_not_dumped_and_wiped() -> None:
    from saferplan.storage.memlock import _address

    before = _locked_kib()
    secret = SecretBuffer(b"\x42" * 32)
    assert secret.locked and secret.value() == b"\x42" * 32
    assert _locked_kib() >= before + 4
    assert secret._map is not None
    flags = _flags_of(format(_address(secret._map), "x"))
    assert " lo" in flags and " dd" in flags       # mlocked, MADV_DONTDUMP
    mapping = secret._map
    secret.wipe()
    assert mapping.closed and secret.value() == b"" and not secret.locked
    assert _locked_kib() == before
    secret.wipe()  # idempotent


def test_secret_buffer_repr_shows_no_secret() -> None:
    secret = SecretBuffer(b"topsecretkey")
    assert "topsecretkey" not in repr(secret) and "746f70" not in repr(secret)
    secret.wipe()


@linux_only
def test_an_open_plan_keeps_its_key_locked_and_wipes_it_on_close(plan_path: Path) -> None:
    before = _locked_kib()
    plan, _ = PlanFile.unlock(plan_path, PASS)
    key = plan._data_key
    assert isinstance(key, SecretBuffer) and key.locked
    assert _locked_kib() >= before + 4
    plan.create_recovery_code()      # a re-key keeps one locked buffer, not two
    plan.change_passphrase("lantern river seven")
    assert plan._data_key.locked and plan._data_key is not key and key.value() == b""
    plan.close()
    assert plan._data_key.value() == b""
    assert _locked_kib() == before


@linux_only
def test_a_forked_child_wiping_its_copy_leaves_ours() -> None:
    import os

    secret = SecretBuffer(b"\x07" * 32)
    child = os.fork()
    if child == 0:
        secret.wipe()
        os._exit(0)
    os.waitpid(child, 0)
    assert secret.value() == b"\x07" * 32
    secret.wipe()


def test_the_open_plan_keeps_its_text_only_encrypted_and_re_keys_the_last_save(
        plan_path: Path) -> None:
    plan, doc = PlanFile.unlock(plan_path, PASS)
    assert b"Lan v2" not in b"".join(plan._sealed_head)   # no plain copy to lock or wipe
    doc.people[0].name = "Lan v3"
    plan.save(doc)
    assert b"Lan v3" not in b"".join(plan._sealed_head)
    doc.people[0].name = "Lan, not saved"
    plan.change_passphrase("lantern river seven")   # decrypts the last save again
    plan.close()
    assert plan._sealed_head == []
    assert read_plan(plan_path, "lantern river seven")[0].people[0].name == "Lan v3"


def test_a_secret_read_while_another_thread_wipes_it_is_whole_or_empty() -> None:
    import threading

    secret = bytes(range(32))
    for _ in range(200):
        buffer = SecretBuffer(secret)
        seen: list[bytes] = []
        failures: list[BaseException] = []

        def read(buffer: SecretBuffer = buffer, seen: list[bytes] = seen,
                 failures: list[BaseException] = failures) -> None:
            try:
                for _ in range(200):
                    seen.append(buffer.value())
            except BaseException as exc:  # the test records anything raised
                failures.append(exc)

        reader = threading.Thread(target=read)
        reader.start()
        buffer.wipe()
        reader.join()
        assert failures == []
        assert set(seen) <= {secret, b""}
