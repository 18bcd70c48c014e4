"""A wrapping list measures each text once at its width and font: a keystroke in a list of
1,000 people measures the one text that changed (it measured every item: 40 ms a key)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListWidgetItem

from saferplan.gui.walk.common import WrappingList


class _CountingMetrics:
    """Font metrics that count the texts measured."""

    def __init__(self, metrics: QFontMetrics, measured: list[str]) -> None:
        self._metrics, self._measured = metrics, measured

    def height(self) -> int:
        return self._metrics.height()

    def lineSpacing(self) -> int:
        return self._metrics.lineSpacing()

    def boundingRect(self, rect: QRect, flags: int, text: str) -> QRect:
        self._measured.append(text)
        return self._metrics.boundingRect(rect, flags, text)


@pytest.fixture
def measured(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    real = WrappingList.fontMetrics
    monkeypatch.setattr(WrappingList, "fontMetrics",
                        lambda self: _CountingMetrics(real(self), texts))
    return texts


def _list(qtbot: Any, count: int) -> WrappingList:
    widget = WrappingList()
    qtbot.addWidget(widget)
    widget.resize(300, 400)
    for n in range(count):
        QListWidgetItem(f"Person {n} " + "with a long note " * (n % 4), widget)
    widget.show()
    widget.fit_items()
    return widget


def test_an_edit_measures_only_the_text_that_changed(qtbot: Any, measured: list[str]) -> None:
    widget = _list(qtbot, 300)
    measured.clear()
    widget.item(7).setText("Person 7, now with another name")
    widget.fit_items()
    assert measured == ["Person 7, now with another name"]


def test_heights_follow_the_text_the_width_and_the_font(qtbot: Any,
                                                        measured: list[str]) -> None:
    widget = _list(qtbot, 40)
    short, long = widget.item(0).sizeHint(), widget.item(3).sizeHint()
    assert long.height() > short.height()  # a long text takes more lines
    measured.clear()
    widget.resize(200, 400)
    widget.fit_items()
    assert len(measured) >= 40  # a new width: everything again
    assert widget.item(3).sizeHint().height() >= long.height()
    measured.clear()
    bigger = QFont(widget.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 2)
    widget.setFont(bigger)
    widget.fit_items()
    assert len(measured) == 40 and widget.item(0).sizeHint().height() > short.height()
    assert widget.item(0).sizeHint().width() == widget.item(1).sizeHint().width()


def test_a_long_list_is_measured_once_when_it_shows(qtbot: Any, measured: list[str]) -> None:
    """Hidden, a list has no width yet; shown, its scroll bar comes: neither measures again
    (1,000 people were measured twice before the screen showed)."""
    widget = WrappingList()
    qtbot.addWidget(widget)
    widget.resize(300, 400)
    for n in range(300):
        QListWidgetItem(f"Person {n} " + "with a long note " * (n % 4), widget)
    widget.fit_items()
    assert measured == []
    with qtbot.waitExposed(widget):
        widget.show()
    qtbot.waitUntil(widget.verticalScrollBar().isVisible)
    widget.fit_items()
    assert len(measured) == 300
