"""The record screen with files kept encrypted in an open plan file: shown when needed, and
"cannot be shown" (never a crash) once the plan is locked."""

from __future__ import annotations

import datetime
import subprocess
from functools import partial
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from saferplan.gui import dialogs
from saferplan.gui.record import RecordWidget
from saferplan.gui.record.attachments import FAILED, SHOWN, AttachmentView
from saferplan.gui.record.pictures import picture_image
from saferplan.gui.session import Session
from saferplan.model import LogEntry, PlanDocument
from saferplan.model.record import add_attachment
from saferplan.storage import TEST_KDF, PlanFile

PASS = "a calm long passphrase"
BOX = QSize(96, 96)


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
    qtbot.waitUntil(lambda: row.picture_state == SHOWN)  # the thumbnail, decrypted for the screen
    assert not picture_image(photo, BOX).isNull()
    plan.close()  # the lock
    assert picture_image(photo, BOX).isNull()
    view = AttachmentView(photo)
    qtbot.addWidget(view)
    assert isinstance(view.picture, QLabel)
    qtbot.waitUntil(lambda: view.picture_state == FAILED)
    assert view.picture.text() == "This picture cannot be shown."


def test_a_photo_added_is_let_go_once_saved_and_still_reaches_the_pdf(
        qtbot: QtBot, tmp_path: Path, _private_home: Path) -> None:
    from test_record_screen import add_written_entry, attach, make_png

    from saferplan.gui.session import plan_file_savers

    plan, doc = PlanFile.unlock(saved_plan(tmp_path), PASS)
    saver, preparer = plan_file_savers(plan)
    session = Session(doc, saver=saver, preparer=preparer)
    widget = RecordWidget(session)
    widget.resize(1000, 700)
    qtbot.addWidget(widget)
    add_written_entry(widget)
    attach(widget, make_png(tmp_path, "new.png"), delete_original=False)
    added = next(a for a in doc.attachments.values() if a.name == "new.png")
    assert added.stored is None  # in memory until it is in the plan file
    with qtbot.waitSignal(session.saved, timeout=10000):  # the autosave, in a worker thread
        pass
    assert added.stored is not None  # let go of: read from the plan file from now on
    dialog = widget.open_pdf_dialog()
    for row in range(dialog.entries.count()):
        dialog.entries.item(row).setCheckState(Qt.CheckState.Checked)
    out = tmp_path / "out"
    out.mkdir()
    with dialogs.preanswer([str(out), "for lawyer"]):
        dialog.save_button.click()  # made in a worker: reads both photos from the plan file
    listing = subprocess.run(["pdfimages", "-list", str(out / "for lawyer.pdf")],
                             capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert len([line for line in listing if line.split()[2] == "image"]) == 2
    dialog.close()
    plan.close()
