"""What this computer remembers about each plan's newest save, to notice an older copy put back.

A v3 plan file carries a random file id and a save generation inside its encrypted payload.
After every save the app writes, in the settings folder, one record per plan:

    lookup (32) = HMAC-SHA256(k, "lookup")
    sealed (36) = nonce (12) ‖ ChaCha20-Poly1305(k, nonce, generation as 8 bytes, ad = lookup)

with k = HKDF-SHA256(data key, salt = file id, info = "seen saves v1"). Without the plan's data
key the file is 68 random-looking bytes per plan: it shows neither which plans exist nor how
often they were saved. A record that does not open under a key is simply someone else's.

When a plan's data key changes (a new passphrase, a removed recovery code), the record under
the OLD key is set to "replaced" (generation 2^64 - 1), so any copy still under the old key is
older than what this computer saved. Nothing here can stop a rollback; it lets the app warn.
"""

from __future__ import annotations

import hmac
import os
from pathlib import Path
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from saferplan.storage.atomic import write_file_atomically
from saferplan.storage.errors import WriteError

FILE_NAME: Final = "state.bin"  # neutral
REPLACED: Final = 2**64 - 1  # the data key was replaced: every copy under it is older
_INFO: Final = b"seen saves v1"
_LOOKUP: Final = 32
_NONCE: Final = 12
_RECORD: Final = _LOOKUP + _NONCE + 8 + 16
_MAX_RECORDS: Final = 4096  # about 280 KB; the oldest are dropped beyond this


def _key(data_key: bytes, file_id: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=file_id, info=_INFO)
    return hkdf.derive(data_key)


def _lookup(key: bytes) -> bytes:
    return hmac.new(key, b"lookup", "sha256").digest()


class SeenSaves:
    """The records file of one settings folder. Failures to read or write are never fatal:
    a missing record only means no warning."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / FILE_NAME

    def _records(self) -> list[bytes]:
        try:
            data = self.path.read_bytes()
        except OSError:
            return []
        return [data[i:i + _RECORD] for i in range(0, len(data) - _RECORD + 1, _RECORD)]

    def newest(self, data_key: bytes, file_id: bytes) -> int | None:
        """The newest generation saved here under this key, REPLACED, or None if none."""
        key = _key(data_key, file_id)
        lookup = _lookup(key)
        for record in self._records():
            if hmac.compare_digest(record[:_LOOKUP], lookup):
                nonce, sealed = record[_LOOKUP:_LOOKUP + _NONCE], record[_LOOKUP + _NONCE:]
                try:
                    plain = ChaCha20Poly1305(key).decrypt(nonce, sealed, lookup)
                except InvalidTag:
                    return None
                return int.from_bytes(plain, "big")
        return None

    def remember(self, data_key: bytes, file_id: bytes, generation: int) -> bool:
        """Record ``generation`` as the newest save of this plan under this key; True if
        written (a full disk or a read-only folder only loses the warning)."""
        key = _key(data_key, file_id)
        lookup = _lookup(key)
        nonce = os.urandom(_NONCE)
        sealed = ChaCha20Poly1305(key).encrypt(nonce, generation.to_bytes(8, "big"), lookup)
        others = [r for r in self._records() if not hmac.compare_digest(r[:_LOOKUP], lookup)]
        records = [*others[-(_MAX_RECORDS - 1):], lookup + nonce + sealed]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_file_atomically(self.path, b"".join(records))
        except (OSError, WriteError):
            return False
        return True
