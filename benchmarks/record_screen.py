"""Private record screen at scale: opening it and one keystroke, by number of entries.

Run from the checkout:  python benchmarks/record_screen.py [--runs 15]
Measures on the GUI thread (offscreen Qt), median:
- open: building the screen, showing it and the events that follow, until the list is usable;
- ready: until the list's last row has its place (rows of one height: placed at once) and the
  search is made ready (entries folded 4,000 at a time between events);
- keystroke in an entry: one character typed into the selected entry's text (list text updated),
  once ready, and just after opening (the events then also run the steps of the search that
  are due: each is an event of its own, see the longest stall);
- keystroke in the search field: one character typed, list filtered (median, and the longest)
  while typing "shouted" (every entry holds it) then "entry 12" (fewer entries each time);
- longest stall: the longest the GUI thread went without coming back to the event loop (a
  timer beats as often as it can; the longest gap between two beats), in wall and CPU time:
  while the screen is built and drawn, then after it (until the search is made ready, typing
  in an entry and in the search); and while adding three entries, then removing three.
The plan's objects are left out of the cycle collector while it is open, as the app does
(gui/window.py, gc.freeze). The session's record search has had its first look at the record
(each entry's revision and date, the newest-first order) before the screen opens, as the app
does in the thread that unlocks the plan (gui/unlock.py); that look is timed on its own, in a
worker thread, with the longest stall of the GUI thread meanwhile (Python's lock), and the
screen is also opened without it (a plan the app did not unlock itself: the newer backup).
The screen is also opened in the app's window, from home, three times (the window's style
sheet, its stack of screens): the longest stall of the GUI thread.
Targets: open ≤ 0.2 s and keystroke ≤ 16 ms at 10,000 entries; growth exponent ≤ 1.2;
at 100,000 entries a search keystroke and the longest stall ≤ 50 ms (issue #18).
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from scaling import print_table, screen_benchmark  # noqa: E402

from saferplan.gui import dialogs  # noqa: E402
from saferplan.gui.record import RecordWidget  # noqa: E402
from saferplan.gui.session import Session  # noqa: E402
from saferplan.model import LogEntry, PlanDocument  # noqa: E402
from saferplan.model.record_search import RecordSearch  # noqa: E402

SIZES = (1_000, 3_000, 10_000, 100_000)


def record(count: int) -> PlanDocument:
    """A plan whose record has ``count`` entries of a few lines each."""
    doc = PlanDocument()
    doc.log = [LogEntry(f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", f"Street {n % 50}",
                        f"Entry {n}: he came to the shop and shouted. " * (1 + n % 4))
               for n in range(count)]
    return doc


def looked_at(doc: PlanDocument) -> Session:
    """A session of ``doc`` whose record search had its first look, as after an unlock."""
    search = RecordSearch()
    search.look(doc)
    return Session(doc, guest=True, record_search=search)


def first_look(count: int, app: QApplication) -> tuple[float, float, float]:
    """The record search's first look in a worker thread, as an unlock makes it: its wall and
    CPU time (ms), and the longest stall of the GUI thread meanwhile (ms, wall)."""
    from saferplan.gui.workers import wait_in_background

    doc = record(count)
    app.processEvents()  # nothing left from the screens measured before
    heart = Heartbeat()

    def look() -> tuple[float, float]:
        start = (time.perf_counter(), time.thread_time())
        RecordSearch().look(doc)
        return ((time.perf_counter() - start[0]) * 1000, (time.thread_time() - start[1]) * 1000)

    wall, cpu = wait_in_background(look)
    heart.beat()
    heart.timer.stop()
    app.processEvents()
    return wall, cpu, heart.longest[0]


def in_window(count: int, app: QApplication) -> tuple[float, float]:
    """Open the record screen from home in the app's window, three times, in a session whose
    record search had its first look; return the longest stall (ms: wall, CPU)."""
    from saferplan.gui.settings import Settings
    from saferplan.gui.window import MainWindow
    from saferplan.storage.paths import app_dirs

    with tempfile.TemporaryDirectory(prefix="saferplan-bench-") as folder:
        window = MainWindow(app_dirs(Path(folder) / "portable"), Settings(language="en"))
        window.resize(1000, 700)
        window.show()
        window.start_guest()
        session = window.session
        assert session is not None
        session.doc.log = record(count).log
        session.record_search.look(session.doc)  # as the unlock worker does
        gc.freeze()  # as the window does when a plan opens (the guest started before)
        window.show_home()
        longest = (0.0, 0.0)
        for _ in range(3):
            app.processEvents()
            heart = Heartbeat()
            window.open_part("record")  # in the app, a click's own event
            heart.beat()
            for _ in range(3):
                app.processEvents()
            heart.beat()
            heart.timer.stop()
            longest = (max(longest[0], heart.longest[0]), max(longest[1], heart.longest[1]))
            window.show_home()
        window._release_session()
        window._quitting = True
        window.close()
        window.deleteLater()
        app.processEvents()
    return longest


def key(widget: QWidget, app: QApplication, char: str) -> float:
    """Type one character into ``widget``; return the milliseconds until the events are done."""
    start = time.perf_counter()
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                             Qt.KeyboardModifier.NoModifier, char))
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def laid_out(widget: RecordWidget, app: QApplication) -> float:
    """Process events until the list has every row, its last row has its place and the search
    is made ready; return the seconds it took."""
    start = time.perf_counter()
    view = widget.entry_list
    entries = len(widget.session.doc.log)  # the rows after the first 300 come in an event

    def placed() -> bool:
        last = view.model().index(entries - 1, 0)
        return view.count() == entries and view.visualRect(last).height() > 0

    while not placed() or not widget.finder.ready:
        app.processEvents()
    return time.perf_counter() - start


class Heartbeat:
    """A timer that beats whenever the event loop runs; ``longest`` is the longest gap (ms):
    wall time, and the CPU time of the GUI thread in it (on a shared machine, the wall time
    also counts the other programs running)."""

    def __init__(self) -> None:
        self.last = (time.perf_counter(), time.thread_time())
        self.longest = (0.0, 0.0)
        self.timer = QTimer(interval=0)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        """Note the gap since the last beat."""
        now = (time.perf_counter(), time.thread_time())
        self.longest = (max(self.longest[0], (now[0] - self.last[0]) * 1000),
                        max(self.longest[1], (now[1] - self.last[1]) * 1000))
        self.last = now


def longest_stall(count: int, app: QApplication,
                  ahead: bool = True) -> tuple[float, float, float, float]:
    """Open the screen (the search's first look made ``ahead``, as after an unlock, or not),
    wait until the list is laid out and the search ready, type in an entry and in the search
    field; return the longest stall of the GUI thread (ms: wall, CPU) while the screen opens,
    then after it is drawn."""
    doc = record(count)
    session = looked_at(doc) if ahead else Session(doc, guest=True)
    gc.freeze()  # as the app does while a plan is open
    heart = Heartbeat()
    widget = RecordWidget(session)
    widget.resize(1000, 700)
    widget.show()
    app.processEvents()
    opening, heart.longest = heart.longest, (0.0, 0.0)
    laid_out(widget, app)
    widget.editor.what.setFocus()
    for char in "note":
        key(widget.editor.what, app, char)
        app.processEvents()
    widget.search.setFocus()
    for char in "shouted":
        key(widget.search, app, char)
        app.processEvents()
    heart.timer.stop()
    widget.close()
    gc.unfreeze()
    return (*opening, *heart.longest)


def adding_and_removing(count: int, app: QApplication) -> tuple[float, float]:
    """On the screen opened and ready, add three entries, then remove three (each confirmed,
    the selection a little way down the list); return the longest stall of the GUI thread
    (CPU ms) while adding, then while removing, the events that follow included."""
    widget = RecordWidget(looked_at(record(count)))
    gc.freeze()  # as the app does while a plan is open
    widget.resize(1000, 700)
    widget.show()
    laid_out(widget, app)
    longest = []
    for removing in (False, True):
        heart = Heartbeat()
        for _ in range(3):
            if removing:
                widget.list.setCurrentRow(50)
                app.processEvents()
                with dialogs.preanswer([True]):
                    widget.remove_current()
            else:
                widget.add_entry()
            app.processEvents()
        heart.timer.stop()
        longest.append(heart.longest[1])
    widget.close()
    gc.unfreeze()
    return longest[0], longest[1]


def measure(count: int, runs: int, app: QApplication) -> tuple[Any, ...]:
    """Return (open s, laid out s, keystroke ms, keystroke while laying out ms, search ms,
    longest stall ms (wall, CPU), longest search ms, the first look (wall, CPU, GUI stall ms),
    longest stall opening without the first look ahead (wall, CPU ms), longest stall opening
    it in the app's window (wall, CPU ms), longest stall adding / removing entries (CPU ms))."""
    opens = []
    for _ in range(3):
        session = looked_at(record(count))
        gc.freeze()  # as the app does while a plan is open
        start = time.perf_counter()
        widget = RecordWidget(session)
        widget.resize(1000, 700)
        widget.show()
        app.processEvents()
        opens.append(time.perf_counter() - start)
        widget.close()
        widget.deleteLater()
        app.processEvents()
        gc.unfreeze()
    widget = RecordWidget(looked_at(record(count)))
    gc.freeze()
    widget.resize(1000, 700)
    widget.show()
    app.processEvents()
    widget.editor.what.setFocus()
    early = [key(widget.editor.what, app, "a") for _ in range(runs)]
    layout = laid_out(widget, app)
    typing = [key(widget.editor.what, app, "a") for _ in range(runs)]
    widget.search.setFocus()
    # A word every entry holds, then one that finds fewer with each character.
    searching = [key(widget.search, app, ch) for ch in "shouted"[:max(1, min(runs, 7))]]
    widget.search.clear()
    app.processEvents()
    searching += [key(widget.search, app, ch) for ch in "entry 12"]
    widget.close()
    gc.unfreeze()
    return (statistics.median(opens), layout, statistics.median(typing),
            statistics.median(early), statistics.median(searching), longest_stall(count, app),
            max(searching), first_look(count, app), longest_stall(count, app, ahead=False)[:2],
            in_window(count, app), adding_and_removing(count, app))


def main() -> None:
    """Print the tables."""
    runs, app = screen_benchmark(15)
    results = [measure(count, runs, app) for count in SIZES]
    print_table("record screen: open (s, median of 3)", "seconds", SIZES,
                [r[0] for r in results], "≤ 1.2; 10,000 entries ≤ 0.2 s")
    print_table("record screen: list laid out and search ready after opening (s)", "seconds",
                SIZES, [r[1] for r in results])
    print_table("record screen: keystroke in an entry, search ready (ms, median)", "ms", SIZES,
                [r[2] for r in results], "10,000 entries ≤ 16 ms")
    print_table("record screen: keystroke in an entry just after opening (ms, median)", "ms",
                SIZES, [r[3] for r in results])
    print_table("record screen: keystroke in the search field (ms, median)", "ms", SIZES,
                [r[4] for r in results], "100,000 entries ≤ 50 ms")
    print_table("record screen: keystroke in the search field (ms, the longest)", "ms", SIZES,
                [r[6] for r in results], "100,000 entries ≤ 50 ms")
    for title, column in (("wall", 0), ("CPU", 1)):
        print_table(f"record search: first look, in a worker thread as at unlocking ({title}, ms)",
                    "ms", SIZES, [r[7][column] for r in results])
    print_table("record search: longest stall of the GUI thread during that first look (ms)",
                "ms", SIZES, [r[7][2] for r in results], "100,000 entries ≤ 50 ms")
    for title, column in (("wall", 0), ("CPU", 1)):
        print_table(f"record screen: longest stall opening it, no first look ahead ({title}, ms)",
                    "ms", SIZES, [r[8][column] for r in results])
    for title, column in (("wall", 0), ("CPU", 1)):
        print_table(f"record screen: longest stall opening it in the app's window ({title}, ms)",
                    "ms", SIZES, [r[9][column] for r in results], "100,000 entries ≤ 50 ms")
    for title, column in (("adding an entry", 0), ("removing an entry", 1)):
        print_table(f"record screen: longest stall of the GUI thread, {title} (CPU ms)", "ms",
                    SIZES, [r[10][column] for r in results], "100,000 entries ≤ 50 ms")
    for title, column in (("opening the screen, wall time", 0), ("opening the screen, CPU time", 1),
                          ("after it is drawn, wall time", 2), ("after it is drawn, CPU time", 3)):
        print_table(f"record screen: longest stall of the GUI thread, {title} (ms)", "ms",
                    SIZES, [r[5][column] for r in results], "100,000 entries ≤ 50 ms")


if __name__ == "__main__":
    main()
