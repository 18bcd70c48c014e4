"""The "About" part of the settings page: version, licence, where the plan is, portable mode."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from saferplan import __version__
from saferplan.gui import dialogs
from saferplan.gui.widgets import button, heading, set_button_text, set_label_text, wrapped_label

LICENCE_NAME = "LICENSE"


def licence_file() -> Path | None:
    """The GPL text shipped with this copy: in the wheel, beside the standalone program, or in
    the source checkout; None if none is found."""
    candidates = [Path(str(files("saferplan") / "_data" / LICENCE_NAME)),
                  Path(__file__).resolve().parent.parent.parent / LICENCE_NAME]
    if getattr(sys, "frozen", False):
        candidates.insert(0, Path(sys.executable).resolve().parent / LICENCE_NAME)
    return next((path for path in candidates if path.is_file()), None)


class AboutBox(QWidget):
    """Facts a person or an outreach worker may need to tell someone; nothing is sent anywhere."""

    def __init__(self, plan_path: Path | None, plans_dir: Path, portable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan_path = plan_path
        self._plans_dir = plans_dir
        self._portable = portable
        self._title = heading(scale=1.2)
        self._lines = [wrapped_label() for _ in range(4)]
        for line in self._lines[2:]:  # paths can be copied, e.g. to tell a helper
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._show_licence = button()
        self._show_licence.clicked.connect(self._open_licence)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.addWidget(self._title)
        for line in self._lines:
            layout.addWidget(line)
        layout.addWidget(self._show_licence, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate_ui()

    def texts(self) -> list[str]:
        """The four lines as shown (for tests and screen readers)."""
        return [line.text() for line in self._lines]

    def retranslate_ui(self) -> None:
        """Set the words."""
        set_label_text(self._title, self.tr("About SaferPlan"))
        set_label_text(self._lines[0], self.tr("Version {version}").format(version=__version__))
        set_label_text(self._lines[1], self.tr(
            "Free software under the GNU General Public License, version 3 or later. You may "
            "use, share and change it."))
        if self._plan_path is not None:
            where = self.tr("The open plan is kept in this file: {path}").format(
                path=str(self._plan_path))
        else:
            where = self.tr("New plans are kept in this folder: {path}").format(
                path=str(self._plans_dir))
        set_label_text(self._lines[2], where)
        set_label_text(self._lines[3], self.tr(
            "Portable mode is on: settings and plans stay in that folder, and nothing is kept "
            "in your home folder.") if self._portable else self.tr("Portable mode is off."))
        set_button_text(self._show_licence, self.tr("Show the licence"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _open_licence(self) -> None:
        path = licence_file()
        if path is None:
            dialogs.inform(self, self.tr("Licence"), self.tr(
                "The licence text is not in this copy. It is the GNU General Public License, "
                "version 3, at gnu.org/licenses."))
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Licence"))
        text = QPlainTextEdit(path.read_text(encoding="utf-8"))
        text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(640, 480)
        dialogs.run(dialog)
