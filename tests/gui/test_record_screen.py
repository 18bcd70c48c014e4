"""The private record screen: add, write, attach a photo, search, remove, and a PDF for a lawyer."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QEvent, QModelIndex, QPoint, Qt, QTime
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from saferplan.gui import dialogs
from saferplan.gui.record import RecordWidget
from saferplan.gui.record.attachments import SHOWN, THUMBNAIL_SIZE, AttachmentChooser
from saferplan.gui.record.entry_list import EntryListModel
from saferplan.gui.session import Session
from saferplan.model import LogEntry, PlanDocument
from saferplan.model import record as record_model
from saferplan.model import record_search as search_module

VI_WHAT = "Anh ta đến cửa hàng và la hét."
VI_WHERE = "Phố Huế"


def files_under(folder: Path) -> list[Path]:
    return [Path(root) / name for root, _dirs, names in os.walk(folder) for name in names]


def type_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    widget.setFocus()
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, ch))


def make(qtbot: QtBot, doc: PlanDocument | None = None) -> tuple[RecordWidget, Session]:
    session = Session(doc or PlanDocument(), guest=True)
    widget = RecordWidget(session)
    widget.resize(1000, 700)
    qtbot.addWidget(widget)
    return widget, session


def make_png(folder: Path, name: str = "screenshot.png") -> Path:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7d44"))
    path = folder / name
    assert image.save(str(path))  # PNG, from the suffix
    return path


def add_written_entry(widget: RecordWidget) -> None:
    widget.add_button.click()
    editor = widget.editor
    type_text(editor.where, VI_WHERE)
    type_text(editor.what, VI_WHAT)


def attach(widget: RecordWidget, path: Path, delete_original: bool) -> list[dialogs.Shown]:
    with dialogs.preanswer([str(path), delete_original]) as shown:
        widget.editor.add_file_button.click()
    return shown


def test_add_write_attach_search_and_pdf(qtbot: QtBot, tmp_path: Path,
                                         _private_home: Path) -> None:
    doc = PlanDocument()
    lan = doc.add_person("Chị Lan")
    widget, session = make(qtbot, doc)
    assert widget.empty_state.isVisibleTo(widget) and not widget.pdf_button.isEnabled()
    with qtbot.waitSignal(session.document_changed):
        add_written_entry(widget)
    editor = widget.editor
    editor.date.setDate(QDate(2025, 3, 4))
    editor.has_time.setChecked(True)
    editor.time.setTime(QTime(21, 30))
    editor.people.item(0).setCheckState(Qt.CheckState.Checked)
    entry = session.doc.log[0]
    assert (entry.when, entry.where, entry.what) == ("2025-03-04T21:30", VI_WHERE, VI_WHAT)
    assert entry.people == [lan.id] and session.dirty

    photo = make_png(tmp_path)
    shown = attach(widget, photo, delete_original=True)
    assert [s.kind for s in shown] == ["choose_attachment_file", "confirm"]
    assert "SSDs, USB sticks and phones" in shown[1].text and "cloud backup" in shown[1].text
    assert not photo.exists()
    assert len(entry.attachments) == 1
    attachment = session.doc.attachments[entry.attachments[0]]
    assert attachment.media_type == "image/png" and attachment.name == "screenshot.png"
    row = editor.rows()[0]
    qtbot.waitUntil(lambda: row.picture_state == SHOWN)  # made in the picture thread
    assert row.open_button.iconSize().width() == THUMBNAIL_SIZE  # 120 x 80, fitted
    row.open_view()
    assert row.view is not None and row.view.picture is not None
    qtbot.waitUntil(lambda: row.view is not None and row.view.picture_state == SHOWN)
    assert row.view.picture.pixmap().deviceIndependentSize().width() == 120  # never enlarged
    row.view.close()
    item_text = widget.list.item(0).text()
    assert VI_WHERE in item_text and VI_WHAT in item_text and "1 file" in item_text

    type_text(widget.search, "cửa HÀNG")
    assert widget.list.count() == 1
    widget.search.clear()
    type_text(widget.search, "không có")
    assert widget.list.count() == 0 and widget.empty_note.isVisibleTo(widget)
    widget.search.clear()
    assert widget.list.count() == 1 and widget.editor.entry is entry

    dialog = widget.open_pdf_dialog()
    assert dialog.chosen_ids() == [entry.id]
    out = tmp_path / "out"
    out.mkdir()
    with dialogs.preanswer([str(out), "for lawyer"]) as shown:
        dialog.save_button.click()
    assert [s.kind for s in shown] == ["choose_folder", "ask_text"]
    pdf = out / "for lawyer.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = re.sub(r"\s+", " ", text)
    assert VI_WHAT in flat and VI_WHERE in flat and "Chị Lan" in flat and "My record" in flat
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert len([line for line in listing if line.split()[2] == "image"]) == 1

    dialog.discreet.setChecked(True)
    type_text(dialog.password, "river stone")
    assert not dialog.save_button.isEnabled()  # the two passwords differ yet
    type_text(dialog.password_again, "river stone")
    assert dialog.save_button.isEnabled()
    with dialogs.preanswer([str(out), "notes"]) as shown:
        dialog.save_button.click()
    assert [s.kind for s in shown] == ["choose_folder", "ask_text"]
    reader = PdfReader(out / "notes.pdf")
    assert reader.is_encrypted and reader.decrypt("river stone")
    assert "Notes" in reader.pages[0].extract_text()
    dialog.close()
    # Nothing written under HOME: no chooser history, no recent files, no thumbnails cache.
    assert files_under(_private_home) == []


def test_keep_the_original(qtbot: QtBot, tmp_path: Path) -> None:
    widget, session = make(qtbot)
    add_written_entry(widget)
    photo = make_png(tmp_path)
    attach(widget, photo, delete_original=False)
    assert photo.exists() and len(session.doc.attachments) == 1
    assert "still there" in widget.status.text()


def test_too_large_and_unknown_kinds_are_refused_calmly(qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    widget, session = make(qtbot)
    add_written_entry(widget)
    photo = make_png(tmp_path)
    monkeypatch.setattr(record_model, "MAX_ATTACHMENT_BYTES", 64)
    with dialogs.preanswer([str(photo)]) as shown:
        widget.editor.add_file_button.click()
    assert [s.kind for s in shown] == ["choose_attachment_file", "inform"]
    assert "larger than" in shown[1].text and "screenshot" not in shown[1].text
    odd = tmp_path / "voice.m4a"
    odd.write_bytes(b"\x00\x00\x00 ftypM4A ")
    with dialogs.preanswer([str(odd)]) as shown:
        widget.editor.add_file_button.click()
    assert shown[1].kind == "inform" and "PNG, JPEG" in shown[1].text
    assert session.doc.attachments == {} and photo.exists() and odd.exists()


def test_remove_file_and_entry_after_confirming(qtbot: QtBot, tmp_path: Path) -> None:
    widget, session = make(qtbot)
    add_written_entry(widget)
    attach(widget, make_png(tmp_path, "a.png"), delete_original=False)
    attach(widget, make_png(tmp_path, "b.png"), delete_original=False)
    assert len(widget.editor.rows()) == 2
    remove_first = widget.editor.rows()[0].remove_button
    with dialogs.preanswer([False]):
        remove_first.click()
    assert len(session.doc.attachments) == 2
    with dialogs.preanswer([True]):
        remove_first.click()
    assert [a.name for a in session.doc.attachments.values()] == ["b.png"]
    qtbot.waitUntil(lambda: len(widget.editor.rows()) == 1)
    with dialogs.preanswer([False]) as shown:
        widget.remove_button.click()
    assert "files kept with it" in shown[0].text and len(session.doc.log) == 1
    with dialogs.preanswer([True]):
        widget.remove_button.click()
    assert session.doc.log == [] and session.doc.attachments == {}
    assert widget.list.count() == 0 and not widget.editor.isEnabled()


def test_list_is_newest_first_and_old_free_text_dates_are_kept(qtbot: QtBot) -> None:
    doc = PlanDocument()
    record_model.add_entry(doc, "2024-12-01", "", "older")
    record_model.add_entry(doc, "2025-02-01", "", "newer")
    doc.log.append(LogEntry("last spring", "", "from an old file", id="e9"))
    widget, _ = make(qtbot, doc)
    lines = [widget.list.item(r).text() for r in range(widget.list.count())]
    assert ["newer" in lines[0], "older" in lines[1], "last spring" in lines[2]] == [True] * 3
    widget.list.setCurrentRow(2)
    assert widget.editor.old_when.isVisibleTo(widget) and "last spring" in \
        widget.editor.old_when.text()
    assert doc.log[2].when == "last spring"  # only showing it changes nothing
    widget.editor.date.setDate(QDate(2024, 5, 1))
    assert doc.log[2].when == "2024-05-01"


def test_text_fields_are_sensitive(qtbot: QtBot) -> None:
    widget, _ = make(qtbot)
    widget.add_button.click()
    hint = Qt.InputMethodHint.ImhSensitiveData
    for field in (widget.search, widget.editor.where, widget.editor.what):
        assert field.inputMethodHints() & hint


def test_attachment_chooser_offers_files_and_writes_nothing(qtbot: QtBot, tmp_path: Path,
                                                            _private_home: Path) -> None:
    photo = make_png(tmp_path)
    chooser = AttachmentChooser("Add", "Choose a file")
    qtbot.addWidget(chooser)
    chooser.go_to(tmp_path)
    chooser.select(photo)
    assert chooser.selected_path() == photo
    chooser.select(tmp_path)
    assert chooser.selected_path() is None  # a folder is not a file to keep
    assert files_under(_private_home) == []


def _long_record(count: int) -> PlanDocument:
    doc = PlanDocument()
    doc.log = [LogEntry(f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", f"Street {n}",
                        f"Entry {n}: what happened. " * (1 + n % 4), id=f"e{n}")
               for n in range(count)]
    return doc


def test_a_long_record_makes_only_the_rows_it_shows(qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    describe = RecordWidget._item_text

    def counting(self: RecordWidget, entry: LogEntry) -> str:
        made.append(entry.id)
        return describe(self, entry)

    monkeypatch.setattr(RecordWidget, "_item_text", counting)
    widget, _ = make(qtbot, _long_record(3000))
    widget.show()
    QApplication.processEvents()
    assert widget.list.count() == 3000
    assert len(made) < 100  # the rows on screen, not every entry
    made.clear()
    type_text(widget.editor.what, "x")
    QApplication.processEvents()
    assert made == [widget.editor.entry.id]  # one keystroke: that row's text only, drawn
    assert widget.list.item(0).text().count("x") >= 1


def test_the_whole_long_record_is_laid_out_in_the_end(qtbot: QtBot) -> None:
    widget, _ = make(qtbot, _long_record(1500))
    widget.show()
    qtbot.waitUntil(lambda: widget.list.count() == 1500)  # the rows after the first come next
    last = widget.list.model().index(1499, 0)
    qtbot.waitUntil(lambda: widget.list.visualRect(last).height() > 0, timeout=10000)
    widget.list.scrollToBottom()
    QApplication.processEvents()
    rect = widget.list.visualRect(last)
    assert widget.list.viewport().rect().intersects(rect)


def test_the_search_is_made_ready_between_events_then_a_keystroke_folds_only_its_text(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan.gui.record import screen
    from saferplan.model import record_search

    folded: list[int] = []  # how many entries each fold took (1: the search text)
    fold = record_search._folded
    monkeypatch.setattr(record_search, "_folded", lambda text: folded.append(
        text.count(record_search._ENTRY_GAP) + 1) or fold(text))
    monkeypatch.setattr(screen, "FOLD_AHEAD", 400)
    widget, _ = make(qtbot, _long_record(1000))
    widget.show()
    assert folded == [1]  # the (empty) search text only, while the screen opens
    qtbot.waitUntil(lambda: widget.finder.ready)
    # The empty text again when the rows after the first come, then the entries in steps.
    assert folded == [1, 1, 400, 400, 200]
    folded.clear()
    type_text(widget.search, "entry 99")
    assert folded == [1] * len("entry 99")  # each keystroke folds only the search text
    assert widget.list.count() == 11  # Entry 99 and Entry 990 to 999


def test_a_search_finds_what_was_just_typed_and_not_a_removed_entry(qtbot: QtBot) -> None:
    widget, session = make(qtbot, _long_record(1000))
    widget.show()
    qtbot.waitUntil(lambda: widget.finder.ready)
    widget.list.setCurrentRow(5)
    edited = widget.current_entry()
    type_text(widget.editor.what, " zebra")
    type_text(widget.search, "ZEBRA")
    assert [widget.list.item(r).entry for r in range(widget.list.count())] == [edited]
    assert widget.current_entry() is edited  # still selected
    with dialogs.preanswer([True]):
        widget.remove_button.click()
    assert widget.list.count() == 0 and widget.empty_note.isVisibleTo(widget)
    assert edited not in session.doc.log
    widget.search.clear()
    assert widget.list.count() == 999


def test_a_search_keeps_the_selected_entry_when_it_still_finds_it(qtbot: QtBot) -> None:
    widget, _ = make(qtbot, _long_record(300))
    widget.list.setCurrentRow(40)
    chosen = widget.current_entry()
    assert chosen is not None
    type_text(widget.search, chosen.where)
    assert widget.current_entry() is chosen and widget.list.count() >= 1


def test_a_keystroke_that_finds_the_same_entries_leaves_the_list_as_it_is(qtbot: QtBot) -> None:
    widget, _ = make(qtbot, _long_record(500))
    qtbot.waitUntil(lambda: widget.list.count() == 500)  # the rows after the first come next
    resets: list[bool] = []
    widget.list.model().modelReset.connect(lambda: resets.append(True))
    type_text(widget.search, "entry")  # every entry, as before: nothing to lay out again
    assert resets == [] and widget.list.count() == 500
    type_text(widget.search, " 49")
    assert len(resets) == 2 and widget.list.count() == 11  # "entry 4", then "entry 49"


def test_a_long_record_shows_its_first_rows_as_soon_as_it_opens(qtbot: QtBot) -> None:
    widget, _ = make(qtbot, _long_record(5000))
    widget.show()
    QApplication.processEvents()
    view = widget.entry_list
    top = view.indexAt(view.viewport().rect().topLeft() + QPoint(8, 8))
    assert top.row() == 0  # painted and found where it is drawn, not after the whole list
    bottom = view.indexAt(view.viewport().rect().bottomLeft() + QPoint(8, -8))
    assert bottom.row() > 0  # the rows after it too
    type_text(widget.search, "entry 49")
    QApplication.processEvents()
    assert view.indexAt(view.viewport().rect().topLeft() + QPoint(8, 8)).row() == 0


def test_each_line_of_a_row_is_drawn_in_its_own_direction_and_read_plain(
        qtbot: QtBot) -> None:
    doc = PlanDocument()
    doc.log = [LogEntry(when="2026-11-03T15:00", where="المركز", id="e1",
                        what="Went through the release plan with Rosa.")]
    widget, _ = make(qtbot, doc)
    model = widget.entry_list.entries
    index = model.index(0)
    plain = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    shown = model.data(index, Qt.ItemDataRole.DisplayRole)
    assert "\u2068" not in plain and "Went through the release plan with Rosa." in plain
    # On an Arabic screen an English note (and the "…" of a line cut short) reads left to right.
    assert shown.split("\n") == [f"\u2068{line}\u2069" for line in plain.split("\n")]


def _shown(widget: RecordWidget) -> list[LogEntry]:
    return [widget.list.item(row).entry for row in range(widget.list.count())]


def test_the_record_is_sorted_once_while_the_plan_is_open(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # More entries than RecordSearch puts in place one by one: the first look sorts them all.
    doc = _long_record(60)
    sorts: list[int] = []
    ranked: list[str] = []
    sort, rank = search_module.newest_first, search_module.is_valid_when
    monkeypatch.setattr(search_module, "newest_first",
                        lambda whens: sorts.append(len(whens)) or sort(whens))
    monkeypatch.setattr(search_module, "is_valid_when",
                        lambda when: ranked.append(when) or rank(when))
    session = Session(doc, guest=True)
    first = RecordWidget(session)
    qtbot.addWidget(first)
    assert sorts == [60] and sorted(ranked) == sorted({e.when for e in doc.log})  # each once
    assert _shown(first) == record_model.entries_newest_first(doc)
    first.list.setCurrentRow(59)  # the oldest
    first.editor.date.setDate(QDate(2026, 1, 1))  # now the newest
    first.close()
    again = RecordWidget(session)  # the screen opened again, in the same plan
    qtbot.addWidget(again)
    assert sorts == [60]  # not sorted again: the edited entry alone was put in its place
    assert _shown(again) == record_model.entries_newest_first(doc)
    assert _shown(again)[0].when == "2026-01-01"
    other = RecordWidget(Session(doc, guest=True))  # another opening of the plan: its own look
    qtbot.addWidget(other)
    assert sorts == [60, 60]


def test_a_hidden_list_places_its_rows_once_when_shown(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each placing of the rows asks once for their one size (rows of one height).
    placed: list[bool] = []
    data = EntryListModel.data

    def counting(model: EntryListModel, index: QModelIndex, role: int = 0) -> object:
        if role == Qt.ItemDataRole.SizeHintRole:
            view = model.parent()  # the list
            assert isinstance(view, QWidget)
            placed.append(view.isVisible())
        return data(model, index, role)

    monkeypatch.setattr(EntryListModel, "data", counting)
    widget, _ = make(qtbot, _long_record(3000))
    widget.setStyleSheet("QListView { padding: 1px; }")  # restyled, as when joining the window
    widget.refresh()
    assert placed == []  # hidden: nothing placed for nothing
    widget.show()
    QApplication.processEvents()
    assert placed == [True]
    view = widget.entry_list
    assert view.visualRect(view.entries.index(0)).height() > 0
    assert view.visualRect(view.entries.index(2999)).height() > 0
    widget.hide()
    widget.refresh()  # the rows made again while hidden (another screen's edit)
    widget.show()
    QApplication.processEvents()
    assert placed.count(True) >= 2 and False not in placed


def test_a_long_record_opens_with_its_first_rows_and_gets_the_others_next(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan.gui.record import screen

    monkeypatch.setattr(screen, "FIRST_ROWS", 50)
    doc = _long_record(400)
    widget, _ = make(qtbot, doc)
    newest = record_model.entries_newest_first(doc)
    assert _shown(widget) == newest[:50]  # newest first: what the window shows
    assert widget.current_entry() is newest[0]
    assert widget.entry_list.accessibleName() == "Entries, newest first"
    qtbot.waitUntil(lambda: widget.list.count() == 400)
    assert _shown(widget) == newest and widget.current_entry() is newest[0]
    small, _ = make(qtbot, _long_record(50))
    assert small.list.count() == 50  # all at once: no more than the first rows


def _shown(widget: RecordWidget) -> list[LogEntry]:
    return [widget.list.item(row).entry for row in range(widget.list.count())]


def test_removing_an_entry_selects_the_one_that_takes_its_place_without_a_new_search(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    widget, session = make(qtbot, _long_record(300))
    widget.show()
    type_text(widget.search, "street 1")  # 1, 10-19, 100-199: a search stays as it is
    found = _shown(widget)
    assert len(found) == 111
    widget.list.setCurrentRow(40)
    chosen, after = found[40], found[41]
    assert widget.editor.entry is chosen
    shown_again: list[int] = []
    searched: list[str] = []
    set_entries, search = widget.entry_list.entries.set_entries, widget.finder.search
    monkeypatch.setattr(widget.entry_list.entries, "set_entries",
                        lambda entries: shown_again.append(len(entries)) or set_entries(entries))
    monkeypatch.setattr(widget.finder, "search",
                        lambda doc, text: searched.append(text) or search(doc, text))
    heard: list[int] = []  # the selection as the view (and a screen reader) hears of it
    widget.list.selectionModel().currentChanged.connect(
        lambda current, _previous: heard.append(current.row()))
    with dialogs.preanswer([True]):
        widget.remove_button.click()
    assert chosen not in session.doc.log and len(session.doc.log) == 299
    assert _shown(widget) == [e for e in found if e is not chosen]
    assert widget.current_entry() is after and widget.editor.entry is after
    assert heard == [41]  # once: the next row, chosen before the removed one went
    assert [widget.list.item(row).text() for row in range(widget.list.count())] == \
        [widget._item_text(entry) for entry in _shown(widget)]  # texts kept stay with their rows
    assert shown_again == [] and searched == []  # the row alone went
    assert chosen not in widget.finder._entries  # its text is not kept for the next search
    widget.list.setCurrentRow(widget.list.count() - 1)  # the last row: the one before it next
    last, before = _shown(widget)[-1], _shown(widget)[-2]
    with dialogs.preanswer([True]):
        widget.remove_button.click()
    assert widget.current_entry() is before and last not in session.doc.log
    monkeypatch.undo()
    widget.search.clear()
    assert _shown(widget) == record_model.entries_newest_first(session.doc)


def test_removing_one_of_two_entries_with_the_same_id_removes_the_one_selected(
        qtbot: QtBot) -> None:
    doc = PlanDocument()
    doc.log = [LogEntry("2025-01-01", "first", "", id="e1"),
               LogEntry("2025-02-01", "second", "", id="e1")]  # as an old file may have it
    widget, session = make(qtbot, doc)
    widget.show()
    assert [e.where for e in _shown(widget)] == ["second", "first"]
    widget.list.setCurrentRow(0)  # the later one: by its id alone, the first would go
    with dialogs.preanswer([True]):
        widget.remove_button.click()
    assert [e.where for e in session.doc.log] == ["first"]
    assert [e.where for e in _shown(widget)] == ["first"]
