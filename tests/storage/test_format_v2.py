"""Format v2 in memory: golden file, chunk table, every flip, truncation and extension."""

from __future__ import annotations

import datetime
import struct

import pytest
from golden import (
    GOLDEN_V2_FILE,
    GOLDEN_V2_JSON,
    PASSPHRASE,
    RECOVERY_CODE_V2,
    rebuild,
)

from saferplan.model import PlanDocument, dumps_plan_json, loads_plan_json
from saferplan.model.record import add_attachment
from saferplan.storage import TEST_KDF, UnsupportedFileError, WrongPassphraseError, read_plan
from saferplan.storage import chunks as ch
from saferplan.storage import fileformat as ff
from saferplan.storage.kdf import secret_bytes
from saferplan.storage.plan_bytes import build_file_bytes
from saferplan.storage.recovery import normalize_recovery_code

SECRET = secret_bytes("pass")
KEY = bytes(range(32))
DAY = datetime.date(2026, 11, 2)


def two_attachment_doc() -> PlanDocument:
    doc = PlanDocument(language="th")
    doc.add_person("สมใจ", "081")
    add_attachment(doc, "a.txt", "text/plain", b"first file\n", DAY)
    add_attachment(doc, "b.txt", "text/plain", b"second, a bit longer\n", DAY)
    return doc


def small_v2_file(with_recovery: bool = False) -> bytes:
    return build_file_bytes("pass", two_attachment_doc(), TEST_KDF,
                            with_recovery_code=with_recovery)[0]


def rejected(data: bytes) -> None:
    with pytest.raises((WrongPassphraseError, UnsupportedFileError)):
        ff.decrypt_with_passphrase(data, SECRET)


# -- golden ---------------------------------------------------------------------------------
def test_golden_v2_opens_with_its_attachment() -> None:
    doc, _ = read_plan(GOLDEN_V2_FILE, PASSPHRASE)
    expected = loads_plan_json(GOLDEN_V2_JSON.read_bytes())
    assert expected.attachments and doc == expected
    assert dumps_plan_json(doc) == dumps_plan_json(expected)


def test_golden_v2_opens_with_its_recovery_code() -> None:
    symbols = normalize_recovery_code(RECOVERY_CODE_V2)
    assert symbols is not None
    _, _, contents = ff.decrypt_with_recovery(GOLDEN_V2_FILE.read_bytes(),
                                              symbols.encode("ascii"))
    expected = loads_plan_json(GOLDEN_V2_JSON.read_bytes())
    assert contents.attachments == {a.id: a.data for a in expected.attachments.values()}


def test_v2_writer_still_produces_the_golden_bytes() -> None:
    golden = GOLDEN_V2_FILE.read_bytes()
    contents = ff.decrypt_with_passphrase(golden, secret_bytes(PASSPHRASE))[2]
    data, code = rebuild(2, b"golden-v2", contents.json_bytes, contents.attachments)
    assert code == RECOVERY_CODE_V2
    assert data == golden


def test_golden_v2_fields_are_where_the_docs_say() -> None:
    data = GOLDEN_V2_FILE.read_bytes()
    assert data[:12] == b"\x93NKF\r\n\x1a\n\x00\x02\x01\x01"
    assert data[88] == 1  # recovery slot
    (payload_size,) = struct.unpack(">Q", data[197:205])
    assert (payload_size - 16) % 4096 == 0
    attachment = next(iter(loads_plan_json(GOLDEN_V2_JSON.read_bytes()).attachments.values()))
    # One chunk follows the payload: the attachment plus its tag, nothing else.
    assert len(data) == 205 + payload_size + len(attachment.data) + 16
    assert attachment.data not in data  # encrypted, of course


# -- the chunk layer with plain bytes -------------------------------------------------------
def test_chunks_round_trip_with_plain_bytes() -> None:
    blobs = {"a1": b"", "a2": bytes(range(256)) * 40, "ảnh": b"x"}
    sealed = [ch.encrypt_chunk(KEY, i, d) for i, d in blobs.items()]
    key_header = ff.new_key_header(SECRET, TEST_KDF, KEY)
    data = b"".join(ff.seal(key_header, b"", KEY, b'{"x": 1}', sealed))
    parsed, key, contents = ff.decrypt_with_passphrase(data, SECRET)
    assert key == KEY and contents.json_bytes == b'{"x": 1}'
    assert contents.attachments == blobs
    assert [bytes(c.ciphertext) for c in contents.chunks] == [bytes(c.ciphertext) for c in sealed]
    assert ff.open_payload(parsed, KEY)[1] == ch.table_for(sealed)


def test_each_encryption_draws_a_new_salt_and_key() -> None:
    one, two = ch.encrypt_chunk(KEY, "a1", b"same"), ch.encrypt_chunk(KEY, "a1", b"same")
    assert one.salt != two.salt and bytes(one.ciphertext) != bytes(two.ciphertext)
    assert ch.chunk_key(KEY, one.salt) != ch.chunk_key(KEY, two.salt)


def test_table_rejects_gaps_duplicates_and_dirty_padding() -> None:
    sealed = [ch.encrypt_chunk(KEY, "a1", b"1"), ch.encrypt_chunk(KEY, "a2", b"22")]
    table = ch.table_for(sealed)
    assert ch.unpack_body(ch.pack_body(b"{}", table)) == (b"{}", table)
    gap = [table[0], ch.TableEntry("a2", table[1].salt, table[1].offset + 1, table[1].length,
                                   table[1].tag)]
    twice = [table[0], ch.TableEntry("a1", table[1].salt, table[1].offset, table[1].length,
                                     table[1].tag)]
    for bad in (gap, twice):
        with pytest.raises(WrongPassphraseError):
            ch.unpack_body(ch.pack_body(b"{}", bad))
    dirty = bytearray(ch.pack_body(b"{}", table))
    dirty[-1] = 1
    with pytest.raises(WrongPassphraseError):
        ch.unpack_body(bytes(dirty))
    with pytest.raises(WrongPassphraseError):
        ch.unpack_body(bytes(8192))  # a whole spare block of padding
    with pytest.raises(WrongPassphraseError):
        ch.unpack_body(struct.pack(">II", 0, 2**32 - 1) + bytes(4088))


# -- tampering ------------------------------------------------------------------------------
def test_every_single_byte_flip_is_rejected() -> None:
    data = small_v2_file(with_recovery=True)
    ff.decrypt_with_passphrase(data, SECRET)  # the original opens
    for position in range(len(data)):
        changed = bytearray(data)
        changed[position] ^= 0x01 if position % 2 else 0x80
        rejected(bytes(changed))


def test_every_truncation_and_an_extension_are_rejected() -> None:
    data = small_v2_file()
    for length in range(len(data)):
        rejected(data[:length])
    for extra in (b"\x00", b"\x01", bytes(16), bytes(4096)):
        rejected(data + extra)


def test_swapped_or_stale_chunks_are_rejected() -> None:
    doc = PlanDocument()
    add_attachment(doc, "a.txt", "text/plain", b"AAAA", DAY)
    add_attachment(doc, "b.txt", "text/plain", b"BBBB", DAY)
    data = build_file_bytes("pass", doc, TEST_KDF)[0]
    size = 4 + 16
    first, second = data[-2 * size:-size], data[-size:]
    rejected(data[:-2 * size] + second + first)
    # The same plan saved again (same key slot, new chunk salts): its chunks do not fit here.
    other = build_file_bytes("pass", doc, TEST_KDF)[0]
    rejected(data[:-size] + other[-size:])


def test_a_v1_file_with_bytes_after_its_payload_is_rejected() -> None:
    v1 = build_file_bytes("pass", PlanDocument(), TEST_KDF, version=1)[0]
    ff.decrypt_with_passphrase(v1, SECRET)
    rejected(v1 + bytes(32))
    downgraded = bytearray(small_v2_file())
    downgraded[9] = 1  # a v2 file read as v1: its payload's associated data no longer fits
    rejected(bytes(downgraded))


def test_the_payload_json_is_a_view_of_the_decrypted_payload_not_a_copy() -> None:
    body = ch.pack_body(b'{"x": 1}', [])
    json_view, table = ch.unpack_body(body)
    assert bytes(json_view) == b'{"x": 1}' and table == []
    assert isinstance(json_view, memoryview) and json_view.obj is body
