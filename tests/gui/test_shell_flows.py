"""Create, lock, unlock, wrong passphrase, damaged file, idle lock: the shell's plan flows."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from gui_support import PASSPHRASE, flush_deletes, wait_for_screen
from PySide6.QtCore import Qt, QTimer

from saferplan.gui import dialogs
from saferplan.gui.consent import ConsentScreen
from saferplan.gui.first_run import PlanChoiceScreen
from saferplan.gui.home import HomeScreen
from saferplan.gui.recovery_code import RecoveryCodeScreen
from saferplan.gui.unlock import CreateScreen, UnlockScreen
from saferplan.model import Plan


def create_plan(qtbot: Any, window: Any, passphrase: str = PASSPHRASE,
                recovery_code: bool = False) -> HomeScreen:
    """Go from the start screen to home of a new plan file, as a person would ("Decide later")."""
    window.current_screen()._new.click()
    consent = window.current_screen()
    if isinstance(consent, ConsentScreen):
        consent._continue.click()
    create = wait_for_screen(qtbot, window, CreateScreen)
    qtbot.keyClicks(create.form.first, passphrase)
    qtbot.keyClicks(create.form.second, passphrase)
    create._want_code.setChecked(recovery_code)
    create._create.click()
    if recovery_code:
        code_screen = wait_for_screen(qtbot, window, RecoveryCodeScreen)
        code_screen._done.click()
    choice = wait_for_screen(qtbot, window, PlanChoiceScreen)
    choice._later.click()
    return wait_for_screen(qtbot, window, HomeScreen)


def unlock(qtbot: Any, window: Any, passphrase: str) -> None:
    screen = window.current_screen()
    assert isinstance(screen, UnlockScreen)
    screen.field.clear()
    qtbot.keyClicks(screen.field, passphrase)
    screen._open.click()
    qtbot.waitUntil(lambda: screen.abandoned or not screen.busy.isVisible(), timeout=5000)


def test_create_lock_unlock(qtbot: Any, make_window: Any, app_folders: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    files = list(app_folders.plans_dir.glob("*.dat"))
    assert len(files) == 1
    assert window.plan_file is not None and window.lock_button.isVisible()
    window.lock_button.click()
    assert window.session is None and window.plan_file is None
    flush_deletes()
    wait_for_screen(qtbot, window, UnlockScreen)
    unlock(qtbot, window, PASSPHRASE)
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.session is not None and window.session.doc.plans == []


def test_second_plan_skips_consent_and_lists_plans(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    window.lock_now()
    window.show_start()
    assert window.current_screen().plan_list is None    # one plan: no list to pick from
    assert "Plan 1" in window.current_screen()._one_plan.text()
    window.current_screen()._new.click()
    assert isinstance(window.current_screen(), CreateScreen)


@pytest.mark.parametrize("plans", [1, 2])
def test_open_my_plan_opens_the_one_plan_or_the_chosen_one(qtbot: Any, tmp_path: Path,
                                                           plans: int) -> None:
    from saferplan.gui.start import StartScreen

    files = [tmp_path / name for name in ("notes.dat", "notes-2.dat")[:plans]]
    for path in files:
        path.write_bytes(b"")
    start = StartScreen(files, "en")
    qtbot.addWidget(start)
    opened: list[Path] = []
    start.open_requested.connect(opened.append)
    if plans == 1:
        assert start.plan_list is None and start._one_plan.text().startswith("Plan 1")
    else:
        assert start.plan_list is not None and start.plan_list.count() == 2
        assert start.plan_list.item(1).text().startswith("Plan 2")
        start.plan_list.setCurrentRow(1)
    start._open.click()
    assert opened == [files[-1]]


def test_wrong_passphrase_is_calm(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    window.lock_now()
    unlock(qtbot, window, "not the right words")
    screen = window.current_screen()
    assert isinstance(screen, UnlockScreen)
    assert screen.problem.label.text() == "That passphrase did not open it — try again."
    assert screen.problem.isVisible()
    assert window.session is None
    assert not screen._backup.isVisible()   # the only file is fine: no backup offered


def test_damaged_file_offers_backup(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    window.session.doc.plans.append(Plan("plan1", "safety_plan", "first"))
    window.session.changed()
    assert window.session.save_now()
    window.session.doc.plans[0].title = "second"
    window.session.changed()
    assert window.session.save_now()
    path = window.plan_path
    window.lock_now()
    data = bytearray(path.read_bytes())
    data[-20] ^= 0xFF                    # damage the encrypted payload
    path.write_bytes(bytes(data))
    unlock(qtbot, window, PASSPHRASE)
    screen = window.current_screen()
    assert isinstance(screen, UnlockScreen)
    # A damaged payload looks like a wrong passphrase: one failure is most likely a typo.
    assert not screen._backup.isVisible()
    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(screen._backup.isVisible, timeout=2000)
    assert "may be damaged" in screen.problem.label.text()
    with dialogs.preanswer() as shown:
        screen._backup.click()
        wait_for_screen(qtbot, window, HomeScreen)
    assert [s.kind for s in shown] == ["inform"]
    assert [p.title for p in window.session.doc.plans] == ["first"]


def test_recovery_code_is_shown_once_and_opens_the_plan(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.current_screen()._new.click()
    window.current_screen()._continue.click()
    create = window.current_screen()
    create.form.first.setText(PASSPHRASE)
    create.form.second.setText(PASSPHRASE)
    create._want_code.setChecked(True)
    create._create.click()
    code_screen = wait_for_screen(qtbot, window, RecoveryCodeScreen)
    code = code_screen.code_text()
    groups = code.split(" ")
    assert len(groups) == 6 and all(len(g) == 4 for g in groups)
    assert not set(code) & set("01OI")       # no look-alike characters
    code_screen._done.click()
    wait_for_screen(qtbot, window, PlanChoiceScreen)    # the first run goes on
    window.lock_now()
    screen = window.current_screen()
    screen._switch.click()
    unlock(qtbot, window, code)
    wait_for_screen(qtbot, window, HomeScreen)


def test_passphrase_must_match(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.current_screen()._new.click()
    window.current_screen()._continue.click()
    create = window.current_screen()
    create.form.first.setText(PASSPHRASE)
    create.form.second.setText(PASSPHRASE + "x")
    create._create.click()
    assert "not the same" in create.form.message.text()
    assert window.current_screen() is create


def test_kdf_runs_off_the_gui_thread(qtbot: Any, make_window: Any,
                                     monkeypatch: Any) -> None:
    import saferplan.storage as storage

    window = make_window()
    create_plan(qtbot, window)
    window.lock_now()
    real_unlock = storage.PlanFile.unlock

    def slow_unlock(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.4)
        return real_unlock(*args, **kwargs)

    monkeypatch.setattr(storage.PlanFile, "unlock", slow_unlock)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    screen = window.current_screen()
    screen.field.setText(PASSPHRASE)
    screen._open.click()
    assert screen.busy.isVisibleTo(screen)
    wait_for_screen(qtbot, window, HomeScreen)
    timer.stop()
    assert len(ticks) >= 8        # the event loop kept running during the 0.4 s


def test_idle_lock_saves_first(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    window.idle.set_timeout_ms(150)
    window.session.doc.plans.append(Plan("plan1", "release_plan", "kept"))
    window.session.changed()          # not yet saved: autosave waits 400 ms
    wait_for_screen(qtbot, window, UnlockScreen, timeout=3000)
    assert window.session is None
    assert "locked" in window.current_screen().message.text()
    window.idle.set_timeout_ms(60_000)    # no second idle lock while home is being built
    unlock(qtbot, window, PASSPHRASE)
    wait_for_screen(qtbot, window, HomeScreen)
    assert [p.title for p in window.session.doc.plans] == ["kept"]


def test_input_postpones_idle_lock(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    window.idle.set_timeout_ms(300)
    for _ in range(4):
        qtbot.wait(120)
        qtbot.keyClick(window.windowHandle(), Qt.Key.Key_A)
    assert isinstance(window.current_screen(), HomeScreen)
    wait_for_screen(qtbot, window, UnlockScreen, timeout=3000)


def test_plan_in_use_is_calm(qtbot: Any, make_window: Any, app_folders: Any) -> None:
    import saferplan.storage as storage

    window = make_window()
    create_plan(qtbot, window)
    path = window.plan_path
    window.lock_now()
    other, _doc = storage.PlanFile.unlock(path, PASSPHRASE)
    try:
        unlock(qtbot, window, PASSPHRASE)
        assert "another window" in window.current_screen().problem.label.text()
    finally:
        other.close()


def test_home_add_rename_delete_plan(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    home = create_plan(qtbot, window)
    with dialogs.preanswer(["Lake"]):
        home.add_plan("safety_plan")
    window.show_home()
    assert [p.title for p in window.session.doc.plans] == ["Lake"]
    card = home.plan_cards[0]
    assert card.title.text() == "Lake"
    assert "Safety plan" in card.progress_text.text()
    with dialogs.preanswer(["River"]):
        card.rename_button.click()
    assert window.session.doc.plans[0].title == "River"
    assert home.plan_cards[0].title.text() == "River"
    with dialogs.preanswer([False]):
        card.delete_button.click()
    assert len(window.session.doc.plans) == 1
    with dialogs.preanswer([True]) as shown:
        card.delete_button.click()
    assert window.session.doc.plans == [] and shown[0].kind == "confirm"
    assert home.plan_cards == [] and home._empty.isVisible()


def test_first_run_ends_on_the_first_question_of_the_chosen_plan(
        qtbot: Any, make_window: Any) -> None:
    """Start -> Before you start -> passphrase twice -> "Create my plan" -> choose -> question 1."""
    from saferplan.forms import load_all_forms
    from saferplan.gui.walk import PlanWalkWidget
    from saferplan.gui.walk.question_page import QuestionPage

    window = make_window()
    start = window.current_screen()
    assert start._new.property("role") == "primary"      # the one obvious step on a first run
    start._new.click()
    wait_for_screen(qtbot, window, ConsentScreen)._continue.click()
    create = wait_for_screen(qtbot, window, CreateScreen)
    qtbot.keyClicks(create.form.first, PASSPHRASE)
    qtbot.keyClicks(create.form.second, PASSPHRASE)
    create._want_code.setChecked(False)
    assert create._create.text() == "&Create my plan"
    create._create.click()
    choice = wait_for_screen(qtbot, window, PlanChoiceScreen)
    assert window.session is not None and window.session.doc.plans == []
    choice.tiles["release_plan"].click()
    walk = wait_for_screen(qtbot, window, PlanWalkWidget)
    first_question = load_all_forms()["release_plan"].sections[0].questions[0].id
    assert [p.form for p in window.session.doc.plans] == ["release_plan"]
    assert isinstance(walk.page, QuestionPage)
    assert walk.navigator.position.question_id == first_question
    walk.request_close()
    home = wait_for_screen(qtbot, window, HomeScreen)
    assert home.plan_cards[0].open_button.text() == "&Continue"
    assert "0 of " in home.plan_cards[0].progress_text.text()


def test_the_plan_choice_can_be_left_for_later(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.start_guest()
    choice = wait_for_screen(qtbot, window, PlanChoiceScreen)
    choice._later.click()
    home = wait_for_screen(qtbot, window, HomeScreen)
    assert home._empty.isVisible() and home.plan_cards == []
    assert home._empty.action.text() == "Start a plan"      # the one button that fills it
    home._empty.action.click()
    wait_for_screen(qtbot, window, PlanChoiceScreen).tiles["safety_plan"].click()
    assert [p.form for p in window.session.doc.plans] == ["safety_plan"]


def test_typed_keys_reach_the_passphrase_field_without_a_click(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    window.lock_now()
    window.show_start()
    start = window.current_screen()
    assert start._open.property("role") == "primary" and start._open.text() == "&Open my plan"
    assert window.focusWidget() is start._open
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Space)     # the keyboard alone, no mouse
    screen = wait_for_screen(qtbot, window, UnlockScreen)
    for char in PASSPHRASE:                 # typed at the window, not at the field
        qtbot.keyClick(window.windowHandle(), char)
    assert screen.field.text() == PASSPHRASE
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Return)     # Enter opens
    wait_for_screen(qtbot, window, HomeScreen)
