"""A returning person's start screen: the "Language: …" toggle shows all its words, folded or
open, in every script (it was cut off once opened: the open state drew it in bold)."""

from __future__ import annotations

from typing import Any

import pytest
from gui_support import PASSPHRASE
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QPushButton

from saferplan.gui import theme
from saferplan.gui.settings import Settings
from saferplan.gui.start import StartScreen
from saferplan.gui.widgets import ResponsiveGrid
from saferplan.model import PlanDocument
from saferplan.storage import TEST_KDF, PlanFile
from saferplan.storage.paths import new_plan_path


def ink_columns(image: QImage, ink: QColor) -> int:
    """How many pixels wide the drawing in colour ``ink`` is (first to last column with it),
    looking at the middle half of the height, where the words are (not the border)."""
    rows = range(image.height() // 4, image.height() * 3 // 4)

    def inked(x: int) -> bool:
        return any(_close(image.pixelColor(x, y), ink) for y in rows)

    columns = range(image.width())
    first = next((x for x in columns if inked(x)), None)
    if first is None:
        return 0
    last = next(x for x in reversed(columns) if inked(x))
    return last - first + 1


def _close(colour: QColor, ink: QColor) -> bool:
    return (abs(colour.red() - ink.red()) + abs(colour.green() - ink.green())
            + abs(colour.blue() - ink.blue())) < 90


def drawn_width(push: QPushButton, extra: int = 0) -> int:
    """The width of the button's words (and icon) as drawn, with ``extra`` pixels of room."""
    if extra:
        push.resize(push.width() + extra, push.height())
    return ink_columns(push.grab().toImage(), theme.role("link"))


@pytest.mark.parametrize("language", ["en", "km", "ar"])
def test_the_language_toggle_is_never_cut_off(qtbot: Any, make_window: Any, app_folders: Any,
                                              language: str) -> None:
    PlanFile.create(new_plan_path(app_folders), PASSPHRASE, PlanDocument(), TEST_KDF).close()
    window = make_window(settings=Settings(language=language))
    window.resize(1024, 600)
    start = window.current_screen()
    assert isinstance(start, StartScreen)
    toggle = start._language_toggle
    assert toggle.isVisible() and not start.language_buttons["en"].isVisible()  # folded
    folded = drawn_width(toggle)
    toggle.click()
    qtbot.waitUntil(lambda: start.language_buttons["en"].isVisible())
    QApplication.processEvents()
    assert toggle.isChecked() and toggle.size() == toggle.sizeHint()
    opened = drawn_width(toggle)
    assert opened > 0
    # Given more room, nothing more of it is drawn: all of it was there.
    assert drawn_width(toggle, extra=150) == opened
    assert abs(opened - folded) <= 2  # opening the list does not change how it is written


def test_the_chosen_language_is_never_cut_off_at_any_width(qtbot: Any,
                                                           make_window: Any) -> None:
    # The chosen language is drawn in bold; Vietnamese has the widest name, so just after
    # the list changed its number of columns its button was a few pixels too narrow.
    window = make_window(settings=Settings(language="vi"))
    start = window.current_screen()
    assert isinstance(start, StartScreen)
    chosen = start.language_buttons["vi"]
    assert chosen.isChecked()
    start._new.setFocus()  # the focus ring is about as dark as the words
    grid = chosen.parentWidget()
    assert isinstance(grid, ResponsiveGrid)
    tightest, columns = [], 0
    for width in range(560, 1000, 2):  # where each number of columns has the least room
        window.resize(width, 700)
        QApplication.processEvents()
        if grid.columns_for(grid.width()) != columns:
            columns = grid.columns_for(grid.width())
            tightest.append(width)
    assert len(tightest) > 1
    text, cut = QColor(theme.role("text")), []
    for width in (w + step for w in tightest for step in range(0, 24, 4)):
        window.resize(width, 700)
        QApplication.processEvents()
        drawn = ink_columns(chosen.grab().toImage(), text)
        chosen.resize(chosen.width() + 150, chosen.height())
        if ink_columns(chosen.grab().toImage(), text) != drawn:
            cut.append(width)
    assert not cut
