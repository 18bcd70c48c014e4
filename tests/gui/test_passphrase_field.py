"""The one passphrase field: eye toggle, strength words announced, input-method hints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from saferplan.gui.passphrase_field import PassphraseField, hint_text
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
