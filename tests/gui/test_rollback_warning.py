"""An older copy of a plan put back is noticed at unlock; the person chooses what to do."""

from __future__ import annotations

import shutil
from typing import Any

from gui_support import PASSPHRASE, flush_deletes, wait_for_screen
from test_shell_flows import create_plan, unlock

from saferplan.gui import dialogs
from saferplan.gui.home import HomeScreen
from saferplan.gui.start import StartScreen
from saferplan.model import Plan


def test_an_older_copy_warns_and_can_be_closed_or_kept(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    path = window.plan_path
    window.session.doc.plans.append(Plan("plan1", "safety_plan", "old"))
    window.session.changed()
    assert window.session.save_now()
    older = path.with_name("kept.bin")
    shutil.copyfile(path, older)  # someone keeps this copy
    window.session.doc.plans[0].title = "new"
    window.session.changed()
    assert window.session.save_now()
    window.lock_now()
    flush_deletes()
    shutil.copyfile(older, path)  # ... and puts it back
    before = path.read_bytes()
    with dialogs.preanswer([False]) as shown:  # "Close it"
        unlock(qtbot, window, PASSPHRASE)
        wait_for_screen(qtbot, window, StartScreen)
    assert [s.kind for s in shown] == ["confirm"]
    assert "older than the last one saved on this computer" in shown[0].text
    assert window.session is None and path.read_bytes() == before
    window.show_unlock(path)
    with dialogs.preanswer([True]):  # "Use this older copy"
        unlock(qtbot, window, PASSPHRASE)
        wait_for_screen(qtbot, window, HomeScreen)
    assert [p.title for p in window.session.doc.plans] == ["old"]
