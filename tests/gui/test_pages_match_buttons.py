"""Every home button opens a page of the same name, and Back is in the same place on each."""

from __future__ import annotations

from typing import Any

import pytest
from gui_support import wait_for_screen
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from saferplan.gui.consent import ConsentScreen
from saferplan.gui.home import HomeScreen
from saferplan.gui.settings import SettingsScreen
from saferplan.gui.widgets import PAGE_BACK, PAGE_TITLE
from saferplan.i18n import set_language


def _title_and_back(screen: QWidget) -> tuple[QLabel, QPushButton]:
    title = screen.findChild(QLabel, PAGE_TITLE)
    back = screen.findChild(QPushButton, PAGE_BACK)
    assert title is not None and back is not None, type(screen).__name__
    return title, back


_places: list[tuple[int, int]] = []


def _assert_back_at_the_top_end(window: Any, screen: QWidget, back: QPushButton) -> None:
    """Top of the page, at the far end of the reading direction (right, or left in Arabic).

    Every page of one test puts it at the same distance from the top and from that side.
    """
    QApplication.processEvents()
    assert back.isVisible()
    corner = back.mapTo(screen, QPoint(0, 0))
    if window.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        place = (corner.x(), corner.y())
    else:
        place = (screen.width() - corner.x() - back.width(), corner.y())
    assert place[0] < 40 and place[1] < 40
    _places.append(place)
    assert max(p[0] for p in _places) - min(p[0] for p in _places) <= 2, _places
    assert max(p[1] for p in _places) - min(p[1] for p in _places) <= 2, _places


@pytest.fixture(autouse=True)
def _new_places() -> None:
    _places.clear()


@pytest.fixture(params=["en", "vi", "ar"])
def home(request: pytest.FixtureRequest, qtbot: Any, make_window: Any) -> Any:
    """A window on the sample plan's home screen, in the language of the test."""
    window = make_window()
    set_language(request.param)
    window.start_demo()
    yield window, wait_for_screen(qtbot, window, HomeScreen)
    set_language("en")


def test_each_home_button_opens_a_page_of_that_name(qtbot: Any, home: Any) -> None:
    window, screen = home
    for part in list(screen.part_tiles):
        tile = screen.part_tiles[part]
        words = tile.title.text().replace("&", "")
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        page = window.current_screen()
        assert not isinstance(page, HomeScreen), part
        title, back = _title_and_back(page)
        assert title.text() == words, part
        _assert_back_at_the_top_end(window, page, back)
        qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
        screen = wait_for_screen(qtbot, window, HomeScreen)


def test_settings_has_its_name_and_back_in_the_same_place(qtbot: Any, home: Any) -> None:
    window, screen = home
    words = screen._settings.text().replace("&", "")
    qtbot.mouseClick(screen._settings, Qt.MouseButton.LeftButton)
    settings = wait_for_screen(qtbot, window, SettingsScreen)
    title, back = _title_and_back(settings)
    assert title.text() == words
    _assert_back_at_the_top_end(window, settings, back)
    # Settings and home name the "Before you start" page the same way, starting with its title.
    consent_words = settings._consent.text()
    assert consent_words == screen_button_text(window, "_consent")
    qtbot.mouseClick(settings._consent, Qt.MouseButton.LeftButton)
    consent = wait_for_screen(qtbot, window, ConsentScreen)
    title, back = _title_and_back(consent)
    assert consent_words.startswith(title.text())
    _assert_back_at_the_top_end(window, consent, back)


def screen_button_text(window: Any, name: str) -> str:
    """The words of a home-screen button (home is kept while side pages are shown)."""
    return str(getattr(window.home, name).text())


def _tab_order(start: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``start``, once round."""
    order = [start]
    widget = start.nextInFocusChain()
    while widget is not start and len(order) < 500:
        order.append(widget)
        widget = widget.nextInFocusChain()
    return order


@pytest.mark.parametrize("language", ["en", "ar"])
def test_create_and_unlock_put_back_at_the_top_end_after_the_form(
        qtbot: Any, make_window: Any, tmp_path: Any, language: str) -> None:
    from saferplan.gui.unlock import CreateScreen, UnlockScreen

    window = make_window()
    set_language(language)
    try:
        window.show_consent(then_create=True)
        consent = wait_for_screen(qtbot, window, ConsentScreen)
        _assert_back_at_the_top_end(window, consent, _title_and_back(consent)[1])
        window.show_create()
        create = wait_for_screen(qtbot, window, CreateScreen)
        _title, back = _title_and_back(create)
        _assert_back_at_the_top_end(window, create, back)
        # The cursor starts in the passphrase; Tab reaches "Create my plan" before Back.
        assert create.focusWidget() is create.form.first
        order = _tab_order(create.form.first)
        assert order.index(create.form.second) < order.index(create._create) \
            < order.index(back)
        qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
        window.show_unlock(tmp_path / "plan.saferplan")
        unlock = wait_for_screen(qtbot, window, UnlockScreen)
        _title, back = _title_and_back(unlock)
        _assert_back_at_the_top_end(window, unlock, back)
        assert unlock.focusWidget() is unlock.field
        assert not unlock.message.isVisible()    # no empty line between the title and field
        order = _tab_order(unlock.field)
        assert order.index(unlock._open) < order.index(back)
    finally:
        set_language("en")
