"""How a save splits between the GUI thread and the worker, for large plans.

Run:  python benchmarks/save_threads.py
The app's autosave makes the plan's JSON on the GUI thread (``PlanFile.prepare_save``) and
encrypts, copies the kept files and fsyncs in a worker (``PlanFile.write_prepared``). Medians
of 5 saves, with the fast test KDF. Target: nothing over 50 ms on the GUI thread.
"""

from __future__ import annotations

import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from log_scaling import with_log  # noqa: E402

from saferplan.forms import load_demo_plan  # noqa: E402
from saferplan.model import PlanDocument  # noqa: E402
from saferplan.model.record import add_attachment  # noqa: E402
from saferplan.storage import TEST_KDF, PlanFile  # noqa: E402

RUNS = 5


def with_files(megabytes: int) -> PlanDocument:
    """The demo plan with ``megabytes`` of random 5 MB photos."""
    doc = load_demo_plan()
    for number in range(megabytes // 5):
        add_attachment(doc, f"photo {number}.jpg", "image/jpeg", os.urandom(5 << 20),
                       datetime.date(2026, 11, 2))
    return doc


def measure(folder: Path, label: str, doc: PlanDocument) -> tuple[float, float]:
    """Median milliseconds of the GUI-thread half and of the worker half of a save."""
    path = folder / f"{len(label)}-{label[:3]}.dat"
    PlanFile.create(path, "benchmark", doc, TEST_KDF).close()
    plan, doc = PlanFile.unlock(path, "benchmark")
    gui, worker = [], []
    with plan:
        for number in range(RUNS):
            doc.people[0].notes = f"change {number}"
            started = time.perf_counter()
            prepared = plan.prepare_save(doc)
            prepared_at = time.perf_counter()
            plan.write_prepared(prepared)
            gui.append(prepared_at - started)
            worker.append(time.perf_counter() - prepared_at)
    return statistics.median(gui) * 1000, statistics.median(worker) * 1000


def main() -> None:
    """Print the table."""
    cases = [("no attachments", lambda: with_files(0)),
             ("100 MB of attachments", lambda: with_files(100)),
             ("10,000 record entries", lambda: with_log(10_000)),
             ("100,000 record entries", lambda: with_log(100_000))]
    print(f"{'plan':>24} {'GUI thread ms':>14} {'worker ms':>10}")
    with tempfile.TemporaryDirectory() as folder:
        for label, make in cases:
            gui, worker = measure(Path(folder), label, make())
            flag = "" if gui <= 50 else "  (over 50 ms)"
            print(f"{label:>24} {gui:>14.1f} {worker:>10.1f}{flag}")


if __name__ == "__main__":
    main()
