"""A record's pictures drawn in horizontal bands, so no drawing keeps Python's lock for long.

Qt draws a document's picture with one drawImage call. Into a PDF, that one call also
compresses the picture, and it keeps Python's lock all along: 54-64 ms for a photo at 220 dpi,
in which the GUI thread, and the quick exit with it, waited. (A handler of our own for the
document's pictures cannot be used: PySide cannot give Qt a Python text object handler.)

So the document keeps each picture as before, one image object in its own line, laid out,
moved and read as before, but what Qt draws there is a clear one-pixel stand-in. Once Qt has
drawn a page, the pictures on it are drawn where Qt placed them, at the same resolution, as
bands of at most BAND_PIXELS pixels, one call each, with other threads let in between.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final, cast

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QPainter,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
    QTextLine,
)

from saferplan.export.targets import give_way

# Pixels drawn (and compressed) in one call: a JPEG band in a PDF took 8-9 ms here, 12-19 ms
# under load (benchmarks/gil_waits.py); a picture in one call took 54-64 ms.
BAND_PIXELS: Final = 250_000
# Each band reaches this many rows into the next one, which is drawn over it: no seam shows
# where a PDF viewer smooths the edge of a band.
OVERLAP_ROWS: Final = 2
# Bands start on a multiple of this many rows, where a JPEG block row of the whole picture
# starts (blocks of 8 or 16 rows): each band is compressed to the same pixels as the whole
# picture was. (Its two extra rows cost one more block row: the PDF grows by about 3 %.)
_JPEG_ROWS: Final = 16


def bands(width: int, height: int) -> Iterator[tuple[int, int, int]]:
    """Yield (first row, rows drawn, rows owned) for each band of a ``width`` × ``height`` image.

    A band owns its rows up to where the next band starts; it draws OVERLAP_ROWS more
    (except the last band), which the next band covers.
    """
    step = max(1, BAND_PIXELS // max(1, width) - OVERLAP_ROWS)
    if step >= _JPEG_ROWS:
        step -= step % _JPEG_ROWS
    for top in range(0, height, step):
        owned = min(step, height - top)
        yield top, min(owned + OVERLAP_ROWS, height - top), owned


def on_white(image: QImage) -> QImage:
    """Return the picture laid on white paper: bands that overlap must be opaque.

    A half-clear row drawn twice would show darker. The page under a picture is white, so
    the printout looks the same. Done in bands too: a large picture is one call each.
    """
    if not image.hasAlphaChannel():
        return image
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    for top, _drawn, owned in bands(image.width(), image.height()):
        give_way()
        painter.drawImage(QPoint(0, top), image, QRect(0, top, image.width(), owned))
    painter.end()
    return flat


def draw_in_bands(painter: QPainter, target: QRectF, image: QImage) -> None:
    """Draw ``image`` into ``target`` band by band, other threads let in between."""
    row_height = target.height() / image.height()
    for top, drawn, _owned in bands(image.width(), image.height()):
        give_way()
        painter.drawImage(QRectF(target.left(), target.top() + top * row_height,
                                 target.width(), drawn * row_height),
                          image, QRectF(0, top, image.width(), drawn))


def _stand_in() -> QImage:
    """One clear pixel: what Qt draws where a picture goes (its size is the format's)."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


class Pictures:
    """The pictures of one paged document: put into its text, then drawn page by page."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self._stand_in = _stand_in()
        self._pictures: list[tuple[int, QImage]] = []  # (block number, picture)
        self._by_page: dict[int, list[tuple[QRectF, QImage]]] | None = None

    def insert(self, cursor: QTextCursor, name: str, image: QImage, width: float,
               height: float) -> None:
        """Insert ``image`` at ``cursor`` as an image object ``width`` × ``height`` (96-dpi px).

        The cursor's block should hold nothing else: the picture is found by its block.
        """
        url = QUrl(name)
        self.document.addResource(QTextDocument.ResourceType.ImageResource, url, self._stand_in)
        fmt = QTextImageFormat()
        fmt.setName(url.toString())
        fmt.setWidth(width)
        fmt.setHeight(height)
        cursor.insertImage(fmt)
        self._pictures.append((cursor.block().blockNumber(), on_white(image)))

    def paint(self, painter: QPainter, body: QRectF, index: int) -> None:
        """Draw the pictures of page ``index`` (from 0) of a page body ``body`` (dots)."""
        on_page = self._placed(body.height()).get(index, [])
        if not on_page:
            return
        painter.save()
        painter.translate(body.left(), body.top() - index * body.height())
        for target, image in on_page:
            draw_in_bands(painter, target, image)
        painter.restore()

    def _placed(self, page_height: float) -> dict[int, list[tuple[QRectF, QImage]]]:
        """Each picture's place in the finished layout, by page (once: the layout is final)."""
        if self._by_page is None:
            self._by_page = {}
            for number, image in self._pictures:
                target = self._place(number)
                if target is None:
                    continue
                page = int((target.top() + target.height() / 2) // page_height)
                self._by_page.setdefault(page, []).append((target, image))
        return self._by_page

    def _place(self, number: int) -> QRectF | None:
        """Where Qt drew the picture's stand-in: its block's one line (document coordinates)."""
        layout = self.document.findBlockByNumber(number).layout()
        if layout is None or layout.lineCount() == 0:
            return None  # not laid out: Qt drew nothing there either
        line = layout.lineAt(0)
        start, end = _x(line, 0), _x(line, 1)  # right to left: end < start
        origin = layout.position()
        # The line holds only the picture, whose whole height is above the baseline.
        return QRectF(origin.x() + min(start, end), origin.y() + line.y(), abs(end - start),
                      line.ascent())


def _x(line: QTextLine, cursor: int) -> float:
    """The x of a cursor position in a line (PySide gives it with the position it kept)."""
    return cast(tuple[float, int], line.cursorToX(cursor))[0]
