"""Opening the record screen holds the window briefly: the record's first look (its newest-first
order) is made in the thread that unlocks the plan and kept while the plan is open, so the
screen does not sort a long record; and the screen does not load the PDF makers or the walk."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from typing import Any

import pytest
from gui_support import PASSPHRASE, wait_for_screen
from test_shell_flows import create_plan, unlock

from saferplan.gui import dialogs
from saferplan.gui.home import HomeScreen
from saferplan.gui.record import RecordWidget
from saferplan.model import entries_newest_first
from saferplan.model import record_search as search_module
from saferplan.model.record import add_entry

ENTRIES = 40  # more than RecordSearch puts in place one by one: the first look sorts them


@pytest.fixture
def sorts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each sort of the record: "gui" when made on the GUI thread, else "worker"."""
    made: list[str] = []
    sort = search_module.newest_first

    def counting(whens: list[str]) -> list[int]:
        made.append("gui" if threading.current_thread() is threading.main_thread()
                    else "worker")
        return sort(whens)

    monkeypatch.setattr(search_module, "newest_first", counting)
    return made


def _locked_plan_with_a_record(qtbot: Any, window: Any) -> None:
    create_plan(qtbot, window)
    doc = window.session.doc
    for n in range(ENTRIES):
        add_entry(doc, f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", f"Street {n}", f"Entry {n}")
    window.session.changed()
    window.lock_now()


def _open_record(qtbot: Any, window: Any) -> RecordWidget:
    window.open_part("record")
    screen = wait_for_screen(qtbot, window, RecordWidget)
    rows = [screen.list.item(row).entry for row in range(screen.list.count())]
    assert rows == entries_newest_first(window.session.doc)
    return screen  # type: ignore[no-any-return]


def test_unlocking_sorts_the_record_in_the_worker_and_the_screen_never_does(
        qtbot: Any, make_window: Any, sorts: list[str]) -> None:
    window = make_window()
    _locked_plan_with_a_record(qtbot, window)
    sorts.clear()
    unlock(qtbot, window, PASSPHRASE)
    wait_for_screen(qtbot, window, HomeScreen)
    assert sorts == ["worker"]
    _open_record(qtbot, window).close_requested.emit()
    wait_for_screen(qtbot, window, HomeScreen)
    _open_record(qtbot, window)  # opened again
    assert sorts == ["worker"]


def test_a_failed_first_look_still_opens_the_plan(
        qtbot: Any, make_window: Any, sorts: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    _locked_plan_with_a_record(qtbot, window)

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug in the search")

    monkeypatch.setattr(search_module.RecordSearch, "look", broken)
    sorts.clear()
    unlock(qtbot, window, PASSPHRASE)
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.session is not None and len(window.session.doc.log) == ENTRIES
    _open_record(qtbot, window)  # the screen looks itself
    assert sorts == ["gui"]


OPEN_THE_SCREEN = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from saferplan.gui.record import RecordWidget
from saferplan.gui.session import Session
from saferplan.model import PlanDocument
from saferplan.model.record import add_entry
doc = PlanDocument()
add_entry(doc, "2025-03-04", "Street 1", "A note")
widget = RecordWidget(Session(doc, guest=True))
widget.show()
app.processEvents()
assert widget.list.count() == 1
print(sorted(m for m in ("pypdf", "saferplan.export", "saferplan.gui.walk.widget")
             if m in sys.modules))
"""


def test_opening_the_record_screen_loads_neither_the_pdf_makers_nor_the_walk() -> None:
    # A fresh process: this one has loaded everything already.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    shown = subprocess.run([sys.executable, "-c", OPEN_THE_SCREEN], env=env, check=True,
                           capture_output=True, text=True, timeout=120)
    assert shown.stdout.strip() == "[]"


def _shown_notes(screen: RecordWidget) -> list[str]:
    return [screen.list.item(row).entry.what for row in range(screen.list.count())]


def test_changes_brought_back_after_a_failed_save_get_a_search_of_their_own(
        qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    looks: list[tuple[search_module.RecordSearch, list[str]]] = []  # (search, notes it saw)
    look = search_module.RecordSearch.look

    def seen(search: search_module.RecordSearch, doc: Any) -> None:
        looks.append((search, [entry.what for entry in doc.log]))
        look(search, doc)

    monkeypatch.setattr(search_module.RecordSearch, "look", seen)
    window = make_window()
    create_plan(qtbot, window)
    path = window.plan_path
    add_entry(window.session.doc, "2025-03-04", "Street 1", "Entry A")
    window.session.changed()
    assert window.session.save_now()  # A is in the file
    add_entry(window.session.doc, "2025-03-05", "Street 2", "Entry B")
    window.session.changed()
    path.write_bytes(path.read_bytes())  # "changed by another program": B cannot be saved
    with dialogs.preanswer():  # a message would block the test
        window.lock_now()
    assert len(window._unsaved) == 1  # B is kept sealed in memory
    looks.clear()
    with dialogs.preanswer() as shown:
        unlock(qtbot, window, PASSPHRASE)
        wait_for_screen(qtbot, window, HomeScreen)
    assert [s.kind for s in shown] == ["inform"]  # "Your changes are back"
    doc = window.session.doc
    assert [entry.what for entry in doc.log] == ["Entry A", "Entry B"]  # brought back
    # The first look was at the file as it was: the session searches without it. (A search
    # kept from that look would still find B, as it reads a record of other entries all again:
    # so which search the session keeps is checked here, and what it finds below.)
    assert [notes for _search, notes in looks] == [["Entry A"]]
    assert window.session.record_search is not looks[0][0]
    assert [e.what for e in window.session.record_search.search(doc, "entry b")] == ["Entry B"]
    screen = _open_record(qtbot, window)
    assert _shown_notes(screen) == ["Entry B", "Entry A"]
    qtbot.keyClicks(screen.search, "Entry B")
    assert _shown_notes(screen) == ["Entry B"]
