"""The start screen: language, open a plan, start a new one, guest session, sample plan."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui.widgets import (
    Screen,
    button,
    heading,
    scrolling,
    set_button_text,
    set_label_text,
    wrapped_label,
)
from saferplan.i18n import LANGUAGES

LANGUAGE_COLUMNS = 3
CONTENT_MAX_WIDTH = 760


def _changed_on(path: Path) -> QDate | None:
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return None
    day = datetime.date.fromtimestamp(stamp)
    return QDate(day.year, day.month, day.day)


class StartScreen(Screen):
    """First page: nothing on it reveals what a plan is about."""

    language_chosen = Signal(str)
    open_requested = Signal(object)       # Path
    open_other_requested = Signal()
    new_requested = Signal()
    guest_requested = Signal()
    demo_requested = Signal()
    consent_requested = Signal()
    settings_requested = Signal()

    def __init__(self, plan_files: Sequence[Path], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan_files = list(plan_files)
        content = QWidget()
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(10)
        self._title = heading()
        self._intro = wrapped_label()
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(self._language_part(language))
        layout.addWidget(_line())
        layout.addWidget(self._open_part())
        layout.addWidget(_line())
        layout.addWidget(self._start_part())
        layout.addStretch(1)
        centre = QWidget()
        centring = QHBoxLayout(centre)
        centring.addStretch(1)
        centring.addWidget(content, 100)
        centring.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(centre))
        self.retranslate_ui()

    def _language_part(self, current: str) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        self._language_label = heading(scale=1.15)
        layout.addWidget(self._language_label)
        grid = QGridLayout()
        self._languages = QButtonGroup(self)
        self._languages.setExclusive(True)
        self.language_buttons: dict[str, QPushButton] = {}
        for index, lang in enumerate(LANGUAGES):
            push = button(lang.chooser_label)
            push.setCheckable(True)
            push.setChecked(lang.code == current)
            push.setProperty("language", lang.code)
            # Each name is in its own script; the layout direction must not mirror it.
            push.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang.right_to_left
                                    else Qt.LayoutDirection.LeftToRight)
            self._languages.addButton(push)
            self.language_buttons[lang.code] = push
            grid.addWidget(push, index // LANGUAGE_COLUMNS, index % LANGUAGE_COLUMNS)
        self._languages.buttonClicked.connect(
            lambda push: self.language_chosen.emit(str(push.property("language"))))
        layout.addLayout(grid)
        return part

    def _open_part(self) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        self._open_label = heading(scale=1.15)
        self._no_plans = wrapped_label()
        self.plan_list = QListWidget()
        self.plan_list.setMaximumHeight(140)
        self.plan_list.itemActivated.connect(lambda _item: self._open_selected())
        self._open = button()
        self._open.clicked.connect(self._open_selected)
        self._open_other = button()
        self._open_other.clicked.connect(self.open_other_requested)
        self._fill_plan_list()
        row = QHBoxLayout()
        row.addWidget(self._open)
        row.addWidget(self._open_other)
        row.addStretch(1)
        for widget in (self._open_label, self._no_plans, self.plan_list):
            layout.addWidget(widget)
        layout.addLayout(row)
        has_plans = bool(self._plan_files)
        self.plan_list.setVisible(has_plans)
        self._open.setVisible(has_plans)
        self._no_plans.setVisible(not has_plans)
        return part

    def _start_part(self) -> QWidget:
        part = QWidget()
        grid = QGridLayout(part)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self._new = button()
        self._guest = button()
        self._demo = button()
        self._consent = button()
        self._settings = button()
        self._new_text = wrapped_label()
        self._guest_text = wrapped_label()
        self._demo_text = wrapped_label()
        self._consent_text = wrapped_label()
        rows = ((self._new, self._new_text, self.new_requested),
                (self._guest, self._guest_text, self.guest_requested),
                (self._demo, self._demo_text, self.demo_requested),
                (self._consent, self._consent_text, self.consent_requested))
        for index, (push, text, signal) in enumerate(rows):
            push.clicked.connect(signal)
            grid.addWidget(push, index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, index, 1, Qt.AlignmentFlag.AlignTop)
        self._settings.clicked.connect(self.settings_requested)
        grid.addWidget(self._settings, len(rows), 0, Qt.AlignmentFlag.AlignTop)
        return part

    def _fill_plan_list(self) -> None:
        self.plan_list.clear()
        for number, path in enumerate(self._plan_files, start=1):
            item = QListWidgetItem(self._plan_label(number, path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.plan_list.addItem(item)
        if self._plan_files:
            self.plan_list.setCurrentRow(0)

    def _plan_label(self, number: int, path: Path) -> str:
        changed = _changed_on(path)
        if changed is None:
            return self.tr("Plan %1").replace("%1", str(number))
        return (self.tr("Plan %1 · last changed %2").replace("%1", str(number))
                .replace("%2", QLocale().toString(changed, "d MMM")))

    def _open_selected(self) -> None:
        item = self.plan_list.currentItem()
        if item is not None:
            self.open_requested.emit(Path(str(item.data(Qt.ItemDataRole.UserRole))))

    def retranslate_ui(self) -> None:
        """Set the words."""
        set_label_text(self._title, self.tr("Welcome"))
        set_label_text(self._intro, self.tr(
            "Make a plan for staying safe, kept locked on this computer. Nothing is ever sent "
            "over the internet."))
        set_label_text(self._language_label, self.tr("Language"))
        set_label_text(self._open_label, self.tr("Open my plan"))
        set_label_text(self._no_plans, self.tr("There is no plan on this computer yet."))
        self.plan_list.setAccessibleName(self.tr("Plans on this computer"))
        set_button_text(self._open, self.tr("Open"))
        set_button_text(self._open_other, self.tr("Open a file from another folder"))
        set_button_text(self._new, self.tr("Start a new plan"))
        set_label_text(self._new_text, self.tr("Kept on this computer, locked with a "
                                               "passphrase you choose."))
        set_button_text(self._guest, self.tr("Guest session"))
        set_label_text(self._guest_text, self.tr(
            "Nothing is saved on this computer. At the end you choose what to take with you: "
            "a locked file on your own USB stick, a printout, or nothing."))
        set_button_text(self._demo, self.tr("Look at a sample plan"))
        set_label_text(self._demo_text, self.tr("A made-up plan to look around. Nothing is "
                                                "saved."))
        set_button_text(self._consent, self.tr("Before you start"))
        set_label_text(self._consent_text, self.tr(
            "What SaferPlan keeps, where, and what it cannot protect against."))
        set_button_text(self._settings, self.tr("Settings"))
        for number, path in enumerate(self._plan_files, start=1):
            item = self.plan_list.item(number - 1)
            if item is not None:
                item.setText(self._plan_label(number, path))


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
