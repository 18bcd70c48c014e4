"""Pictures (and text files) kept in the record, decrypted and decoded off the GUI thread.

A 20 MB photo takes a few hundred milliseconds to decrypt and decode: far too long for the GUI
thread, where the quick exit must act within 100 ms (issue #18). ``load_picture`` does both in
a thread of its own pool, straight at the size the picture is shown at (a QImage: safe off the
GUI thread, unlike a QPixmap), and hands it back only while the widget that asked is still
there. Everything happens in memory; the decrypted bytes are let go as soon as they are
decoded, and a request whose widget is gone before its turn is never decrypted at all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, QThreadPool
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader
from PySide6.QtWidgets import QWidget

from saferplan.gui import dialogs
from saferplan.gui.workers import run_in_background
from saferplan.model import Attachment, ContentUnavailableError

# How long quitting waits for a picture being decoded (it holds a piece of the plan).
_QUIT_WAIT_MS = 2000
_pool: list[QThreadPool] = []


def readable_bytes(attachment: Attachment) -> bytes:
    """The file's bytes, decrypted from the plan file now; empty if they cannot be read (the
    plan was locked, or its file damaged): the picture then says it cannot be shown."""
    try:
        return attachment.data
    except ContentUnavailableError:
        return b""


def fitted(size: QSize, box: QSize, enlarge: bool) -> QSize:
    """``size`` scaled to fit inside ``box``, keeping its proportions (never 0 wide or high).

    A picture smaller than the box keeps its size unless ``enlarge``.
    """
    if size.isEmpty():
        return QSize()
    scale = min(box.width() / size.width(), box.height() / size.height())
    if scale >= 1 and not enlarge:
        return QSize(size)
    return QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))


def decode_to_fit(data: bytes, box: QSize, enlarge: bool = False) -> QImage:
    """Decode picture bytes in memory to fit ``box`` (upright as the camera meant); a null
    image if they are not a picture Qt can read.

    A large photo is decoded straight at the smaller size, so it never sits in memory in full
    when its format allows that (JPEG).
    """
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    stored = reader.size()  # before the camera's turn: the scaled size is asked for that way
    turned = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    upright_box = box.transposed() if turned else box
    if stored.isValid():
        reader.setScaledSize(fitted(stored, upright_box, enlarge))
    image = reader.read()
    buffer.close()
    if not image.isNull() and image.size() != fitted(image.size(), box, enlarge):
        image = image.scaled(fitted(image.size(), box, enlarge),
                             Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def picture_image(attachment: Attachment, box: QSize, enlarge: bool = False) -> QImage:
    """Decrypt an image attachment and decode it to fit ``box``; null if it cannot be shown.

    Safe in any thread. The decrypted bytes live only while this runs.
    """
    if not attachment.media_type.startswith("image/"):
        return QImage()
    data = readable_bytes(attachment)
    try:
        return decode_to_fit(data, box, enlarge) if data else QImage()
    finally:
        del data


def picture_pool() -> QThreadPool:
    """The one thread pictures are made in: one after another, never in the way of a save."""
    if not _pool:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        pool.setObjectName("saferplan-pictures")
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(lambda: stop_waiting(pool))
        _pool.append(pool)
    return _pool[0]


def stop_waiting(pool: QThreadPool) -> None:
    """Drop the pictures not started yet; let the one being made finish (a short wait)."""
    pool.clear()
    pool.waitForDone(_QUIT_WAIT_MS)


class PictureRequest:
    """One picture asked for by a widget: dropped before it starts if the widget is gone."""

    def __init__(self) -> None:
        self._dropped = threading.Event()

    def drop(self) -> None:
        """The widget is gone: no need to decrypt or decode any more."""
        self._dropped.set()

    @property
    def dropped(self) -> bool:
        """True once the picture is no longer wanted."""
        return self._dropped.is_set()


def load_picture(owner: QWidget, attachment: Attachment, box: QSize, enlarge: bool,
                 on_loaded: Callable[[QImage], None]) -> PictureRequest:
    """Decrypt and decode ``attachment`` to fit ``box`` in the picture thread; then, in the GUI
    thread, call ``on_loaded(image)`` (a null image if it cannot be shown) — only while
    ``owner`` still exists and has not been thrown away by a lock or a quick exit."""
    return load_for(owner, lambda: picture_image(attachment, box, enlarge),
                    lambda image: on_loaded(image if isinstance(image, QImage) else QImage()))


def file_text(attachment: Attachment) -> str | None:
    """The words of a kept text file, decrypted and decoded now, with its line ends as line
    breaks; None if it cannot be read (the plan was locked, or its file damaged). Safe in any
    thread."""
    try:
        data = attachment.data
    except ContentUnavailableError:
        return None
    text = data.decode("utf-8", errors="replace")
    del data
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def load_for(owner: QWidget, make: Callable[[], object],
             on_loaded: Callable[[object], None]) -> PictureRequest:
    """Run ``make`` in the picture thread, then ``on_loaded(result)`` in the GUI thread (None
    if it failed) — only while ``owner`` still exists and has not been thrown away by a lock
    or a quick exit. Nothing is made if ``owner`` is gone before its turn."""
    request = PictureRequest()
    owner.destroyed.connect(request.drop)

    def run() -> object:
        return None if request.dropped else make()

    def hand_over(result: object) -> None:
        if request.dropped or dialogs.is_gone(owner):
            return
        on_loaded(result)

    run_in_background(run, hand_over, lambda _exc: hand_over(None), pool=picture_pool())
    return request
