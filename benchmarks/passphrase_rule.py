"""The passphrase rule's cost: importing it, reading the bundled list once, and judging.

    python benchmarks/passphrase_rule.py

Every keystroke in a new-passphrase field runs the rule once (the strength words), so a judge
must stay far below a frame (16 ms). The first judge reads the 10,000-entry list and builds
the keyboard maps.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ["password", "P@ssw0rd2024!", "qwertyuiop", "correct horse battery staple",
           "tiger lily moon", "មេឃពណ៌ខៀវស្រស់", "x" * 200]


def import_ms() -> float:
    """Median time to import the rule in a fresh interpreter (list not read yet)."""
    code = ("import time; t = time.perf_counter(); import saferplan.storage.passphrase; "
            "print((time.perf_counter() - t) * 1000)")
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 check=True, cwd=ROOT).stdout) for _ in range(5)]
    return statistics.median(runs)


def main() -> None:
    """Print the table."""
    sys.path.insert(0, str(ROOT))
    from saferplan.storage.passphrase import judge_passphrase

    started = time.perf_counter()
    judge_passphrase("tiger lily moon")   # reads the list and builds the keyboard maps
    first = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(200):
        for sample in SAMPLES:
            started = time.perf_counter()
            judge_passphrase(sample)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    rows = [("import the rule (fresh process, median of 5)", import_ms()),
            ("first judge (reads the list, builds the maps)", first),
            ("one judge, median", statistics.median(times)),
            ("one judge, 99th percentile", times[int(len(times) * 0.99)]),
            ("one judge, worst (200-character input)", times[-1])]
    print(f"{'what':<48} {'ms':>8}")
    for what, ms in rows:
        print(f"{what:<48} {ms:8.2f}")


if __name__ == "__main__":
    main()
