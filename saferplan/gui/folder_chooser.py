"""Choose a folder (or a plan file) without leaving any history behind.

Qt's own file dialog records the last folder and a history in ~/.config/QtProject.conf, and the
desktop's native dialogs add to recently-used.xbel or the Windows Recent list. This small chooser
is a tree of folders over QFileSystemModel: it reads the disk and writes nothing anywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QModelIndex, QStorageInfo, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileSystemModel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui import dialogs
from saferplan.gui.drives import linux_removable_places
from saferplan.gui.widgets import wrapped_label

# Mount points of the system itself, never offered as a place to save (not temp files).
_SYSTEM_MOUNTS = ("/", "/boot", "/boot/efi", "/home", "/var", "/usr", "/tmp", "/snap")  # noqa: S108


def removable_places() -> list[Path]:
    """Return mounted removable drives (USB sticks, memory cards).

    On Linux from the mount table and /sys (see drives.py); elsewhere, every mounted drive
    other than the system's own, as Qt sees them.
    """
    places = linux_removable_places()
    return places if places is not None else _other_mounted_drives()


def _other_mounted_drives() -> list[Path]:
    """Mounted drives other than the system's own, as Qt lists them."""
    places = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if (not volume.isValid() or not volume.isReady() or volume.isReadOnly()
                or root in _SYSTEM_MOUNTS or root.startswith(("/proc", "/sys", "/dev", "/run/user",
                                                              "/snap", "/boot"))):
            continue
        if bytes(volume.fileSystemType().data()).decode(errors="replace") in ("tmpfs", "overlay",
                                                                      "squashfs"):
            continue
        places.append(Path(root))
    return places


class FolderChooser(QDialog):
    """A folder tree (optionally showing plan files) with a Places list: USB drives, then home.

    Removable drives come first and the tree opens on the first of them, so the place a
    person can take away is the one already chosen.
    """

    def __init__(self, title: str, text: str, *, file_suffix: str | None = None,
                 start: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._file_suffix = file_suffix
        self.model = QFileSystemModel(self)
        filters = QDir.Filter.AllDirs | QDir.Filter.NoDotAndDotDot
        if file_suffix:
            filters |= QDir.Filter.Files
            self.model.setNameFilters([f"*{file_suffix}"])
            self.model.setNameFilterDisables(False)
        self.model.setFilter(filters)
        self.model.setRootPath(QDir.rootPath())
        self.places = QComboBox()
        self.places.setAccessibleName(self.tr("Places"))
        home = Path.home()
        drives = removable_places()
        for place in drives:
            self.places.addItem(self.tr("USB stick or card: %1").replace(
                "%1", place.name or str(place)), str(place))
        self.places.addItem(self.tr("Home folder, on this computer"), str(home))
        self.places.currentIndexChanged.connect(self._go_to_place)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        for column in range(1, self.model.columnCount()):
            self.tree.hideColumn(column)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(title)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(text))
        layout.addWidget(self.places)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 480)
        self.go_to(start or (drives[0] if drives else home))

    def go_to(self, folder: Path) -> None:
        """Show and select ``folder``."""
        index = self.model.index(str(folder))
        self.tree.setRootIndex(self.model.index(str(folder)))
        self.tree.setCurrentIndex(index)
        self._root = folder

    def _go_to_place(self, _index: int) -> None:
        self.go_to(Path(str(self.places.currentData())))

    def select(self, path: Path) -> None:
        """Select a folder or file inside the tree (used by tests and keyboard users)."""
        self.tree.setCurrentIndex(self.model.index(str(path)))

    def selected_path(self) -> Path | None:
        """Return the chosen folder (folder mode) or plan file (file mode), or None."""
        index = self.tree.currentIndex()
        path = Path(self.model.filePath(index)) if index.isValid() else self._root
        if self._file_suffix:
            return path if path.is_file() and path.name.endswith(self._file_suffix) else None
        return path if path.is_dir() else None

    def _double_clicked(self, index: QModelIndex) -> None:
        if self._file_suffix and not self.model.isDir(index):
            self._accept_if_valid()

    def _accept_if_valid(self) -> None:
        if self.selected_path() is not None:
            self.accept()


def choose_folder(parent: QWidget | None, title: str, text: str) -> Path | None:
    """Ask for a folder (for example on a USB stick); None if the person cancels."""
    handled, answer = dialogs.take_preanswer("choose_folder", title, text)
    if handled:
        return None if answer is None else Path(str(answer))
    chooser = FolderChooser(title, text, parent=parent)
    chooser.setWindowModality(Qt.WindowModality.ApplicationModal)
    return chooser.selected_path() if chooser.exec() == QDialog.DialogCode.Accepted else None


def choose_plan_file(parent: QWidget | None, title: str, text: str,
                     suffix: str) -> Path | None:
    """Ask for a plan file in any folder; None if the person cancels."""
    handled, answer = dialogs.take_preanswer("choose_plan_file", title, text)
    if handled:
        return None if answer is None else Path(str(answer))
    chooser = FolderChooser(title, text, file_suffix=suffix, parent=parent)
    return chooser.selected_path() if chooser.exec() == QDialog.DialogCode.Accepted else None
