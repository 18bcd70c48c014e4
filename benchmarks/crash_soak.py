"""Kill -9 a process at random moments while it saves, again and again; count lost plans.

The plan holds a 256 KiB attachment (format v2: its own encrypted chunk), replaced every 5th
version. A trial: a forked child unlocks the plan and saves new versions in a loop, reporting each
finished save through shared memory; the parent SIGKILLs it after a random delay, then opens
the plan. A loss is a plan that does not open, or opens older than the last finished save.

    python benchmarks/crash_soak.py [TRIALS]      (default 1000; POSIX only)
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import random
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from saferplan.model import Attachment, LogEntry, PlanDocument
from saferplan.storage import (
    TEST_KDF,
    PlanFile,
    StorageError,
    backup_path,
    read_plan,
    remove_stale_temp_files,
)

PASSPHRASE = "soak"


def attachment_bytes(version: int) -> bytes:
    """The attachment of a version: 256 KiB that change every 5th version (so most saves
    reuse its encrypted chunk and some encrypt a new one)."""
    return hashlib.shake_256(str(version // 5).encode()).digest(256 * 1024)


def version_doc(version: int) -> PlanDocument:
    """A plan whose log says its version; its size varies so saves cross 4 KiB steps."""
    doc = PlanDocument(language="vi")
    doc.add_person("Lan", "+1 416 555 0101", ["bond_person"])
    doc.log = [LogEntry(when=str(version), what="ghi chú " * 8, id=f"e{n}")
               for n in range(1, 2 + version % 7 * 15)]
    doc.attachments["a1"] = Attachment("a1", "ảnh.png", "image/png", "2026-11-02",
                                       attachment_bytes(version))
    doc.log[0].attachments = ["a1"]
    return doc


def version_of(doc: PlanDocument) -> int:
    """The version written into a plan by version_doc (-1 if its attachment does not match)."""
    version = int(doc.log[0].when)
    return version if doc.attachments["a1"].data == attachment_bytes(version) else -1


def _saver(path: str, done: multiprocessing.sharedctypes.Synchronized[int]) -> None:
    from saferplan.storage import kdf

    # The soak's file is made at the test cost; keep it there (no strengthening at unlock),
    # so every child spends its time saving, not deriving keys.
    kdf.kdf_for_new_file = lambda: TEST_KDF
    plan, doc = PlanFile.unlock(Path(path), PASSPHRASE)
    version = version_of(doc)
    while True:
        version += 1
        new = version_doc(version)
        if new.attachments["a1"].data == doc.attachments["a1"].data:
            new.attachments["a1"] = doc.attachments["a1"]  # as the app does: the same object
        plan.save(new)
        doc = new
        done.value = version


@dataclass
class SoakResult:
    """Counts from a soak run."""

    trials: int = 0
    losses: int = 0
    backup_losses: int = 0
    saves: int = 0
    temp_files_left: int = 0
    seconds: float = 0.0


def run_trials(trials: int, folder: Path, seed: int = 0, max_delay: float = 0.03) -> SoakResult:
    """Run ``trials`` kill-during-save trials on a plan in ``folder``."""
    context = multiprocessing.get_context("fork")
    rng = random.Random(seed)
    path = folder / "soak.dat"
    PlanFile.create(path, PASSPHRASE, version_doc(0), TEST_KDF).close()
    result = SoakResult()
    start = time.perf_counter()
    last = 0
    for _ in range(trials):
        done = context.Value("q", last, lock=False)
        child = context.Process(target=_saver, args=(str(path), done), daemon=True)
        child.start()
        time.sleep(rng.uniform(0.0, max_delay))
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join()
        finished = done.value
        result.trials += 1
        result.saves += finished - last
        try:
            found = version_of(read_plan(path, PASSPHRASE)[0])
        except StorageError:
            found = -1
        if found not in (finished, finished + 1):
            result.losses += 1
        if backup_path(path).exists():
            try:
                read_plan(backup_path(path), PASSPHRASE)
            except StorageError:
                result.backup_losses += 1
        result.temp_files_left += remove_stale_temp_files(folder, older_than=0)
        last = max(found, finished)
    result.seconds = time.perf_counter() - start
    return result


def main() -> int:
    """Run the soak and print the figures."""
    from saferplan.storage import kdf

    # TEST_KDF files stand for real ones here: unlock must not strengthen them (a 1 s KDF).
    kdf.kdf_for_new_file = lambda: TEST_KDF
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as folder:
        result = run_trials(trials, Path(folder))
    print(f"trials {result.trials}  losses {result.losses}  backup losses "
          f"{result.backup_losses}  saves finished {result.saves}  temp files left by kills "
          f"{result.temp_files_left}  time {result.seconds:.1f} s")
    return 0 if result.losses == 0 and result.backup_losses == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
