"""Home: the person's plans, and the ways into people, documents, practice and printing."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui import dialogs
from saferplan.gui.session import Session
from saferplan.gui.widgets import (
    Screen,
    button,
    heading,
    scrolling,
    set_button_text,
    set_label_text,
    wrapped_label,
)

if TYPE_CHECKING:
    from saferplan.model import Plan

# The two kinds of plan, in the order offered; labels translated in the "Home" context.
PLAN_KINDS: tuple[tuple[str, Any, Any], ...] = (
    ("safety_plan", QT_TRANSLATE_NOOP("Home", "Safety plan"),
     QT_TRANSLATE_NOOP("Home", "Add a safety plan")),
    ("release_plan", QT_TRANSLATE_NOOP("Home", "Release plan"),
     QT_TRANSLATE_NOOP("Home", "Add a release plan")),
)

# The other parts of the app reachable from home: part id, button label.
PARTS: tuple[tuple[str, Any], ...] = (
    ("people", QT_TRANSLATE_NOOP("Home", "People")),
    ("documents", QT_TRANSLATE_NOOP("Home", "Documents")),
    ("directory", QT_TRANSLATE_NOOP("Home", "Organisations that can help")),
    ("practice", QT_TRANSLATE_NOOP("Home", "Numbers to learn by heart")),
    ("record", QT_TRANSLATE_NOOP("Home", "Private record")),
    ("print", QT_TRANSLATE_NOOP("Home", "Print or save a copy")),
)


def _tr(text: object) -> str:
    return QCoreApplication.translate("Home", str(text))


def form_label(form_id: str) -> str:
    """Return the translated name of a kind of plan."""
    return next((_tr(label) for fid, label, _ in PLAN_KINDS if fid == form_id), form_id)


def numbers_to_practise(session: Session) -> int:
    """Return how many numbers are due for practice today (0 if practice is not built yet)."""
    try:
        from saferplan.model.practice import due_people
    except ImportError:
        return 0
    try:
        return len(due_people(session.doc, datetime.date.today()))
    except Exception:  # a gentle note is never worth breaking the home screen for
        return 0


class HomeScreen(Screen):
    """Plans (add, rename, delete, open) and entries to the other parts."""

    open_plan = Signal(str)          # plan id
    open_part = Signal(str)          # part id from PARTS
    settings_requested = Signal()
    consent_requested = Signal()
    finish_guest_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(10)
        self._note = wrapped_label()
        self._note.setVisible(session.demo or session.guest)
        self._note.setStyleSheet("QLabel { background: palette(alternate-base); padding: 6px; }")
        self._finish_guest = button()
        self._finish_guest.setVisible(session.guest)
        self._finish_guest.clicked.connect(self.finish_guest_requested)
        layout.addWidget(self._note)
        layout.addWidget(self._finish_guest, 0, Qt.AlignmentFlag.AlignLeft)
        columns = QHBoxLayout()
        columns.addLayout(self._plans_column(), 3)
        columns.addSpacing(24)
        columns.addLayout(self._parts_column(), 2)
        layout.addLayout(columns)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))
        session.document_changed.connect(self.refresh)
        self.retranslate_ui()
        self.refresh()

    def _plans_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self._plans_title = heading()
        self._no_plans = wrapped_label()
        self.plan_list = QListWidget()
        self.plan_list.itemActivated.connect(lambda _item: self._open_selected())
        self._open = button()
        self._rename = button()
        self._delete = button()
        self._open.clicked.connect(self._open_selected)
        self._rename.clicked.connect(self._rename_selected)
        self._delete.clicked.connect(self._delete_selected)
        actions = QHBoxLayout()
        for push in (self._open, self._rename, self._delete):
            actions.addWidget(push)
        actions.addStretch(1)
        self._add_buttons: list[QPushButton] = []
        adds = QHBoxLayout()
        for form_id, _label, _add in PLAN_KINDS:
            push = button()
            push.clicked.connect(lambda _=False, f=form_id: self.add_plan(f))
            self._add_buttons.append(push)
            adds.addWidget(push)
        adds.addStretch(1)
        for widget in (self._plans_title, self._no_plans, self.plan_list):
            column.addWidget(widget)
        column.addLayout(actions)
        column.addLayout(adds)
        return column

    def _parts_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self._parts_title = heading()
        column.addWidget(self._parts_title)
        grid = QGridLayout()
        self._part_buttons: dict[str, QPushButton] = {}
        for row, (part, _label) in enumerate(PARTS):
            push = button()
            push.clicked.connect(lambda _=False, p=part: self.open_part.emit(p))
            self._part_buttons[part] = push
            grid.addWidget(push, row, 0)
        self._due = wrapped_label()
        grid.addWidget(self._due, 3, 1)
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)
        column.addSpacing(12)
        self._settings = button()
        self._consent = button()
        self._settings.clicked.connect(self.settings_requested)
        self._consent.clicked.connect(self.consent_requested)
        column.addWidget(self._settings, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self._consent, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return column

    def refresh(self) -> None:
        """Show the plans and the practice note as the document has them now."""
        current = self.selected_plan_id()
        self.plan_list.clear()
        for plan in self.session.doc.plans:
            item = QListWidgetItem(self._plan_text(plan.title, plan.form))
            item.setData(Qt.ItemDataRole.UserRole, plan.id)
            self.plan_list.addItem(item)
            if plan.id == current:
                self.plan_list.setCurrentItem(item)
        if self.plan_list.currentItem() is None and self.plan_list.count():
            self.plan_list.setCurrentRow(0)
        has_plans = bool(self.session.doc.plans)
        self.plan_list.setVisible(has_plans)
        self._no_plans.setVisible(not has_plans)
        for push in (self._open, self._rename, self._delete):
            push.setEnabled(has_plans)
        due = numbers_to_practise(self.session)
        if due == 1:
            note = self.tr("1 number to practise")
        else:
            note = self.tr("%n numbers to practise", "", due) if due else ""
        set_label_text(self._due, note)

    def _plan_text(self, title: str, form_id: str) -> str:
        if not title:
            return form_label(form_id)
        return self.tr("%1 (%2)").replace("%1", title).replace("%2", form_label(form_id))

    def selected_plan_id(self) -> str | None:
        """Return the id of the plan selected in the list, if any."""
        item = self.plan_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def add_plan(self, form_id: str) -> None:
        """Ask for a name and add a new, empty plan of this kind."""
        from saferplan.model import Plan

        name = dialogs.ask_text(self, self.tr("New plan"), self.tr(
            "Give this plan a name. Choose words that mean something to you, and little to "
            "anyone else."), "")
        if name is None:
            return
        doc = self.session.doc
        plan = Plan(doc.new_id("plan"), form_id, name.strip())
        doc.plans.append(plan)
        self.session.changed()
        self.refresh()
        self.open_plan.emit(plan.id)

    def _open_selected(self) -> None:
        plan_id = self.selected_plan_id()
        if plan_id is not None:
            self.open_plan.emit(plan_id)

    def _rename_selected(self) -> None:
        plan = self._selected_plan()
        if plan is None:
            return
        name = dialogs.ask_text(self, self.tr("Rename plan"), self.tr("New name"), plan.title)
        if name is None:
            return
        plan.title = name.strip()
        self.session.changed()
        self.refresh()

    def _delete_selected(self) -> None:
        plan = self._selected_plan()
        if plan is None:
            return
        if not dialogs.confirm(self, self.tr("Delete plan"), self.tr(
                "Delete this plan and all its answers? People and documents stay. This cannot "
                "be undone."), self.tr("Delete"), self.tr("Keep it")):
            return
        self.session.doc.plans = [p for p in self.session.doc.plans if p.id != plan.id]
        self.session.changed()
        self.refresh()

    def _selected_plan(self) -> Plan | None:
        plan_id = self.selected_plan_id()
        return next((p for p in self.session.doc.plans if p.id == plan_id), None)

    def retranslate_ui(self) -> None:
        """Set the words."""
        if self.session.demo:
            set_label_text(self._note, self.tr("Sample plan — nothing is saved."))
        elif self.session.guest:
            set_label_text(self._note, self.tr(
                "Guest session — nothing is saved on this computer. When you finish, you "
                "choose what to take with you."))
        set_button_text(self._finish_guest, self.tr("Finish guest session"))
        set_label_text(self._plans_title, self.tr("Your plans"))
        set_label_text(self._no_plans, self.tr(
            "No plans yet. A safety plan helps if you are at risk of violence. A release plan "
            "helps if you could be detained. You can have several."))
        self.plan_list.setAccessibleName(self.tr("Your plans"))
        set_button_text(self._open, self.tr("Open"))
        set_button_text(self._rename, self.tr("Rename"))
        set_button_text(self._delete, self.tr("Delete"))
        for push, (_fid, _label, add) in zip(self._add_buttons, PLAN_KINDS, strict=True):
            set_button_text(push, _tr(add))
        set_label_text(self._parts_title, self.tr("Shared by all plans"))
        for part, label in PARTS:
            set_button_text(self._part_buttons[part], _tr(label))
        set_button_text(self._settings, self.tr("Settings"))
        set_button_text(self._consent, self.tr("Before you start: privacy and limits"))
        if hasattr(self, "session"):
            self.refresh()
