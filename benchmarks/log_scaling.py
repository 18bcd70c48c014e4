"""Open, save, check and export by the size of the private record (1,000 … 100,000 entries).

Run:  python benchmarks/log_scaling.py [--runs 5]
All with the fast test KDF, so the figures are the cost after the key derivation (and, as the
test suite does, with that cost injected as the calibrated one, so that opening does not
"strengthen" the test file with the real KDF each time). "open" is ``PlanFile.unlock`` alone;
"open after a real KDF" is the same open of a file made with a short real KDF (64 MiB, one
pass), timed from the KDF's end: the file is read and hashed while the KDF runs, as in the
app, where the KDF takes about a second.
"close" (wiping the data key, letting go of the file and the lock) is timed apart. In the
same run, ``json.loads`` of the same plan JSON is timed as a reference: the machine is shared,
and the ratio to it is steadier than the seconds.
Targets: open ≤ 20 ms at 10,000 entries and ≤ 200 ms at 100,000; growth exponent ≤ 1.2;
``export --json`` ≤ 1.2 × ``check``. Export writes its file with fsync, on a disk other work
shares here: its ratio is also given in CPU time, which leaves out the waiting on the disk.
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from scaling import median_time, print_table  # noqa: E402

from saferplan.forms import load_demo_plan  # noqa: E402
from saferplan.model import LogEntry, PlanDocument, dumps_plan_json  # noqa: E402
from saferplan.storage import (  # noqa: E402
    TEST_KDF,
    KdfParams,
    PlanFile,
    check_plan,
    fileformat,
    kdf,
    read_plan,
)
from saferplan.storage.atomic import write_file_atomically  # noqa: E402

SIZES = (1_000, 3_000, 10_000, 30_000, 100_000)
PASSPHRASE = "benchmark"
# A KDF that takes tens of milliseconds, as the calibrated one takes about a second: long
# enough for what opening does while the KDF runs (reading and hashing the file).
SHORT_REAL_KDF = KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)


def with_log(entries: int) -> PlanDocument:
    """The demo plan plus ``entries`` record entries of ordinary length in Vietnamese."""
    doc = load_demo_plan()
    people = [p.id for p in doc.people]
    doc.log = [LogEntry(when=f"2026-11-{1 + i % 28:02d}T21:30", where="Toronto, gần ga Union",
                        what="Khách hàng không trả tiền và nói to; tôi đã rời đi an toàn.",
                        id=f"e{i + 1}", people=people[:1] if i % 5 == 0 else [])
               for i in range(entries)]
    return doc


def measure(folder: Path, entries: int, runs: int) -> dict[str, float]:
    """Median seconds of each operation on a plan with ``entries`` record entries."""
    doc = with_log(entries)
    path = folder / f"plan{entries}.dat"
    plan = PlanFile.create(path, PASSPHRASE, doc, TEST_KDF)
    save = median_time(functools.partial(plan.save, doc), runs)
    plan.close()
    slow_path = folder / f"slow{entries}.dat"
    PlanFile.create(slow_path, PASSPHRASE, doc, SHORT_REAL_KDF).close()

    def open_then_close() -> tuple[float, float]:  # seconds of each; close frees the lock
        start = time.perf_counter()
        opened, _ = PlanFile.unlock(path, PASSPHRASE)
        middle = time.perf_counter()
        opened.close()  # wipes the key, lets go of the file and the lock
        return middle - start, time.perf_counter() - middle

    def export_json() -> None:  # what `saferplan export --json` does after the passphrase
        exported, _ = read_plan(path, PASSPHRASE)
        write_file_atomically(folder / "out.json",
                              (dumps_plan_json(exported) + "\n").encode("utf-8"))

    text = dumps_plan_json(doc, indent=None, attachment_data=False)
    # The app holds no other plan while one opens: nor does this process, so that Python's
    # collector does not scan this one's 100,000 entries in the middle of the figures below.
    del doc
    open_then_close()  # warm-up, as median_time does
    opened, closed = zip(*(open_then_close() for _ in range(runs)), strict=True)
    after_kdf = statistics.median(open_after_kdf(slow_path) for _ in range(runs))
    return {"json.loads": median_time(lambda: json.loads(text), runs),
            "open": statistics.median(opened), "close": statistics.median(closed),
            "open after a real KDF": after_kdf,
            "save": save,
            "check": median_time(lambda: check_plan(path, PASSPHRASE), runs),
            "export --json": median_time(export_json, runs),
            "check CPU": median_time(lambda: check_plan(path, PASSPHRASE), runs,
                                     time.process_time),
            "export CPU": median_time(export_json, runs, time.process_time)}


def open_after_kdf(path: Path) -> float:
    """Seconds from the end of a real KDF to the end of ``PlanFile.unlock``."""
    ends: list[float] = []
    real = fileformat.derive_key

    def noted(*args: Any) -> bytes:
        key = real(*args)
        ends.append(time.perf_counter())
        return key

    fileformat.derive_key = noted  # type: ignore[assignment]
    try:
        opened, _ = PlanFile.unlock(path, PASSPHRASE)
        done = time.perf_counter()
    finally:
        fileformat.derive_key = real
    opened.close()
    return done - ends[-1]


def main() -> None:
    """Print one table per operation, and export against check."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=lambda text: [int(n) for n in text.split(",")],
                        default=list(SIZES), help="record sizes, e.g. 1000,10000")
    args = parser.parse_args()
    sizes = args.sizes
    kdf.kdf_for_new_file = lambda: TEST_KDF  # as tests/storage/conftest.py: no strengthening
    with tempfile.TemporaryDirectory() as folder:
        results = [measure(Path(folder), size, args.runs) for size in sizes]
    targets = {"open": "≤ 1.2; 10k ≤ 20 ms, 100k ≤ 200 ms",
               "open after a real KDF": "≤ 1.2; 10k ≤ 20 ms, 100k ≤ 200 ms",
               "close": "≤ 1.2", "save": "≤ 1.2",
               "check": "≤ 1.2", "export --json": "≤ 1.2", "json.loads": "reference"}
    for name, target in targets.items():
        print_table(f"{name} by record entries (ms, median)", "ms", sizes,
                    [r[name] * 1000 for r in results], target)
    print("\nratios in the same run (steadier than seconds on a shared machine)")
    print(f"{'entries':>10}  {'open/json.loads':>16}  {'export/check':>13}  {'same, CPU':>10}")
    for size, r in zip(sizes, results, strict=True):
        print(f"{size:>10,}  {r['open'] / r['json.loads']:>16.2f}  "
              f"{r['export --json'] / r['check']:>13.2f}  "
              f"{r['export CPU'] / r['check CPU']:>10.2f}")


if __name__ == "__main__":
    main()
