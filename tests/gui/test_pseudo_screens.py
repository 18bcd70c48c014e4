"""With pseudo-localisation on, every word on the main screens comes through a translation.

A label or button whose text lacks the pseudo markers was never passed to tr()/translate():
it would stay English in every language.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from gui_support import wait_for_screen
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QWidget
from test_shell_flows import create_plan

from saferplan.forms.directory import load_directory
from saferplan.gui.home import PARTS
from saferplan.gui.unlock import CreateScreen
from saferplan.i18n import LANGUAGES, set_language, use_pseudo
from saferplan.model import Plan

MARK = "[!!"


def _data_words() -> set[str]:
    """Text that is data, not interface: language names and the directory's facts."""
    words = {lang.native_name for lang in LANGUAGES}
    for org in load_directory().organisations:
        words.update({org.name, org.website, *org.phones})
    return words


def untranslated_texts(screen: QWidget, data: set[str]) -> list[str]:
    """Visible texts on the screen that did not pass through a translator."""
    texts: list[str] = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
    return [t for t in texts
            if sum(c.isalpha() for c in t) >= 2 and MARK not in t
            and not any(word and word in t for word in data)]


@pytest.fixture
def pseudo() -> Iterator[None]:
    """Pseudo-localisation on for one test, and surely off again afterwards."""
    use_pseudo(True)
    yield
    use_pseudo(False)
    set_language("en")


def test_main_screens_have_no_untranslated_text(qtbot: Any, pseudo: None,
                                                make_window: Any) -> None:
    data = _data_words()
    window = make_window()
    problems: dict[str, list[str]] = {}

    def check(name: str) -> None:
        screen = window.current_screen()
        assert screen is not None
        found = untranslated_texts(screen, data)
        if found:
            problems[name] = found

    check("start")
    window.current_screen()._new.click()
    check("consent")
    window.current_screen()._continue.click()
    wait_for_screen(qtbot, window, CreateScreen)
    check("create")
    window.show_start()
    create_plan(qtbot, window)
    window.session.doc.plans.append(Plan("r1", "release_plan", "x"))
    window.show_home()
    check("home")
    for part, _label in PARTS:
        window.open_part(part)
        check(part)
        window.show_home()
    window.open_plan("r1")
    check("walk")
    window.show_settings()
    check("settings")
    assert not problems, problems


def test_the_check_sees_a_plain_english_label(qtbot: Any) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    QLabel("Plain English words", screen)
    QLabel("[!! Pŕéssé ~~ !!]", screen)
    assert untranslated_texts(screen, set()) == ["Plain English words"]
