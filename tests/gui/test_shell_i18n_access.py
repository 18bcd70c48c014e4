"""Language switching, pseudo-localisation, keyboard access and large text on the shell screens."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_support import files_under, wait_for_screen
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QWidget,
)

from saferplan.gui import dialogs
from saferplan.gui.home import HomeScreen
from saferplan.gui.start import StartScreen
from saferplan.i18n import (
    LANGUAGES,
    current_language,
    pseudo_localise,
    set_language,
    use_pseudo,
)


def test_every_language_is_offered_in_its_own_script() -> None:
    names = {lang.code: lang.native_name for lang in LANGUAGES}
    assert names["zh_Hant"] == "繁體中文" and names["km"] == "ខ្មែរ" and names["ar"] == "العربية"
    assert len(names) == 13


def test_translations_awaiting_review_are_marked_draft_in_their_own_words() -> None:
    labels = {lang.code: lang.chooser_label for lang in LANGUAGES}
    assert labels["en"] == "English"
    assert labels["vi"] == "Tiếng Việt (bản nháp)"
    assert all(label.endswith(")") for code, label in labels.items() if code != "en")


@pytest.mark.parametrize("source", ["Plan %1 · last changed %2", "Hello {name}, %n left",
                                    "A long sentence that needs to wrap nicely in a layout."])
def test_pseudo_localisation_keeps_placeholders_and_stretches(source: str) -> None:
    out = pseudo_localise(source)
    assert out.startswith("[!! ") and out.endswith(" !!]")
    for token in ("%1", "%2", "{name}", "%n"):
        assert out.count(token) == source.count(token)
    assert len(out) - len("[!!  !!]") >= 1.35 * len(source)


def test_language_switch_retranslates_and_sets_direction(qtbot: Any, make_window: Any,
                                                         monkeypatch: Any) -> None:
    window = make_window()
    start = window.current_screen()
    assert start._title.text() == "Welcome"
    use_pseudo(True)
    start.language_buttons["ar"].click()
    assert current_language() == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert start._title.text().startswith("[!! ")
    assert window.hide_button.text().startswith("[!! ")
    assert window.settings.language == "ar"
    set_language("en")
    use_pseudo(False)
    set_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert start._title.text() == "Welcome"


def _controls(screen: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QListWidget, QSpinBox)
    return [w for w in screen.findChildren(QWidget)
            if isinstance(w, kinds) and w.isVisibleTo(screen)]


def _screens(qtbot: Any, window: Any) -> Iterator[tuple[str, QWidget]]:
    """Show each shell screen in turn; each is checked before the next replaces it."""
    from test_shell_flows import create_plan

    yield "start", window.current_screen()
    window.show_consent(then_create=True)
    yield "consent", window.current_screen()
    window.show_create()
    yield "create", window.current_screen()
    window.show_start()
    create_plan(qtbot, window)
    yield "home", window.current_screen()
    window.show_settings()
    yield "settings", window.current_screen()
    path = window.plan_path
    window.lock_now()
    window.show_unlock(path)
    yield "unlock", window.current_screen()


def test_every_control_has_a_name_and_takes_the_keyboard(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    from test_shell_flows import create_plan

    checked = 0
    for name, screen in [("start", window.current_screen())]:
        for control in _controls(screen):
            assert control.accessibleName(), (name, control)
            assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, (name, control)
            checked += 1
    home = create_plan(qtbot, window)
    window.show_settings()
    for screen in (home, window.current_screen()):
        for control in _controls(screen):
            if isinstance(control, QAbstractButton | QLineEdit | QComboBox | QSpinBox):
                assert control.accessibleName() or control.text(), control
            checked += 1
    assert checked > 20


@pytest.mark.parametrize("pseudo", [False, True])
def test_screens_survive_large_text_and_long_strings(qtbot: Any, make_window: Any,
                                                     monkeypatch: Any, pseudo: bool) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = QFont(app.font())
    big = QFont(original)
    big.setPointSizeF(original.pointSizeF() * 1.5)
    app.setFont(big)
    use_pseudo(pseudo)
    try:
        window = make_window()
        set_language("en")
        window.resize(1280, 900)
        for name, screen in _screens(qtbot, window):
            QApplication.processEvents()
            assert window.minimumSizeHint().width() <= 1280, name
            for control in _controls(screen):
                if isinstance(control, QAbstractButton) and control.isVisible():
                    needed = control.sizeHint().width()
                    assert control.width() >= needed - 1, (name, control.text())
    finally:
        app.setFont(original)
        use_pseudo(False)
        set_language("en")


def test_demo_starts_on_home_and_saves_nothing(qtbot: Any, tmp_path: Path,
                                               _private_home: Path) -> None:
    from saferplan.gui.main import create_window

    window = create_window(argparse.Namespace(demo=True, portable=None, language=None))
    window.show()
    try:
        home = wait_for_screen(qtbot, window, HomeScreen)
        assert window.session.demo and window.session.saver is None
        assert home._note.isVisible() and "nothing is saved" in home._note.label.text()
        assert window.session.doc.plans
        window.session.doc.plans[0].title = "changed"
        window.session.changed()
        qtbot.wait(450)
        window.close()
        assert files_under(_private_home) == []
    finally:
        window._release_session()
        window.deleteLater()


def test_unknown_language_on_the_command_line(capsys: Any) -> None:
    from saferplan.gui.main import run_gui

    assert run_gui(argparse.Namespace(demo=False, portable=None, language="xx")) == 2
    assert "unknown language" in capsys.readouterr().err


def test_preanswer_fails_loudly_on_an_unexpected_question() -> None:
    with dialogs.preanswer([]) as shown, pytest.raises(dialogs.UnexpectedDialogError):
        dialogs.confirm(None, "t", "x", "yes", "no")
    assert shown[0].kind == "confirm"


def test_start_screen_lists_plans_neutrally(qtbot: Any, make_window: Any,
                                            app_folders: Any) -> None:
    from test_shell_flows import create_plan

    window = make_window()
    create_plan(qtbot, window)
    window.lock_now()
    window.show_start()
    start = wait_for_screen(qtbot, window, StartScreen)
    label = start._one_plan.text()
    assert label.startswith("Plan 1 · last changed ")
    assert window.plan_path.name not in label


def test_home_tiles_open_pages_of_the_same_name(qtbot: Any, make_window: Any) -> None:
    """"Organisations that can help" opens a page called that, and so on for every tile."""
    from saferplan.gui.home import PARTS, _tr

    window = make_window()
    window.start_demo()
    home = window.current_screen()
    for part, label in PARTS:
        home.part_tiles[part].click()
        screen = window.current_screen()
        headings = {w.text() for w in screen.findChildren(QLabel) if w.isVisible()}
        assert _tr(label).replace("&", "") in headings, (part, headings)
        window.show_home()


def test_tab_reaches_every_language_and_only_a_press_chooses_one(qtbot: Any,
                                                                make_window: Any) -> None:
    # In a QButtonGroup, Qt left only the checked language in the Tab order, and each arrow
    # key switched the whole app to the next language.
    window = make_window()
    start = window.current_screen()
    english = start.language_buttons["en"]
    # window.focusWidget(): under X without a window manager the window is never active.
    qtbot.waitUntil(lambda: window.focusWidget() is english)
    for lang in LANGUAGES[1:]:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        assert window.focusWidget() is start.language_buttons[lang.code]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Left)
    assert current_language() == "en" and english.isChecked()
    vietnamese = start.language_buttons["vi"]
    vietnamese.setFocus()
    qtbot.keyClick(vietnamese, Qt.Key.Key_Space)
    assert current_language() == "vi" and window.settings.language == "vi"
    vietnamese.click()   # choosing the chosen one keeps it chosen
    assert [code for code, push in start.language_buttons.items() if push.isChecked()] == ["vi"]


def test_the_environment_never_turns_pseudo_localisation_on(qtbot: Any, make_window: Any,
                                                            monkeypatch: Any) -> None:
    window = make_window()
    monkeypatch.setenv("SAFERPLAN_PSEUDO", "1")  # product code reads no test switch
    set_language("en")
    assert window.current_screen()._title.text() == "Welcome"


def test_every_language_button_has_the_same_height(qtbot: Any, make_window: Any) -> None:
    # A Khmer name has a shorter line than a Thai one: its button was lower than its row.
    window = make_window()
    start = window.current_screen()
    assert isinstance(start, StartScreen)
    qtbot.waitUntil(lambda: start.language_buttons["km"].isVisible())
    heights = {code: button.height() for code, button in start.language_buttons.items()}
    assert len(set(heights.values())) == 1, heights
