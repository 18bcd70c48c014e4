"""The page after a section's last question: every answer (or its state) with a Change button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from saferplan.forms import Question, Section
from saferplan.gui.walk.common import wrapped_label
from saferplan.model import Answer


class SectionSummary(QWidget):
    """Lists a section's answers; ``change_requested(question_id)`` opens a question again."""

    change_requested = Signal(str)

    def __init__(self, section: Section, answers: dict[str, Answer],
                 describe: Callable[[Question, Answer], str], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(wrapped_label(section.title, scale=1.5, bold=True, parent=self))
        layout.addWidget(wrapped_label(
            self.tr("Here is what you have so far. You can change anything, now or later."),
            parent=self))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(0, 1)
        self.change_buttons: dict[str, QPushButton] = {}
        for row, question in enumerate(section.questions):
            answer = answers.get(question.id)
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(wrapped_label(question.text, bold=True, parent=self))
            shown, muted = self._answer_text(question, answer, describe)
            cell.addWidget(wrapped_label(shown, muted=muted, parent=self))
            grid.addLayout(cell, row, 0)
            button = QPushButton(self.tr("Change"), self)
            button.setAccessibleName(self.tr("Change: {question}").format(question=question.text))
            button.clicked.connect(lambda _=False, qid=question.id: self.change_requested.emit(qid))
            grid.addWidget(button, row, 1)
            self.change_buttons[question.id] = button
        layout.addLayout(grid)
        layout.addStretch(1)

    def _answer_text(self, question: Question, answer: Answer | None,
                     describe: Callable[[Question, Answer], str]) -> tuple[str, bool]:
        if answer is None:
            return self.tr("Not answered yet"), True
        if answer.state == "answered":
            return describe(question, answer) or self.tr("Answered"), False
        states = {
            "skipped": self.tr("Skipped for now"),
            "not_applicable": self.tr("Does not apply"),
            "later": self.tr("To talk about later"),
        }
        return states.get(answer.state, ""), True
