"""The choices of the print screen: what to print, who is on the card, discreet, paper, language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from saferplan.export import CardContent, ExportOptions, default_paper
from saferplan.export.card_content import (
    INTERPRETER_QUESTION,
    MEDICATION_QUESTION,
    answer_text,
    default_people,
)
from saferplan.gui.printing.label_language import label_languages
from saferplan.gui.widgets import (
    heading,
    indented,
    passphrase_field,
    set_label_text,
    wrapped_label,
)
from saferplan.i18n import current_language
from saferplan.model import PlanDocument

PAPERS = ("a4", "letter")


def _bold_label() -> QLabel:
    """A small bold title over a group of choices."""
    return heading(scale=1.1)


class OptionsPanel(QWidget):
    """Every choice of the print screen; ``changed`` fires when the output would change."""

    changed = Signal()
    password_changed = Signal()

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._build_what(layout)
        self._build_card(layout)
        self._build_look(layout)
        self._build_password(layout)
        layout.addStretch(1)
        self.retranslate_ui()
        self.reload_people()
        self._sync_enabled()

    # --- building ------------------------------------------------------------------------

    def _build_what(self, layout: QVBoxLayout) -> None:
        self._what_title = _bold_label()
        self.plan_choice = QRadioButton()
        self.card_choice = QRadioButton()
        self.plan_choice.setChecked(True)
        self._what = QButtonGroup(self)
        for choice in (self.plan_choice, self.card_choice):
            self._what.addButton(choice)
            choice.toggled.connect(self._option_changed)
        for widget in (self._what_title, self.plan_choice, self.card_choice):
            layout.addWidget(widget)

    def _build_card(self, layout: QVBoxLayout) -> None:
        self.card_box = QWidget()
        box = QVBoxLayout(self.card_box)
        box.setContentsMargins(0, 0, 0, 0)
        self._people_title = wrapped_label()
        self._no_people = wrapped_label()
        self.people = QListWidget()
        # As tall as its rows: the whole panel scrolls, a list inside a scroll area should not.
        self.people.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.people.itemChanged.connect(lambda _item: self.changed.emit())
        self.medication = QCheckBox()
        self.interpreter = QCheckBox()
        for check in (self.medication, self.interpreter):
            check.setChecked(True)
            check.toggled.connect(self._option_changed)
        for widget in (self._people_title, self._no_people, self.people, self.medication,
                       self.interpreter):
            box.addWidget(widget)
        layout.addLayout(indented(self.card_box))   # on the reading side, Arabic included

    def _build_look(self, layout: QVBoxLayout) -> None:
        self.discreet = QCheckBox()
        self.discreet.toggled.connect(self._option_changed)
        self._discreet_note = wrapped_label()
        layout.addWidget(self.discreet)
        layout.addLayout(indented(self._discreet_note))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.paper = QComboBox()
        for code in PAPERS:
            self.paper.addItem("", code)
        self.paper.setCurrentIndex(PAPERS.index(default_paper()))
        self.paper.currentIndexChanged.connect(self._option_changed)
        self.language = QComboBox()
        for lang in label_languages():
            self.language.addItem(lang.chooser_label, lang.code)  # each named in its own script
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.currentIndexChanged.connect(self._option_changed)
        self._paper_label = wrapped_label()
        self._language_label = wrapped_label()
        self._paper_label.setBuddy(self.paper)
        self._language_label.setBuddy(self.language)
        form.addRow(self._paper_label, self.paper)
        form.addRow(self._language_label, self.language)
        layout.addLayout(form)

    def _build_password(self, layout: QVBoxLayout) -> None:
        self._password_title = _bold_label()
        self._password_note = wrapped_label()
        self.password = QLineEdit()
        self.password_again = QLineEdit()
        for field in (self.password, self.password_again):
            passphrase_field(field)
            field.textChanged.connect(lambda _text: self.password_changed.emit())
        for widget in (self._password_title, self._password_note, self.password,
                       self.password_again):
            layout.addWidget(widget)

    # --- reading the choices ---------------------------------------------------------------

    def is_card(self) -> bool:
        """Tell whether the wallet card (not the full plan) is chosen."""
        return self.card_choice.isChecked()

    def options(self, *, with_password: bool = False) -> ExportOptions:
        """Return the chosen export options; the password only when saving a file."""
        password = self.password.text() if with_password and self.password.text() else None
        return ExportOptions(language=str(self.language.currentData() or "en"),
                             paper=str(self.paper.currentData()),
                             discreet=self.discreet.isChecked(), password=password)

    def card_content(self) -> CardContent:
        """Return who and what goes on the card, as ticked."""
        ids = [str(self.people.item(row).data(Qt.ItemDataRole.UserRole))
               for row in range(self.people.count())
               if self.people.item(row).checkState() == Qt.CheckState.Checked]
        return CardContent(person_ids=ids, show_medication=self.medication.isChecked(),
                           show_interpreter=self.interpreter.isChecked())

    def password_problem(self) -> str:
        """Return why the password cannot be used yet ("" when it is fine or not wanted)."""
        if self.password.text() != self.password_again.text():
            return self.tr("The two passwords are not the same yet.")
        return ""

    # --- keeping the panel in step ---------------------------------------------------------

    def reload_people(self) -> None:
        """List the plan's people, ticking those already ticked (or export's default choice)."""
        previous = {str(self.people.item(r).data(Qt.ItemDataRole.UserRole)):
                    self.people.item(r).checkState() for r in range(self.people.count())}
        defaults = {p.id for p in default_people(self.doc)}
        self.people.blockSignals(True)
        self.people.clear()
        for person in self.doc.people:
            item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            default = Qt.CheckState.Checked if person.id in defaults else Qt.CheckState.Unchecked
            item.setCheckState(previous.get(person.id, default))
            self.people.addItem(item)
        self.people.blockSignals(False)
        self.people.setVisible(bool(self.doc.people))
        self._no_people.setVisible(not self.doc.people)

    def _option_changed(self) -> None:
        self._sync_enabled()
        self.changed.emit()

    def _sync_enabled(self) -> None:
        card = self.is_card()
        self.card_box.setVisible(card)
        # A discreet card shows names and numbers only, so these lines never print there.
        notes_possible = card and not self.discreet.isChecked()
        self.medication.setEnabled(notes_possible
                                   and bool(answer_text(self.doc, MEDICATION_QUESTION)))
        self.interpreter.setEnabled(notes_possible
                                    and bool(answer_text(self.doc, INTERPRETER_QUESTION)))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set the words."""
        set_label_text(self._what_title, self.tr("What to print"))
        self.plan_choice.setText(self.tr("The whole plan"))
        self.card_choice.setText(self.tr("The wallet card"))
        set_label_text(self._people_title, self.tr("People on the card"))
        set_label_text(self._no_people, self.tr(
            "No people yet. People you add under People can go on the card."))
        self.people.setAccessibleName(self.tr("People on the card"))
        self.medication.setText(self.tr("Include the medication line"))
        self.interpreter.setText(self.tr("Include the language and interpreter line"))
        self.discreet.setText(self.tr("Discreet"))
        set_label_text(self._discreet_note, self.tr("Neutral headings, names and numbers only."))
        self.discreet.setAccessibleDescription(self._discreet_note.text())
        set_label_text(self._paper_label, self.tr("Paper"))
        self.paper.setItemText(0, self.tr("A4"))
        self.paper.setItemText(1, self.tr("Letter"))
        self.paper.setAccessibleName(self.tr("Paper"))
        set_label_text(self._language_label, self.tr("Language of the headings"))
        self.language.setAccessibleName(self.tr("Language of the headings"))
        set_label_text(self._password_title, self.tr("Password (optional)"))
        set_label_text(self._password_note, self.tr(
            "Only for saving a file. Anyone who wants to open the PDF will need it. SaferPlan "
            "cannot recover it."))
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("PDF password"))
        self.password_again.setPlaceholderText(self.tr("The same password again"))
        self.password_again.setAccessibleName(self.tr("PDF password again"))
        for check in (self.plan_choice, self.card_choice, self.medication, self.interpreter,
                      self.discreet):
            check.setAccessibleName(check.text())
