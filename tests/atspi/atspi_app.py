"""Drive the real app under Xvfb and record what the accessibility bus shows (run as a script).

Usage: python tests/atspi/atspi_app.py REPORT.json FOLDER
The environment gives DISPLAY, DBUS_SESSION_BUS_ADDRESS, QT_QPA_PLATFORM=xcb and
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 (see test_atspi_bus.py). Writes a JSON report:
every main screen's objects on show, the focused object after each Next on every question
page of both question sets, what was left on the bus after unlocking, and the record entry the
bus hears selected after another is removed.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from atspi_reader import Bus
from PySide6.QtWidgets import QApplication, QWidget

PASSPHRASE = "lantern orchard pebble violin"


def wait_for(bus: Bus, window: Any, kind: type[QWidget], seconds: float = 20) -> Any:
    """Wait until the window shows a screen of this class."""
    deadline = time.monotonic() + seconds
    while not isinstance(window.current_screen(), kind):
        if time.monotonic() > deadline:
            raise RuntimeError(f"never reached {kind.__name__}")
        bus.settle(0.05)
    bus.settle(0.1)
    return window.current_screen()


def first_run(bus: Bus, window: Any, report: dict[str, Any]) -> None:
    """Start → (consent) → create → plan choice → home, recording each screen."""
    from saferplan.gui.consent import ConsentScreen
    from saferplan.gui.first_run import PlanChoiceScreen
    from saferplan.gui.home import HomeScreen
    from saferplan.gui.passphrase_field import ANNOUNCE_DELAY_MS
    from saferplan.gui.unlock import CreateScreen

    report["screens"]["start"] = bus.showing()
    window.current_screen()._new.click()
    bus.settle()
    if isinstance(window.current_screen(), ConsentScreen):
        report["screens"]["consent"] = bus.showing()
        window.current_screen()._continue.click()
    create = wait_for(bus, window, CreateScreen)
    report["screens"]["create"] = bus.showing()
    create.form.first.setText("password1")     # a common one: its strength words are said
    bus.settle(ANNOUNCE_DELAY_MS / 1000 + 0.4)
    create.form.first.setText(PASSPHRASE)
    create.form.second.setText(PASSPHRASE)
    create._want_code.setChecked(False)
    create._create.click()
    wait_for(bus, window, PlanChoiceScreen)
    report["screens"]["plan_choice"] = bus.showing()
    window.current_screen()._later.click()
    wait_for(bus, window, HomeScreen)
    report["screens"]["home"] = bus.showing()


def lock_and_unlock(bus: Bus, window: Any, report: dict[str, Any]) -> None:
    """Lock, record the unlock screen, unlock, and note any unlock-page object left behind."""
    from saferplan.gui.home import HomeScreen
    from saferplan.gui.unlock import UnlockScreen

    window.lock_now()
    unlock = wait_for(bus, window, UnlockScreen)
    report["screens"]["unlock"] = bus.showing()
    title = unlock._title.text()
    heading = next(seen for seen in report["screens"]["unlock"] if seen.name == title)
    gone_before = len(bus.gone())
    unlock.field.setText(PASSPHRASE)
    unlock._open.click()
    wait_for(bus, window, HomeScreen)
    bus.settle(0.3)
    report["unlock_title"] = title
    report["after_unlock_showing"] = bus.showing()
    report["after_unlock_anywhere"] = bus.named_anywhere(title)
    told = set(bus.gone()[gone_before:])
    still_showing = {seen.path for seen in report["after_unlock_showing"]}
    report["unlock_page_gone_on_bus"] = sorted(
        told & {heading.path, *heading.ancestor_paths} - still_showing)


def parts(bus: Bus, window: Any, report: dict[str, Any]) -> None:
    """Every part screen and settings."""
    from saferplan.gui.parts import PARTS

    for part in PARTS:
        window.open_part(part)
        bus.settle(0.2)
        report["screens"][part] = bus.showing()
        window.show_home()
    window.show_settings()
    bus.settle(0.2)
    report["screens"]["settings"] = bus.showing()
    window.show_home()


FILE_WORDS = "Anh ấy đến cửa hàng lúc 9 giờ.\nTôi đã ghi lại mọi chuyện ở đây.\n"


def record_file_view(bus: Bus, window: Any, report: dict[str, Any]) -> None:
    """The larger view of a text file kept in the record: what is on show, and its words."""
    import datetime

    from saferplan.gui.record.attachments import AttachmentView
    from saferplan.gui.record.screen import RecordWidget
    from saferplan.gui.record.text_view import SHOWN
    from saferplan.model import LogEntry
    from saferplan.model.record import add_attachment

    doc = window.session.doc
    kept = add_attachment(doc, "what happened.txt", "text/plain", FILE_WORDS.encode("utf-8"),
                          datetime.date(2026, 11, 2))
    doc.log.append(LogEntry(when="2026-11-02", what="Ở cửa hàng", id="atspi_e1",
                            attachments=[kept.id]))
    window.session.changed()
    window.open_part("record")
    screen = wait_for(bus, window, RecordWidget)
    deadline = time.monotonic() + 20
    while not screen.editor.rows() and time.monotonic() < deadline:
        bus.settle(0.05)
    row = screen.editor.rows()[0]
    row.open_view()
    view: AttachmentView = row.view
    while view.text is not None and view.text.state != SHOWN and time.monotonic() < deadline:
        bus.settle(0.05)
    bus.settle(0.3)
    showing = bus.showing()
    report["screens"]["file_view"] = showing
    report["file_view_words"] = [bus.text(seen) for seen in showing
                                 if seen.name == "what happened.txt" and seen.role == "text"]
    view.close()
    bus.settle(0.1)
    window.show_home()


def record_removal(bus: Bus, window: Any, report: dict[str, Any]) -> None:
    """Remove the selected one of three record entries: which entry the bus hears selected."""
    from saferplan.gui import dialogs
    from saferplan.gui.record.screen import RecordWidget
    from saferplan.model import LogEntry

    window.session.doc.log.extend(
        LogEntry(when=f"2026-10-0{n}", where=f"Street {n}", id=f"atspi_r{n}") for n in (1, 2, 3))
    window.session.changed()
    window.open_part("record")
    screen = wait_for(bus, window, RecordWidget)
    screen.search.setText("Street")
    screen.list.setCurrentRow(1)  # newest first: Street 3, Street 2, Street 1
    bus.settle(0.5)
    heard = len(bus.selected_since(0))
    with dialogs.preanswer([True]):
        screen.remove_current()
    bus.settle(0.5)
    report["removal_selected"] = [seen.name for seen in bus.selected_since(heard)
                                  if seen.role == "list item" and "Street" in seen.name]
    report["removal_rows"] = [seen.name for seen in bus.showing() if seen.role == "list item"]
    window.show_home()


def walk_every_question(bus: Bus, window: Any, report: dict[str, Any]) -> None:
    """For both question sets: open a plan, press Next on every page, read the focus."""
    from saferplan.form_text import translate_forms
    from saferplan.forms import load_all_forms
    from saferplan.gui.walk import PlanWalkWidget
    from saferplan.gui.walk.question_page import QuestionPage
    from saferplan.model import Plan

    forms = translate_forms(load_all_forms())
    for form_id in ("safety_plan", "release_plan"):
        plan_id = f"atspi_{form_id}"
        window.session.doc.plans.append(Plan(plan_id, form_id, form_id))
        window.open_plan(plan_id)
        walk = wait_for(bus, window, PlanWalkWidget)
        report["screens"][f"walk_{form_id}"] = bus.showing()
        page = walk.page
        record_page(bus, report, form_id, page)
        if form_id == "safety_plan":  # one Skip, to hear its acknowledgement
            walk.skip_button.click()
            bus.settle(0.02)
            walk.back_button.click()
            bus.settle(0.02)
        while not walk.navigator.at_end:
            walk.next_button.click()
            bus.settle(0.02)
            page = walk.page
            if isinstance(page, QuestionPage):
                record_page(bus, report, form_id, page)
        assert len({q.id for q in forms[form_id].questions()}) == sum(
            1 for p in report["pages"] if p["form"] == form_id)
        window.show_home()


def record_page(bus: Bus, report: dict[str, Any], form_id: str, page: Any) -> None:
    """The focused object on a question page, with the question and why it should carry."""
    from saferplan.gui.walk.question_page import QuestionPage

    if not isinstance(page, QuestionPage):
        return
    seen = bus.last_focus()
    report["pages"].append({
        "form": form_id, "question": page.question.id, "kind": page.question.kind,
        "text": page.question.text, "why": page.question.why,
        "focused": asdict(seen) if seen is not None else None,
    })


def main() -> int:
    """Run the whole drive and write the report."""
    report_path, folder = Path(sys.argv[1]), Path(sys.argv[2])
    from saferplan.gui.main import application
    from saferplan.gui.settings import Settings
    from saferplan.gui.window import MainWindow
    from saferplan.i18n import set_language
    from saferplan.storage.paths import app_dirs

    app = application()
    set_language("en")
    window = MainWindow(app_dirs(folder / "portable"), Settings(language="en"))
    window.resize(1280, 860)
    window.show()
    window.activateWindow()
    started = time.monotonic()
    bus = Bus(app)
    bus.settle(0.3)
    report: dict[str, Any] = {"screens": {}, "pages": []}
    first_run(bus, window, report)
    lock_and_unlock(bus, window, report)
    parts(bus, window, report)
    walk_every_question(bus, window, report)
    record_file_view(bus, window, report)
    record_removal(bus, window, report)
    report["announcements"] = bus.announcements()
    report["seconds"] = round(time.monotonic() - started, 1)
    report["screens"] = {k: [asdict(s) for s in v] for k, v in report["screens"].items()}
    report["after_unlock_showing"] = [asdict(s) for s in report["after_unlock_showing"]]
    report_path.write_text(json.dumps(report, indent=1), encoding="utf-8")
    window._release_session()
    window._quitting = True
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
