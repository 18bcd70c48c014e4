"""Helpers for storage tests: the passphrase, a small plan and a snapshot of a folder.

(A module of its own, not conftest.py: each test folder has a conftest of its own, so
``from conftest import`` would find the wrong one when folders run together.)
"""

from __future__ import annotations

import os
from pathlib import Path

from saferplan.model import PlanDocument

PASS = "correct horse ngựa 马"


def make_doc(version: int = 1) -> PlanDocument:
    """A plan with one person whose name says which version it is."""
    doc = PlanDocument(language="vi")
    doc.add_person(f"Lan v{version}", "+1 416 555 0101", ["bond_person"])
    doc.log = []
    return doc


def snapshot(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every entry with its size, mtime and bytes, plus the folder's own mtime."""
    out: dict[str, tuple[int, int, bytes]] = {
        ".": (0, os.stat(folder).st_mtime_ns, b"")}
    for entry in sorted(folder.iterdir()):
        stat = entry.stat()
        out[entry.name] = (stat.st_size, stat.st_mtime_ns, entry.read_bytes())
    return out
