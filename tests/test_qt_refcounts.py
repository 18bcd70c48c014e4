"""Guard against the PySide6 6.12.0 bug that drops a reference to None/True on every call.

On Python 3.11 that bug aborts the whole app after a few thousand calls, so the version is
excluded in pyproject.toml; this test fails if a broken build comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPainter


class _Emitter(QObject):
    ping = Signal()


def test_qt_calls_keep_references_to_none_and_true(qapp: object) -> None:
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        painter.save()
        painter.restore()
        emitter.ping.emit()
    painter.end()
    assert sys.getrefcount(None) - none_before > -50
    assert sys.getrefcount(True) - true_before > -50
