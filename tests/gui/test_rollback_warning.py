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
from saferplan.storage import backup_path


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


def test_an_older_copy_offers_the_newer_backup_and_keeps_it(qtbot: Any,
                                                            make_window: Any) -> None:
    window = make_window()
    create_plan(qtbot, window)
    path = window.plan_path
    older = path.with_name("kept.bin")
    for title in ("old", "newer", "newest"):
        if title == "old":
            window.session.doc.plans.append(Plan("plan1", "safety_plan", title))
        window.session.doc.plans[0].title = title
        window.session.changed()
        assert window.session.save_now()
        if title == "old":
            shutil.copyfile(path, older)  # someone keeps this copy
    window.lock_now()
    flush_deletes()
    newer_backup = backup_path(path).read_bytes()  # "newer"
    shutil.copyfile(older, path)  # ... and puts the old one back
    with dialogs.preanswer(["keep"]) as shown:  # "Use this older copy"
        unlock(qtbot, window, PASSPHRASE)
        wait_for_screen(qtbot, window, HomeScreen)
    assert [s.kind for s in shown] == ["choose"] and "backup beside it is newer" in shown[0].text
    window.session.doc.plans[0].title = "kept old"
    window.session.changed()
    assert window.session.save_now()
    assert backup_path(path).read_bytes() == newer_backup  # not rotated away
    window.lock_now()
    flush_deletes()
    shutil.copyfile(older, path)
    with dialogs.preanswer(["backup"]) as shown:  # "Open the newer backup"
        unlock(qtbot, window, PASSPHRASE)
        wait_for_screen(qtbot, window, HomeScreen)
    assert [s.kind for s in shown] == ["choose", "inform"]  # then "Backup opened"
    assert [p.title for p in window.session.doc.plans] == ["newer"]
