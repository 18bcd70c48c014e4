"""The canary session of threat-model.md: a whole session leaves no plan text on disk.

A distinctive canary (ASCII and non-ASCII) is typed into answers and put into people and
documents; the numbers are practised, a card is printed to a named PDF, the language is changed,
the plan is locked, unlocked and the app quits. Then every file under the fresh HOME (with its
XDG folders) and the temp folder is searched for the canary in UTF-8 and UTF-16. Only the files
the test exported by name may match.
"""

from __future__ import annotations

import datetime
import tempfile
from pathlib import Path
from typing import Any

import pytest
from gui_support import PASSPHRASE, files_under, type_text
from test_shell_flows import create_plan, unlock

from saferplan.gui.walk import PlanWalkWidget
from saferplan.model import Document, Plan, dumps_plan_json
from saferplan.model.practice import record_attempt
from saferplan.model.record import add_attachment, add_entry

CANARY = "Qx7canaryZebu"
CANARY_WIDE = "Ngựa vằn 金丝雀 ខ្មែរ"


def _encodings(text: str) -> list[bytes]:
    return [text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


NEEDLES = _encodings(CANARY) + _encodings(CANARY_WIDE)


def files_with_canary(folders: list[Path]) -> set[Path]:
    """Every file under these folders that holds a canary in any of the encodings."""
    return {path for folder in folders for path in files_under(folder)
            if any(needle in path.read_bytes() for needle in NEEDLES)}


def test_the_search_finds_a_canary_in_each_encoding(tmp_path: Path) -> None:
    for i, needle in enumerate(NEEDLES):
        (tmp_path / f"f{i}").write_bytes(b"x" + needle + b"y")
    assert len(files_with_canary([tmp_path])) == len(NEEDLES)


def test_a_whole_session_leaves_no_plan_text(qtbot: Any, make_window: Any, tmp_path: Path,
                                             _private_home: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan.export import ExportOptions, render_card_pdf
    from saferplan.storage import write_file_atomically
    from saferplan.storage.paths import app_dirs

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    window = make_window(app_dirs(None))          # the per-user folders, inside the fresh HOME
    create_plan(qtbot, window)
    session = window.session

    # Answers, typed as a person would, through the walk.
    session.doc.plans.append(Plan("r1", "release_plan", "If I am detained"))
    session.changed()
    window.open_plan("r1")
    walk = window.current_screen()
    assert isinstance(walk, PlanWalkWidget)
    for question_id in ("r_medication", "r_interpreter", "r_family_message"):
        walk.open_question(question_id)
        type_text(walk.page.answer_widget, f"{CANARY} {CANARY_WIDE}")  # type: ignore[union-attr]
    walk.go_next()
    assert CANARY in session.doc.plans[0].answers["r_medication"].value  # type: ignore[operator]

    # People and documents, and practising a number.
    person = session.doc.add_person(f"{CANARY_WIDE} {CANARY}", "+1 416 555 0199",
                                    ["bond_person"], notes=CANARY)
    person.memorize = True
    session.doc.documents.append(Document("d1", f"passport {CANARY}", CANARY_WIDE, person.id))
    record_attempt(session.doc, person.id, "416 555 0198", datetime.date(2026, 11, 28))
    # The private record: an entry and an attachment that both carry the canary.
    today = datetime.date(2026, 11, 28)
    attachment = add_attachment(session.doc, f"{CANARY}.txt", "text/plain",
                                f"{CANARY} {CANARY_WIDE}".encode(), today)
    add_entry(session.doc, "2026-11-27T21:30", CANARY_WIDE, f"{CANARY} said",
              people=[person.id], attachments=[attachment.id])
    session.changed()
    assert session.save_now()

    # Explicit exports: a card PDF and a JSON copy, in files the test names.
    exports = _private_home / "exported"
    exports.mkdir()
    card = exports / "card.pdf"
    write_file_atomically(card, render_card_pdf(session.doc, ExportOptions()))
    json_copy = exports / "plan.json"
    write_file_atomically(json_copy, dumps_plan_json(session.doc).encode("utf-8"))

    # Change language, lock, unlock, quit.
    window.show_home()
    window.choose_language("vi")
    window.choose_language("en")
    window.lock_now()
    unlock(qtbot, window, PASSPHRASE)
    assert window.session is not None
    window.lock_now()
    window._quitting = True
    window.close()

    found = files_with_canary([_private_home, temp])
    assert json_copy in found                     # proves the search sees plaintext
    assert found <= {card, json_copy}, sorted(str(p) for p in found - {card, json_copy})
    plan_files = [p for p in files_under(_private_home) if p.suffix == ".dat"]
    assert plan_files, "the plan should have been saved inside the fresh HOME"
