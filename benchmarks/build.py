"""Standalone build: build time, folder size, and start times of the built app vs Python.

    python benchmarks/build.py                 # builds into a temporary folder first
    python benchmarks/build.py --app dist/SaferPlan   # measures a folder already built

"window up" is measured from outside the process, the same way for both: the time until the
window's first event-loop turn has run. The app then removes a stale temp file from its plans
folder (gui/main.py queues that with a zero timer right after showing the window), so the
benchmark plants one in a --portable folder and waits for it to go. Offscreen Qt, fresh HOME.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _load_build_app() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_app", ROOT / "tools" / "build_app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_app = _load_build_app()


def fresh_env(base: Path) -> dict[str, str]:
    """Environment with an empty HOME and temp folder, offscreen Qt, the checkout importable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
    (base / "home").mkdir(parents=True, exist_ok=True)
    (base / "tmp").mkdir(exist_ok=True)
    env.update(HOME=str(base / "home"), TMPDIR=str(base / "tmp"), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    return env


def time_command(command: Sequence[str], env: dict[str, str], runs: int) -> float:
    """Median wall time of running command to its end, in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def time_window_up(command: Sequence[str], base: Path, runs: int) -> float:
    """Median time until the window's event loop runs (the planted temp file disappears)."""
    times = []
    for run in range(runs):
        folder = base / f"portable-{run}"
        folder.mkdir(parents=True)
        stale = folder / f".{'0' * 32}.tmp"
        stale.write_bytes(b"x")
        os.utime(stale, (0, 0))
        started = time.perf_counter()
        proc = subprocess.Popen([*command, "--portable", str(folder)], env=fresh_env(base),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while stale.exists() and proc.poll() is None and time.perf_counter() - started < 60:
                time.sleep(0.005)
            times.append(time.perf_counter() - started)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        if stale.exists():
            raise SystemExit(f"the window did not come up: {' '.join(command)}")
    return statistics.median(times)


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, help="a folder already built (skips the build)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        base = Path(tmp)
        rows: list[tuple[str, str]] = []
        if args.app is None:
            app_dir, seconds = build_app.build(dist=base / "dist", work=base / "work")
            rows.append(("build time (PyInstaller, clean work folder)", f"{seconds:.1f} s"))
        else:
            app_dir = args.app.resolve()
        rows.append(("folder size", f"{build_app.folder_size(app_dir) / 2**20:.0f} MiB"))
        fonts = build_app.contents_dir(app_dir) / "fonts"
        rows.append(("  of which fonts", f"{build_app.folder_size(fonts) / 2**20:.0f} MiB"))
        exe = [str(app_dir / build_app.EXE_NAME)]
        source = [sys.executable, "-m", "saferplan"]
        env = fresh_env(base)
        measures: list[tuple[str, Callable[[], float]]] = [
            ("--version, built app", lambda: time_command([*exe, "--version"], env, args.runs)),
            ("--version, python -m saferplan",
             lambda: time_command([*source, "--version"], env, args.runs)),
            ("window up, built app", lambda: time_window_up(exe, base / "w1", args.runs)),
            ("window up, python -m saferplan",
             lambda: time_window_up(source, base / "w2", args.runs)),
        ]
        for label, measure in measures:
            rows.append((f"{label} (median of {args.runs})", f"{measure() * 1000:.0f} ms"))
    width = max(len(label) for label, _ in rows)
    print(f"{'measure':<{width}}  value")
    print(f"{'-' * width}  ------")
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


if __name__ == "__main__":
    main()
