"""The last step of the first run: "What do you want to plan for?" with two large tiles.

Choosing a tile makes that plan and opens its first question; "Decide later" goes home.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from saferplan.gui import theme
from saferplan.gui.cards import Tile
from saferplan.gui.widgets import (
    ResponsiveGrid,
    Screen,
    button,
    centred,
    heading,
    scrolling,
    set_button_text,
    set_label_text,
    wrapped_label,
)

CHOICE_WIDTH = 860


class PlanChoiceScreen(Screen):
    """Two illustrated tiles: a safety plan or a release plan; nothing is required."""

    chosen = Signal(str)          # the form id of the plan to make
    later_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(theme.SPACE_XL, theme.SPACE_XL, theme.SPACE_XL, theme.SPACE_XL)
        layout.setSpacing(theme.SPACE_L)
        self._title = heading(scale=2.0)
        self._intro = wrapped_label()
        theme.set_role(self._intro, "muted")
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        self.tiles: dict[str, Tile] = {}
        grid = ResponsiveGrid(2)
        for form_id, icon_name in (("safety_plan", "safety-plan"),
                                   ("release_plan", "release-plan")):
            tile = Tile(icon_name, theme.ICON_TILE)
            tile.setMinimumHeight(140)
            tile.clicked.connect(lambda _=False, f=form_id: self.chosen.emit(f))
            self.tiles[form_id] = tile
            grid.add(tile)
        layout.addWidget(grid)
        self._more = wrapped_label()
        theme.set_role(self._more, "muted")
        layout.addWidget(self._more)
        row = QHBoxLayout()
        self._later = button()
        theme.set_role(self._later, "quiet")
        self._later.clicked.connect(self.later_requested)
        row.addWidget(self._later)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(centred(content, CHOICE_WIDTH)))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the words."""
        set_label_text(self._title, self.tr("What do you want to plan for?"))
        set_label_text(self._intro, self.tr(
            "Choose one to begin. You can add the other one later, and skip any question."))
        self.tiles["safety_plan"].set_words(self.tr("&Safety plan"), self.tr(
            "If you are at risk of violence: people to call, safe places, how to leave."))
        self.tiles["release_plan"].set_words(self.tr("&Release plan"), self.tr(
            "If you could be detained: who to call, your papers, getting out."))
        set_label_text(self._more, self.tr(
            "Your answers stay locked on this computer. Nothing is sent anywhere."))
        set_button_text(self._later, self.tr("&Decide later"))
