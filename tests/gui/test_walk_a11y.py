"""The question page for keyboard and screen-reader users: where you are, focus, Enter, names."""

from __future__ import annotations

import pytest
from gui_support import type_text
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
)
from pytestqt.qtbot import QtBot
from test_walk import answers, make_session, make_walk, page

import saferplan.gui.announce as announce_module
from saferplan.gui.announce import HeadingLabel, announce
from saferplan.gui.walk import PlanWalkWidget
from saferplan.gui.walk.summary import SectionSummary
from saferplan.model import Answer


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What ``announce`` sent to assistive technology (announcement events' messages)."""
    said: list[str] = []

    def record(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            said.append(event.message())  # type: ignore[attr-defined]

    monkeypatch.setattr(announce_module.QAccessible, "updateAccessibility", record)
    return said


def shown_walk(qtbot: QtBot) -> PlanWalkWidget:
    walk = make_walk(qtbot, make_session())
    walk.resize(1000, 700)
    with qtbot.waitExposed(walk):
        walk.show()
    walk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return walk


def test_page_says_which_question_of_how_many_in_which_section(qtbot: QtBot) -> None:
    walk = make_walk(qtbot, make_session())
    assert page(walk).position_label.text() == "Question 1 of 3 · First things"
    assert (page(walk).progress.value(), page(walk).progress.maximum()) == (1, 3)
    for _ in range(4):  # three questions and the section's summary
        walk.go_next()
    assert page(walk).position_label.text() == "Question 1 of 5 · People"


def test_question_is_a_heading_for_screen_readers(qtbot: QtBot) -> None:
    walk = make_walk(qtbot, make_session())
    label = page(walk).question_label
    assert isinstance(label, HeadingLabel)
    interface = QAccessible.queryAccessibleInterface(label)
    assert interface is not None and interface.role() == QAccessible.Role.Heading
    assert interface.text(QAccessible.Text.Name) == "What name do you use?"


def test_sidebar_counts_are_labelled_and_not_applying_counts_as_done(qtbot: QtBot) -> None:
    session = make_session()
    answers(session).update({"q_name": Answer("answered", "Lan"),
                             "q_story": Answer("not_applicable")})
    walk = make_walk(qtbot, session)
    first, second = (walk.sidebar.sections.item(i).text() for i in (0, 1))
    assert first == "First things\n2 of 3 done (1 answered, 1 do not apply)"
    assert second == "People\n0 of 5 answered"


@pytest.mark.parametrize(("button", "words"), [
    ("skip_button", "Skipped for now"),
    ("not_applicable_button", "does not apply"),
    ("later_button", "Kept for later"),
])
def test_skip_doesnt_apply_and_later_are_acknowledged_and_announced(
        qtbot: QtBot, heard: list[str], button: str, words: str) -> None:
    walk = make_walk(qtbot, make_session())
    getattr(walk, button).click()
    assert words in walk.acknowledgement.text()
    assert not walk.acknowledgement.isHidden()
    assert any(words in message for message in heard)
    walk.go_next()
    assert walk.acknowledgement.isHidden()


def test_save_failure_is_announced_at_once(qtbot: QtBot, heard: list[str]) -> None:
    session = make_session()
    walk = make_walk(qtbot, session)
    session.save_failed.emit("The disk is full.")
    assert any("The disk is full." in message for message in heard)
    assert walk.save_status.state == "failed"


def test_announce_sends_an_announcement_event(heard: list[str], qtbot: QtBot) -> None:
    source = QObject()
    announce(source, "Saved")
    announce(source, "")
    assert heard == ["Saved"]


def test_focus_goes_to_the_answer_after_next(qtbot: QtBot) -> None:
    walk = shown_walk(qtbot)
    assert QApplication.focusWidget() is page(walk).answer_widget
    walk.go_next()
    assert isinstance(QApplication.focusWidget(), QPlainTextEdit)
    walk.go_next()
    focused = QApplication.focusWidget()
    assert isinstance(focused, QRadioButton)
    group = focused.parentWidget()
    assert isinstance(group, QGroupBox) and group.accessibleName() == "Do you have a lawyer?"
    assert focused.accessibleDescription() == "Why."


def test_enter_goes_next_and_ctrl_enter_in_a_long_answer(qtbot: QtBot) -> None:
    walk = shown_walk(qtbot)
    type_text(page(walk).answer_widget, "Lan")  # type: ignore[arg-type]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page(walk).question.id == "q_story"
    story = QApplication.focusWidget()
    assert isinstance(story, QPlainTextEdit)
    qtbot.keyClick(story, Qt.Key.Key_Return)          # a new line, not Next
    assert page(walk).question.id == "q_story"
    qtbot.keyClick(story, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page(walk).question.id == "q_yes"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Enter)  # on a radio button
    assert isinstance(walk.page, SectionSummary)  # the section's last question was done


def test_enter_in_the_add_a_person_fields_adds_and_stays(qtbot: QtBot) -> None:
    walk = shown_walk(qtbot)
    walk.navigator.go_to_question("q_bond")
    walk._show_position()
    fields = [f for f in page(walk).answer_widget.findChildren(QLineEdit) if f.isVisible()]
    type_text(fields[0], "Ana")
    qtbot.keyClick(fields[0], Qt.Key.Key_Return)
    assert page(walk).question.id == "q_bond"


def test_tab_goes_from_the_answer_to_skip_doesnt_apply_later_then_next(qtbot: QtBot) -> None:
    walk = shown_walk(qtbot)
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [walk.skip_button, walk.not_applicable_button, walk.later_button,
                     walk.next_button]


def test_a_date_with_no_date_ticked_focuses_the_no_date_box(qtbot: QtBot) -> None:
    walk = shown_walk(qtbot)
    walk.open_question("q_when")
    focused = QApplication.focusWidget()
    assert focused is page(walk).first_control() is walk.focusProxy()
    assert isinstance(focused, QCheckBox) and focused.isEnabled()
    assert focused.accessibleDescription() == "Why."
