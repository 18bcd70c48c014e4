"""What SaferPlan copies is marked sensitive for clipboard managers and Windows' history."""

from __future__ import annotations

import struct
from typing import Any

from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QLineEdit

from saferplan.gui.quick_exit import ClipboardGuard
from saferplan.gui.sensitive_clipboard import WINDOWS_MARKERS, mark_sensitive


def test_a_copy_from_a_field_carries_the_markers_and_stays_the_same(qtbot: Any) -> None:
    guard = ClipboardGuard(delay_ms=10_000)
    field = QLineEdit("Lan +1 416 555 0101")
    qtbot.addWidget(field)
    field.selectAll()
    field.copy()
    clipboard = QApplication.clipboard()
    data = clipboard.mimeData(QClipboard.Mode.Clipboard)
    assert data is not None
    assert bytes(data.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert clipboard.text() == "Lan +1 416 555 0101"
    assert guard.timer.isActive()          # still cleared after a while
    guard.clear_now()
    assert clipboard.text() == ""


def test_windows_gets_its_three_formats(qtbot: Any) -> None:
    clipboard = QApplication.clipboard()
    clipboard.setText("words")
    assert mark_sensitive(clipboard, platform="win32")
    data = clipboard.mimeData(QClipboard.Mode.Clipboard)
    assert data is not None and len(WINDOWS_MARKERS) == 3
    for name in WINDOWS_MARKERS:
        assert bytes(data.data(name).data()) == struct.pack("<I", 0), name
    assert clipboard.text() == "words"
    clipboard.clear()


def test_marking_twice_changes_nothing(qtbot: Any) -> None:
    clipboard = QApplication.clipboard()
    clipboard.setText("words")
    mark_sensitive(clipboard)
    assert not mark_sensitive(clipboard)
    clipboard.clear()
    assert not mark_sensitive(clipboard)

