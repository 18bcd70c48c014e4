"""Record screen with a large photo: how long the GUI thread is busy showing it.

Run from the checkout:  python benchmarks/record_pictures.py [--runs 5]
The photo is kept encrypted in a plan file (as after a save), so showing it means decrypting
it and decoding it. Measures (offscreen Qt, median of the runs), for a 12 MP photo of about
5 MB and a 48 MP photo of about 19 MB (JPEG):
- open: the record screen built, shown and its first events handled, on that entry;
- longest stall: the longest single pass of the GUI thread's event loop from opening until
  the thumbnail is shown (what the person feels: typing, the quick exit wait this long);
- thumbnail shown: wall-clock time from opening until the thumbnail is there;
- the same for the larger view (opening it, its longest stall, until the picture is there);
- and, for comparison, opening the screen on an entry without a file.
Target (issue #18): nothing on the GUI thread over 50 ms.
"""

from __future__ import annotations

import datetime
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from scaling import photo_bytes, screen_benchmark  # noqa: E402

from saferplan.gui.record import RecordWidget  # noqa: E402
from saferplan.gui.record.attachments import FAILED, SHOWN, AttachmentRow  # noqa: E402
from saferplan.gui.session import Session  # noqa: E402
from saferplan.model import LogEntry, PlanDocument  # noqa: E402
from saferplan.model.record import add_attachment  # noqa: E402
from saferplan.storage import TEST_KDF, PlanFile  # noqa: E402

PASS = "a calm long passphrase for the benchmark"
# (label, width, height): noise drawn at a quarter of the size, then smoothed, as JPEG 88.
PHOTOS = (("12 MP", 4000, 3000), ("48 MP", 8000, 6000))


def plan_with_photo(folder: Path, data: bytes) -> Path:
    """A plan file whose one record entry keeps this photo."""
    doc = PlanDocument()
    photo = add_attachment(doc, "photo.jpg", "image/jpeg", data, datetime.date(2026, 11, 2))
    doc.log.append(LogEntry(when="2026-11-02", what="The door", id="e1",
                            attachments=[photo.id]))
    path = folder / "plan.dat"
    PlanFile.create(path, PASS, doc, TEST_KDF).close()
    return path


def wait_for(done: Callable[[], bool], app: QApplication) -> tuple[float, float]:
    """Handle events until ``done()``; return (longest single pass ms, seconds it took)."""
    start = time.perf_counter()
    longest = 0.0
    while not done():
        before = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - before)
        if time.perf_counter() - start > 60:
            raise TimeoutError("the picture was never shown")
        time.sleep(0.0005)
    return longest * 1000, time.perf_counter() - start


def thumbnail_done(widget: RecordWidget) -> bool:
    """True once the entry's file row shows its thumbnail (or says it cannot)."""
    rows = widget.editor.rows()
    return bool(rows) and picture_settled(rows[0])


def picture_settled(row: AttachmentRow) -> bool:
    """True once the row shows its thumbnail (or the kind of file, if it cannot)."""
    return row.picture_state in (SHOWN, FAILED)


def view_done(row: AttachmentRow) -> bool:
    """True once the larger view shows the picture (or says it cannot)."""
    return row.view is not None and row.view.picture_state in (SHOWN, FAILED)


def open_screen(session: Session, app: QApplication) -> tuple[RecordWidget, float]:
    """Build and show the record screen; return it and the milliseconds it took."""
    start = time.perf_counter()
    widget = RecordWidget(session)
    widget.resize(1024, 600)
    widget.show()
    app.processEvents()
    return widget, (time.perf_counter() - start) * 1000


def measure_without_photo(app: QApplication) -> float:
    """The same screen on an entry without a file: what opening costs anyway (ms)."""
    doc = PlanDocument()
    doc.log.append(LogEntry(when="2026-11-02", what="The door", id="e1"))
    widget, opened = open_screen(Session(doc, guest=True), app)
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return opened


def measure_once(plan: PlanFile, doc: PlanDocument, app: QApplication) -> list[float]:
    """[open ms, longest stall ms, thumbnail ms, view open ms, view stall ms, view shown ms]."""
    session = Session(doc, saver=partial(plan.save, release_files=True))
    widget, opened = open_screen(session, app)
    stall, shown = wait_for(lambda: thumbnail_done(widget), app)
    row = widget.editor.rows()[0]
    start = time.perf_counter()
    row.open_view()
    app.processEvents()
    view_opened = (time.perf_counter() - start) * 1000
    view_stall, view_shown = wait_for(lambda: view_done(row), app)
    if row.view is not None:
        row.view.close()
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return [opened, max(opened, stall), (opened / 1000 + shown) * 1000,
            view_opened, max(view_opened, view_stall), (view_opened / 1000 + view_shown) * 1000]


def main() -> None:
    """Print the table."""
    runs, app = screen_benchmark(5)
    print("record screen with one photo kept in the plan file (ms, median of "
          f"{runs}; GUI thread target: no stall over 50 ms)")
    print(f"{'photo':>14}  {'open':>6}  {'stall':>6}  {'thumb':>6}  "
          f"{'view':>6}  {'stall':>6}  {'shown':>6}")
    bare = statistics.median(measure_without_photo(app) for _ in range(runs))
    print(f"{'no file':>14}  {bare:>6.0f}")
    for label, width, height in PHOTOS:
        data = photo_bytes(width, height)
        with tempfile.TemporaryDirectory() as folder:
            plan, doc = PlanFile.unlock(plan_with_photo(Path(folder), data), PASS)
            figures = [measure_once(plan, doc, app) for _ in range(runs)]
            plan.close()
        medians = [statistics.median(run[i] for run in figures) for i in range(6)]
        name = f"{label} {len(data) / 2**20:.1f} MiB"
        print(f"{name:>14}  " + "  ".join(f"{value:>6.0f}" for value in medians))
    print("open/view: building and showing (blocking); stall: longest event-loop pass until "
          "the picture is there; thumb/shown: until it is there (wall clock)")


if __name__ == "__main__":
    main()
