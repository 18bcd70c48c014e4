"""The golden files (v1 and v2): passphrase, recovery codes, and a fixed random source.

Every later version of the app must open them. ``python tests/storage/golden.py v2`` made
golden-v2.dat (and golden-v2.json from golden-v1.json plus one attachment); never regenerate a
golden file for a format that has shipped.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from saferplan.model import PlanDocument, dumps_plan_json, loads_plan_json
from saferplan.model.record import add_attachment
from saferplan.storage import TEST_KDF
from saferplan.storage import chunks as ch
from saferplan.storage import fileformat as ff
from saferplan.storage.kdf import KEY_BYTES, secret_bytes
from saferplan.storage.plan_bytes import build_file_bytes
from saferplan.storage.recovery import generate_recovery_code

DATA = Path(__file__).resolve().parent.parent / "data"
GOLDEN_FILE = DATA / "golden-v1.dat"
GOLDEN_JSON = DATA / "golden-v1.json"
GOLDEN_V2_FILE = DATA / "golden-v2.dat"
GOLDEN_V2_JSON = DATA / "golden-v2.json"  # with the attachment's bytes in base64
PASSPHRASE = "golden ☂ mật khẩu"
#: Printed by this script when each file was made.
RECOVERY_CODE = "K9LQ-MF4N-X758-ZKZ8-MB3C-QAE3"
RECOVERY_CODE_V2 = "SLKJ-PFJU-96YH-TBUN-CGDQ-5BT9"


class FixedRandom:
    """A deterministic stand-in for os.urandom: SHAKE-256 of a seed, read in order."""

    def __init__(self, seed: bytes) -> None:
        self._stream = hashlib.shake_256(seed).digest(1 << 12)
        self._position = 0

    def __call__(self, count: int) -> bytes:
        chunk = self._stream[self._position:self._position + count]
        self._position += count
        assert len(chunk) == count
        return chunk


def rebuild(version: int, seed: bytes, json_bytes: bytes,
            attachments: dict[str, bytes]) -> tuple[bytes, str]:
    """Seal exactly these JSON bytes and attachments as build_file_bytes does (same order of
    random draws), so the check does not depend on how today's model writes JSON."""
    rnd = FixedRandom(seed)
    data_key = rnd(KEY_BYTES)
    key_header = ff.new_key_header(secret_bytes(PASSPHRASE), TEST_KDF, data_key, rnd)
    code = generate_recovery_code(rnd)
    recovery = ff.new_recovery(code.replace("-", "").encode("ascii"), TEST_KDF, data_key, rnd)
    if version == ff.FORMAT_V1:
        return ff.seal_v1(key_header, recovery, data_key, json_bytes, rnd), code
    sealed = [ch.encrypt_chunk(data_key, i, data, rnd) for i, data in attachments.items()]
    return b"".join(ff.seal(key_header, recovery, data_key, json_bytes, sealed, rnd)), code


def golden_v2_doc() -> PlanDocument:
    """golden-v1.json plus one small attachment, linked from the first log entry."""
    import datetime

    doc = loads_plan_json(GOLDEN_JSON.read_bytes())
    data = hashlib.shake_256(b"golden-v2 attachment").digest(3000)
    attachment = add_attachment(doc, "ảnh 1.png", "image/png", b"\x89PNG\r\n\x1a\n" + data,
                                datetime.date(2026, 11, 2))
    doc.log[0].attachments.append(attachment.id)
    return doc


if __name__ == "__main__":
    if sys.argv[1:] != ["v2"] or GOLDEN_V2_FILE.exists():
        raise SystemExit("only for making golden-v2 once")
    v2 = golden_v2_doc()
    GOLDEN_V2_JSON.write_text(dumps_plan_json(v2) + "\n", encoding="utf-8")
    made, made_code = build_file_bytes(PASSPHRASE, v2, TEST_KDF,
                                       random_bytes=FixedRandom(b"golden-v2"),
                                       with_recovery_code=True, version=2)
    GOLDEN_V2_FILE.write_bytes(made)
    print(made_code)
