"""Startup time (process start -> first frame of the start screen drawn) and peak memory of the GUI.

Run: python benchmarks/startup.py [--runs N] [--plans N] [--against DIR]   (offscreen; also
under X if DISPLAY is set)
Targets: median <= 0.4 s, peak memory <= 150 MB, and at most a bare PySide6 window + 60 ms: a
process that shows one QWidget with a label, run interleaved with the app in the same run.
The same bare window naming Qt's namespace is timed too, to show PySide's part of the gap.
``--plans N`` puts N plan files in the folder first (a returning person: the start screen
lists them and folds the language list); they are only listed, never opened.
``--against DIR`` also starts the app from another source tree (say, a checkout of an older
commit) in the same interleaved run, so a change is measured under the same load.
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
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 0.4
TARGET_MB = 150

# The child starts the app as the `saferplan` command does (saferplan.app.main: hardening, the
# command line, loading the GUI, the window shown at the size the app gives it), and exits once
# the first frame is drawn: the heading's paint event comes while the frame is being drawn and
# posts an urgent event, which Qt delivers when every widget on show has been painted (and
# before the work queued for after the first paint, such as the screen-lock watcher).
CHILD = r"""
import sys, time
import saferplan.app as app

def watch(window):
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                # Handled as soon as the frame being drawn is done, before anything queued
                # earlier (1: Qt.EventPriority.HighEventPriority; naming Qt builds its enums).
                QCoreApplication.postEvent(self, QEvent(QEvent.Type.User), 1)
            return False

        def event(self, event):
            if event.type() == QEvent.Type.User:
                sys.stdout.write(f"painted {time.process_time()}\n"); sys.stdout.flush()
                QCoreApplication.quit()
                return True
            return super().event(event)

    watcher = Painted(window)
    watcher.seen = False
    window.current_screen()._title.installEventFilter(watcher)   # the heading: in the first frame

def watching(gui):
    create = gui.create_window
    def create_window(args):
        window = create(args)
        watch(window)
        return window
    gui.create_window = create_window
    return gui

if hasattr(app, "load_gui"):
    load = app.load_gui
    app.load_gui = lambda: watching(load())
else:                      # a tree from before load_gui (--against)
    import saferplan.gui.main as gui
    watching(gui)
sys.exit(app.main(["--portable", sys.argv[1]]))
"""


# The reference: the least a PySide6 program does to paint a first window.
BARE = r"""
import sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel

def drawn():
    sys.stdout.write(f"painted {time.process_time()}\n"); sys.stdout.flush()
    app.quit()

started = []

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not started:
            started.append(obj)
            # Handled as soon as the frame being drawn is done, before anything queued earlier
            # (1: Qt.EventPriority.HighEventPriority; naming Qt would build its 93 enums).
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.User), 1)
        return False

    def event(self, event):
        if event.type() == QEvent.Type.User:
            drawn()
            return True
        return super().event(event)

app = QApplication(sys.argv[:1])
label = QLabel("Notes")
watcher = Painted()
label.installEventFilter(watcher)
label.show()
app.exec()
"""
TARGET_OVER_BARE = 0.060

# For the record only (the target stays against BARE): the same window, naming Qt's namespace
# once, as any program that passes one of its flags does. PySide6 then builds a Python enum class
# for each of its 93 enums: what the app's first window saves by not naming it (lazy_qt.py).
BARE_NAMING_QT = BARE.replace("app = QApplication(sys.argv[:1])",
                              "from PySide6.QtCore import Qt\napp = QApplication(sys.argv[:1])")


class Run(NamedTuple):
    """One start: wall-clock and CPU seconds to the first frame, peak resident MB."""

    seconds: float
    cpu: float
    megabytes: float


def one_run(platform: str, folder: str, code: str = CHILD, root: Path = ROOT) -> Run:
    """Start one process (the app from the source tree ``root``, or the bare window) and
    return its Run. The CPU time is the child's own (all its threads) when the frame is drawn:
    it varies less than the wall clock when other work shares the machine."""
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPATH=str(root),
               HOME=folder, XDG_CONFIG_HOME=f"{folder}/.config",
               XDG_DATA_HOME=f"{folder}/.local/share")
    # An installed app has its bytecode compiled (pip and the standalone build do it): let the
    # warm-up run write it, rather than compile every module on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    # In the tree's own folder: "python -c" looks for modules in the current folder first.
    child = subprocess.Popen([sys.executable, "-c", code, f"{folder}/portable"], env=env,
                             cwd=root, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    _pid, status, usage = os.wait4(child.pid, 0)
    word, _, cpu = line.strip().partition(" ")
    if word != "painted" or status != 0:
        raise RuntimeError(f"the start screen was not painted ({platform})")
    return Run(elapsed, float(cpu), usage.ru_maxrss / 1024)   # ru_maxrss: KiB on Linux


def with_plans(folder: str, plans: int) -> str:
    """Put ``plans`` (empty) plan files in ``folder``'s portable folder; return ``folder``."""
    portable = Path(folder) / "portable"
    portable.mkdir(exist_ok=True)
    for number in range(1, plans + 1):
        (portable / f"plan-{number}.dat").write_bytes(b"")
    return folder


def measure(platform: str, runs: int, against: Path | None = None,
            plans: int = 0) -> dict[str, Run]:
    """Return the median Run (the highest peak memory) over ``runs`` of each process: "app",
    "bare", "naming Qt" (the bare window naming Qt) and, given ``against``, "against" (the app
    from that tree).

    The processes run alternately, so all of them see the same load on the machine.
    """
    found: dict[str, list[Run]] = {"app": [], "bare": [], "naming Qt": []}
    one_run(platform, tempfile.mkdtemp())     # warm the disk cache (and write bytecode) once
    one_run(platform, tempfile.mkdtemp(), BARE)
    one_run(platform, tempfile.mkdtemp(), BARE_NAMING_QT)
    if against is not None:
        found["against"] = []
        one_run(platform, tempfile.mkdtemp(), root=against)
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            found["app"].append(one_run(platform, with_plans(folder, plans)))
            found["bare"].append(one_run(platform, folder, BARE))
            found["naming Qt"].append(one_run(platform, folder, BARE_NAMING_QT))
        if against is not None:
            with tempfile.TemporaryDirectory() as folder:
                found["against"].append(one_run(platform, with_plans(folder, plans),
                                                root=against))
    return {name: Run(statistics.median(r.seconds for r in found[name]),
                      statistics.median(r.cpu for r in found[name]),
                      max(r.megabytes for r in found[name])) for name in found}


def main() -> int:
    """Print the table; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--against", type=Path, default=None,
                        help="another source tree to start in the same interleaved run")
    parser.add_argument("--plans", type=int, default=0,
                        help="plan files already in the folder (a returning person)")
    args = parser.parse_args()
    platforms = ["offscreen"] + (["xcb"] if os.environ.get("DISPLAY") else [])
    print(f"{'platform':<10} {'median s':>9} {'target':>7} {'peak MB':>8} {'target':>7} "
          f"{'bare s':>7} {'over bare':>10} {'ratio':>6} {'CPU s':>6} {'bare CPU':>9}")
    ok = True
    others = []
    for platform in platforms:
        runs = measure(platform, args.runs, args.against, args.plans)
        app, bare = runs["app"], runs["bare"]
        ok &= (app.seconds <= TARGET_SECONDS and app.megabytes <= TARGET_MB
               and app.seconds - bare.seconds <= TARGET_OVER_BARE)
        print(f"{platform:<10} {app.seconds:>9.3f} {TARGET_SECONDS:>7.1f} {app.megabytes:>8.1f} "
              f"{TARGET_MB:>7} {bare.seconds:>7.3f} {app.seconds - bare.seconds:>+10.3f} "
              f"{app.seconds / bare.seconds:>6.2f} {app.cpu:>6.3f} {bare.cpu:>9.3f}")
        naming = runs["naming Qt"]
        others.append(f"{platform}: a bare window naming Qt (PySide builds its 93 enum classes) "
                      f"{naming.seconds - bare.seconds:+.3f} s over bare, CPU "
                      f"{naming.cpu - bare.cpu:+.3f} s")
        other = runs.get("against")
        if other is not None:
            others.append(f"{platform}: {args.against} {other.seconds:.3f} s "
                          f"({other.seconds - bare.seconds:+.3f} over bare, "
                          f"{other.seconds / bare.seconds:.2f}x; CPU {other.cpu:.3f} s); "
                          f"this tree {app.seconds - other.seconds:+.3f} s, "
                          f"CPU {app.cpu - other.cpu:+.3f} s against it")
    for line in others:
        print(line)
    print(f"runs per platform: {args.runs}; plan files: {args.plans}; target over bare: "
          f"+{TARGET_OVER_BARE * 1000:.0f} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
