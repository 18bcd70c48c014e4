"""How long switching the language takes with the home screen of the demo plan open.

    QT_QPA_PLATFORM=offscreen python benchmarks/language_switch.py [--runs 5]

Builds the .qm files first if they are missing (python tools/translations.py build).
Target: ≤ 0.3 s per switch (median), every language.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET_S = 0.3


def main() -> None:
    """Switch English → each language → English, time each switch, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not list((ROOT / "translations").glob("*.qm")):
        subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "build"],
                       check=True, capture_output=True)
    from PySide6.QtWidgets import QApplication

    from saferplan.gui.main import create_window
    from saferplan.i18n import LANGUAGES, set_language

    window = create_window(argparse.Namespace(demo=True, portable=str(ROOT / "build" / "bench"),
                                              language="en"))
    window.show()
    QApplication.processEvents()
    print(f"{'language':10} {'median s':>9} {'max s':>7}  ok (target {TARGET_S} s)")
    for lang in LANGUAGES[1:]:
        times = []
        for _ in range(args.runs):
            for code in (lang.code, "en"):
                start = time.perf_counter()
                set_language(code)
                QApplication.processEvents()
                if code == lang.code:
                    times.append(time.perf_counter() - start)
        median = statistics.median(times)
        print(f"{lang.code:10} {median:9.3f} {max(times):7.3f}  "
              f"{'yes' if median <= TARGET_S else 'NO'}")
    window._release_session()


if __name__ == "__main__":
    main()
