"""Resident and peak memory after opening a plan with 0, 10 and 100 MB of attachments.

Run:  python benchmarks/memory.py
Each case runs in a fresh process: resident memory after PlanFile.unlock, the process's peak
(which includes the KDF's own 64 MiB: the files are made at MIN_KDF, the floor for real files,
so that opening does not strengthen them), and the peak of Python's own allocations
(tracemalloc: the plan, the JSON and any attachment bytes, without the KDF).
Targets: resident independent of attachment bytes, ≤ 150 MB.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from scaling import slope  # noqa: E402

MB = 1024 * 1024
SIZES_MB = (0, 10, 100)
CHILD = r"""
import sys, tracemalloc
from pathlib import Path
from saferplan.storage import PlanFile

def status_mb(field):
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent through exec.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0

tracemalloc.start()
plan, doc = PlanFile.unlock(Path(sys.argv[1]), "benchmark")
python_peak = tracemalloc.get_traced_memory()[1] / 2**20
tracemalloc.stop()
print(status_mb("VmRSS"), status_mb("VmHWM"), python_peak)
"""


def make_plan(folder: Path, megabytes: int) -> Path:
    """A demo plan with ``megabytes`` of random attachments (5 MB each)."""
    import datetime

    from saferplan.forms import load_demo_plan
    from saferplan.model.record import add_attachment
    from saferplan.storage import PlanFile
    from saferplan.storage.kdf import MIN_KDF

    doc = load_demo_plan()
    for number in range(megabytes // 5):
        add_attachment(doc, f"photo {number}.jpg", "image/jpeg", os.urandom(5 * MB),
                       datetime.date(2026, 11, 2))
    path = folder / f"plan{megabytes}.dat"
    PlanFile.create(path, "benchmark", doc, MIN_KDF).close()
    return path


def main() -> None:
    """Print resident and peak memory by attachment size, with the growth of each."""
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in SIZES_MB:
            path = make_plan(Path(folder), megabytes)
            out = subprocess.run([sys.executable, "-c", CHILD, str(path)], check=True,
                                 capture_output=True, text=True,
                                 env=dict(os.environ, PYTHONPATH=str(ROOT))).stdout.split()
            rows.append((megabytes, float(out[0]), float(out[1]), float(out[2])))
    print(f"{'attachments MB':>15} {'resident MB':>12} {'peak MB':>9} {'Python peak MB':>15}")
    for megabytes, resident, peak, python_peak in rows:
        print(f"{megabytes:>15} {resident:>12.1f} {peak:>9.1f} {python_peak:>15.1f}")
    grown = (rows[-1][1] - rows[0][1]) / max(rows[-1][0] - rows[0][0], 1)
    print(f"resident MB per attachment MB: {grown:.2f} (target 0: independent of attachments)")
    peak_slope = slope([10, 100], [rows[1][2], rows[2][2]])
    print(f"growth exponent of peak (10 → 100 MB): {peak_slope:.2f}")
    print(f"this process (making the files): peak "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
