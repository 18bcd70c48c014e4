"""One question on its own page: where you are, the question, why it helps, and the answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from saferplan.forms import Question
from saferplan.gui.walk.base import AnswerAdapter
from saferplan.gui.walk.common import wrapped_label
from saferplan.gui.walk.know_panel import LegalBox, learn_panel
from saferplan.model import Answer, AnswerValue


class QuestionPage(QWidget):
    """Shows one question and holds its answer adapter; ``initial`` is what it opened with.

    ``number`` and ``count`` place the question in its section ("Question 3 of 10").
    """

    def __init__(self, question: Question, section_title: str, adapter: AnswerAdapter,
                 answer: Answer | None, parent: QWidget | None = None, *,
                 number: int = 1, count: int = 1) -> None:
        super().__init__(parent)
        self.question = question
        self.adapter = adapter
        self.initial: AnswerValue | None = answer.value if answer is not None else None
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self._add_position(layout, section_title, number, count)
        self.question_label = wrapped_label(question.text, scale=1.5, bold=True, heading=True,
                                            parent=self)
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
        self._describe_controls()
        self.setFocusProxy(self.first_control())

    def _add_position(self, layout: QVBoxLayout, section_title: str, number: int,
                      count: int) -> None:
        text = self.tr("Question {number} of {count} · {section}").format(
            number=number, count=count, section=section_title)
        self.position_label = wrapped_label(text, muted=True, parent=self)
        layout.addWidget(self.position_label)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, max(count, 1))
        self.progress.setValue(number)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(max(self.fontMetrics().height() // 3, 4))
        self.progress.setAccessibleName(text)
        layout.addWidget(self.progress)

    def answer_controls(self) -> list[QWidget]:
        """The controls a person can focus in the answer, in creation order."""
        candidates = [self.answer_widget, *self.answer_widget.findChildren(QWidget)]
        return [w for w in candidates if w.focusPolicy() != Qt.FocusPolicy.NoFocus
                and not w.isWindow() and w.focusProxy() is None]

    def first_control(self) -> QWidget:
        """Where focus goes when the page opens: the ticked choice, else the first control."""
        controls = [w for w in self.answer_controls() if w.isVisibleTo(self) and w.isEnabled()]
        checked = [w for w in controls if isinstance(w, QAbstractButton) and w.isCheckable()
                   and w.isChecked() and w.autoExclusive()]
        if checked:
            return checked[0]
        return controls[0] if controls else self.answer_widget

    def _describe_controls(self) -> None:
        # Screen readers say the "why" after the control's name (its description).
        for control in self.answer_controls():
            if not control.accessibleDescription():
                control.setAccessibleDescription(self.question.why)

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
