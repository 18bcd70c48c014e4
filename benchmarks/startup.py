"""Startup time (process start -> start screen painted) and peak memory of the GUI.

Run: python benchmarks/startup.py [--runs N]   (offscreen; also under X if DISPLAY is set)
Targets: median <= 0.4 s, peak memory <= 150 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 0.4
TARGET_MB = 150

# The child builds the real window and exits as soon as the start screen has been painted.
CHILD = r"""
import argparse, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from saferplan.gui.main import application, create_window

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            sys.stdout.write("painted\n"); sys.stdout.flush()
            QTimer.singleShot(0, application().quit)
        return False

window = create_window(argparse.Namespace(demo=False, portable=sys.argv[1], language=None))
watcher = Painted()
window.current_screen()._title.installEventFilter(watcher)   # the heading: drawn last of the top
window.show()
application().exec()
"""


def one_run(platform: str, folder: str) -> tuple[float, float]:
    """Return (seconds to first paint of the start screen, peak resident MB) of one process."""
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPATH=str(ROOT),
               HOME=folder, XDG_CONFIG_HOME=f"{folder}/.config",
               XDG_DATA_HOME=f"{folder}/.local/share")
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", CHILD, f"{folder}/portable"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    _pid, status, usage = os.wait4(child.pid, 0)
    if line.strip() != "painted" or status != 0:
        raise RuntimeError(f"the start screen was not painted ({platform})")
    return elapsed, usage.ru_maxrss / 1024   # ru_maxrss is in KiB on Linux


def measure(platform: str, runs: int) -> tuple[float, float]:
    """Return (median seconds, max peak MB) over ``runs`` fresh processes."""
    times, peaks = [], []
    one_run(platform, tempfile.mkdtemp())     # warm the disk cache once
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            seconds, megabytes = one_run(platform, folder)
        times.append(seconds)
        peaks.append(megabytes)
    return statistics.median(times), max(peaks)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    platforms = ["offscreen"] + (["xcb"] if os.environ.get("DISPLAY") else [])
    print(f"{'platform':<10} {'median s':>9} {'target':>7} {'peak MB':>8} {'target':>7}")
    ok = True
    for platform in platforms:
        seconds, megabytes = measure(platform, args.runs)
        ok &= seconds <= TARGET_SECONDS and megabytes <= TARGET_MB
        print(f"{platform:<10} {seconds:>9.3f} {TARGET_SECONDS:>7.1f} {megabytes:>8.1f} "
              f"{TARGET_MB:>7}")
    print(f"runs per platform: {args.runs}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
