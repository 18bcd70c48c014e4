"""What to know under a question: its dated legal lines, and organisations to add in one click."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from saferplan.export.labels import legal_date_line
from saferplan.form_text import translate_directory
from saferplan.forms import Question
from saferplan.forms.directory import Directory, Organisation, add_to_plan, load_directory
from saferplan.gui.session import Session
from saferplan.gui.walk.common import wrapped_label


class LegalBox(QFrame):
    """The question's statements of law as a short list, with the date line beneath."""

    def __init__(self, lines: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(self.tr("What to know"), bold=True, parent=self))
        layout.addWidget(wrapped_label("\n".join(f"• {line}" for line in lines), parent=self))
        self.date_label = wrapped_label(legal_date_line(), muted=True, parent=self)
        layout.addWidget(self.date_label)


class LearnPanel(QFrame):
    """Organisations from the directory that match the question, each with "Add to my people"."""

    def __init__(self, organisations: list[Organisation], session: Session, as_of: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.as_of = as_of
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(self.tr("Who can help you learn more"), bold=True,
                                       parent=self))
        self.add_buttons: dict[str, QPushButton] = {}
        for org in organisations:
            layout.addLayout(self._row(org))

    def _row(self, org: Organisation) -> QHBoxLayout:
        row = QHBoxLayout()
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(wrapped_label(org.name, bold=True, parent=self))
        details = "\n".join(line for line in (", ".join(org.phones), org.offers) if line)
        text.addWidget(wrapped_label(details, parent=self))
        row.addLayout(text, 1)
        button = QPushButton(self.tr("Add to my people"), self)
        button.setAccessibleName(self.tr("Add {name} to my people").format(name=org.name))
        button.clicked.connect(lambda: self.add(org))
        self.add_buttons[org.id] = button
        row.addWidget(button)
        return row

    def add(self, org: Organisation) -> None:
        """Copy the organisation into the person's list, dated, and say it was added."""
        month = QDate.fromString(self.as_of, "yyyy-MM")
        when = QLocale().toString(month, "MMMM yyyy") if month.isValid() else self.as_of
        note = self.tr("From the guide's list, {date} — check before relying on it.").format(
            date=when)
        add_to_plan(self.session.doc, org, None, note=note)
        self.session.changed()
        button = self.add_buttons[org.id]
        button.setText(self.tr("Added"))
        button.setEnabled(False)


def learn_panel(question: Question, session: Session, directory: Directory | None = None,
                parent: QWidget | None = None) -> LearnPanel | None:
    """Return the panel of organisations the question names (in the person's language), if any."""
    if not question.organisations:
        return None
    found = translate_directory(directory if directory is not None else load_directory())
    orgs = [org for org in map(found.organisation, question.organisations) if org is not None]
    return LearnPanel(orgs, session, found.as_of, parent) if orgs else None
