"""Format v1 in memory: golden file, structure, every flip, truncation and extension, KDF limits."""

from __future__ import annotations

import struct

import pytest
from golden import GOLDEN_FILE, GOLDEN_JSON, PASSPHRASE, RECOVERY_CODE, rebuild

from saferplan.model import PlanDocument, dumps_plan_json, loads_plan_json
from saferplan.storage import TEST_KDF, UnsupportedFileError, WrongPassphraseError, read_plan
from saferplan.storage import fileformat as ff
from saferplan.storage.kdf import READER_MAX_MEMORY_KIB, KdfParams, secret_bytes
from saferplan.storage.plan_bytes import build_file_bytes
from saferplan.storage.recovery import ALPHABET, generate_recovery_code, normalize_recovery_code

SECRET = secret_bytes("pass")


def small_file(with_recovery: bool = False) -> bytes:
    doc = PlanDocument(language="km")
    doc.add_person("សុខា", "012")
    return build_file_bytes("pass", doc, TEST_KDF, with_recovery_code=with_recovery)[0]


# -- golden ---------------------------------------------------------------------------------
def test_golden_file_opens_to_its_expected_json() -> None:
    doc, _ = read_plan(GOLDEN_FILE, PASSPHRASE)
    assert doc == loads_plan_json(GOLDEN_JSON.read_bytes())
    assert dumps_plan_json(doc) == dumps_plan_json(loads_plan_json(GOLDEN_JSON.read_bytes()))


def test_golden_file_opens_with_its_recovery_code() -> None:
    data = GOLDEN_FILE.read_bytes()
    symbols = normalize_recovery_code(RECOVERY_CODE)
    assert symbols is not None
    _, _, contents = ff.decrypt_with_recovery(data, symbols.encode("ascii"))
    assert contents.attachments == {} and contents.chunks == []
    assert loads_plan_json(contents.json_bytes) == loads_plan_json(GOLDEN_JSON.read_bytes())


def test_v1_writer_still_produces_the_golden_bytes() -> None:
    # If this fails, the writer changed the format: that needs a new version, not a new golden.
    # The JSON is taken from the file itself: the model's JSON may gain fields over time.
    golden = GOLDEN_FILE.read_bytes()
    json_bytes = ff.decrypt_with_passphrase(golden, secret_bytes(PASSPHRASE))[2].json_bytes
    data, code = rebuild(1, b"golden-v1", json_bytes, {})
    assert code == RECOVERY_CODE
    assert data == golden


def test_golden_header_fields_are_where_the_docs_say() -> None:
    data = GOLDEN_FILE.read_bytes()
    assert data[:8] == b"\x93NKF\r\n\x1a\n"
    assert struct.unpack(">HBBIII", data[8:24]) == (1, 1, 1, TEST_KDF.memory_kib,
                                                    TEST_KDF.iterations, TEST_KDF.lanes)
    assert data[88] == 1  # recovery slot present
    payload = len(data) - (88 + 1 + 76 + 32)
    assert (payload - 16) % 4096 == 0


# -- structure ------------------------------------------------------------------------------
def test_padding_hides_size_and_is_removed_exactly() -> None:
    for size in (0, 1, 4091, 4092, 4093, 10000):
        body = bytes([7]) * size
        padded = ff.pad(body)
        assert len(padded) % 4096 == 0 and len(padded) >= 4096
        assert ff.unpad(padded) == body
    bad = bytearray(ff.pad(b"abc"))
    bad[-1] = 1
    with pytest.raises(WrongPassphraseError):
        ff.unpad(bytes(bad))
    with pytest.raises(WrongPassphraseError):
        ff.unpad(bytes(4096 * 2))  # length 0 but a whole spare block of padding


def test_sizes_of_small_and_larger_plans_step_by_4_kib() -> None:
    a, b = small_file(), small_file()
    assert len(a) == len(b) and a != b  # fresh salts every time


def test_bad_magic_and_unknown_version_or_ids_are_unsupported() -> None:
    data = bytearray(small_file())
    for offset, value in ((0, 0x00), (9, 4), (8, 1), (10, 2), (11, 2)):
        changed = bytearray(data)
        changed[offset] = value
        with pytest.raises(UnsupportedFileError):
            ff.decrypt_with_passphrase(bytes(changed), SECRET)
    with pytest.raises(UnsupportedFileError):
        ff.parse(b"")
    with pytest.raises(UnsupportedFileError):
        ff.parse(b"%PDF-1.7\n" + bytes(5000))


def test_every_single_byte_flip_is_rejected() -> None:
    data = small_file(with_recovery=True)
    for position in range(len(data)):
        for mask in (0x01, 0x80) if position < 200 else (0x01,):
            changed = bytearray(data)
            changed[position] ^= mask
            with pytest.raises((WrongPassphraseError, UnsupportedFileError)):
                ff.decrypt_with_passphrase(bytes(changed), SECRET)


def test_every_truncation_and_an_extension_are_rejected() -> None:
    data = small_file()
    for length in range(len(data)):
        with pytest.raises((WrongPassphraseError, UnsupportedFileError)):
            ff.decrypt_with_passphrase(data[:length], SECRET)
    for extra in (b"\x00", b"\x01", bytes(4096)):
        with pytest.raises(WrongPassphraseError):
            ff.decrypt_with_passphrase(data + extra, SECRET)


def test_wrong_passphrase_is_rejected_like_damage() -> None:
    with pytest.raises(WrongPassphraseError, match=r"Wrong passphrase, or the file is damaged\."):
        ff.decrypt_with_passphrase(small_file(), secret_bytes("Pass"))


def with_params(data: bytes, memory: int, iterations: int, lanes: int,
                offset: int = 12) -> bytes:
    return data[:offset] + struct.pack(">III", memory, iterations, lanes) + data[offset + 12:]


@pytest.mark.parametrize(("memory", "iterations", "lanes"), [
    (READER_MAX_MEMORY_KIB + 1, 3, 4), (2**32 - 1, 3, 4), (64 * 1024, 21, 4),
    (64 * 1024, 2**32 - 1, 4), (64 * 1024, 3, 17), (64 * 1024, 3, 0), (64 * 1024, 0, 4),
    (0, 3, 4), (63, 1, 1), (100, 1, 16),
    (2 * 1024 * 1024, 20, 4),  # each within its limit, but minutes of work: over the budget
])
def test_unsafe_kdf_params_are_refused_before_the_kdf(memory: int, iterations: int,
                                                      lanes: int,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # The KDF must never start with such parameters (only the untouched slot's may run).
    real_derive = ff.derive_key

    def guarded(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
        assert params == TEST_KDF, "the KDF ran on unsafe parameters"
        return real_derive(secret, salt, params)

    monkeypatch.setattr(ff, "derive_key", guarded)
    for data, offset in ((small_file(), 12), (small_file(with_recovery=True), 89)):
        tampered = with_params(data, memory, iterations, lanes, offset)
        with pytest.raises(UnsupportedFileError, match="safe"):
            ff.decrypt_with_passphrase(tampered, SECRET)


def test_memory_above_a_quarter_of_the_ram_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan.storage import kdf

    monkeypatch.setattr(kdf, "physical_memory_bytes", lambda: 1024 * 1024 * 1024)
    tampered = with_params(small_file(), 256 * 1024 + 1024, 3, 4)
    with pytest.raises(UnsupportedFileError):
        ff.parse(tampered)
    ff.parse(with_params(small_file(), 256 * 1024, 3, 4))  # exactly a quarter is allowed
    # A file calibrated on this computer always opens on it.
    assert kdf.calibrate_kdf(0.05).memory_kib <= kdf.reader_memory_limit_kib()
    assert kdf.reader_memory_limit_kib(64 * 1024**3) == kdf.READER_MAX_MEMORY_KIB
    # The costliest file the app makes is within the work budget (on a 16 GiB computer).
    monkeypatch.setattr(kdf, "physical_memory_bytes", lambda: 16 * 1024**3)
    kdf.check_kdf_params(kdf.KdfParams(kdf.MAX_CALIBRATED_MEMORY_KIB, 3, 4))


def test_tampered_but_safe_params_fail_as_wrong_passphrase() -> None:
    with pytest.raises(WrongPassphraseError):
        ff.decrypt_with_passphrase(with_params(small_file(), 512, 1, 1), SECRET)


def test_recovery_flag_without_slot_and_unknown_flags_are_damage() -> None:
    data = bytearray(small_file())
    data[88] = 2
    with pytest.raises(WrongPassphraseError):
        ff.parse(bytes(data))


# -- recovery codes -------------------------------------------------------------------------
def test_recovery_code_shape_and_normalisation() -> None:
    code = generate_recovery_code()
    groups = code.split("-")
    assert len(groups) == 6 and all(len(g) == 4 for g in groups)
    assert all(ch in ALPHABET for ch in code.replace("-", ""))
    assert not set("01IO") & set(ALPHABET)
    assert normalize_recovery_code(f"  {code.lower().replace('-', ' ')} ") == code.replace("-", "")
    assert normalize_recovery_code(code[:-1]) is None
    assert normalize_recovery_code(code[:-1] + "0") is None
    assert len({generate_recovery_code() for _ in range(50)}) == 50


def test_recovery_code_uses_all_120_bits() -> None:
    assert generate_recovery_code(lambda n: bytes(n)) == "2222-2222-2222-2222-2222-2222"
    assert generate_recovery_code(lambda n: b"\xff" * n) == "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ"
