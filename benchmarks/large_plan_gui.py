"""What the GUI thread does with a large plan once the passphrase is right, by record size.

Run from the checkout:  python benchmarks/large_plan_gui.py [--runs 3]
The unlock itself (the KDF, reading and checking the file) runs in a worker thread in the app
and is timed by log_scaling.py; this times, on the GUI thread (offscreen Qt, fast test KDF):
- open: starting the session and showing the home screen, events included;
- save: the GUI thread's part of an autosave after one change (the write is a worker's);
- a full pass of the cycle collector while the plan is open (Python runs one now and then);
- lock: from the lock until the window is blank, and until the plan is saved and closed.
Target: nothing over 50 ms on the GUI thread (the blank at a lock: at once).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from log_scaling import with_log  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from scaling import print_table  # noqa: E402

from saferplan.gui.settings import Settings  # noqa: E402
from saferplan.gui.unlock import Opened  # noqa: E402
from saferplan.gui.window import MainWindow  # noqa: E402
from saferplan.storage import TEST_KDF, PlanFile, kdf  # noqa: E402
from saferplan.storage.paths import app_dirs  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
PASSPHRASE = "benchmark"


def measure(folder: Path, entries: int, runs: int, app: QApplication) -> dict[str, float]:
    """Median milliseconds of each step on a plan with ``entries`` record entries."""
    dirs = app_dirs(folder / "portable")
    path = Path(dirs.plans_dir) / f"plan{entries}.dat"
    path.parent.mkdir(parents=True, exist_ok=True)
    PlanFile.create(path, PASSPHRASE, with_log(entries), TEST_KDF).close()
    figures: dict[str, list[float]] = {"open": [], "save": [], "collect": [], "blank": [],
                                       "lock": []}
    for _ in range(runs):
        window = MainWindow(dirs, Settings(language="en"))
        window.show()
        app.processEvents()
        plan_file, doc = PlanFile.unlock(path, PASSPHRASE)  # a worker's part in the app
        start = time.perf_counter()
        window._opened(Opened(plan_file, doc))
        app.processEvents()
        figures["open"].append(time.perf_counter() - start)
        session = window.session
        assert session is not None and session.preparer is not None
        doc.people[0].notes = "changed"
        start = time.perf_counter()
        _, finish = session.preparer(doc)  # what the autosave does on the GUI thread
        figures["save"].append(time.perf_counter() - start)
        finish()
        session.changed()  # so that the lock saves
        start = time.perf_counter()
        gc.collect()
        figures["collect"].append(time.perf_counter() - start)
        blanked: list[float] = []
        window.stack.currentChanged.connect(
            lambda _i, times=blanked: times.append(time.perf_counter()))
        start = time.perf_counter()
        window.lock_now()
        app.processEvents()
        figures["lock"].append(time.perf_counter() - start)
        figures["blank"].append(blanked[0] - start)
        window._quitting = True
        window.close()
        window.deleteLater()
        app.processEvents()
    return {name: statistics.median(values) for name, values in figures.items()}


def main() -> None:
    """Print one table per step."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    kdf.kdf_for_new_file = lambda: TEST_KDF  # as tests/storage/conftest.py: no strengthening
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        results = {n: measure(Path(folder), n, args.runs, app) for n in SIZES}
    labels = {"open": "open: session and home screen", "save": "autosave: GUI thread's part",
              "collect": "a full pass of the cycle collector",
              "blank": "lock: until the window is blank", "lock": "lock: saved and closed"}
    for name, label in labels.items():
        print_table(f"{label} (ms, median)", "ms", SIZES,
                    [results[n][name] * 1000 for n in SIZES],
                    "≤ 50 ms on the GUI thread" if name != "lock" else "")


if __name__ == "__main__":
    main()
