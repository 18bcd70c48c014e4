"""Pictures of the record are decrypted and decoded off the GUI thread (issue #18): the screen
shows a placeholder first; a lock or a quick exit while a picture is being made acts at once
and leaves nothing of the plan on the screen."""

from __future__ import annotations

import datetime
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from gui_support import flush_deletes, wait_for_screen
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QToolButton
from test_quick_exit_during_export import ACT_WITHIN_S, _PaintTimes
from test_shell_quick_exit import CANARY, TRIGGERS, _open_plan_with_canary

from saferplan.gui.record import RecordWidget
from saferplan.gui.record import pictures as pictures_module
from saferplan.gui.record.attachments import (
    FAILED,
    LOADING,
    PLACEHOLDER_THUMBNAIL,
    SHOWN,
    THUMBNAIL_SIZE,
    AttachmentRow,
    AttachmentView,
)
from saferplan.gui.record.pictures import decode_to_fit, fitted
from saferplan.gui.start import StartScreen
from saferplan.gui.unlock import UnlockScreen
from saferplan.gui.widgets import text_of_all_widgets
from saferplan.model import Attachment, LogEntry
from saferplan.model.record import add_attachment
from saferplan.storage.stored_chunks import ChunkStore

GUI = threading.main_thread()


def picture_bytes(width: int, height: int, kind: str = "PNG") -> bytes:
    """A picture of this size, as the bytes of a file."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7d44"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind)
    return bytes(data.data())


class Gate:
    """Holds the picture thread inside the decoding until the test opens it; notes threads."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.opened = threading.Event()
        self.finished = threading.Event()
        self.decoded_in: list[threading.Thread] = []
        self.decrypted_in: list[threading.Thread] = []


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    """Every picture waits at the gate, in the decoding, until ``gate.opened`` is set."""
    gate = Gate()
    real_decode, real_read = pictures_module.decode_to_fit, ChunkStore.read

    def held_decode(*args: Any, **kwargs: Any) -> QImage:
        gate.decoded_in.append(threading.current_thread())
        gate.entered.set()
        assert gate.opened.wait(10)
        try:
            return real_decode(*args, **kwargs)
        finally:
            gate.finished.set()

    def noted_read(self: ChunkStore, chunk_id: str, sha256: str) -> bytes:
        gate.decrypted_in.append(threading.current_thread())
        return real_read(self, chunk_id, sha256)

    monkeypatch.setattr(pictures_module, "decode_to_fit", held_decode)
    monkeypatch.setattr(ChunkStore, "read", noted_read)
    yield gate
    gate.opened.set()  # never leave the picture thread waiting
    assert pictures_module.picture_pool().waitForDone(10_000)


def photo_entry(window: Any, data: bytes) -> Attachment:
    """Keep a photo with a new record entry of the open plan; save, so it is in the file."""
    doc = window.session.doc
    photo = add_attachment(doc, f"{CANARY}.png", "image/png", data, datetime.date(2026, 11, 2))
    doc.log.append(LogEntry(when="2026-11-02", what=CANARY, id="e1", attachments=[photo.id]))
    window.session.changed()
    assert window.session.save_now()
    assert photo.stored is not None  # kept encrypted in the plan file: read when shown
    return photo


def open_record(qtbot: Any, window: Any) -> AttachmentRow:
    """Open the record on the photo's entry; return its file row."""
    window.open_part("record")
    screen = window.current_screen()
    assert isinstance(screen, RecordWidget)
    qtbot.waitUntil(lambda: bool(screen.editor.rows()))
    return screen.editor.rows()[0]


def private_widgets_left() -> list[object]:
    """Widgets still holding a picture of the record, or the plan's words."""
    left: list[object] = [w for w in QApplication.allWidgets()
                          if isinstance(w, AttachmentRow | AttachmentView)]
    left += [w for w in QApplication.allWidgets() if isinstance(w, QLabel)
             and w.pixmap() is not None and not w.pixmap().isNull()
             and w.pixmap().width() > THUMBNAIL_SIZE]
    return left + [t for t in text_of_all_widgets() if CANARY in t]


def test_fitted_keeps_proportions_and_enlarges_only_when_asked() -> None:
    box = QSize(96, 96)
    assert fitted(QSize(4000, 3000), box, False) == QSize(96, 72)
    assert fitted(QSize(300, 600), box, False) == QSize(48, 96)
    assert fitted(QSize(20, 10), box, True) == QSize(96, 48)
    assert fitted(QSize(20, 10), box, False) == QSize(20, 10)
    assert fitted(QSize(10_000, 1), box, False) == QSize(96, 1)  # never 0 high
    assert not fitted(QSize(0, 10), box, True).isValid()


@pytest.mark.parametrize(("kind", "size", "box", "enlarge", "expected"), [
    ("JPEG", (4000, 3000), (96, 96), True, (96, 72)),
    ("PNG", (300, 600), (96, 96), True, (48, 96)),
    ("PNG", (20, 10), (96, 96), True, (96, 48)),
    ("PNG", (20, 10), (800, 600), False, (20, 10)),
    ("JPEG", (1200, 900), (800, 800), False, (800, 600)),
])
def test_a_picture_is_decoded_to_fit_its_box(kind: str, size: tuple[int, int],
                                             box: tuple[int, int], enlarge: bool,
                                             expected: tuple[int, int]) -> None:
    image = decode_to_fit(picture_bytes(*size, kind=kind), QSize(*box), enlarge)
    assert (image.width(), image.height()) == expected


def test_bytes_that_are_no_picture_give_a_null_image() -> None:
    assert decode_to_fit(b"\x89PNG\r\n\x1a\n" + b"x" * 100, QSize(96, 96), True).isNull()
    assert decode_to_fit(b"", QSize(96, 96), True).isNull()


def test_the_record_shows_a_placeholder_then_the_picture_made_off_the_gui_thread(
        qtbot: Any, make_window: Any, gate: Gate) -> None:
    window = make_window()
    _open_plan_with_canary(qtbot, window)
    photo_entry(window, picture_bytes(4000, 3000))
    row = open_record(qtbot, window)
    button: QToolButton = row.open_button
    size = button.size()
    assert gate.entered.wait(5)  # the picture thread is decoding; the screen is up meanwhile
    QApplication.processEvents()
    assert row.picture_state == LOADING
    assert button.iconSize() == PLACEHOLDER_THUMBNAIL and not button.icon().isNull()
    assert button.accessibleName() == "See it larger" and button.text() == ""
    gate.opened.set()
    qtbot.waitUntil(lambda: row.picture_state == SHOWN)
    assert button.size() == size and button.accessibleName() == "See it larger"
    assert button.iconSize() == QSize(96, 72)
    assert gate.decoded_in and GUI not in gate.decoded_in
    assert gate.decrypted_in and GUI not in gate.decrypted_in

    gate.opened.clear()
    gate.entered.clear()
    row.open_view()
    view = row.view
    assert view is not None and view.picture is not None
    assert gate.entered.wait(5)
    QApplication.processEvents()
    assert view.picture_state == LOADING and view.isVisible()
    assert view.picture.text() == "Opening the picture…"
    assert view.picture.accessibleName() == f"{CANARY}.png"
    gate.opened.set()
    qtbot.waitUntil(lambda: view.picture_state == SHOWN)
    assert view.picture.text() == "" and not view.picture.pixmap().isNull()
    assert GUI not in gate.decoded_in and GUI not in gate.decrypted_in
    view.close()


def test_a_picture_that_cannot_be_read_says_so(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    _open_plan_with_canary(qtbot, window)
    photo_entry(window, b"\x89PNG\r\n\x1a\n" + b"not a picture" * 10)
    row = open_record(qtbot, window)
    qtbot.waitUntil(lambda: row.picture_state == FAILED)
    assert row.open_button.icon().isNull()
    assert row.open_button.text() == row.open_button.accessibleName() == "Picture"


def run_while_decoding(gate: Gate, act: Callable[[], None]) -> None:
    """Do ``act`` once the picture thread is decoding, then let the decoding finish."""
    def when_decoding() -> None:
        assert gate.entered.wait(5)
        act()
        gate.opened.set()

    QTimer.singleShot(0, when_decoding)


def test_a_lock_while_pictures_are_made_shows_nothing_afterwards(
        qtbot: Any, make_window: Any, gate: Gate) -> None:
    window = make_window()
    _open_plan_with_canary(qtbot, window)
    photo_entry(window, picture_bytes(1200, 900))
    row = open_record(qtbot, window)
    row.open_view()  # its picture waits behind the thumbnail: one picture at a time
    assert row.view is not None and row.view.picture_state == LOADING
    run_while_decoding(gate, window.lock_now)
    qtbot.waitUntil(gate.finished.is_set, timeout=5000)
    assert pictures_module.picture_pool().waitForDone(5000)
    for _ in range(5):  # the finished picture reaches the GUI thread, and is dropped there
        QApplication.processEvents()
        time.sleep(0.01)
    assert isinstance(wait_for_screen(qtbot, window, UnlockScreen), UnlockScreen)
    # The row thrown away by the lock never got the picture (it may not be deleted yet).
    assert not shiboken6.isValid(row) or row.picture_state == LOADING
    assert len(gate.decrypted_in) == 1  # the larger view, closed by the lock, never decrypted
    flush_deletes()
    assert not private_widgets_left()


@pytest.mark.parametrize("trigger", sorted(TRIGGERS))
def test_quick_exit_acts_within_100_ms_while_a_huge_thumbnail_is_made(
        qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch, trigger: str) -> None:
    window = make_window()
    _open_plan_with_canary(qtbot, window)
    big = picture_bytes(4000, 3000, "JPEG")
    photo_entry(window, big)
    decoding, decoded = threading.Event(), threading.Event()
    real_decode = pictures_module.decode_to_fit

    def slow_decode(data: bytes, box: QSize, enlarge: bool = False) -> QImage:
        decoding.set()
        end = time.perf_counter() + 1.0
        while time.perf_counter() < end:  # real decoding at full size, again and again
            image = real_decode(data, QSize(4000, 4000), enlarge)
        image = real_decode(data, box, enlarge)
        decoded.set()
        return image

    monkeypatch.setattr(pictures_module, "decode_to_fit", slow_decode)
    blanked = _PaintTimes()
    window.blank.installEventFilter(blanked)
    open_record(qtbot, window)
    assert decoding.wait(5)
    pressed = time.perf_counter()
    TRIGGERS[trigger](window, qtbot)
    assert window.session is None and blanked.times
    assert not decoded.is_set()  # the picture was still being made
    assert blanked.times[0] - pressed <= ACT_WITHIN_S
    assert isinstance(window.current_screen(), StartScreen)
    assert decoded.wait(10) and pictures_module.picture_pool().waitForDone(5000)
    qtbot.wait(50)
    flush_deletes()
    assert not private_widgets_left()
    assert window.windowState() & Qt.WindowState.WindowMinimized
