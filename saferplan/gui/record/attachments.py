"""Files kept with a record entry: choosing one without history, thumbnails and a larger view.

A chosen file is read into the plan (encrypted with it); nothing is copied or cached on disk.
Thumbnails and the larger view are decoded in memory only, and no outside viewer is ever started.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui import dialogs, theme
from saferplan.gui.folder_chooser import FolderChooser
from saferplan.gui.record.pictures import load_picture
from saferplan.gui.record.text_view import FileTextView
from saferplan.gui.widgets import sensitive, wrapped_label
from saferplan.model import Attachment, PlanDocument
from saferplan.model import record as record_model

# The names the chooser shows: the kinds of file the record keeps (any letter case).
ACCEPTED_PATTERNS = ("*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp", "*.pdf", "*.txt")
THUMBNAIL_SIZE = 96
PLACEHOLDER_THUMBNAIL = QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE * 3 // 4)  # most photos are 4:3
PLACEHOLDER_VIEW = QSize(480, 360)  # the larger view's first size, while the picture comes
VIEW_MARGINS = QSize(40, 80)  # around the picture in the larger view: frame and Close button
# What a picture widget shows (``picture_state``): on its way, shown, or cannot be shown.
LOADING, SHOWN, FAILED = "loading", "shown", "failed"


class AttachmentChooser(FolderChooser):
    """The app's history-free folder tree, showing the kinds of file the record can keep."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        # A suffix puts the tree in file mode; the name filters are then widened below.
        super().__init__(title, text, file_suffix=".png", parent=parent)
        self.model.setNameFilters(list(ACCEPTED_PATTERNS))

    def selected_path(self) -> Path | None:
        """Return the chosen file (any of the accepted kinds), or None."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        path = Path(self.model.filePath(index))
        return path if path.is_file() else None


def choose_attachment_file(parent: QWidget | None, title: str, text: str) -> Path | None:
    """Ask for a photo, screenshot or other file to keep; None if the person cancels."""
    handled, answer = dialogs.take_preanswer("choose_attachment_file", title, text)
    if handled:
        return None if answer is None else Path(str(answer))
    chooser = AttachmentChooser(title, text, parent)
    # Read the answer before run() lets Qt delete the chooser.
    chooser.accepted.connect(lambda: chosen.append(chooser.selected_path()))
    chosen: list[Path | None] = []
    dialogs.run(chooser)
    return chosen[0] if chosen and not dialogs.is_gone(parent) else None


def kinds_text() -> str:
    """Say, calmly, which kinds of file the record can keep."""
    return QCoreApplication.translate(
        "RecordScreen", "SaferPlan can keep photos and screenshots (PNG, JPEG, GIF or WebP), "
        "PDF files and plain text files.")


def _read_bounded(path: Path) -> bytes:
    """Read at most one byte more than the limit: enough to know a file is too large."""
    with path.open("rb") as stream:
        return stream.read(record_model.MAX_ATTACHMENT_BYTES + 1)


def import_file(parent: QWidget, doc: PlanDocument, path: Path) -> Attachment | None:
    """Keep the file at ``path`` in the plan; say calmly why not when it cannot be kept."""
    title = QCoreApplication.translate("RecordScreen", "Add a file")
    try:
        data = _read_bounded(path)
    except OSError:
        dialogs.warn(parent, title, QCoreApplication.translate(
            "RecordScreen", "This file could not be read. Please check that it is still there, "
            "then try again."))
        return None
    media_type = record_model.media_type_for(path.name, data)
    if media_type is None:
        dialogs.inform(parent, title, kinds_text())
        return None
    try:
        return record_model.add_attachment(doc, path.name, media_type, data,
                                           datetime.date.today())
    except record_model.AttachmentTooLargeError as exc:  # a calm message, without the name
        dialogs.inform(parent, title, str(exc))
        return None


def offer_to_delete_original(parent: QWidget, path: Path) -> bool | None:
    """Offer (never push) to delete the original; True deleted, False kept, None failed."""
    title = QCoreApplication.translate("RecordScreen", "The original file")
    text = QCoreApplication.translate(
        "RecordScreen", "The file is now kept inside your locked plan. SaferPlan can delete the "
        "original file. On SSDs, USB sticks and phones, a deleted file can sometimes still be "
        "recovered, and copies may exist elsewhere (for example in a photo app or a cloud "
        "backup).")
    delete = QCoreApplication.translate("RecordScreen", "Delete the original")
    keep = QCoreApplication.translate("RecordScreen", "Keep the original")
    if not dialogs.confirm(parent, title, text, delete, keep):
        return False
    try:
        path.unlink()
    except OSError:
        dialogs.warn(parent, title, QCoreApplication.translate(
            "RecordScreen", "The original file could not be deleted. You can delete it yourself "
            "if you want to."))
        return None
    return True


class AttachmentView(QDialog):
    """A larger view of a kept picture (or the words of a text file), inside SaferPlan.

    A picture is decrypted and decoded in the picture thread: the view opens at once, says
    the picture is on its way, and shows it when it is ready. A text file's words are read
    there too, and come into the view a part at a time (gui/record/text_view.py).
    """

    def __init__(self, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the picture leaves memory too
        # A neutral title: window titles show in task bars, window lists and screen readers.
        self.setWindowTitle(self.tr("Picture") if attachment.media_type.startswith("image/")
                            else self.tr("File"))
        layout = QVBoxLayout(self)
        self.picture: QLabel | None = None
        self.text: FileTextView | None = None
        self.picture_state = ""
        if attachment.media_type.startswith("image/"):
            layout.addWidget(self._picture(attachment), 1)
        elif attachment.media_type == "text/plain":
            self.text = FileTextView(attachment)
            layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _room(self) -> QSize:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry().size() * 0.8 if screen else QSize(1000, 700)

    def _picture(self, attachment: Attachment) -> QWidget:
        room = self._room()
        self.picture = QLabel(self.tr("Opening the picture…"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(attachment.name)
        self.picture_state = LOADING
        area = QScrollArea()
        area.setWidget(self.picture)
        area.setWidgetResizable(True)
        area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.resize(min(PLACEHOLDER_VIEW.width(), room.width()),
                    min(PLACEHOLDER_VIEW.height(), room.height()))
        ratio = self.devicePixelRatioF()
        box = (room - VIEW_MARGINS).expandedTo(QSize(200, 150)) * ratio
        load_picture(self, attachment, box, False, lambda image: self._show(image, ratio))
        return area

    def _show(self, image: QImage, ratio: float) -> None:
        """The picture is ready (or cannot be shown): put it in, and fit the view to it."""
        assert self.picture is not None
        if image.isNull():
            self.picture.setText(self.tr("This picture cannot be shown."))
            self.picture_state = FAILED
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setText("")
        self.picture.setPixmap(pixmap)
        self.picture_state = SHOWN
        room = self._room()
        size = pixmap.deviceIndependentSize().toSize() + VIEW_MARGINS
        centre = self.geometry().center()
        self.resize(min(max(size.width(), 300), room.width()),
                    min(max(size.height(), 200), room.height()))
        geometry = self.geometry()
        geometry.moveCenter(centre)
        self.move(geometry.topLeft())


class AttachmentRow(QWidget):
    """One kept file: its thumbnail (click for a larger view), its name, and a remove button."""

    def __init__(self, attachment: Attachment, on_renamed: Callable[[], None],
                 on_remove: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self._on_renamed = on_renamed
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        self.open_button = QToolButton()
        self.open_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Every row's button is the same square, so the names line up under each other.
        self.open_button.setFixedSize(THUMBNAIL_SIZE + 10, THUMBNAIL_SIZE + 10)
        self.picture_state = ""
        if attachment.media_type.startswith("image/"):
            self._load_thumbnail()
        else:
            self._show_kind()
        self.open_button.setEnabled(attachment.media_type != "application/pdf")
        self.open_button.clicked.connect(self.open_view)
        self.name = QLineEdit(attachment.name)
        sensitive(self.name)
        self.name.setAccessibleName(self.tr("Name of the file"))
        self.name.textEdited.connect(self._renamed)
        self.remove_button = QPushButton(self.tr("Remove file"))
        self.remove_button.setAccessibleName(self.tr("Remove file"))
        self.remove_button.clicked.connect(lambda: on_remove(attachment.id))
        details = QVBoxLayout()
        details.addWidget(self.name)
        if attachment.media_type == "application/pdf":
            details.addWidget(wrapped_label(self.tr(
                "A PDF file, kept safely in your plan. SaferPlan cannot show it.")))
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch(1)
        details.addLayout(remove_row)
        details.addStretch(1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(details, 1)
        self.view: AttachmentView | None = None

    def _load_thumbnail(self) -> None:
        """Show a quiet placeholder now; the picture follows from the picture thread."""
        ratio = self.devicePixelRatioF()
        placeholder = placeholder_pixmap(ratio)
        self.open_button.setIcon(QIcon(placeholder))
        self.open_button.setIconSize(placeholder.deviceIndependentSize().toSize())
        self.open_button.setToolTip(self.tr("See it larger"))
        self.open_button.setAccessibleName(self.tr("See it larger"))
        self.picture_state = LOADING
        attachment = self.attachment
        box = QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE) * ratio
        load_picture(self, attachment, box, True,
                     lambda image: self._show_thumbnail(attachment, image, ratio))

    def _show_thumbnail(self, attachment: Attachment, image: QImage, ratio: float) -> None:
        if attachment is not self.attachment:
            return
        if image.isNull():
            self._show_kind()
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.open_button.setIcon(QIcon(pixmap))
        self.open_button.setIconSize(pixmap.deviceIndependentSize().toSize())
        self.picture_state = SHOWN

    def _show_kind(self) -> None:
        """No picture to show: say which kind of file it is instead."""
        self.open_button.setIcon(QIcon())
        self.open_button.setToolTip("")
        self.open_button.setText(_kind_word(self.attachment.media_type))
        self.open_button.setAccessibleName(_kind_word(self.attachment.media_type))
        self.picture_state = FAILED if self.attachment.media_type.startswith("image/") else ""

    def _renamed(self, text: str) -> None:
        self.attachment.name = text.strip()
        self._on_renamed()

    def open_view(self) -> None:
        """Show the picture (or text) larger, in a window of SaferPlan's own.

        It is window-modal (``open``, not ``exec``): nothing waits on it, and a lock closes it
        like any other dialog.
        """
        self.view = AttachmentView(self.attachment, self)
        self.view.open()


def placeholder_pixmap(ratio: float) -> QPixmap:
    """A quiet framed shape where a thumbnail will be, the size of most photos' thumbnails."""
    size = PLACEHOLDER_THUMBNAIL * ratio
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(theme.role("border"), ratio))
    painter.setBrush(theme.role("hover"))
    inset = ratio / 2
    painter.drawRoundedRect(QRectF(inset, inset, size.width() - 2 * inset,
                                   size.height() - 2 * inset), 4 * ratio, 4 * ratio)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _kind_word(media_type: str) -> str:
    if media_type == "application/pdf":
        return QCoreApplication.translate("RecordScreen", "PDF")
    if media_type == "text/plain":
        return QCoreApplication.translate("RecordScreen", "Text")
    return QCoreApplication.translate("RecordScreen", "Picture")
