"""A focus ring you can see (WCAG 2.4.7, 1.4.11): ≥ 2 px in the focus colour on every control.

Each kind of focusable control the app uses is drawn with the real theme, focused and not;
the two pixels at the middle of its left edge must be the focus colour only when focused.
The default button must not look focused when it is not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from saferplan.gui import theme


def _primary() -> QPushButton:
    return theme.set_role(QPushButton("Next"), "primary")  # type: ignore[return-value]


def _quiet() -> QPushButton:
    return theme.set_role(QPushButton("Skip for now"), "quiet")  # type: ignore[return-value]


def _list() -> QListWidget:
    widget = QListWidget()
    widget.addItems(["One", "Two"])
    return widget


def _tool() -> QToolButton:
    button = QToolButton()
    button.setText("Show")
    return button


CONTROLS: dict[str, Callable[[], QWidget]] = {
    "push button": lambda: QPushButton("Open"), "primary button": _primary,
    "quiet button": _quiet, "check box": lambda: QCheckBox("No date"),
    "radio button": lambda: QRadioButton("Yes"), "line edit": QLineEdit,
    "text box": QPlainTextEdit, "combo box": QComboBox, "spin box": QSpinBox,
    "date": QDateEdit, "list": _list, "tool button": _tool,
}


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QColor]:
    """The app in the light or dark theme; yields the focus colour."""
    theme.install(qapp, "en")
    theme.use_dark(qapp, request.param)
    yield theme.role("focus")
    theme.use_dark(qapp, False)


def _edge(widget: QWidget) -> list[QColor]:
    window = widget.window()   # through the window, so see-through parts show what is behind
    image = window.grab(widget.geometry()).toImage()
    y = image.height() // 2
    return [image.pixelColor(x, y) for x in (0, 1)]


def _near(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()),
               abs(a.blue() - b.blue())) <= 24


def _window(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    return window


@pytest.mark.parametrize("kind", sorted(CONTROLS))
def test_every_control_shows_a_two_pixel_focus_ring_only_when_focused(
        qtbot: QtBot, themed: QColor, kind: str) -> None:
    control, other = CONTROLS[kind](), QLineEdit()
    window = _window(qtbot, control, other)  # noqa: F841  (kept alive for the test)
    other.setFocus()
    qtbot.waitUntil(lambda: other.hasFocus())
    assert not all(_near(pixel, themed) for pixel in _edge(control)), "looks focused"
    control.setFocus()
    qtbot.waitUntil(lambda: control.hasFocus())
    assert all(_near(pixel, themed) for pixel in _edge(control)), "no 2 px ring"


def test_the_default_button_does_not_look_focused(qtbot: QtBot, themed: QColor) -> None:
    default, field = QPushButton("Open"), QLineEdit()
    default.setDefault(True)
    window = _window(qtbot, field, default)  # noqa: F841  (kept alive for the test)
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus())
    assert not any(_near(pixel, themed) for pixel in _edge(default))
