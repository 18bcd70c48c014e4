"""The record screen with files kept encrypted in an open plan file: shown when needed, and
"cannot be shown" (never a crash) once the plan is locked."""

from __future__ import annotations

import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from saferplan.gui.record import RecordWidget
from saferplan.gui.record.attachments import AttachmentView, thumbnail
from saferplan.gui.session import Session
from saferplan.model import LogEntry, PlanDocument
from saferplan.model.record import add_attachment
from saferplan.storage import TEST_KDF, PlanFile

PASS = "a calm long passphrase"


def png_bytes() -> bytes:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7d44"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def saved_plan(folder: Path) -> Path:
    doc = PlanDocument()
    photo = add_attachment(doc, "door.png", "image/png", png_bytes(), datetime.date(2026, 11, 2))
    doc.log.append(LogEntry(when="2026-11-02", what="The door", id="e1",
                            attachments=[photo.id]))
    path = folder / "notes.dat"
    PlanFile.create(path, PASS, doc, TEST_KDF).close()
    return path


def test_a_stored_photo_shows_while_open_and_not_after_lock(qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    plan, doc = PlanFile.unlock(saved_plan(tmp_path), PASS)
    photo = next(iter(doc.attachments.values()))
    assert photo.stored is not None  # still encrypted in the file
    session = Session(doc, saver=partial(plan.save, release_files=True))
    widget = RecordWidget(session)
    widget.resize(1000, 700)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: bool(widget.editor.rows()))
    row = widget.editor.rows()[0]
    assert not row.open_button.icon().isNull()  # the thumbnail, decrypted for the screen
    assert thumbnail(photo) is not None
    plan.close()  # the lock
    assert thumbnail(photo) is None
    view = AttachmentView(photo)
    qtbot.addWidget(view)
    assert isinstance(view.picture, QLabel)
    assert view.picture.text() == "This picture cannot be shown."
