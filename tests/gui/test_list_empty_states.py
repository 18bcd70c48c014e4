"""People, documents and the private record: an empty list shows what it is for and one button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from saferplan.gui import dialogs
from saferplan.gui.list_screen import ListEditorScreen
from saferplan.gui.parts import make_part
from saferplan.gui.session import Session
from saferplan.model import PlanDocument

# part -> (the editor field that gets the cursor after adding, the words of its button)
PARTS = {"people": ("name", "Add someone"), "documents": ("what", "Add a document"),
         "record": ("where", "Add an entry")}


def open_part(qtbot: QtBot, part: str) -> tuple[ListEditorScreen, Session]:
    session = Session(PlanDocument(), guest=True)
    screen = make_part(part, session)
    assert isinstance(screen, ListEditorScreen)
    qtbot.addWidget(screen)
    screen.resize(1000, 600)
    with qtbot.waitExposed(screen):
        screen.show()
    return screen, session


def items(part: str, doc: PlanDocument) -> list[object]:
    return {"people": doc.people, "documents": doc.documents, "record": doc.log}[part]


@pytest.mark.parametrize("part", list(PARTS))
def test_an_empty_list_shows_what_it_is_for_and_the_button_that_fills_it(
        qtbot: QtBot, part: str) -> None:
    screen, session = open_part(qtbot, part)
    empty = screen.empty_state
    assert empty.isVisible()
    assert not screen.list.isVisible() and not screen.editor.isVisible()
    assert empty.title.text() and empty.text.text().endswith(".")
    assert empty.action.isVisible() and empty.action.text().replace("&", "") == PARTS[part][1]

    qtbot.mouseClick(empty.action, Qt.MouseButton.LeftButton)
    assert len(items(part, session.doc)) == 1
    assert not empty.isVisible()
    assert screen.list.isVisible() and screen.editor.isVisible() and screen.editor.isEnabled()
    field = getattr(screen.editor, PARTS[part][0])
    focused = screen.focusWidget()
    assert isinstance(focused, QWidget) and (focused is field or field.isAncestorOf(focused))


@pytest.mark.parametrize("part", list(PARTS))
def test_removing_the_last_item_brings_the_empty_state_back_with_the_cursor_on_its_button(
        qtbot: QtBot, part: str) -> None:
    screen, session = open_part(qtbot, part)
    screen.empty_state.action.click()
    screen.remove_button.setFocus()
    with dialogs.preanswer([True]):
        screen.remove_button.click()
    assert not items(part, session.doc)
    assert screen.empty_state.isVisible() and not screen.list.isVisible()
    assert screen.focusWidget() is screen.empty_state.action


def test_a_search_that_finds_nothing_is_not_an_empty_record(qtbot: QtBot) -> None:
    screen, _session = open_part(qtbot, "record")
    screen.empty_state.action.click()
    screen.search.setText("nothing like this")
    assert not screen.empty_state.isVisible()
    assert screen.search.isVisible() and screen.empty_note.isVisible()
