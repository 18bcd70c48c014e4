"""The walk's sidebar: the sections with gentle progress, and the questions kept for later."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QVBoxLayout, QWidget

from saferplan.gui.walk.common import WrappingList, wrapped_label
from saferplan.model.navigation import SectionProgress

_ID_ROLE = Qt.ItemDataRole.UserRole


class WalkSidebar(QWidget):
    """Sections (click to go there) and a "to talk about later" list (click to open)."""

    section_chosen = Signal(str)
    question_chosen = Signal(str)

    def __init__(self, sections: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = dict(sections)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(wrapped_label(self.tr("Sections"), bold=True, parent=self))
        self.sections = WrappingList(self)
        self.sections.setAccessibleName(self.tr("Sections"))
        for section_id, title in sections:
            item = QListWidgetItem(title, self.sections)
            item.setData(_ID_ROLE, section_id)
        self.sections.itemActivated.connect(self._on_section)
        self.sections.itemClicked.connect(self._on_section)
        layout.addWidget(self.sections, 3)
        self.later_title = wrapped_label(self.tr("To talk about later"), bold=True, parent=self)
        layout.addWidget(self.later_title)
        self.later = WrappingList(self)
        self.later.setAccessibleName(self.tr("To talk about later"))
        self.later.itemActivated.connect(self._on_later)
        self.later.itemClicked.connect(self._on_later)
        layout.addWidget(self.later, 2)

    def _on_section(self, item: QListWidgetItem) -> None:
        self.section_chosen.emit(str(item.data(_ID_ROLE)))

    def _on_later(self, item: QListWidgetItem) -> None:
        self.question_chosen.emit(str(item.data(_ID_ROLE)))

    def show_progress(self, progress: dict[str, SectionProgress], current: str) -> None:
        """Show "4 of 7 answered" per section ("doesn't apply" counts as done); mark the current."""
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            section_id = str(item.data(_ID_ROLE))
            counts = progress[section_id]
            text = self._progress_text(self._titles[section_id], counts)
            item.setText(text)
            if section_id == current:
                self.sections.setCurrentItem(item)
        self.sections.fit_items()  # new texts may need more lines

    def _progress_text(self, title: str, counts: SectionProgress) -> str:
        if counts.not_applicable:
            return self.tr("{title}\n{done} of {total} done ({answered} answered, "
                           "{not_applicable} do not apply)").format(
                title=title, done=counts.settled, total=counts.total,
                answered=counts.answered, not_applicable=counts.not_applicable)
        return self.tr("{title}\n{answered} of {total} answered").format(
            title=title, answered=counts.answered, total=counts.total)

    def show_later(self, questions: Sequence[tuple[str, str]]) -> None:
        """List the questions marked "talk about it later" as (question id, text)."""
        self.later.clear()
        for question_id, text in questions:
            item = QListWidgetItem(text, self.later)
            item.setData(_ID_ROLE, question_id)
        self.later.fit_items()
        self.later_title.setVisible(bool(questions))
        self.later.setVisible(bool(questions))
