"""The base of the answer adapters (one per question kind; registry in ``adapters``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from saferplan.forms import Question
from saferplan.gui.session import Session
from saferplan.model import AnswerValue


class AnswerAdapter:
    """Base of the adapters: one question, one widget; subclasses fill in the three methods."""

    def __init__(self, question: Question, session: Session) -> None:
        self.question = question
        self.session = session

    def make_widget(self, parent: QWidget | None = None) -> QWidget:
        """Build and return the answer widget (called once per page)."""
        raise NotImplementedError

    def read_value(self) -> AnswerValue | None:
        """The answer in the widget, or None when it holds nothing."""
        raise NotImplementedError

    def write_value(self, value: AnswerValue | None) -> None:
        """Show a stored answer (None shows an empty widget)."""
        raise NotImplementedError

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever the person changes the answer (kinds that need it)."""

    def describe(self, value: AnswerValue) -> str:
        """A short readable form of a stored answer, for the section summary."""
        return ", ".join(value) if isinstance(value, list) else value
