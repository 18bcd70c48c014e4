"""One question on its own page: the question, why it helps, examples, and the answer widget."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from saferplan.forms import Question
from saferplan.gui.walk.base import AnswerAdapter
from saferplan.gui.walk.common import wrapped_label
from saferplan.gui.walk.know_panel import LegalBox, learn_panel
from saferplan.model import Answer, AnswerValue


class QuestionPage(QWidget):
    """Shows one question and holds its answer adapter; ``initial`` is what it opened with."""

    def __init__(self, question: Question, section_title: str, adapter: AnswerAdapter,
                 answer: Answer | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.adapter = adapter
        self.initial: AnswerValue | None = answer.value if answer is not None else None
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(wrapped_label(section_title, muted=True, parent=self))
        self.question_label = wrapped_label(question.text, scale=1.5, bold=True, parent=self)
        layout.addWidget(self.question_label)
        if question.why:
            layout.addWidget(wrapped_label(question.why, parent=self))
        if question.examples:
            examples = "\n".join(f"• {example}" for example in question.examples)
            layout.addWidget(wrapped_label(
                self.tr("For example:\n{examples}").format(examples=examples),
                muted=True, parent=self))
        if question.help:
            layout.addWidget(wrapped_label(question.help, muted=True, parent=self))
        self.legal_box = LegalBox(question.legal, self) if question.legal else None
        if self.legal_box is not None:
            layout.addWidget(self.legal_box)
        state_note = self._state_note(answer)
        if state_note:
            self.state_label = wrapped_label(state_note, muted=True, parent=self)
            layout.addWidget(self.state_label)
        layout.addSpacing(6)
        self.answer_widget = adapter.make_widget(self)
        adapter.write_value(self.initial)
        layout.addWidget(self.answer_widget)
        self.learn_panel = learn_panel(question, adapter.session, parent=self)
        if self.learn_panel is not None:
            layout.addWidget(self.learn_panel)
            adapter.on_change(self._show_learn_panel)
            self._show_learn_panel()
        layout.addStretch(1)
        self.setFocusProxy(self.answer_widget)

    def _show_learn_panel(self) -> None:
        # Organisations appear when the person says they would like to learn more.
        if self.learn_panel is not None:
            self.learn_panel.setVisible(self.value() in self.question.learn_when)

    def _state_note(self, answer: Answer | None) -> str:
        # A quiet reminder of an earlier choice; the person can still answer now.
        if answer is None:
            return ""
        notes = {
            "skipped": self.tr("You skipped this for now."),
            "not_applicable": self.tr("You said this does not apply."),
            "later": self.tr("You wanted to talk about this later."),
        }
        return notes.get(answer.state, "")

    def value(self) -> AnswerValue | None:
        """What the answer widget holds now (None when empty)."""
        return self.adapter.read_value()
