"""A kept text file's words are read off the GUI thread and put in the view a part at a time
(issue #18: a 20 MB file held the window over half a second); a lock while they come in
leaves nothing of them on the screen."""

from __future__ import annotations

import datetime
import threading
from typing import Any

import pytest
from gui_support import flush_deletes, wait_for_screen
from PySide6.QtWidgets import QApplication
from test_record_pictures import open_record, private_widgets_left
from test_shell_quick_exit import CANARY, _open_plan_with_canary

from saferplan.gui.record import text_view
from saferplan.gui.record.attachments import AttachmentView
from saferplan.gui.unlock import UnlockScreen
from saferplan.model import Attachment, LogEntry
from saferplan.model.record import add_attachment

WORDS = "Anh ấy đến cửa hàng và la hét.\r\nTôi đã ghi lại mọi chuyện ở đây.\n"


def _text_attachment(repeats: int) -> Attachment:
    data = (WORDS * repeats).encode("utf-8")
    return Attachment("a1", "notes.txt", "text/plain", "2026-11-02", data)


def test_the_words_come_from_the_picture_thread_a_part_at_a_time(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    read_in: list[threading.Thread] = []
    real = text_view.file_text
    monkeypatch.setattr(text_view, "file_text",
                        lambda a: read_in.append(threading.current_thread()) or real(a))
    parts: list[int] = []
    real_part = text_view.FileTextView._put_in_next_part

    def counted(self: text_view.FileTextView) -> None:
        parts.append(self._done)
        real_part(self)

    monkeypatch.setattr(text_view.FileTextView, "_put_in_next_part", counted)
    attachment = _text_attachment(6000)  # about 400,000 characters
    view = AttachmentView(attachment)
    qtbot.addWidget(view)
    assert view.text is not None
    assert view.text.state == text_view.LOADING and view.text.toPlainText() == ""
    assert view.text.placeholderText() == "Opening the file…"
    qtbot.waitUntil(lambda: view.text.state == text_view.SHOWN, timeout=10_000)
    assert read_in and threading.main_thread() not in read_in
    expected = (WORDS * 6000).replace("\r\n", "\n")
    assert view.text.toPlainText() == expected
    assert len(parts) == -(-len(expected) // text_view.PART_CHARACTERS) >= 4


def test_a_text_that_cannot_be_read_says_so(qtbot: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_view, "file_text", lambda _a: None)
    view = AttachmentView(_text_attachment(1))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.text.state == text_view.FAILED, timeout=5000)
    assert view.text.placeholderText() == "This file cannot be shown."
    assert view.text.toPlainText() == ""


def test_a_lock_while_the_words_come_in_leaves_nothing_on_the_screen(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    _open_plan_with_canary(qtbot, window)
    doc = window.session.doc
    data = (f"{CANARY} " + WORDS * 20).encode("utf-8") * 400  # several parts
    kept = add_attachment(doc, f"{CANARY}.txt", "text/plain", data, datetime.date(2026, 11, 2))
    doc.log.append(LogEntry(when="2026-11-02", what=CANARY, id="e1", attachments=[kept.id]))
    window.session.changed()
    assert window.session.save_now()
    row = open_record(qtbot, window)
    row.open_view()
    view = row.view
    assert isinstance(view, AttachmentView) and view.text is not None
    qtbot.waitUntil(lambda: view.text.state == text_view.FILLING, timeout=10_000)
    window.lock_now()
    for _ in range(5):
        QApplication.processEvents()
    assert isinstance(wait_for_screen(qtbot, window, UnlockScreen), UnlockScreen)
    flush_deletes()
    assert not private_widgets_left()
