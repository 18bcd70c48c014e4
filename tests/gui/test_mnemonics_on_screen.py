"""Alt+letter on the real screens: the main actions have a letter, and no two controls shown
in the window at the same time (top bar, idle warning, every page, every editor) share one.

Two visible controls with one letter make Alt+letter only move the focus between them, so
the action a keyboard user asked for never happens. test_mnemonics.py checks the same in
every language from the .ts files; this test checks what English really shows.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from gui_support import wait_for_screen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from test_mnemonics import mnemonic
from test_shell_flows import create_plan

from saferplan.gui.consent import ConsentScreen
from saferplan.gui.first_run import PlanChoiceScreen
from saferplan.gui.home import HomeScreen
from saferplan.gui.settings import SettingsScreen
from saferplan.gui.unlock import CreateScreen, UnlockScreen
from saferplan.gui.walk import PlanWalkWidget
from saferplan.model import Plan

# The main actions of each part screen (attribute names), which must have a letter.
MAIN_ACTIONS = {
    "people": ("home_button", "add_button", "remove_button"),
    "documents": ("home_button", "add_button", "remove_button"),
    "record": ("home_button", "add_button", "remove_button", "pdf_button"),
    "directory": ("home_button", "search_label"),
    "print": ("back_button", "save_button", "print_button"),
}


def shown_letters(window: QWidget) -> dict[str, list[str]]:
    """Letter → the texts of the visible buttons and buddy labels of the window using it."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        is_buddy_label = isinstance(widget, QLabel) and widget.buddy() is not None
        if not widget.isVisible() or not (isinstance(widget, QAbstractButton) or is_buddy_label):
            continue
        letter = mnemonic(widget.text())  # type: ignore[attr-defined]
        if letter:
            found[letter].append(widget.text())  # type: ignore[attr-defined]
    return found


def assert_no_clash(window: Any, where: str, *, plan_open: bool = True) -> None:
    """No two visible controls share a letter (with the idle warning on top of an open plan)."""
    if plan_open:
        window.idle_warning.warn(True)
    try:
        clashes = {letter: texts for letter, texts in shown_letters(window).items()
                   if len(texts) > 1}
        assert not clashes, (where, clashes)
    finally:
        window.idle_warning.end()


def has_letter(widget: QWidget) -> bool:
    """The widget's words carry an Alt+letter."""
    return mnemonic(widget.text()) is not None  # type: ignore[attr-defined]


def assert_letters(screen: QWidget, names: tuple[str, ...]) -> None:
    """Each named control of the screen has a letter."""
    missing = [name for name in names if not has_letter(getattr(screen, name))]
    assert not missing, (type(screen).__name__, missing)


def test_first_run_home_and_unlock_have_their_letters_and_no_clash(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    start = window.current_screen()
    assert_letters(start, ("_language_toggle", "_open", "_new", "_guest", "_demo", "_settings"))
    assert_letters(window, ("hide_button", "lock_button"))
    assert_no_clash(window, "start", plan_open=False)
    start._new.click()
    consent = window.current_screen()
    if isinstance(consent, ConsentScreen):
        assert_letters(consent, ("_back", "_continue"))
        assert_no_clash(window, "consent", plan_open=False)
        consent._continue.click()
    create = wait_for_screen(qtbot, window, CreateScreen)
    assert_letters(create, ("_create", "_back"))
    assert_no_clash(window, "create", plan_open=False)
    create.form.first.setText("lantern orchard pebble violin")
    create.form.second.setText("lantern orchard pebble violin")
    create._want_code.setChecked(False)
    create._create.click()
    choice = wait_for_screen(qtbot, window, PlanChoiceScreen)
    assert_letters(choice, ("_later",))
    assert all(has_letter(tile.title) for tile in choice.tiles.values())
    assert_no_clash(window, "plan choice")
    choice._later.click()
    home = wait_for_screen(qtbot, window, HomeScreen)
    window.session.doc.plans.append(Plan("one", "safety_plan", "One"))
    window.session.doc.plans.append(Plan("two", "release_plan", "Two"))
    window.session.changed()
    home.refresh()
    assert_letters(home, ("_settings",))
    assert all(has_letter(tile.title) for tile in home.part_tiles.values())
    assert all("&" not in tile.accessibleName() for tile in home.part_tiles.values())
    assert all(has_letter(push) for push in home._add_buttons)
    opens = [card.open_button for card in home.plan_cards]
    assert sum(has_letter(push) for push in opens) == 1      # Continue, the recent plan
    assert_no_clash(window, "home")
    window.lock_now()
    unlock = wait_for_screen(qtbot, window, UnlockScreen)
    assert_letters(unlock, ("_open", "_switch", "_back"))
    assert_no_clash(window, "unlock", plan_open=False)
    unlock._switch.click()
    assert_letters(unlock, ("_switch",))
    assert_no_clash(window, "unlock with a code", plan_open=False)


def test_every_part_screen_has_its_letters_and_no_clash(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    assert_no_clash(window, "home")
    for part, names in MAIN_ACTIONS.items():
        window.open_part(part)
        screen = window.current_screen()
        assert not isinstance(screen, HomeScreen), part
        missing = [name for name in names if not has_letter(getattr(screen, name))]
        assert not missing, (part, missing)
        assert_no_clash(window, part)
        window.show_home()


def test_each_practice_page_has_its_letters_and_no_clash(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    person = window.session.doc.add_person("Lan", "+1 416 555 0101")
    person.memorize = True
    window.open_part("practice")
    practice = window.current_screen()
    for step, push in (("look", practice.ready_button), ("ask", practice.done_key),
                       ("result", practice.next_button), ("all done", practice.again_button)):
        assert push.isVisible() and has_letter(push), step
        assert has_letter(practice.back_button)
        assert_no_clash(window, f"practice, {step}")
        if step == "ask":
            practice.number_input.setText("4165550101")
        if step != "all done":
            push.click()


def test_settings_consent_and_the_walk_have_no_clash(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    window.show_settings()
    settings = wait_for_screen(qtbot, window, SettingsScreen)
    assert has_letter(settings._back)
    assert_no_clash(window, "settings")
    settings._consent.click()
    consent = wait_for_screen(qtbot, window, ConsentScreen)
    assert has_letter(consent._back)
    assert_no_clash(window, "consent")
    window.show_home()
    window.session.doc.plans.append(Plan("mnemonics", "safety_plan", "safety_plan"))
    window.open_plan("mnemonics")
    walk = wait_for_screen(qtbot, window, PlanWalkWidget)
    for _page in range(3):
        assert_no_clash(window, "walk")
        walk.next_button.click()


def test_alt_letter_on_a_tile_presses_it(qtbot: Any) -> None:
    choice = PlanChoiceScreen()
    qtbot.addWidget(choice)
    choice.show()
    choice.activateWindow()
    qtbot.waitUntil(choice.isActiveWindow)
    with qtbot.waitSignal(choice.chosen, timeout=2000) as chosen:
        qtbot.keyClick(choice, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)   # &Release plan
    assert chosen.args == ["release_plan"]
    assert choice.tiles["release_plan"].accessibleName().startswith("Release plan")
