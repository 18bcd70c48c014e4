"""Recovery codes: 24 characters from an alphabet without look-alikes, printed in six groups."""

from __future__ import annotations

import os
from typing import Final

from saferplan.storage.fileformat import RandomBytes

# 32 symbols, so each is exactly 5 bits; no 0/O or 1/I, which people misread on paper.
ALPHABET: Final = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
GROUPS: Final = 6
GROUP_LENGTH: Final = 4
_CODE_LENGTH: Final = GROUPS * GROUP_LENGTH  # 24 symbols = 120 bits


def generate_recovery_code(random_bytes: RandomBytes = os.urandom) -> str:
    """Return a fresh code such as ``K7QF-2M9X-...`` (120 random bits, six groups of four)."""
    number = int.from_bytes(random_bytes(_CODE_LENGTH * 5 // 8), "big")
    symbols = [ALPHABET[(number >> (5 * i)) & 31] for i in range(_CODE_LENGTH)]
    groups = ["".join(symbols[i:i + GROUP_LENGTH]) for i in range(0, _CODE_LENGTH, GROUP_LENGTH)]
    return "-".join(groups)


def normalize_recovery_code(code: str) -> str | None:
    """Return the code's 24 symbols (ignoring case, spaces, dashes), or None if invalid."""
    symbols = "".join(ch for ch in code.upper() if ch not in " -\t\r\n")
    if len(symbols) != _CODE_LENGTH or any(ch not in ALPHABET for ch in symbols):
        return None
    return symbols
