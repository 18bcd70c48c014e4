"""The practice screen: ask, correct gently, bring wrong numbers back, keep progress in the plan."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from saferplan.gui.practice import PracticeWidget
from saferplan.gui.session import Session
from saferplan.gui.widgets import text_of_all_widgets
from saferplan.model import PlanDocument, dumps_plan_json, loads_plan_json
from saferplan.model.practice import digits_of, record_attempt

TODAY = date(2026, 11, 20)
LAN, MAI = "+1 416 555 0101", "647-555-0199"
ASK, RESULT, DONE, EMPTY, LOOK = 1, 2, 3, 0, 4


def _doc() -> PlanDocument:
    doc = PlanDocument()
    lan = doc.add_person("Lan", LAN, ["bond_person", "key_holder"])
    mai = doc.add_person("Mai", MAI)
    doc.add_person("Not marked", "416 555 0123")
    lan.memorize = mai.memorize = True
    return doc


def _widget(qtbot: QtBot, doc: PlanDocument, today: date = TODAY,
            *, seen: bool = True) -> PracticeWidget:
    """A shown practice screen; with ``seen``, as if every new number was already shown once."""
    widget = PracticeWidget(Session(doc), today=lambda: today)
    qtbot.addWidget(widget)
    widget.show()
    if seen:
        widget._looked.update(person.id for person in doc.people)
        widget._show_current()
    return widget


def _ready(qtbot: QtBot, widget: PracticeWidget, name: str, number: str) -> None:
    """The number is shown once, by itself; the person says they are ready."""
    assert widget.pages.currentIndex() == LOOK
    assert widget.look_name.text() == name and widget.look_number.text() == number
    assert widget.progress_label.text().startswith("Practised today: ")
    qtbot.mouseClick(widget.ready_button, Qt.MouseButton.LeftButton)
    assert widget.pages.currentIndex() == ASK
    assert digits_of(number)[1:] not in digits_of(_all_text(widget))  # hidden while asked


def _type_and_enter(qtbot: QtBot, widget: PracticeWidget, text: str) -> None:
    qtbot.keyClicks(widget.number_input, text)
    qtbot.keyClick(widget.number_input, Qt.Key.Key_Return)


def _all_text(widget: PracticeWidget) -> str:
    return "\n".join(text_of_all_widgets(widget))


def test_flow_wrong_number_is_corrected_and_comes_back(qtbot: QtBot) -> None:
    doc = _doc()
    widget = _widget(qtbot, doc, seen=False)
    changes: list[None] = []
    widget.session.document_changed.connect(lambda: changes.append(None))
    _ready(qtbot, widget, "Lan", LAN)
    assert widget.name_label.text() == "Lan"
    assert widget.progress_label.text() == "Practised today: 0 of 2"

    _type_and_enter(qtbot, widget, "416 556 010")  # one digit different, one missing
    assert widget.pages.currentIndex() == RESULT
    assert widget.marks_label.isVisibleTo(widget)
    marks_html = widget.marks_label.text()
    assert marks_html.count("≠") == 1 and marks_html.count("?") == 1
    assert "✗" not in marks_html and "✗" not in widget.legend.text()   # no cross for "wrong"
    assert "Different digits: 1" in widget.mistakes_text.text()
    assert "Missing digits: 1" in widget.mistakes_text.text()
    assert widget.number_shown.text() == LAN
    assert doc.practice["p1"].box == 0 and doc.practice["p1"].due == TODAY
    assert len(changes) == 1

    qtbot.mouseClick(widget.next_button, Qt.MouseButton.LeftButton)
    assert widget.progress_label.text() == "Practised today: 1 of 2"  # tried counts, right or not
    _ready(qtbot, widget, "Mai", MAI)
    assert widget.name_label.text() == "Mai"
    assert widget.number_input.text() == ""
    _type_and_enter(qtbot, widget, "647.555.0199")
    assert widget.verdict.text() == "That is right."
    assert not widget.marks_label.isVisibleTo(widget)
    assert widget.progress_label.text() == "Practised today: 2 of 2"
    assert doc.practice["p2"].box == 1
    assert doc.practice["p2"].due == TODAY + timedelta(days=1)

    widget.next_number()
    assert widget.pages.currentIndex() == ASK      # shown once only: not shown again
    assert widget.name_label.text() == "Lan"  # the one to look at again came back
    _type_and_enter(qtbot, widget, "4165550101")
    assert widget.progress_label.text() == "Practised today: 2 of 2"
    widget.next_number()
    assert widget.pages.currentIndex() == DONE
    assert "Numbers practised today: 2" in widget.done_text.text()
    assert "by heart: 0" not in widget.done_text.text()      # no score of nothing
    assert doc.practice["p1"].correct_days == [TODAY]
    assert len(changes) == 3
    assert "p3" not in doc.practice

    again = loads_plan_json(dumps_plan_json(doc))
    assert again.practice == doc.practice


def test_a_number_practised_before_is_not_shown_first(qtbot: QtBot) -> None:
    doc = _doc()
    record_attempt(doc, "p1", "0", TODAY - timedelta(days=1))   # tried before, not learnt yet
    widget = _widget(qtbot, doc, seen=False)
    assert widget.pages.currentIndex() == ASK and widget.name_label.text() == "Lan"
    assert digits_of(LAN)[1:] not in digits_of(_all_text(widget))
    widget.skip()
    _ready(qtbot, widget, "Mai", MAI)            # Mai's number is new: shown first


def test_skipping_a_new_number_does_not_count_as_practised(qtbot: QtBot) -> None:
    doc = _doc()
    widget = _widget(qtbot, doc, seen=False)
    _ready(qtbot, widget, "Lan", LAN)
    widget.skip()
    _ready(qtbot, widget, "Mai", MAI)
    widget.skip()
    assert widget.pages.currentIndex() == DONE
    assert "practised" not in widget.done_text.text() and "0" not in widget.done_text.text()
    assert doc.practice == {}


def test_on_screen_keypad_types_deletes_and_checks(qtbot: QtBot) -> None:
    doc = _doc()
    widget = _widget(qtbot, doc)
    for key in "+14165550109":
        qtbot.mouseClick(widget.keys[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.keys["delete"], Qt.MouseButton.LeftButton)
    assert widget.number_input.text() == "+1416555010"
    qtbot.mouseClick(widget.keys["1"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.done_key, Qt.MouseButton.LeftButton)
    assert widget.verdict.text() == "That is right."
    assert doc.practice["p1"].box == 1


def test_keypad_keys_are_reachable_and_named(qtbot: QtBot) -> None:
    widget = _widget(qtbot, _doc())
    assert widget.keys["delete"].accessibleName() == "Delete"
    for push in [*widget.keys.values(), widget.done_key, widget.hint_button]:
        assert push.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert widget.number_input.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData


def test_nothing_typed_is_not_an_attempt(qtbot: QtBot) -> None:
    doc = _doc()
    widget = _widget(qtbot, doc)
    qtbot.mouseClick(widget.done_key, Qt.MouseButton.LeftButton)
    assert widget.pages.currentIndex() == ASK
    assert doc.practice == {}


def test_hint_shows_only_the_first_digits_and_the_answer_comes_back(qtbot: QtBot) -> None:
    doc = _doc()
    widget = _widget(qtbot, doc)
    assert widget.hint_label.text() == ""
    qtbot.mouseClick(widget.hint_button, Qt.MouseButton.LeftButton)
    assert digits_of(widget.hint_label.text()) == "141"
    _type_and_enter(qtbot, widget, LAN)
    assert "hint" in widget.verdict.text()
    assert doc.practice["p1"].box == 0
    widget.next_number()
    widget.skip()  # Mai, for another time
    assert widget.name_label.text() == "Lan"
    assert widget.hint_label.text() == ""  # a new question starts without a hint


def test_digits_of_other_scripts_become_western(qtbot: QtBot) -> None:
    widget = _widget(qtbot, _doc())
    widget.number_input.setFocus()
    for ch in "๔๑๖":  # Thai digits, typed one key event each (keyClicks cannot type them)
        QApplication.sendEvent(widget.number_input, QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
    assert widget.number_input.text() == "416"


def test_hide_roles(qtbot: QtBot) -> None:
    widget = _widget(qtbot, _doc())
    assert widget.role_label.isVisibleTo(widget)
    assert widget.role_label.text() == "Bond person, Has my key"
    widget.hide_roles.setChecked(True)
    assert not widget.role_label.isVisibleTo(widget)


def test_known_badge(qtbot: QtBot) -> None:
    doc = _doc()
    for offset in (-20, -10, -1):
        record_attempt(doc, "p1", LAN, TODAY + timedelta(days=offset))
    doc.practice["p1"].due = TODAY
    widget = _widget(qtbot, doc)
    assert widget.name_label.text() == "Lan"
    assert widget.known_badge.isVisibleTo(widget)
    widget.skip()
    assert widget.name_label.text() == "Mai"
    assert not widget.known_badge.isVisibleTo(widget)


def test_nothing_due_shows_done_and_extra_round(qtbot: QtBot) -> None:
    doc = _doc()
    for pid, number in (("p1", LAN), ("p2", MAI)):
        record_attempt(doc, pid, number, TODAY - timedelta(days=1))
        record_attempt(doc, pid, number, TODAY)
    widget = _widget(qtbot, doc)
    assert widget.pages.currentIndex() == DONE
    assert "Days until the next practice: 3" in widget.done_text.text()
    qtbot.mouseClick(widget.again_button, Qt.MouseButton.LeftButton)
    assert widget.pages.currentIndex() == ASK
    assert widget.name_label.text() == "Lan"


def test_empty_state_explains_how_to_mark_someone(qtbot: QtBot) -> None:
    doc = PlanDocument()
    doc.add_person("No number yet", "").memorize = True
    widget = _widget(qtbot, doc)
    assert widget.pages.currentIndex() == EMPTY
    assert "People" in widget.empty_text.text()
    assert widget.progress_label.text() == ""
    closed: list[None] = []
    widget.close_requested.connect(lambda: closed.append(None))
    qtbot.mouseClick(widget.back_button, Qt.MouseButton.LeftButton)
    assert closed


def test_people_removed_while_hidden_are_dropped(qtbot: QtBot) -> None:
    doc = _doc()
    widget = _widget(qtbot, doc)
    _type_and_enter(qtbot, widget, "0")
    widget.hide()
    doc.remove_person("p2")
    widget.show()
    widget.next_number()
    assert widget.name_label.text() == "Lan"
    assert "p1" in doc.practice


def test_progress_survives_the_encrypted_file(qtbot: QtBot, tmp_path: Path) -> None:
    storage = pytest.importorskip("saferplan.storage")
    path = tmp_path / f"plan{storage.PLAN_SUFFIX}"
    plan = storage.PlanFile.create(path, "correct horse", _doc(), kdf=storage.TEST_KDF)
    session = Session(_doc(), saver=plan.save)
    widget = PracticeWidget(session, today=lambda: TODAY)
    qtbot.addWidget(widget)
    qtbot.mouseClick(widget.ready_button, Qt.MouseButton.LeftButton)
    _type_and_enter(qtbot, widget, "4165550101")
    assert session.save_now()
    plan.close()
    reopened, doc = storage.PlanFile.unlock(path, "correct horse")
    reopened.close()
    assert doc.practice == session.doc.practice
    assert doc.practice["p1"].correct_days == [TODAY]
