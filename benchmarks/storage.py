"""Storage timings, printed as a table: KDF, save and open for a typical and a large plan.

    python benchmarks/storage.py

"open" is PlanFile.unlock of a file made with TEST_KDF (KDF about 0.3 ms), so it is the cost
after the KDF; the last line shows a whole unlock at the calibrated parameters.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from saferplan.forms import load_demo_plan
from saferplan.model import LogEntry, PlanDocument, dumps_plan_json
from saferplan.storage import TEST_KDF, PlanFile, calibrate_kdf
from saferplan.storage.kdf import derive_key

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


def main() -> int:
    """Print the table."""
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
