"""The plan walk: a sidebar of sections and one question per page, driven by PlanNavigator."""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from saferplan.forms import Form, Question, Section
from saferplan.gui import theme
from saferplan.gui.announce import announce
from saferplan.gui.session import Session
from saferplan.gui.walk.adapters import adapter_for
from saferplan.gui.walk.answers import set_state, store_answer, update_roles
from saferplan.gui.walk.common import HANDLES_ENTER, wrapped_label
from saferplan.gui.walk.question_page import QuestionPage
from saferplan.gui.walk.sidebar import WalkSidebar
from saferplan.gui.walk.summary import SectionSummary
from saferplan.model import Answer, Plan
from saferplan.model.navigation import PlanNavigator, Position


def outline_of(form: Form) -> list[tuple[str, list[str]]]:
    """The form as plain ids, for the navigation model (which never sees a Form)."""
    return [(s.id, [q.id for q in s.questions]) for s in form.sections]


class PlanWalkWidget(QWidget):
    """Walks one plan of ``session.doc`` through its question set, one calm page at a time."""

    close_requested = Signal()

    def __init__(self, session: Session, plan_id: str, forms: Mapping[str, Form],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.plan = self._find_plan(plan_id)
        self.form = forms[self.plan.form]
        self._sections: dict[str, Section] = {s.id: s for s in self.form.sections}
        self.navigator = PlanNavigator(outline_of(self.form), self.plan.answers)
        self.page: QuestionPage | SectionSummary | None = None
        self._said_saved = False
        self._build()   # the SaveStatus connects first: announcements read its words
        session.saved.connect(self._on_saved)
        session.save_failed.connect(self._on_save_failed)
        self._show_position()

    def _find_plan(self, plan_id: str) -> Plan:
        plan = next((p for p in self.session.doc.plans if p.id == plan_id), None)
        if plan is None:
            raise KeyError(plan_id)
        return plan

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        self.acknowledgement = wrapped_label(muted=True, parent=self)
        self.acknowledgement.hide()
        layout.addWidget(self.acknowledgement)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.sidebar = WalkSidebar([(s.id, s.title) for s in self.form.sections], splitter)
        self.sidebar.section_chosen.connect(self.jump_to_section)
        self.sidebar.question_chosen.connect(self.open_question)
        self.page_area = QScrollArea(splitter)
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.page_area)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        # Room for two-line section titles; grows with the font, not fixed pixels.
        sidebar_width = self.fontMetrics().averageCharWidth() * 30
        splitter.setSizes([sidebar_width, sidebar_width * 3])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_buttons())

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        title = self.plan.title or self.form.title
        header.addWidget(wrapped_label(title, scale=1.2, bold=True, heading=True, parent=self), 1)
        self.save_status = theme.SaveStatus(self.session, self)
        if self.session.saver is None:
            self.save_status.show_saving()   # a guest: "Kept for this session only"
        header.addWidget(self.save_status)
        self.home_button = QPushButton(self.tr("Back to ho&me"), self)
        self.home_button.clicked.connect(self.request_close)
        header.addWidget(self.home_button)
        return header

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        # "&" marks the Alt+letter of each button (translators pick letters that do not clash).
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.skip_button = QPushButton(self.tr("&Skip for now"), self)
        self.not_applicable_button = QPushButton(self.tr("&Doesn't apply"), self)
        self.later_button = QPushButton(self.tr("Talk about it &later"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        for button in (self.back_button, self.skip_button, self.not_applicable_button,
                       self.later_button, self.next_button, self.home_button):
            button.setAutoDefault(True)  # Enter presses the focused button
        for button in (self.skip_button, self.not_applicable_button, self.later_button):
            theme.set_role(button, "quiet")
        theme.set_role(self.next_button, "primary")
        self.next_button.setIcon(theme.icon("forward", "on-primary"))
        self.next_button.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.isLeftToRight()
            else Qt.LayoutDirection.LeftToRight)   # the arrow after the word
        self.back_button.setIcon(theme.icon("back"))
        self.back_button.clicked.connect(self.go_back)
        self.skip_button.clicked.connect(lambda: self.mark_and_next("skipped"))
        self.not_applicable_button.clicked.connect(lambda: self.mark_and_next("not_applicable"))
        self.later_button.clicked.connect(lambda: self.mark_and_next("later"))
        self.next_button.clicked.connect(self.go_next)
        row.addWidget(self.back_button)
        row.addStretch(1)
        for button in (self.skip_button, self.not_applicable_button, self.later_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        return row

    # --- showing pages -------------------------------------------------------------------
    def _show_position(self) -> None:
        position = self.navigator.position
        section = self._sections[position.section_id]
        old = self.page_area.takeWidget()
        if old is not None:
            old.deleteLater()
        if position.question_id is None:
            summary = SectionSummary(section, self.plan.answers, self.describe, self)
            summary.change_requested.connect(self.open_question)
            self.page = summary
        else:
            question = self._question(position)
            in_section = self.navigator.questions_of(section.id)
            self.page = QuestionPage(question, section.title,
                                     adapter_for(question, self.session),
                                     self.plan.answers.get(question.id), self,
                                     number=in_section.index(question.id) + 1,
                                     count=len(in_section))
        self.page_area.setWidget(self.page)
        self.page_area.verticalScrollBar().setValue(0)
        self._update_buttons(position)
        self._update_sidebar()
        self._arrange_focus()

    def _arrange_focus(self) -> None:
        """Answer first, then Skip / Doesn't apply / Later, then Next; focus on the answer."""
        page = self.page
        if isinstance(page, QuestionPage):
            controls = page.answer_controls()
            for control in controls:
                control.installEventFilter(self)
            first: QWidget = page.first_control()
            chain = [controls[-1] if controls else first, self.skip_button,
                     self.not_applicable_button, self.later_button, self.next_button]
        else:
            buttons = list(page.change_buttons.values()) if page is not None else []
            first = buttons[0] if buttons else self.next_button
            chain = [buttons[-1] if buttons else first, self.next_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        QWidget.setTabOrder(self.next_button, self.back_button)
        self.setFocusProxy(first)  # the shell focuses the walk through its proxy
        if self.isVisible():
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in an answer goes Next (Ctrl+Enter in a multi-line answer)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            multi_line = isinstance(watched, QPlainTextEdit)
            handles_enter = bool(watched.property(HANDLES_ENTER))
            if ctrl or not (multi_line or handles_enter):
                self.next_button.click()
                return True
        return super().eventFilter(watched, event)

    def _question(self, position: Position) -> Question:
        question = self.form.question(position.question_id or "")
        if question is None:
            raise KeyError(position.question_id)
        return question

    def _update_buttons(self, position: Position) -> None:
        on_question = not position.is_summary
        for button in (self.skip_button, self.not_applicable_button, self.later_button):
            button.setVisible(on_question)
        self.back_button.setEnabled(not self.navigator.at_start)
        if self.navigator.at_end:
            self.next_button.setText(self.tr("&Finish for now"))
        else:
            self.next_button.setText(self.tr("&Next section") if position.is_summary
                                     else self.tr("&Next"))

    def _update_sidebar(self) -> None:
        nav = self.navigator
        progress = {sid: nav.progress(sid) for sid in nav.section_ids}
        self.sidebar.show_progress(progress, nav.position.section_id)
        later = []
        for position in nav.later_list():
            question = self._question(position)
            later.append((question.id, question.text))
        self.sidebar.show_later(later)

    def describe(self, question: Question, answer: Answer) -> str:
        """A readable answer for the summary page (names for people, labels for options)."""
        if answer.value is None:
            return ""
        return adapter_for(question, self.session).describe(answer.value)

    # --- leaving a page ------------------------------------------------------------------
    def commit_page(self) -> None:
        """Write the current page's answer into the plan (if the person changed it)."""
        page = self.page
        if not isinstance(page, QuestionPage):
            return
        question = page.question
        after = page.value()
        if not store_answer(self.plan, question.id, page.initial, after):
            return
        if question.kind == "person" and question.role:
            update_roles(self.session.doc, question.role, page.initial, after,
                         self._questions_with_role(question.role))
        page.initial = after
        self.session.changed()

    def _questions_with_role(self, role: str) -> set[str]:
        return {q.id for q in self.form.questions() if q.kind == "person" and q.role == role}

    def mark_and_next(self, state: str) -> None:
        """Mark the current question skipped / not applicable / later, then go on."""
        page = self.page
        if isinstance(page, QuestionPage):
            set_state(self.plan, page.question.id, state)
            page.initial = None
            self.session.changed()
        self.navigator.next()
        self._show_position()
        self._acknowledge(state)

    def _acknowledge(self, state: str) -> None:
        """A short, calm line after Skip / Doesn't apply / Later, also said to screen readers."""
        texts = {
            "skipped": self.tr("Skipped for now. You can come back to it any time."),
            "not_applicable": self.tr("Noted: that one does not apply to you."),
            "later": self.tr("Kept for later. You will find it under \"To talk about later\"."),
        }
        text = texts.get(state, "")
        self.acknowledgement.setText(text)
        self.acknowledgement.setVisible(bool(text))
        announce(self, text)

    def _clear_acknowledgement(self) -> None:
        self.acknowledgement.hide()
        self.acknowledgement.setText("")

    def go_next(self) -> None:
        """Save this page and go to the next one (at the very end: back to home)."""
        self._clear_acknowledgement()
        self.commit_page()
        if self.navigator.at_end:
            self.request_close()
            return
        self.navigator.next()
        self._show_position()

    def go_back(self) -> None:
        """Save this page and go to the previous one."""
        self._clear_acknowledgement()
        self.commit_page()
        self.navigator.back()
        self._show_position()

    def jump_to_section(self, section_id: str) -> None:
        """Save this page and open a section at its first open question (or its summary)."""
        self.commit_page()
        self.navigator.jump_to_section(section_id)
        self._show_position()

    def open_question(self, question_id: str) -> None:
        """Save this page and open one question (from the summary or the later list)."""
        self.commit_page()
        self.navigator.go_to_question(question_id)
        self._show_position()

    def request_close(self) -> None:
        """Save this page and ask the shell to go back to home."""
        self.commit_page()
        self.close_requested.emit()

    def showEvent(self, event: QShowEvent) -> None:
        """Opening the walk puts focus on the answer, like every new page."""
        super().showEvent(event)
        proxy = self.focusProxy()
        if proxy is not None:
            proxy.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        """Keep what is on the page when the walk is hidden (quick exit, switching screens)."""
        self.commit_page()
        super().hideEvent(event)

    # --- saving feedback -----------------------------------------------------------------
    def _on_saved(self) -> None:
        if not self._said_saved:  # said once, then again after a failure: not after every page
            announce(self, self.save_status.label.text())
            self._said_saved = True

    def _on_save_failed(self, _message: str) -> None:
        announce(self, self.save_status.label.text(), urgent=True)
        self._said_saved = False
