"""Known-answer vectors for the three primitives the file format uses."""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from saferplan.storage import fileformat
from saferplan.storage.kdf import KdfParams, derive_key


def test_argon2id_rfc9106_section_5_3() -> None:
    kdf = Argon2id(salt=b"\x02" * 16, length=32, iterations=3, lanes=4, memory_cost=32,
                   ad=b"\x04" * 12, secret=b"\x03" * 8)
    tag = kdf.derive(b"\x01" * 32)
    assert tag.hex() == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"


def test_our_derive_key_is_plain_argon2id() -> None:
    # Same primitive without secret/ad: our wrapper must not add anything of its own.
    params = KdfParams(memory_kib=32, iterations=3, lanes=4)
    expected = Argon2id(salt=b"\x02" * 16, length=32, iterations=3, lanes=4,
                        memory_cost=32).derive(b"\x01" * 32)
    assert derive_key(b"\x01" * 32, b"\x02" * 16, params) == expected


def test_chacha20_poly1305_rfc8439_section_2_8_2() -> None:
    plaintext = (b"Ladies and Gentlemen of the class of '99: If I could offer you only one "
                 b"tip for the future, sunscreen would be it.")
    aad = bytes.fromhex("50515253c0c1c2c3c4c5c6c7")
    key = bytes(range(0x80, 0xA0))
    nonce = bytes.fromhex("070000004041424344454647")
    expected = bytes.fromhex(
        "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6"
        "3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36"
        "92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc"
        "3ff4def08e4b7a9de576d26586cec64b6116"
        "1ae10b594f09e26a7e902ecbd0600691"
    )
    assert ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad) == expected
    assert ChaCha20Poly1305(key).decrypt(nonce, expected, aad) == plaintext


def test_hkdf_sha256_rfc5869_case_1() -> None:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=42, salt=bytes(range(13)),
                info=bytes(range(0xF0, 0xFA)))
    okm = hkdf.derive(b"\x0b" * 22)
    assert okm.hex() == ("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                         "34007208d5b887185865")


def test_payload_key_is_hkdf_sha256_with_save_salt_and_info() -> None:
    data_key, salt = bytes(range(32)), bytes(range(32, 64))
    expected = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                    info=b"payload v1").derive(data_key)
    assert fileformat.payload_key(data_key, salt) == expected
