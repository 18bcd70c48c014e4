"""One small adapter per question kind: make the answer widget, read it, write it.

The kinds map to adapters through the explicit ``ADAPTERS`` registry (house style: no guessing
from attributes). An adapter reads ``None`` when the person has given no answer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from saferplan.forms import Question
from saferplan.gui.session import Session
from saferplan.gui.walk.base import AnswerAdapter
from saferplan.gui.walk.common import answer_group, mark_sensitive
from saferplan.gui.walk.pickers import DocumentAdapter, PersonAdapter
from saferplan.model import AnswerValue


class _LineAdapter(AnswerAdapter):
    """A one-line text answer (short text, place, money: free text)."""

    def make_widget(self, parent: QWidget | None = None) -> QWidget:
        """A sensitive line edit."""
        self._edit = QLineEdit(parent)
        self._edit.setAccessibleName(self.question.text)
        mark_sensitive(self._edit)
        return self._edit

    def read_value(self) -> AnswerValue | None:
        """The trimmed text, or None when empty."""
        return self._edit.text().strip() or None

    def write_value(self, value: AnswerValue | None) -> None:
        """Show the stored text."""
        self._edit.setText(value if isinstance(value, str) else "")


class ShortTextAdapter(_LineAdapter):
    """A short text answer."""


class PlaceAdapter(_LineAdapter):
    """A place: free text, discreet words welcome."""


class MoneyAdapter(_LineAdapter):
    """An amount or a plan for money, as free text."""


class LongTextAdapter(AnswerAdapter):
    """A longer text answer in a plain text box."""

    def make_widget(self, parent: QWidget | None = None) -> QWidget:
        """A sensitive plain-text box."""
        self._edit = QPlainTextEdit(parent)
        self._edit.setAccessibleName(self.question.text)
        self._edit.setTabChangesFocus(True)  # keyboard users can leave the box with Tab
        mark_sensitive(self._edit)
        return self._edit

    def read_value(self) -> AnswerValue | None:
        """The trimmed text, or None when empty."""
        return self._edit.toPlainText().strip() or None

    def write_value(self, value: AnswerValue | None) -> None:
        """Show the stored text."""
        self._edit.setPlainText(value if isinstance(value, str) else "")


class _RadioAdapter(AnswerAdapter):
    """One choice among labelled radio buttons, keyed by id."""

    def choices(self) -> list[tuple[str, str]]:
        """(id, label) pairs shown as radio buttons."""
        raise NotImplementedError

    def make_widget(self, parent: QWidget | None = None) -> QWidget:
        """A column of radio buttons."""
        box = answer_group(self.question.text, parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(box)
        self._buttons: dict[str, QRadioButton] = {}
        for choice_id, label in self.choices():
            button = QRadioButton(label, box)
            button.setAccessibleName(label)
            self._group.addButton(button)
            self._buttons[choice_id] = button
            layout.addWidget(button)
        return box

    def read_value(self) -> AnswerValue | None:
        """The id of the ticked choice, or None."""
        return next((cid for cid, b in self._buttons.items() if b.isChecked()), None)

    def write_value(self, value: AnswerValue | None) -> None:
        """Tick the stored choice (or none)."""
        self._group.setExclusive(False)  # an exclusive group cannot untick its last button
        for choice_id, button in self._buttons.items():
            button.setChecked(choice_id == value)
        self._group.setExclusive(True)

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` when another choice is ticked."""
        self._group.buttonToggled.connect(lambda *_: callback())

    def describe(self, value: AnswerValue) -> str:
        """The label of the stored choice."""
        return dict(self.choices()).get(value if isinstance(value, str) else "", "")


class YesNoAdapter(_RadioAdapter):
    """Yes / No / Not sure."""

    def choices(self) -> list[tuple[str, str]]:
        """The three answers."""
        return [
            ("yes", QCoreApplication.translate("AnswerAdapter", "Yes")),
            ("no", QCoreApplication.translate("AnswerAdapter", "No")),
            ("not_sure", QCoreApplication.translate("AnswerAdapter", "Not sure")),
        ]


class ChoiceAdapter(_RadioAdapter):
    """One of the question's options."""

    def choices(self) -> list[tuple[str, str]]:
        """The question's options."""
        return [(o.id, o.label) for o in self.question.options]


class ChecklistAdapter(AnswerAdapter):
    """Any of the question's options, as check boxes."""

    def make_widget(self, parent: QWidget | None = None) -> QWidget:
        """A column of check boxes."""
        box = answer_group(self.question.text, parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: dict[str, QCheckBox] = {}
        for option in self.question.options:
            check = QCheckBox(option.label, box)
            check.setAccessibleName(option.label)
            self._boxes[option.id] = check
            layout.addWidget(check)
        return box

    def read_value(self) -> AnswerValue | None:
        """The ticked option ids in the form's order, or None."""
        return [oid for oid, box in self._boxes.items() if box.isChecked()] or None

    def write_value(self, value: AnswerValue | None) -> None:
        """Tick the stored options."""
        chosen = set(value) if isinstance(value, list) else set()
        for option_id, box in self._boxes.items():
            box.setChecked(option_id in chosen)

    def describe(self, value: AnswerValue) -> str:
        """The labels of the ticked options."""
        labels = {o.id: o.label for o in self.question.options}
        chosen = value if isinstance(value, list) else [value]
        return ", ".join(labels.get(v, "") for v in chosen)


class DateAdapter(AnswerAdapter):
    """A date, or "no date" (the default): stored as YYYY-MM-DD."""

    def make_widget(self, parent: QWidget | None = None) -> QWidget:
        """A date field with a "No date" box that switches it off."""
        box = answer_group(self.question.text, parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self._no_date = QCheckBox(QCoreApplication.translate("AnswerAdapter", "No date"), box)
        self._edit = QDateEdit(box)
        self._edit.setCalendarPopup(True)
        self._edit.setDisplayFormat("yyyy-MM-dd")
        self._edit.setAccessibleName(self.question.text)
        self._no_date.toggled.connect(lambda on: self._edit.setEnabled(not on))
        row = QHBoxLayout()
        row.addWidget(self._edit)
        row.addStretch(1)  # a date needs little room; keep it from spanning the page
        layout.addLayout(row)
        layout.addWidget(self._no_date)
        return box

    def read_value(self) -> AnswerValue | None:
        """The date as YYYY-MM-DD, or None with "No date" ticked."""
        if self._no_date.isChecked():
            return None
        return self._edit.date().toString("yyyy-MM-dd")

    def write_value(self, value: AnswerValue | None) -> None:
        """Show the stored date, or today's date switched off by "No date"."""
        parsed = _parse_date(value)
        today = QDate.currentDate()
        shown = QDate(parsed.year, parsed.month, parsed.day) if parsed is not None else today
        self._edit.setDate(shown)
        self._no_date.setChecked(parsed is None)
        self._edit.setEnabled(parsed is not None)


def _parse_date(value: AnswerValue | None) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


# Question kind -> adapter class. Every kind of ``saferplan.forms.KINDS`` has one.
ADAPTERS: dict[str, type[AnswerAdapter]] = {
    "short_text": ShortTextAdapter,
    "long_text": LongTextAdapter,
    "yes_no": YesNoAdapter,
    "choice": ChoiceAdapter,
    "checklist": ChecklistAdapter,
    "person": PersonAdapter,
    "document": DocumentAdapter,
    "place": PlaceAdapter,
    "money": MoneyAdapter,
    "date": DateAdapter,
}


def adapter_for(question: Question, session: Session) -> AnswerAdapter:
    """Return a new adapter for this question's kind (KeyError for an unknown kind)."""
    return ADAPTERS[question.kind](question, session)
