"""The golden v1 file: its passphrase, recovery code, and a fixed random source to rebuild it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from saferplan.model import loads_plan_json
from saferplan.storage import TEST_KDF
from saferplan.storage.planfile import build_file_bytes

DATA = Path(__file__).resolve().parent.parent / "data"
GOLDEN_FILE = DATA / "golden-v1.dat"
GOLDEN_JSON = DATA / "golden-v1.json"
PASSPHRASE = "golden ☂ mật khẩu"
#: Printed by ``python tests/storage/golden.py`` when the file was made.
RECOVERY_CODE = "K9LQ-MF4N-X758-ZKZ8-MB3C-QAE3"


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


def build_golden() -> tuple[bytes, str | None]:
    """Rebuild the golden file's bytes with today's writer."""
    doc = loads_plan_json(GOLDEN_JSON.read_bytes())
    return build_file_bytes(PASSPHRASE, doc, TEST_KDF, random_bytes=FixedRandom(b"golden-v1"),
                            with_recovery_code=True)


if __name__ == "__main__":  # regenerate only for a NEW format version, never for v1
    data, code = build_golden()
    GOLDEN_FILE.write_bytes(data)
    print(code)
