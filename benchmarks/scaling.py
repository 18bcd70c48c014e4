"""Shared helpers for the scaling benchmarks: medians, growth exponents, a printed table, and
the start of a screen benchmark."""

from __future__ import annotations

import argparse
import math
import statistics
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def screen_benchmark(default_runs: int) -> tuple[int, QApplication]:
    """The ``--runs`` given on the command line and the application a screen benchmark runs
    in (Qt is loaded only by benchmarks that need it)."""
    from PySide6.QtWidgets import QApplication

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=default_runs)
    runs = parser.parse_args().runs
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    return runs, app


def median_time(job: Callable[[], object], runs: int = 5,
                clock: Callable[[], float] = time.perf_counter) -> float:
    """Return the median time of ``runs`` calls of ``job`` (seconds), after one warm-up: wall
    time, or with ``clock=time.process_time`` the CPU time (no waiting on the disk)."""
    job()
    times = []
    for _ in range(runs):
        start = clock()
        job()
        times.append(clock() - start)
    return statistics.median(times)


def slope(sizes: Sequence[float], values: Sequence[float]) -> float:
    """Return the least-squares slope of log(value) against log(size): the growth exponent.

    1.0 is linear, 2.0 quadratic; below 1 the fixed cost still dominates.
    """
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(v, 1e-9)) for v in values]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    num = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    den = sum((x - mean_x) ** 2 for x in xs)
    return num / den


def print_table(title: str, unit: str, sizes: Sequence[float], values: Sequence[float],
                target: str = "") -> None:
    """Print one scaling table: size, value, and the growth exponent over the last sizes.

    The exponent is fitted on the two largest sizes (where fixed costs no longer hide growth)
    and on all sizes.
    """
    print(f"\n{title}")
    print(f"{'size':>10}  {unit:>12}")
    for size, value in zip(sizes, values, strict=True):
        print(f"{size:>10,.0f}  {value:>12.4f}")
    tail = slope(sizes[-2:], values[-2:]) if len(sizes) >= 2 else float("nan")
    print(f"growth exponent (log-log slope): all {slope(sizes, values):.2f}, "
          f"largest two {tail:.2f}{'  target ' + target if target else ''}")


def photo_bytes(width: int, height: int, seed: int = 7) -> bytes:
    """A JPEG photo of this size whose detail compresses about as well as a real one: noise
    drawn at a quarter of the size, then smoothed, saved at quality 88."""
    import random

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage

    small_w, small_h = width // 4, height // 4
    noise = random.Random(seed).randbytes(small_w * small_h * 4)
    image = QImage(noise, small_w, small_h, QImage.Format.Format_RGB32).scaled(
        width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 88)
    return bytes(data.data())
