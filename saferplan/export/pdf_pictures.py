"""A record's pictures in its PDF: compressed apart, off Python's lock, then put in their places.

Drawn into a PDF by Qt, a picture is compressed inside the drawing call, which keeps Python's
lock: 54-64 ms for a photo at 220 dpi, with the GUI thread, and the quick exit with it,
waiting. Drawn in bands instead, the lock came free between them, but a PDF viewer places each
band on its own, and a line of text in a screenshot broke where two bands met.

So, for a PDF, Qt draws a small placeholder where each picture goes (laid out, moved to the
next page and read as the picture was), each picture is compressed apart by QImage.save,
which lets go of Python's lock, into the very JPEG Qt would have made (quality 94), and
``pdfpost.finish_pdf`` puts each picture's JPEG in the place of its placeholder.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QUrl
from PySide6.QtGui import QImage, QPainter, QTextCursor, QTextDocument, QTextImageFormat

from saferplan.export.errors import ExportError

# Qt's PDF writer compresses pictures as JPEG at this quality: the same bytes as before.
JPEG_QUALITY: Final = 94
# JPEG holds at most this many pixels a side: a longer screenshot is made smaller to fit.
JPEG_MAX_SIDE: Final = 65_500
# A placeholder is this many rows high and (its picture's number + 1) pixels wide: its size
# tells which picture goes in its place.
_PLACEHOLDER_ROWS: Final = 3


def picture_failed() -> ExportError:
    """The error of a picture that could not be put in the PDF (nothing is saved)."""
    return ExportError(QCoreApplication.translate(
        "Export", "A picture could not be put in the PDF, so it was not saved. Please try again."))


class Jpeg(NamedTuple):
    """A picture compressed for the PDF: its JPEG bytes and size in pixels."""

    data: bytes
    width: int
    height: int


def opaque(image: QImage) -> QImage:
    """The picture in 8-bit RGB, any clear parts laid on white paper (the page is white)."""
    if not image.hasAlphaChannel():
        if image.format() == QImage.Format.Format_RGB32:
            return image
        return image.convertToFormat(QImage.Format.Format_RGB32)
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def placeholder_size(number: int) -> tuple[int, int]:
    """The (width, height) of the placeholder of picture ``number`` (from 0)."""
    return number + 1, _PLACEHOLDER_ROWS


def jpeg(image: QImage) -> Jpeg:
    """The picture as JPEG (QImage.save lets go of Python's lock while it compresses)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs want bytes for the format; PySide takes only a str.
    if not image.save(buffer, "JPG", JPEG_QUALITY):  # type: ignore[call-overload]
        raise picture_failed()
    return Jpeg(bytes(data.data()), image.width(), image.height())


class Pictures:
    """The pictures of one document; with ``placeholders``, each drawn as a placeholder that
    the PDF's finishing replaces by ``jpegs()``."""

    def __init__(self, document: QTextDocument, *, placeholders: bool) -> None:
        self.document = document
        self._placeholders = placeholders
        self._jpegs: list[Jpeg] = []
        self._names: set[str] = set()  # a file two entries show is put in once

    def insert(self, cursor: QTextCursor, name: str, image: QImage, width: float,
               height: float) -> None:
        """Insert ``image`` at ``cursor`` as an image object ``width`` × ``height`` (96-dpi px)."""
        url = QUrl(name)
        if name not in self._names:  # the same name is the same picture
            shown = opaque(image)
            if self._placeholders:  # compressed now: only its JPEG is kept
                self._jpegs.append(jpeg(shown))
                shown = QImage(*placeholder_size(len(self._jpegs) - 1),
                               QImage.Format.Format_RGB32)
                shown.fill(Qt.GlobalColor.white)
            self._names.add(name)
            self.document.addResource(QTextDocument.ResourceType.ImageResource, url, shown)
        fmt = QTextImageFormat()
        fmt.setName(url.toString())
        fmt.setWidth(width)
        fmt.setHeight(height)
        cursor.insertImage(fmt)

    def jpegs(self) -> dict[tuple[int, int], Jpeg]:
        """Each picture's JPEG, by the size of its placeholder."""
        return {placeholder_size(number): made for number, made in enumerate(self._jpegs)}
