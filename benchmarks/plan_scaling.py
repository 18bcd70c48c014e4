"""Plan PDF scaling: time by number of people (10…1,000) and by answer length; card refusal.

Run:  QT_QPA_PLATFORM=offscreen python benchmarks/plan_scaling.py [--runs 3]
Targets: linear (growth exponent ≤ 1.2 between the largest sizes); 1,000 people ≤ 1 s;
a card with 100,000 people refused ("not enough room") in ≤ 0.1 s.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "export"), str(ROOT / "benchmarks")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PEOPLE = (10, 30, 100, 300, 1000)
CARD_PEOPLE = (1_000, 10_000, 100_000)
ANSWER_CHARS = (1_000, 10_000, 100_000)


def _doc_with_people(count: int):  # type: ignore[no-untyped-def]
    from export_support import make_doc

    from saferplan.forms import load_all_forms
    from saferplan.model import Answer, Person

    forms = load_all_forms()
    doc = make_doc("en", forms)
    doc.people = [Person(f"q{i}", f"Person number {i}", f"+1 416 555 {i:04d}",
                         ["emergency_contact", "bond_person"], memorize=i % 3 == 0)
                  for i in range(count)]
    doc.plans[0].answers["r_bond_person"] = Answer("answered", [p.id for p in doc.people])
    return doc, forms


def _doc_with_answer(chars: int):  # type: ignore[no-untyped-def]
    from saferplan.model import Answer

    doc, forms = _doc_with_people(5)
    words = "I will call my friend and we will meet at the library near the station. "
    text = (words * (chars // len(words) + 1))[:chars]
    paragraphs = "\n".join(text[i:i + 600] for i in range(0, len(text), 600))
    doc.plans[0].answers["r_wishes"] = Answer("answered", paragraphs)
    return doc, forms


def main() -> None:
    """Print the two scaling tables."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication
    from scaling import median_time, print_table

    from saferplan.export import ExportOptions, render_plan_pdf

    _app = QGuiApplication([])
    def timed(made):  # type: ignore[no-untyped-def]
        doc, forms = made
        return median_time(lambda: render_plan_pdf(doc, forms, ExportOptions("en")), args.runs)

    times = [timed(_doc_with_people(count)) for count in PEOPLE]
    print_table("plan PDF by people (median s)", "seconds", PEOPLE, times,
                "≤ 1.2; 1,000 people ≤ 1 s")
    times = [timed(_doc_with_answer(chars)) for chars in ANSWER_CHARS]
    print_table("plan PDF by answer length (characters, median s)", "seconds", ANSWER_CHARS,
                times, "≤ 1.2")
    times = [median_time(_card_refusal(count), args.runs) for count in CARD_PEOPLE]
    print_table("card refused for too many people (people, median s)", "seconds", CARD_PEOPLE,
                times, "100,000 people ≤ 0.1 s")
    waits = [max(_longest_wait(_doc_with_people(count)) for _ in range(args.runs))
             for count in PEOPLE]
    print_table("longest wait of another thread while the plan preview is drawn (people, ms, "
                "worst of the runs)", "ms", PEOPLE, waits, "the quick exit acts ≤ 100 ms")


def _longest_wait(made) -> float:  # type: ignore[no-untyped-def]
    """The longest time, in ms, that a thread ticking every millisecond waited while this
    thread drew the plan preview: Qt calls that keep Python's lock hold up the GUI thread
    this long when a worker draws a preview or PDF."""
    import threading
    import time

    from saferplan.export import ExportOptions
    from saferplan.export.render import render_plan_preview

    doc, forms = made
    done, gaps = threading.Event(), [0.0]

    def tick() -> None:
        last = time.perf_counter()
        while not done.is_set():
            time.sleep(0.001)
            now = time.perf_counter()
            gaps[0] = max(gaps[0], now - last)
            last = now

    ticker = threading.Thread(target=tick)
    ticker.start()
    render_plan_preview(doc, forms, ExportOptions("en"), dpi=60)
    done.set()
    ticker.join()
    return gaps[0] * 1000


def _card_refusal(count: int):  # type: ignore[no-untyped-def]
    from saferplan.export import CardOverflowError, ExportOptions, render_card_pdf

    doc, _forms = _doc_with_people(count)

    def refuse() -> None:
        try:
            render_card_pdf(doc, ExportOptions("en"))
        except CardOverflowError:
            return
        raise AssertionError("the card was not refused")

    return refuse


if __name__ == "__main__":
    main()
