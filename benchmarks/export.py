"""Printing speed: wallet card and a full plan (two plans, 30 people), cold and warm.

Run:  cd /work/main && QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/export.py
Targets: card <= 0.3 s and full plan <= 1 s, warm (median of 7).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "export")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS = {"card": 0.3, "plan": 1.0, "plan (password)": 1.0, "card preview 100 dpi": 0.3}


def build():  # type: ignore[no-untyped-def]
    from export_support import make_doc, phone

    from saferplan.forms import load_all_forms
    from saferplan.model import Person

    forms = load_all_forms()
    doc = make_doc("vi", forms)
    for index in range(5, 30):
        doc.people.append(Person(f"q{index}", f"Người số {index}", phone(index),
                                 ["emergency_contact"], memorize=index % 3 == 0))
    return doc, forms


def jobs():  # type: ignore[no-untyped-def]
    from saferplan.export import (
        CardContent,
        ExportOptions,
        render_card_pdf,
        render_card_preview,
        render_plan_pdf,
    )

    doc, forms = build()
    card = CardContent()  # default choice: fits on the card
    return {
        "card": lambda: render_card_pdf(doc, ExportOptions("vi"), card),
        "plan": lambda: render_plan_pdf(doc, forms, ExportOptions("vi")),
        "plan (password)": lambda: render_plan_pdf(doc, forms, ExportOptions("vi",
                                                                             password="pw")),
        "card preview 100 dpi": lambda: render_card_preview(doc, ExportOptions("vi"), card),
    }


def cold(name: str) -> float:
    """Time the first render in a fresh process (fonts and Qt not yet loaded)."""
    code = (f"import sys; sys.argv=['x']; sys.path.insert(0, {str(ROOT / 'benchmarks')!r});"
            "import time, export as b; j=b.jobs(); t=time.perf_counter();"
            f"j[{name!r}](); print(time.perf_counter()-t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication([])
    table = []
    for name, job in jobs().items():
        job()
        runs = []
        for _ in range(7):
            start = time.perf_counter()
            job()
            runs.append(time.perf_counter() - start)
        warm = statistics.median(runs)
        table.append((name, cold(name), warm, TARGETS[name]))
    print(f"{'job':<22}{'cold s':>9}{'warm s':>9}{'target':>9}  ok")
    for name, cold_s, warm_s, target in table:
        print(f"{name:<22}{cold_s:>9.3f}{warm_s:>9.3f}{target:>9.2f}  "
              f"{'yes' if warm_s <= target else 'NO'}")


if __name__ == "__main__":
    main()
