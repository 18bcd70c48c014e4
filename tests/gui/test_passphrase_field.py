"""The one passphrase field: eye toggle, strength words (announced when they change), hints."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLineEdit

import saferplan.gui.announce as announce_module
from saferplan.gui.passphrase_field import ANNOUNCE_DELAY_MS, PassphraseField, hint_text
from saferplan.storage.passphrase import Hint


def test_eye_is_a_named_checkable_button_that_shows_and_hides(qtbot):
    field = PassphraseField()
    qtbot.addWidget(field)
    field.setText("tiger lily moon")
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password
    assert field.eye.isCheckable()
    assert field.eye.accessibleName() == "Show passphrase"
    field.eye.click()
    assert field.edit.echoMode() == QLineEdit.EchoMode.Normal
    assert field.eye.accessibleName() == "Hide passphrase"
    field.eye.click()
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password
    assert field.eye.accessibleName() == "Show passphrase"


def test_clear_hides_the_text_again(qtbot):
    field = PassphraseField()
    qtbot.addWidget(field)
    field.setText("tiger lily moon")
    field.eye.click()
    field.clear()
    assert field.text() == ""
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password
    assert not field.eye.isChecked()


def test_input_method_gets_no_history_and_no_prediction(qtbot):
    field = PassphraseField()
    qtbot.addWidget(field)
    hints = field.edit.inputMethodHints()
    assert hints & Qt.InputMethodHint.ImhSensitiveData
    assert hints & Qt.InputMethodHint.ImhNoPredictiveText


def test_strength_words_are_shown_and_announced(qtbot):
    field = PassphraseField(show_strength=True)
    qtbot.addWidget(field)
    field.setText("password1")
    assert field.hint() is Hint.COMMON
    assert field.strength.text() == hint_text(Hint.COMMON)
    assert field.edit.accessibleDescription() == hint_text(Hint.COMMON)
    field.setText("correct horse battery staple")
    assert field.strength.text() == hint_text(Hint.STRONG)
    assert field.edit.accessibleDescription() == hint_text(Hint.STRONG)


def test_without_strength_nothing_is_said(qtbot):
    field = PassphraseField()
    qtbot.addWidget(field)
    field.setText("password1")
    assert field.strength.isHidden()
    assert field.edit.accessibleDescription() == ""


def test_every_hint_has_words():
    for hint in Hint:
        assert (hint_text(hint) == "") == (hint is Hint.EMPTY)


def test_create_form_refuses_what_the_rule_refuses(qtbot):
    from saferplan.gui.unlock import PassphraseForm

    form = PassphraseForm()
    qtbot.addWidget(form)
    for weak, hint in (("password1", Hint.COMMON), ("qwertyuiop", Hint.COMMON),
                       ("zxcvbnmlkjh", Hint.PATTERN), ("        ", Hint.BLANK)):
        form.first.setText(weak)
        form.second.setText(weak)
        assert form.problem() == hint_text(hint)
    form.first.setText("tiger lily moon")
    form.second.setText("tiger lily moon")
    assert form.problem() is None


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every announcement sent to screen readers (instead of the real bus)."""
    said: list[str] = []

    def record(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            said.append(event.message())  # type: ignore[attr-defined]

    monkeypatch.setattr(announce_module.QAccessible, "updateAccessibility", record)
    return said


def type_slowly(qtbot: Any, field: PassphraseField, text: str) -> None:
    """Type ``text`` one character at a time, faster than the announcement delay."""
    for char in text:
        field.edit.insert(char)
        qtbot.wait(20)


def shown_field(qtbot: Any) -> PassphraseField:
    field = PassphraseField(show_strength=True)
    qtbot.addWidget(field)
    with qtbot.waitExposed(field):
        field.show()
    return field


def test_strength_is_announced_once_after_typing_stops(qtbot: Any, heard: list[str]) -> None:
    field = shown_field(qtbot)
    type_slowly(qtbot, field, "password1")
    assert heard == []                              # not while typing
    qtbot.waitUntil(lambda: heard != [], timeout=ANNOUNCE_DELAY_MS * 3)
    assert heard == [hint_text(Hint.COMMON)]
    assert "password1" not in " ".join(heard)       # never the passphrase itself


def test_strength_is_announced_only_when_the_hint_changes(qtbot: Any, heard: list[str]) -> None:
    field = shown_field(qtbot)
    field.setText("tiger lily")
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=ANNOUNCE_DELAY_MS * 3)
    first = heard[0]
    type_slowly(qtbot, field, "x")                  # one more letter: the same hint
    qtbot.wait(ANNOUNCE_DELAY_MS + 300)
    assert heard == [first]
    type_slowly(qtbot, field, " moon river sun")    # a new hint: said once
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=ANNOUNCE_DELAY_MS * 3)
    assert heard[1] == hint_text(field.hint()) != first
    qtbot.wait(ANNOUNCE_DELAY_MS + 300)
    assert len(heard) == 2


def test_a_passing_hint_while_typing_is_not_announced(qtbot: Any, heard: list[str]) -> None:
    field = shown_field(qtbot)
    field.setText("correct horse battery staple")
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=ANNOUNCE_DELAY_MS * 3)
    field.setText("correct")                         # a different hint for a moment…
    qtbot.wait(50)
    field.setText("correct horse battery staple")    # …and back before the pause
    qtbot.wait(ANNOUNCE_DELAY_MS + 300)
    assert heard == [hint_text(Hint.STRONG)]


def test_hidden_or_plain_fields_announce_nothing(qtbot: Any, heard: list[str]) -> None:
    hidden = PassphraseField(show_strength=True)     # never shown (a screen that went away)
    qtbot.addWidget(hidden)
    hidden.setText("password1")
    plain = PassphraseField()                        # an unlock field: no strength words
    qtbot.addWidget(plain)
    plain.show()
    plain.setText("password1")
    qtbot.wait(ANNOUNCE_DELAY_MS + 300)
    assert heard == []
