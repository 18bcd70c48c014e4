"""Make a PDF of chosen record entries, for a lawyer or advocate, and save it where the person says.

The PDF is made in memory and written in one atomic step to the folder chosen with the app's
history-free chooser; nothing else is written anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from saferplan.export import ExportOptions, default_paper
from saferplan.export.record_pdf import TITLE_DISCREET, record_text, render_record_pdf
from saferplan.gui.printing.output import save_pdf_bytes
from saferplan.gui.walk.common import WrappingList, wrapped_label
from saferplan.gui.widgets import message_label, passphrase_field
from saferplan.i18n import current_language
from saferplan.model import PlanDocument
from saferplan.model.record import entries_newest_first

_ID_ROLE = Qt.ItemDataRole.UserRole
SUGGESTED_NAME = "notes.pdf"  # says nothing about what is inside


class RecordPdfDialog(QDialog):
    """Choose entries, a neutral title and a password; then save the PDF."""

    def __init__(self, doc: PlanDocument, describe: Callable[[str], str],
                 chosen: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Make a PDF for a lawyer or advocate"))
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(self.tr(
            "Choose the entries to put in the PDF. You decide what to share."), parent=self))
        self.entries = WrappingList(self)
        self.entries.setAccessibleName(self.tr("Entries in the PDF"))
        for entry in entries_newest_first(doc):
            item = QListWidgetItem(describe(entry.id), self.entries)
            item.setData(_ID_ROLE, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.id in chosen
                               else Qt.CheckState.Unchecked)
        self.entries.itemChanged.connect(lambda _item: self._update())
        layout.addWidget(self.entries, 1)
        layout.addLayout(self._choose_buttons())
        self.discreet = QCheckBox(self.tr("Neutral title: {title}").format(
            title=record_text(TITLE_DISCREET)), self)
        self.discreet.setAccessibleName(self.discreet.text())
        layout.addWidget(self.discreet)
        layout.addWidget(wrapped_label(self.tr("Password (optional)"), bold=True, parent=self))
        self.password = QLineEdit(self)
        self.password_again = QLineEdit(self)
        for field, words in ((self.password, self.tr("Password")),
                             (self.password_again, self.tr("The same password again"))):
            passphrase_field(field)
            field.setPlaceholderText(words)
            field.setAccessibleName(words)
            field.textChanged.connect(lambda _text: self._update())
            layout.addWidget(field)
        self.note = wrapped_label(parent=self)
        layout.addWidget(self.note)
        self.status = message_label()
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save the PDF…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 600)
        self._update()

    def _choose_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Choose all"), self)
        self.none_button = QPushButton(self.tr("Choose none"), self)
        self.all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        return row

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.entries.count()):
            self.entries.item(row).setCheckState(state)

    def chosen_ids(self) -> list[str]:
        """The ids of the ticked entries."""
        return [str(self.entries.item(row).data(_ID_ROLE)) for row in range(self.entries.count())
                if self.entries.item(row).checkState() == Qt.CheckState.Checked]

    def options(self) -> ExportOptions:
        """The export options chosen here (labels in the app's language)."""
        return ExportOptions(language=current_language(), paper=default_paper(),
                             discreet=self.discreet.isChecked(),
                             password=self.password.text() or None)

    def _update(self) -> None:
        mismatch = self.password.text() != self.password_again.text()
        if mismatch:
            note = self.tr("The two passwords are not the same yet.")
        elif self.password.text():
            note = self.tr("The PDF will ask for this password when it is opened.")
        else:
            note = self.tr("A PDF file is not locked by SaferPlan. Anyone who opens this "
                           "computer or the stick can read it, unless you add a password.")
        self.note.setText(note)
        self.save_button.setEnabled(bool(self.chosen_ids()) and not mismatch)

    def save(self) -> Path | None:
        """Ask where and under which name, then write the PDF; return its path."""
        doc, chosen, options = self.doc, self.chosen_ids(), self.options()  # read here: the
        # PDF is made in a worker thread, which must not touch the widgets
        target = save_pdf_bytes(self, lambda: render_record_pdf(doc, chosen, options),
                                SUGGESTED_NAME)
        if target is None:
            return None
        self.saved_to = target
        self.status.setText(self.tr("Saved as {path}").format(path=str(target)))
        self.status.show()
        return target
