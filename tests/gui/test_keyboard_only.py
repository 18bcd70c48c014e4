"""A person who uses only the keyboard: first run, one question of each kind, a card, lock.

Every step is a key event (Tab, Space, Enter, Ctrl+Enter, arrows, Alt+letter, typed text).
The test only *looks* at the screen to decide which key to press next, as a person would.
Two stand-ins, said plainly: the system print dialog (not Qt's to drive offscreen) accepts at
once and prints to a PDF file, like tests/gui/test_print_screen.py; and a window manager gives
activation to a dialog that opens and back to the window when it closes (see ``focus``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gui_support import PASSPHRASE, wait_for_screen
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from saferplan.gui.first_run import PlanChoiceScreen
from saferplan.gui.home import HomeScreen
from saferplan.gui.printing import PrintScreen
from saferplan.gui.printing import output as output_module
from saferplan.gui.unlock import CreateScreen, UnlockScreen
from saferplan.gui.walk import PlanWalkWidget
from saferplan.gui.walk.question_page import QuestionPage
from saferplan.gui.walk.summary import SectionSummary

Key = Qt.Key
_main: list[QWidget] = []


def focus() -> QWidget:
    """The focused widget. Like a window manager, activate a dialog that opened and give the
    main window its activation back when one closed (offscreen and Xvfb have no manager)."""
    target = QApplication.activeModalWidget() or _main[0]
    if QApplication.activeWindow() is not target:
        target.activateWindow()
        QApplication.processEvents()
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focus(), key, modifier)


def type_keys(text: str) -> None:
    QTest.keyClicks(focus(), text)   # ASCII only (qt-notes.md)


def tab_to(wanted: Callable[[QWidget], bool], limit: int = 120) -> QWidget:
    """Press Tab until the focused widget is the one wanted."""
    for _ in range(limit):
        widget = focus()
        if wanted(widget):
            return widget
        press(Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; focus is on {focus()!r}")


def button(words: str) -> Callable[[QWidget], bool]:
    return lambda w: isinstance(w, QAbstractButton) and w.text().replace("&", "") == words


def in_modal(keys: Callable[[], None]) -> None:
    """Press keys in the next modal dialog once it is open."""
    def run() -> None:
        if QApplication.activeModalWidget() is None:
            QTimer.singleShot(20, run)
            return
        keys()
    QTimer.singleShot(20, run)


def press_in_dialog(words: str) -> None:
    """When a dialog with this button opens, Tab to the button and press Space."""
    def run() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not any(button(words)(b) for b in modal.findChildren(QPushButton)):
            QTimer.singleShot(20, run)
            return
        tab_to(button(words))
        press(Key.Key_Space)
    QTimer.singleShot(20, run)


def answer_with_keys(page: QuestionPage) -> None:
    """Answer the focused question as a keyboard user would, then go Next."""
    kind = page.question.kind
    if kind in ("short_text", "place", "money"):
        type_keys("Near the station")
        press(Key.Key_Return)
    elif kind == "long_text":
        type_keys("Slowly, with a friend.")
        press(Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    elif kind in ("yes_no", "choice", "checklist"):
        press(Key.Key_Space)                        # tick the first choice
        press(Key.Key_Return)
    elif kind == "date":
        press(Key.Key_Space)                        # untick "No date"
        tab_to(lambda w: w.isEnabled() and w.metaObject().className() == "QDateEdit")
        press(Key.Key_Up)                           # one day / month / year on
        press(Key.Key_Return)
    elif kind in ("person", "document"):
        type_keys("Ana" if kind == "person" else "Passport")
        press(Key.Key_Return)                       # adds and ticks it, focus stays
        press(Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    else:
        raise AssertionError(kind)


def walk_answering_each_kind(qtbot: Any, window: Any, wanted: set[str]) -> dict[str, str]:
    """Go through the open plan: answer the first question of each kind still wanted."""
    walk = wait_for_screen(qtbot, window, PlanWalkWidget)
    answered: dict[str, str] = {}
    for _ in range(200):
        if not wanted - set(answered):
            break
        page = walk.page
        if isinstance(page, QuestionPage) and page.question.kind in wanted - set(answered):
            assert focus() is page.first_control()
            answered[page.question.kind] = page.question.id
            answer_with_keys(page)
        elif isinstance(page, SectionSummary) or walk.navigator.at_end:
            # Tab to "Next section" / "Finish for now" and press Space, as a keyboard user
            # would. (Its Alt mnemonic is covered by test_mnemonics.py; under a heavily loaded
            # machine QTest's Alt+letter sometimes never reaches Qt's shortcut map.)
            tab_to(lambda w: w is walk.next_button)
            press(Key.Key_Space)
        elif isinstance(focus(), QPlainTextEdit):
            press(Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Enter is a new line
        else:
            press(Key.Key_Return)                   # nothing to say here: Enter goes Next
        qtbot.wait(1)
    else:
        raise AssertionError(f"the walk did not move on: {walk.navigator.position}")
    press(Key.Key_M, Qt.KeyboardModifier.AltModifier)   # Back to ho&me
    wait_for_screen(qtbot, window, HomeScreen)
    return answered


def add_plan(qtbot: Any, window: Any, words: str, name: str) -> None:
    tab_to(button(words))
    in_modal(lambda: (type_keys(name), press(Key.Key_Return)))
    press(Key.Key_Space)


@pytest.mark.slow
def test_first_run_every_kind_a_card_and_lock_with_keys_only(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    printed = tmp_path / "card.pdf"

    def printer_dialog(dialog: QPrintDialog) -> int:   # the system dialog's stand-in
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", printer_dialog)
    monkeypatch.setattr(output_module, "_prints_to_a_file", lambda _printer: False)
    window = make_window()
    _main[:] = [window]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # First run: Start a new plan → Before you start → passphrase twice → "What do you want to
    # plan for?" → the first question of the safety plan.
    tab_to(button("Start a new plan"))
    press(Key.Key_Space)
    tab_to(button("Continue"))
    press(Key.Key_Space)
    create = wait_for_screen(qtbot, window, CreateScreen)
    tab_to(lambda w: w is create.form.first)
    type_keys(PASSPHRASE)
    tab_to(lambda w: w is create.form.second)
    type_keys(PASSPHRASE)
    tab_to(button("Create my plan"))
    press(Key.Key_Space)
    choice = wait_for_screen(qtbot, window, PlanChoiceScreen)
    assert not isinstance(focus(), QScrollArea)   # a control, never an unnamed container
    tab_to(lambda w: w is choice.tiles["safety_plan"])
    press(Key.Key_Space)

    # One question of each kind: the safety plan has nine kinds, the release plan the tenth.
    kinds = {"long_text", "choice", "person", "yes_no", "checklist", "date", "money", "place",
             "document"}
    answered = walk_answering_each_kind(qtbot, window, kinds)
    add_plan(qtbot, window, "Add a release plan", "If")
    answered |= walk_answering_each_kind(qtbot, window, {"short_text"})
    doc = window.session.doc
    stored = {qid: a for plan in doc.plans for qid, a in plan.answers.items()}
    assert {kind: stored[qid].state for kind, qid in answered.items()} == dict.fromkeys(
        kinds | {"short_text"}, "answered")
    assert [p.name for p in doc.people] == ["Ana"] and len(doc.documents) == 1

    # A wallet card, printed.
    home = window.current_screen()
    tab_to(lambda w: w is home.part_tiles["print"])
    press(Key.Key_Space)
    screen = wait_for_screen(qtbot, window, PrintScreen)
    tab_to(lambda w: w is screen.panel.plan_choice or w is screen.panel.card_choice)
    press(Key.Key_Down)                                  # the card, not the whole plan
    assert screen.panel.is_card()
    tab_to(button("Print…"))
    press_in_dialog("Print the card as it is")   # officers may read a card: the person decides
    press_in_dialog("Continue")                  # print queues may keep a copy
    press(Key.Key_Space)
    qtbot.waitUntil(printed.exists, timeout=10_000)
    assert printed.read_bytes().startswith(b"%PDF")

    # Lock.
    tab_to(button("Lock"))
    press(Key.Key_Space)
    wait_for_screen(qtbot, window, UnlockScreen)
    assert window.session is None
