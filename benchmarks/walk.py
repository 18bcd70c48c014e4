"""How long the plan walk keeps the GUI thread busy, on a big plan (100 people, 1,000 log notes).

Run from the checkout:  python benchmarks/walk.py [--runs 200]
Measures, on the GUI thread (offscreen Qt):
- page change: leaving a page and building the next one (Next, then Back, over every question);
- answer save: storing a typed answer plus the save the autosave then runs — once with the
  real encrypted plan file (PlanFile.save, fast test KDF; the KDF runs only at unlock) and
  once with a guest session that keeps everything in memory.
Target: median at most 50 ms each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from saferplan.forms import load_all_forms  # noqa: E402
from saferplan.gui.session import Session  # noqa: E402
from saferplan.gui.walk import PlanWalkWidget  # noqa: E402
from saferplan.gui.walk.question_page import QuestionPage  # noqa: E402
from saferplan.model import LogEntry, Plan, PlanDocument  # noqa: E402

TARGET_MS = 50.0


def big_plan() -> PlanDocument:
    doc = PlanDocument(plans=[Plan("p1", "release_plan", "If I am detained"),
                              Plan("p2", "safety_plan", "Leaving")])
    for n in range(100):
        doc.add_person(f"Person {n} Nguyễn", f"+1 416 555 {n:04d}", ["support_worker"],
                       notes="Some notes " * 5)
    doc.log = [LogEntry(f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", "Somewhere", "A note " * 20)
               for n in range(1000)]
    return doc


def timed(action: Callable[[], None], app: QApplication) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()  # deleteLater of the old page and layout happen here, on the GUI thread
    return (time.perf_counter() - start) * 1000


def page_changes(walk: PlanWalkWidget, app: QApplication, runs: int) -> list[float]:
    times: list[float] = []
    while len(times) < runs:
        walk.navigator.go_to(walk.navigator.pages[0])
        walk._show_position()
        while not walk.navigator.at_end and len(times) < runs:
            times.append(timed(walk.go_next, app))
        if len(times) < runs:
            times.append(timed(walk.go_back, app))
    return times


def answer_saves(walk: PlanWalkWidget, session: Session, app: QApplication,
                 runs: int) -> list[float]:
    question = next(q for q in walk.form.questions() if q.kind == "long_text")
    walk.open_question(question.id)
    times: list[float] = []
    for n in range(runs):
        page = walk.page
        assert isinstance(page, QuestionPage)
        field = page.answer_widget
        assert isinstance(field, QPlainTextEdit)
        field.setPlainText(f"Answer number {n}")

        def save() -> None:
            walk.commit_page()
            session.save_now()

        times.append(timed(save, app))
    return times


def row(name: str, times: list[float]) -> str:
    median = statistics.median(times)
    p95 = sorted(times)[int(len(times) * 0.95) - 1]
    verdict = "ok" if median <= TARGET_MS else "SLOW"
    return (f"| {name:<38} | {len(times):>5} | {median:>8.2f} | {p95:>8.2f} "
            f"| {max(times):>8.2f} | {verdict:<4} |")


def quiet_offscreen(kind: QtMsgType, context: object, message: str) -> None:
    # The offscreen platform warns on every window resize; keep the table readable.
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    from saferplan.storage.kdf import TEST_KDF
    from saferplan.storage.planfile import PlanFile

    qInstallMessageHandler(quiet_offscreen)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    forms = load_all_forms()
    results: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        doc = big_plan()
        plan_file = PlanFile.create(Path(folder) / "plan.saferplan", "correct horse battery", doc,
                                    TEST_KDF)  # the KDF only runs at create/unlock anyway
        try:
            session = Session(doc, plan_file.save)
            walk = PlanWalkWidget(session, "p1", forms)
            walk.resize(1100, 760)
            walk.show()
            app.processEvents()
            results.append(row("page change (Next/Back)", page_changes(walk, app, args.runs)))
            results.append(row("answer save (encrypted file)",
                               answer_saves(walk, session, app, args.runs)))
            walk.close()
            walk.deleteLater()
        finally:
            plan_file.close()
    guest = Session(big_plan(), guest=True)
    walk = PlanWalkWidget(guest, "p1", forms)
    walk.show()
    results.append(row("answer save (guest, memory only)", answer_saves(walk, guest, app,
                                                                        args.runs)))
    walk.close()
    walk.deleteLater()
    app.processEvents()  # destroy the widgets before the interpreter shuts down
    print(f"Plan walk on the GUI thread: 100 people, 1,000 log entries; target median ≤ "
          f"{TARGET_MS:.0f} ms")
    print(f"| {'action':<38} | {'runs':>5} | {'median':>8} | {'p95':>8} | {'max':>8} | {'':<4} |")
    print(f"|{'-' * 40}|{'-' * 7}|{'-' * 10}|{'-' * 10}|{'-' * 10}|{'-' * 6}|")
    for line in results:
        print(line)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # PySide6 6.12.0 on Python 3.11 drops a reference to True on every Python-side emit();
    # after a few thousand emits the interpreter aborts while shutting down. Skip that.
    os._exit(code)
