"""Storage timings, printed as a table: KDF, save and open for a typical and a large plan.

    python benchmarks/storage.py

"open" is PlanFile.unlock of a file made with TEST_KDF (KDF about 0.3 ms), so it is the cost
after the KDF; the last line shows a whole unlock at the calibrated parameters.

The attachment table: the typical plan with 0, 10 and 100 MB of attachments (random bytes,
5 MB each): a save after changing one answer, an open, the first save after adding 10 MB more,
then a passphrase change of that file (a new data key: every attachment is encrypted again and
the file is written twice, as main and as an independent backup; KDF at TEST_KDF), and where
the time of an answer-change save goes.
"""

from __future__ import annotations

import datetime
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from saferplan.forms import load_demo_plan
from saferplan.model import Answer, LogEntry, PlanDocument, dumps_plan_json
from saferplan.model.record import add_attachment
from saferplan.storage import TEST_KDF, PlanFile, calibrate_kdf, chunks, fileformat
from saferplan.storage.atomic import write_temp
from saferplan.storage.kdf import derive_key

MB = 1024 * 1024
DAY = datetime.date(2026, 11, 2)

PASSPHRASE = "benchmark"


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median wall time of ``action`` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def with_log(doc: PlanDocument, entries: int) -> PlanDocument:
    """The demo plan plus ``entries`` log entries of ordinary length in Vietnamese."""
    doc.log = doc.log + [
        LogEntry(when=f"2026-11-{1 + i % 28:02d}T21:30", where="Toronto, gần ga Union",
                 what="Khách hàng không trả tiền và nói to; tôi đã rời đi an toàn. "
                      "Ghi lại để nhớ.")
        for i in range(entries)]
    return doc


def measure(folder: Path, label: str, doc: PlanDocument) -> tuple[str, int, float, float]:
    """Size, median save and median open for one plan."""
    path = folder / f"{label}.dat"
    plan = PlanFile.create(path, PASSPHRASE, doc, TEST_KDF)
    save = median_ms(lambda: plan.save(doc), 20)
    plan.close()

    def open_once() -> None:
        opened, _ = PlanFile.unlock(path, PASSPHRASE)
        opened.close()

    return label, path.stat().st_size, save, median_ms(open_once, 20)


def add_files(doc: PlanDocument, megabytes: int, start: int = 0) -> None:
    """Add ``megabytes`` of random attachments, 5 MB each."""
    for number in range(start, start + megabytes // 5):
        add_attachment(doc, f"photo {number}.jpg", "image/jpeg", os.urandom(5 * MB), DAY)


class AnswerChanger:
    """Changes one answer of the plan before each save, as a person typing would."""

    def __init__(self, plan: PlanFile, doc: PlanDocument) -> None:
        self.plan, self.doc, self.count = plan, doc, 0

    def __call__(self) -> None:
        self.count += 1
        self.doc.plans[0].answers["bench"] = Answer("answered", f"answer {self.count}")
        self.plan.save(self.doc)


def attachment_rows(folder: Path) -> None:
    """Save, open and first-save-after-adding times with attachments, plus a breakdown."""
    print(f"\n{'attachments':<14}{'file MB':>9}{'save ms':>9}{'open ms':>9}"
          f"{'+10 MB: first save ms':>23}{'then passphrase change ms':>27}")
    for megabytes in (0, 10, 100):
        doc = load_demo_plan()
        add_files(doc, megabytes)
        path = folder / f"files{megabytes}.dat"
        plan = PlanFile.create(path, PASSPHRASE, doc, TEST_KDF)
        save = median_ms(AnswerChanger(plan, doc), 9)
        plan.close()

        def open_once(target: Path = path) -> None:
            opened, _ = PlanFile.unlock(target, PASSPHRASE)
            opened.close()

        opening = median_ms(open_once, 5)
        size = path.stat().st_size
        plan, doc = PlanFile.unlock(path, PASSPHRASE)
        add_files(doc, 10, start=100)
        start = time.perf_counter()
        plan.save(doc)
        first = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        plan.change_passphrase(PASSPHRASE, TEST_KDF)
        rekey = (time.perf_counter() - start) * 1000
        plan.close()
        print(f"{megabytes:>5} MB{'':<6}{size / MB:>9.1f}{save:>9.1f}"
              f"{opening:>9.1f}{first:>23.1f}{rekey:>27.1f}")
    breakdown(folder)


def breakdown(folder: Path) -> None:
    """Where an answer-change save of the plan with 100 MB of attachments spends its time."""
    doc = load_demo_plan()
    add_files(doc, 100)
    json_ms = median_ms(lambda: dumps_plan_json(doc, indent=None, attachment_data=False), 5)
    key = os.urandom(32)
    header = fileformat.new_key_header(b"x", TEST_KDF, key)
    sealed = [chunks.encrypt_chunk(key, a.id, a.data) for a in doc.attachments.values()]
    json_bytes = dumps_plan_json(doc, indent=None, attachment_data=False).encode()
    seal_ms = median_ms(lambda: fileformat.seal(header, b"", key, json_bytes, sealed), 5)
    parts = fileformat.seal(header, b"", key, json_bytes, sealed)

    def write_once() -> None:
        temp, _ = write_temp(folder, parts)
        os.unlink(temp)

    write_ms = median_ms(write_once, 5)
    print(f"100 MB save, parts: plan JSON (hashes every attachment: SHA-256) {json_ms:.1f} ms, "
          f"seal payload {seal_ms:.1f} ms, write 100 MB + fsync {write_ms:.1f} ms")


def main() -> int:
    """Print the table."""
    from saferplan.storage import kdf

    # TEST_KDF files stand for real ones here: unlock must not strengthen them (a 1 s KDF).
    kdf.kdf_for_new_file = lambda: TEST_KDF
    calibrated = calibrate_kdf()
    kdf_ms = median_ms(lambda: derive_key(b"x", b"s" * 16, calibrated), 3)
    print(f"calibrated KDF: Argon2id {calibrated.memory_kib // 1024} MiB, "
          f"{calibrated.iterations} iterations, {calibrated.lanes} lanes: {kdf_ms:.0f} ms")
    print(f"{'plan':<24}{'JSON bytes':>12}{'file bytes':>12}{'save ms':>10}{'open ms':>10}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for label, entries in (("typical (demo)", 0), ("1,000 log entries", 1000),
                               ("10,000 log entries", 10000)):
            doc = with_log(load_demo_plan(), entries)
            json_size = len(dumps_plan_json(doc, indent=None).encode())
            row = measure(folder, label.split()[0].strip("(,"), doc)
            print(f"{label:<24}{json_size:>12,}{row[1]:>12,}{row[2]:>10.1f}{row[3]:>10.1f}")
        path = folder / "calibrated.dat"
        PlanFile.create(path, PASSPHRASE, load_demo_plan(), calibrated).close()
        start = time.perf_counter()
        plan, _ = PlanFile.unlock(path, PASSPHRASE)
        total = (time.perf_counter() - start) * 1000
        plan.close()
        print(f"whole unlock of the typical plan at the calibrated KDF: {total:.0f} ms "
              "(one run; the KDF dominates)")
        attachment_rows(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
