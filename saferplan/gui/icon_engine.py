"""Icons drawn from their SVG when Qt first asks for them, not when they are made.

A screen makes every icon it may show, but draws few of them at first and hardly ever their
disabled look: the start screen made 20 drawings for the 10 icons it holds, of which it shows
fewer than half. ``LazySvgIconEngine`` draws each look once, when a widget first paints it,
and then answers exactly as a QIcon holding the same drawings would (it hands every question
to such a QIcon), so an icon looks the same as when it was drawn up front.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap

from saferplan.lazy_qt import Qt


def draw_svg(source: bytes, colour: QColor, size: int, ratio: float = 1.0) -> QPixmap:
    """Draw the SVG ``source`` (its ``currentColor`` in ``colour``) at ``size`` logical pixels;
    an empty pixmap if it cannot be drawn."""
    from PySide6.QtSvg import QSvgRenderer

    source = source.replace(b"currentColor", colour.name().encode())
    renderer = QSvgRenderer(QByteArray(source))
    if not source or not renderer.isValid():
        return QPixmap()
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.fill(QColor(0, 0, 0, 0))   # transparent (Qt.GlobalColor would build Qt)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class LazySvgIconEngine(QIconEngine):
    """An icon of one SVG in two colours (normal and disabled), each drawn on first use.

    ``colours`` gives the (normal, disabled) colours as RGBA numbers when asked: the theme's
    colours of the moment, so an icon drawn before the theme changed is drawn again in the new
    ones. The size and pixel ratio are fixed when the icon is made.
    """

    def __init__(self, source: bytes, colours: Callable[[], tuple[int, int]], size: int,
                 ratio: float) -> None:
        super().__init__()
        self._source = source
        self._colours = colours
        self._size = size
        self._ratio = ratio
        self._icon = QIcon()          # the drawings made so far
        self._drawn: set[QIcon.Mode] = set()
        self._drawn_in = colours()    # the colours of those drawings

    def _drawn_for(self, mode: QIcon.Mode) -> QIcon:
        """The QIcon to answer for ``mode``: it holds every drawing that mode can use.

        A QIcon answers the normal, active and selected modes from its normal drawing alone;
        only the disabled mode looks at the disabled one.
        """
        colours = self._colours()
        if colours != self._drawn_in:   # the theme changed: draw again
            self._icon, self._drawn, self._drawn_in = QIcon(), set(), colours
        wanted = [QIcon.Mode.Normal]
        if mode == QIcon.Mode.Disabled:
            wanted.append(QIcon.Mode.Disabled)
        for each in wanted:
            if each not in self._drawn:
                self._drawn.add(each)
                colour = QColor.fromRgba(colours[each == QIcon.Mode.Disabled])
                pixmap = draw_svg(self._source, colour, self._size, self._ratio)
                if not pixmap.isNull():
                    self._icon.addPixmap(pixmap, each)
        return self._icon

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The icon at ``size`` device pixels (Qt override)."""
        return self._drawn_for(mode).pixmap(size, mode, state)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        """The icon at ``size`` logical pixels for a screen of pixel ratio ``scale``."""
        return self._drawn_for(mode).pixmap(size, scale, mode, state)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        """Draw the icon into ``rect`` (Qt override)."""
        self._drawn_for(mode).paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        """The size the icon is drawn at when ``size`` is asked for (Qt override)."""
        return self._drawn_for(mode).actualSize(size, mode, state)

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        """The sizes of the drawings (Qt override)."""
        return self._drawn_for(mode).availableSizes(mode, state)

    def isNull(self) -> bool:
        """False: the icon has an SVG to draw (Qt override). Answered without drawing it, as
        a button asks when it is measured, long before it is painted."""
        return not self._source

    def key(self) -> str:
        """The engine's name (Qt override)."""
        return "saferplan-lazy-svg"

    def clone(self) -> QIconEngine:
        """A copy that shares nothing drawn yet (Qt override)."""
        return LazySvgIconEngine(self._source, self._colours, self._size, self._ratio)
