"""The page preview: page images in a scroll area, scaled to the width available."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

# Space around the pages and between them, in pixels.
_GAP = 12


class PagePreview(QScrollArea):
    """Shows page images one under the other; each page as wide as the area allows (no wider)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: list[QImage] = []
        self._pages: list[QLabel] = []
        self._content = QWidget()
        self._content.setBackgroundRole(QPalette.ColorRole.Mid)
        self._content.setAutoFillBackground(True)
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(_GAP, _GAP, _GAP, _GAP)
        self._layout.setSpacing(_GAP)
        self._layout.addStretch(1)
        self.setWidget(self._content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and Page Down scroll it

    def show_pages(self, images: list[QImage], page_name: str) -> None:
        """Show ``images``; ``page_name`` is the accessible name with %1 (page) and %2 (pages)."""
        self.clear()
        self.images = list(images)
        for number, _image in enumerate(self.images, start=1):
            page = QLabel()
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            page.setAccessibleName(page_name.replace("%1", str(number))
                                   .replace("%2", str(len(self.images))))
            self._layout.insertWidget(self._layout.count() - 1, page)
            self._pages.append(page)
        self._fit_pages()

    def clear(self) -> None:
        """Remove every page (for example while the output cannot be made)."""
        for page in self._pages:
            page.hide()
            page.deleteLater()
        self._pages = []
        self.images = []

    def page_count(self) -> int:
        """Return how many pages are shown."""
        return len(self._pages)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rescale the pages to the new width."""
        super().resizeEvent(event)
        self._fit_pages()

    def _fit_pages(self) -> None:
        width = max(120, self.viewport().width() - 2 * _GAP)
        ratio = self.devicePixelRatioF()
        for page, image in zip(self._pages, self.images, strict=True):
            target = min(width, round(image.width() / ratio))
            size = image.size().scaled(QSize(round(target * ratio), 10**6),
                                       Qt.AspectRatioMode.KeepAspectRatio)
            pixmap = QPixmap.fromImage(image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation))
            pixmap.setDevicePixelRatio(ratio)
            page.setPixmap(pixmap)
