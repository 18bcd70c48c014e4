"""Home: the person's plans, and the ways into people, documents, practice and printing."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui import dialogs, theme
from saferplan.gui.cards import PlanCard, Tile
from saferplan.gui.session import Session
from saferplan.gui.widgets import (
    ResponsiveGrid,
    Screen,
    button,
    centred,
    heading,
    scrolling,
    set_button_text,
    set_label_text,
)

if TYPE_CHECKING:
    from saferplan.model import Plan

# The two kinds of plan, in the order offered; labels translated in the "Home" context.
PLAN_KINDS: tuple[tuple[str, Any, Any], ...] = (
    ("safety_plan", QT_TRANSLATE_NOOP("Home", "Safety plan"),
     QT_TRANSLATE_NOOP("Home", "Add a &safety plan")),
    ("release_plan", QT_TRANSLATE_NOOP("Home", "Release plan"),
     QT_TRANSLATE_NOOP("Home", "Add a &release plan")),
)

# The other parts of the app reachable from home: part id, button label.
PARTS: tuple[tuple[str, Any], ...] = (
    ("people", QT_TRANSLATE_NOOP("Home", "P&eople")),
    ("documents", QT_TRANSLATE_NOOP("Home", "&Documents")),
    ("directory", QT_TRANSLATE_NOOP("Home", "Or&ganisations that can help")),
    ("practice", QT_TRANSLATE_NOOP("Home", "&Numbers to learn by heart")),
    ("record", QT_TRANSLATE_NOOP("Home", "Pri&vate record")),
    ("print", QT_TRANSLATE_NOOP("Home", "&Print or save a copy")),
)

# The theme's icon for each part and each kind of plan.
PART_ICONS: dict[str, str] = {"people": "people", "documents": "documents",
                              "directory": "organisations", "practice": "practice",
                              "record": "record", "print": "print"}
PLAN_ICONS: dict[str, str] = {"safety_plan": "safety-plan", "release_plan": "release-plan"}
HOME_WIDTH = 980


def _tr(text: object) -> str:
    return QCoreApplication.translate("Home", str(text))


def form_label(form_id: str) -> str:
    """Return the translated name of a kind of plan."""
    return next((_tr(label) for fid, label, _ in PLAN_KINDS if fid == form_id), form_id)


def plan_progress(plan: Plan) -> tuple[int, int]:
    """Return (questions answered or marked as not applying, all questions) of a plan."""
    from saferplan.forms import load_all_forms
    from saferplan.model.navigation import PlanNavigator

    form = load_all_forms().get(plan.form)
    if form is None:
        return 0, 0
    outline = [(s.id, [q.id for q in s.questions]) for s in form.sections]
    navigator = PlanNavigator(outline, plan.answers)
    settled = sum(navigator.progress(section_id).settled for section_id, _ in outline)
    return settled, sum(len(questions) for _, questions in outline)


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
    """Plans as cards (continue, rename, delete, add) and the shared parts as tiles."""

    open_plan = Signal(str)          # plan id
    open_part = Signal(str)          # part id from PARTS
    settings_requested = Signal()
    consent_requested = Signal()
    choose_plan_requested = Signal()  # the empty state's one button: the plan choice
    finish_guest_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last_plan_id: str | None = None     # the plan opened last in this session
        self.plan_cards: list[PlanCard] = []
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(theme.SPACE_XL, theme.SPACE_L, theme.SPACE_XL, theme.SPACE_XL)
        layout.setSpacing(theme.SPACE_M)
        self._note = theme.StateBanner("info")
        self._note.setVisible(session.demo or session.guest)
        self._finish_guest = button()
        self._finish_guest.setVisible(session.guest)
        self._finish_guest.clicked.connect(self.finish_guest_requested)
        self.save_status = theme.SaveStatus(session)
        layout.addWidget(self._note)
        layout.addWidget(self._finish_guest, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self._plans_column())
        layout.addSpacing(theme.SPACE_M)
        layout.addLayout(self._parts_column())
        layout.addWidget(self.save_status)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(centred(content, HOME_WIDTH)))
        session.document_changed.connect(self.refresh)
        self.retranslate_ui()

    def _plans_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(theme.SPACE_S)
        self._plans_title = heading()
        self._empty = theme.EmptyState("progress")
        self._empty.action.clicked.connect(self.choose_plan_requested)
        self._cards = QVBoxLayout()
        self._cards.setSpacing(theme.SPACE_S)
        self._add_buttons: list[QPushButton] = []
        adds = QHBoxLayout()
        for form_id, _label, _add in PLAN_KINDS:
            push = button()
            push.setIcon(theme.icon("new", "text"))
            push.clicked.connect(lambda _=False, f=form_id: self.add_plan(f))
            self._add_buttons.append(push)
            adds.addWidget(push)
        adds.addStretch(1)
        column.addWidget(self._plans_title)
        column.addWidget(self._empty)
        column.addLayout(self._cards)
        column.addLayout(adds)
        return column

    def _parts_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(theme.SPACE_S)
        self._parts_title = heading()
        column.addWidget(self._parts_title)
        self._tiles = ResponsiveGrid(3)
        self.part_tiles: dict[str, Tile] = {}
        for part, _label in PARTS:
            tile = Tile(PART_ICONS[part], theme.ICON)
            tile.clicked.connect(lambda _=False, p=part: self.open_part.emit(p))
            self.part_tiles[part] = tile
            self._tiles.add(tile)
        column.addWidget(self._tiles)
        others = ResponsiveGrid(2)
        self._settings = button()
        self._settings.setIcon(theme.icon("settings"))
        self._consent = button()
        self._consent.setIcon(theme.icon("info"))
        for push in (self._settings, self._consent):
            theme.set_role(push, "quiet")
            others.add(push)
        self._settings.clicked.connect(self.settings_requested)
        self._consent.clicked.connect(self.consent_requested)
        column.addWidget(others)
        return column

    def refresh(self) -> None:
        """Show the plans, their progress and the parts' counts as the document has them now."""
        plans = self.session.doc.plans
        while len(self.plan_cards) > len(plans):
            card = self.plan_cards.pop()
            self._cards.removeWidget(card)
            card.deleteLater()
        ids = {plan.id for plan in plans}
        recent = self.last_plan_id if self.last_plan_id in ids else (
            plans[-1].id if plans else None)
        for index, plan in enumerate(plans):
            card = self._card_at(index, plan.form)
            settled, total = plan_progress(plan)
            progress = self.tr("%1 of %2 answered").replace("%1", str(settled)).replace(
                "%2", str(total))
            if plan.title:    # "Release plan · 12 of 27 answered"
                progress = self.tr("%1 · %2").replace("%1", form_label(plan.form)).replace(
                    "%2", progress)
            card.plan_id = plan.id
            card.show_plan(plan.title or form_label(plan.form), progress, settled, total,
                           primary=plan.id == recent)
            card.set_button_words(self.tr("&Continue") if plan.id == recent else self.tr("Open"),
                                  self.tr("Rename"), self.tr("Delete"))
        self._empty.setVisible(not plans)
        self._fill_tiles()

    def _card_at(self, index: int, form_id: str) -> PlanCard:
        if index < len(self.plan_cards) and self.plan_cards[index].form_id == form_id:
            return self.plan_cards[index]
        card = PlanCard("", PLAN_ICONS.get(form_id, "progress"))
        card.form_id = form_id
        card.open_button.clicked.connect(lambda: self.open_plan.emit(card.plan_id))
        card.rename_button.clicked.connect(lambda: self._rename(card.plan_id))
        card.delete_button.clicked.connect(lambda: self._delete(card.plan_id))
        if index < len(self.plan_cards):
            old = self.plan_cards[index]
            self._cards.replaceWidget(old, card)
            old.deleteLater()
            self.plan_cards[index] = card
        else:
            self._cards.addWidget(card)
            self.plan_cards.append(card)
        return card

    def _fill_tiles(self) -> None:
        doc = self.session.doc
        due = numbers_to_practise(self.session)
        counts = {
            "people": self._count(len(doc.people), self.tr("1 person"),
                                  self.tr("%n people", "", len(doc.people)),
                                  self.tr("People you trust and people to call")),
            "documents": self._count(len(doc.documents), self.tr("1 document"),
                                     self.tr("%n documents", "", len(doc.documents)),
                                     self.tr("Where your papers are")),
            "directory": self.tr("Free and confidential help"),
            "practice": self._count(due, self.tr("1 number to practise"),
                                    self.tr("%n numbers to practise", "", due),
                                    self.tr("Phone numbers you know without your phone")),
            "record": self.tr("Notes, photos and dates, kept private"),
            "print": self.tr("A copy on paper, or a small card"),
        }
        for part, label in PARTS:
            self.part_tiles[part].set_words(_tr(label), counts[part])

    @staticmethod
    def _count(count: int, one: str, many: str, none: str) -> str:
        return none if count == 0 else one if count == 1 else many

    def selected_plan_id(self) -> str | None:
        """Return the id of the plan whose card offers Continue (the most recent), if any."""
        return next((c.plan_id for c in self.plan_cards
                     if c.open_button.property("role") == "primary"), None)

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

    def _rename(self, plan_id: str) -> None:
        plan = self._plan(plan_id)
        if plan is None:
            return
        name = dialogs.ask_text(self, self.tr("Rename plan"), self.tr("New name"), plan.title)
        if name is None:
            return
        plan.title = name.strip()
        self.session.changed()
        self.refresh()

    def _delete(self, plan_id: str) -> None:
        plan = self._plan(plan_id)
        if plan is None:
            return
        if not dialogs.confirm(self, self.tr("Delete plan"), self.tr(
                "Delete this plan and all its answers? People and documents stay. This cannot "
                "be undone."), self.tr("Delete"), self.tr("Keep it")):
            return
        self.session.doc.plans = [p for p in self.session.doc.plans if p.id != plan.id]
        self.session.changed()
        self.refresh()

    def _plan(self, plan_id: str) -> Plan | None:
        return next((p for p in self.session.doc.plans if p.id == plan_id), None)

    def retranslate_ui(self) -> None:
        """Set the words."""
        if self.session.demo:
            self._note.show_state("info", self.tr("Sample plan — nothing is saved."))
        elif self.session.guest:
            self._note.show_state("info", self.tr(
                "Guest session — nothing is saved on this computer. When you finish, you "
                "choose what to take with you."))
        set_button_text(self._finish_guest, self.tr("&Finish guest session"))
        set_label_text(self._plans_title, self.tr("Your plans"))
        self._empty.set_words(self.tr("No plans yet"), self.tr(
            "A safety plan helps if you are at risk of violence. A release plan helps if you "
            "could be detained. You can have several."), self.tr("Start a plan"))
        for push, (_fid, _label, add) in zip(self._add_buttons, PLAN_KINDS, strict=True):
            set_button_text(push, _tr(add))
        set_label_text(self._parts_title, self.tr("Shared by all plans"))
        set_button_text(self._settings, self.tr("Se&ttings"))
        set_button_text(self._consent, self.tr("Before you start: privacy and limits"))
        self.refresh()
