"""The words of a kept text file, read off the GUI thread and shown a part at a time.

A text file may be 20 MB. Decrypting and decoding it takes tens of milliseconds, and giving
it all to a text box at once held the window for over half a second; here both happen in the
picture thread (gui/record/pictures.py), and the text goes into the box in parts between
events, from the beginning, so the view is usable, and the quick exit acts, at once.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from saferplan.gui.record.pictures import file_text, load_for
from saferplan.model import Attachment

# Characters put in the box at a time: a few milliseconds of the GUI thread each.
PART_CHARACTERS = 100_000
# What the view shows (``state``): on its way, being put in, all shown, or cannot be shown.
LOADING, FILLING, SHOWN, FAILED = "loading", "filling", "shown", "failed"


class FileTextView(QPlainTextEdit):
    """A read-only box with a text file's words, which come a part at a time."""

    def __init__(self, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName(attachment.name)
        self.setPlaceholderText(self.tr("Opening the file…"))
        self.state = LOADING
        self._text = ""
        self._done = 0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._put_in_next_part)
        load_for(self, lambda: file_text(attachment), self._loaded)

    def _loaded(self, text: object) -> None:
        if not isinstance(text, str):
            self.setPlaceholderText(self.tr("This file cannot be shown."))
            self.state = FAILED
            return
        self._text, self._done, self.state = text, 0, FILLING
        self._put_in_next_part()
        if self.state == FILLING:
            self._timer.start()

    def _put_in_next_part(self) -> None:
        part = self._text[self._done:self._done + PART_CHARACTERS]
        cursor = QTextCursor(self.document())  # its own cursor: the view stays where it is
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(part)
        self._done += len(part)
        if self._done >= len(self._text):
            self._timer.stop()
            self._text = ""  # the box holds the words now; let this copy go
            self.state = SHOWN
