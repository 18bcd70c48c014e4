"""The larger view of a kept text file: how long the GUI thread is busy showing it.

Run from the checkout:  python benchmarks/record_text.py [--runs 3]
For text files of 1, 5 and 20 MB (offscreen Qt, median of the runs):
- view up: the view built, shown and its first events handled;
- longest step: the longest single pass of the GUI thread's event loop until every word is in
  (what the person feels: typing and the quick exit wait this long);
- all in: wall-clock time until the whole text is in the view.
The file's bytes are in memory here (a file kept in a plan file is decrypted first, in the
same thread as the decoding). Target (issue #18): nothing on the GUI thread over 50 ms.
Before this view read its words in the picture thread, a part at a time, giving a 20 MB file
to the text box took 581 ms of the GUI thread at once (5 MB: 129 ms).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from scaling import screen_benchmark  # noqa: E402

from saferplan.gui.record.attachments import AttachmentView  # noqa: E402
from saferplan.gui.record.text_view import FAILED, SHOWN  # noqa: E402
from saferplan.model import Attachment  # noqa: E402

LINE = "Anh ấy đến cửa hàng và la hét. Tôi đã ghi lại mọi chuyện ở đây để nhớ. 12:30\n"
SIZES_MB = (1, 5, 20)


def measure(megabytes: int, app: QApplication) -> tuple[float, float, float]:
    """Milliseconds: view up, longest step, all in."""
    data = (LINE * (megabytes * 2**20 // len(LINE.encode()))).encode()
    attachment = Attachment("a1", "notes.txt", "text/plain", "2026-11-01", data)
    start = time.perf_counter()
    view = AttachmentView(attachment)
    view.resize(900, 600)
    view.show()
    app.processEvents()
    up = time.perf_counter() - start
    steps = [0.0]
    assert view.text is not None
    while view.text.state not in (SHOWN, FAILED):
        step = time.perf_counter()
        app.processEvents()
        steps.append(time.perf_counter() - step)
    whole = time.perf_counter() - start
    view.close()
    view.deleteLater()
    app.processEvents()
    return up * 1000, max(steps) * 1000, whole * 1000


def main() -> None:
    """Print the table."""
    runs, app = screen_benchmark(3)
    print(f"{'text file':>10}  {'view up ms':>10}  {'longest step ms':>15}  {'all in ms':>9}")
    for megabytes in SIZES_MB:
        figures = [measure(megabytes, app) for _ in range(runs)]
        up, step, whole = (statistics.median(column) for column in zip(*figures, strict=True))
        flag = "" if max(up, step) <= 50 else "  (over 50 ms)"
        print(f"{megabytes:>7} MB  {up:>10.0f}  {step:>15.0f}  {whole:>9.0f}{flag}")


if __name__ == "__main__":
    main()
