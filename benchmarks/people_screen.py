"""People screen at scale: opening it and one keystroke in a name, by number of people.

Run from the checkout:  python benchmarks/people_screen.py [--runs 5]
On the GUI thread (offscreen Qt), medians: opening (built, shown, first events), and one
character typed into the selected person's name (the list's text and height updated).
Targets: a keystroke ≤ 16 ms and nothing over 50 ms on the GUI thread, at 1,000 people.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests" / "export")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from plan_scaling import _doc_with_people  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from scaling import print_table, screen_benchmark  # noqa: E402

from saferplan.gui.people import PeopleWidget  # noqa: E402
from saferplan.gui.session import Session  # noqa: E402

SIZES = (100, 300, 1000)


def measure(people: int, runs: int, app: QApplication) -> tuple[float, float]:
    """Median milliseconds: opening the screen, one keystroke in a name."""
    doc, _forms = _doc_with_people(people)
    opens = []
    widget = None
    for _ in range(runs + 1):  # the first builds what every later one reuses: not counted
        if widget is not None:
            widget.close()
            widget.deleteLater()
            app.processEvents()
        start = time.perf_counter()
        widget = PeopleWidget(Session(doc, guest=True))
        widget.resize(1000, 700)
        widget.show()
        app.processEvents()
        opens.append(time.perf_counter() - start)
    assert widget is not None
    field = widget.editor.name  # type: ignore[attr-defined]
    field.setFocus()
    keys = []
    for char in "abcdefghij"[:max(3, runs)]:
        start = time.perf_counter()
        QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                      Qt.KeyboardModifier.NoModifier, char))
        app.processEvents()
        keys.append(time.perf_counter() - start)
    widget.close()
    return statistics.median(opens[1:]) * 1000, statistics.median(keys) * 1000


def main() -> None:
    """Print the tables."""
    runs, app = screen_benchmark(5)
    results = [measure(size, runs, app) for size in SIZES]
    print_table("people screen: open (ms, median)", "ms", SIZES, [r[0] for r in results],
                "nothing over 50 ms")
    print_table("people screen: keystroke in a name (ms, median)", "ms", SIZES,
                [r[1] for r in results], "1,000 people ≤ 16 ms")


if __name__ == "__main__":
    main()
