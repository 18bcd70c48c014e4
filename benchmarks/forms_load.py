"""How long loading the question sets (and the directory) takes, caches cleared each time.

Run from the checkout:  python benchmarks/forms_load.py [--runs 20]
Target: loading both forms (and the directory) in under 50 ms.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from saferplan.forms import (  # noqa: E402  (needs the checkout on sys.path first)
    clear_form_cache,
    load_all_forms,
    load_demo_plan,
    load_form,
)

TARGET_MS = 50.0


def directory_loader() -> Callable[[], object] | None:
    """Return a cold loader of the resource directory, if that module exists yet."""
    try:
        directory = importlib.import_module("saferplan.forms.directory")
    except ImportError:
        return None
    load = getattr(directory, "load_directory", None)
    if load is None:
        return None
    shipped = getattr(directory, "_load_shipped", None)

    def cold_load() -> object:
        if shipped is not None and hasattr(shipped, "cache_clear"):
            shipped.cache_clear()
        return load()

    return cold_load


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds for each run of action."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def cold(action: Callable[[], object]) -> Callable[[], object]:
    def run() -> object:
        clear_form_cache()
        return action()

    return run


def fresh_process_ms(runs: int) -> list[float]:
    """Import + load both forms in a new interpreter (what starting the app pays)."""
    code = ("import time; t = time.perf_counter(); "
            "from saferplan.forms import load_all_forms; load_all_forms(); "
            "print((time.perf_counter() - t) * 1000)")
    out = []
    for _ in range(runs):
        result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                                capture_output=True, text=True)
        out.append(float(result.stdout.strip()))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    runs: int = args.runs

    rows: list[tuple[str, list[float]]] = [
        ("safety_plan.toml", timed(cold(lambda: load_form("safety_plan")), runs)),
        ("release_plan.toml", timed(cold(lambda: load_form("release_plan")), runs)),
        ("both forms (load_all_forms)", timed(cold(load_all_forms), runs)),
        ("demo plan (forms + catalog check)", timed(cold(load_demo_plan), runs)),
    ]
    directory = directory_loader()
    if directory is not None:
        rows.append(("directory (load_directory)", timed(directory, runs)))

        def everything() -> object:
            clear_form_cache()
            load_all_forms()
            return directory()

        rows.append(("both forms + directory", timed(everything, runs)))
    rows.append(("import + both forms, fresh process", fresh_process_ms(max(3, runs // 4))))

    print(f"{'what (caches cleared each run)':<38} {'runs':>4} {'median ms':>10} "
          f"{'min':>7} {'max':>7}")
    for name, times in rows:
        print(f"{name:<38} {len(times):>4} {statistics.median(times):>10.2f} "
              f"{min(times):>7.2f} {max(times):>7.2f}")
    worst = max(statistics.median(t) for n, t in rows if not n.startswith("import"))
    verdict = "within" if worst < TARGET_MS else "OVER"
    print(f"\nslowest median {worst:.2f} ms: {verdict} the {TARGET_MS:.0f} ms target")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
