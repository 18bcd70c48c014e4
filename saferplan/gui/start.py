"""The start screen: language, open a plan, start a new one, guest session, sample plan."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui import theme
from saferplan.gui.widgets import (
    ResponsiveGrid,
    Screen,
    button,
    centred,
    choice_button,
    heading,
    leading,
    on_top,
    scrolling,
    set_button_text,
    set_label_text,
    wrapped_label,
)
from saferplan.i18n import LANGUAGES
from saferplan.lazy_qt import LEFT_TO_RIGHT, RIGHT_TO_LEFT, set_enum_property

if TYPE_CHECKING:
    from PySide6.QtCore import QDateTime  # only a returning person's start needs it
    from PySide6.QtWidgets import QListWidget  # made only for several plans (_open_part)

LANGUAGE_COLUMNS = 3
CONTENT_MAX_WIDTH = 760


def _changed_on(path: Path) -> QDateTime | None:
    """When ``path`` was last changed, in local time (only its day is shown).

    A QDateTime, not a QDate: a QDate handed to QLocale.toString makes PySide load Python's
    datetime module (about 2 ms of a returning person's start-up).
    """
    from PySide6.QtCore import QDateTime

    try:
        return QDateTime.fromSecsSinceEpoch(int(path.stat().st_mtime))
    except (OSError, OverflowError, ValueError):
        return None


class StartScreen(Screen):
    """First page: nothing on it reveals what a plan is about."""

    # Nothing here (no check box, radio button, combo or spin box) is drawn by the theme's own
    # Qt style: the first window shows without it (theme.install_style).
    needs_theme_style = False

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
        has_plans = bool(self._plan_files)
        # The frame first, then each part in its place: a part made apart and moved in once
        # measured (and so polished) is polished again under the stylesheet (start-up time).
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(theme.SPACE_XL, theme.SPACE_L, theme.SPACE_XL, theme.SPACE_XL)
        layout.setSpacing(theme.SPACE_M)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(centred(content, CONTENT_MAX_WIDTH)))
        self._title = heading(scale=2.0)
        self._intro = wrapped_label()
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        language_part = self._language_part(language, folded=has_plans, parent=content)
        open_part = self._open_part(content)
        if has_plans:     # a returning person: "Open my plan" first, language one click away
            layout.addWidget(open_part)
            layout.addWidget(language_part)
        else:             # the first run starts with the language
            layout.addWidget(language_part)
            layout.addWidget(open_part)
        layout.addWidget(_line())
        layout.addWidget(self._start_part(primary_new=not has_plans, parent=content))
        layout.addStretch(1)
        self.retranslate_ui()

    def _language_part(self, current: str, folded: bool, parent: QWidget) -> QWidget:
        part = QWidget(parent)
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        self._language_label = heading(scale=1.2)
        self._language_toggle = button()
        self._language_toggle.setIcon(theme.icon("language", "link"))
        theme.set_role(self._language_toggle, "quiet")
        self._language_toggle.setCheckable(True)
        layout.addWidget(self._language_label)
        layout.addLayout(leading(self._language_toggle))
        self._language_label.setVisible(not folded)
        self._language_toggle.setVisible(folded)
        grid = ResponsiveGrid(LANGUAGE_COLUMNS, even_heights=True)
        if folded:   # measured only if the person opens it (see ResponsiveGrid.extend)
            grid.hide()
        # No QButtonGroup: Qt would take every language but the checked one out of the Tab
        # order, and the arrow keys would switch the whole app's language at each press.
        self.language_buttons: dict[str, QPushButton] = {}
        for lang in LANGUAGES:
            push = choice_button(lang.chooser_label)
            push.setChecked(lang.code == current)
            push.setProperty("language", lang.code)
            # Each name is in its own script; the layout direction must not mirror it.
            set_enum_property(push, "layoutDirection",
                              RIGHT_TO_LEFT if lang.right_to_left else LEFT_TO_RIGHT)
            push.clicked.connect(lambda _checked, code=lang.code: self._choose_language(code))
            self.language_buttons[lang.code] = push
        grid.extend(self.language_buttons.values())   # measured once, all together
        layout.addWidget(grid)
        # Only once it is in the page: a widget shown without a parent opens as its own window.
        grid.setVisible(not folded)
        self._language_toggle.toggled.connect(grid.setVisible)
        return part

    def _choose_language(self, code: str) -> None:
        for other, push in self.language_buttons.items():
            push.setChecked(other == code)   # a click on the checked one keeps it checked
        self.language_chosen.emit(code)

    def _checked_language(self) -> QPushButton | None:
        return next((push for push in self.language_buttons.values() if push.isChecked()), None)

    def _open_part(self, parent: QWidget) -> QWidget:
        part = QWidget(parent)
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        self._open_label = heading(scale=1.2)
        # One plan: the button says it all; several: the person picks one in a list, made only
        # then (a list's Qt classes cost a few milliseconds of every start-up).
        self.plan_list = self._plan_list() if len(self._plan_files) > 1 else None
        self._open = button()
        self._open.setIcon(theme.icon("open", "on-primary"))
        theme.set_role(self._open, "primary")
        self._open.clicked.connect(self._open_selected)
        self._open_other = button()
        theme.set_role(self._open_other, "quiet")
        self._open_other.setIcon(theme.icon("folder", "link"))
        self._open_other.clicked.connect(self.open_other_requested)
        row = QHBoxLayout()
        row.addWidget(self._open)
        row.addWidget(self._open_other)
        row.addStretch(1)
        self._one_plan = wrapped_label()
        theme.set_role(self._one_plan, "muted")
        layout.addWidget(self._open_label)
        layout.addWidget(self._one_plan)
        if self.plan_list is not None:
            layout.addWidget(self.plan_list)
        layout.addLayout(row)
        has_plans = bool(self._plan_files)
        self._open_label.setVisible(has_plans)
        self._one_plan.setVisible(len(self._plan_files) == 1)
        self._open.setVisible(has_plans)
        return part

    def _plan_list(self) -> QListWidget:
        from PySide6.QtWidgets import QListWidget, QListWidgetItem

        plans = QListWidget()
        plans.setMaximumHeight(140)
        plans.itemActivated.connect(lambda _item: self._open_selected())
        for number, path in enumerate(self._plan_files, start=1):   # row n: plan file n
            plans.addItem(QListWidgetItem(self._plan_label(number, path)))
        plans.setCurrentRow(0)
        return plans

    def _start_part(self, primary_new: bool, parent: QWidget) -> QWidget:
        part = QWidget(parent)
        grid = QGridLayout(part)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(theme.SPACE_L)
        self._new = button()
        self._guest = button()
        self._demo = button()
        self._consent = button()
        self._settings = button()
        self._new.setIcon(theme.icon("new", "on-primary" if primary_new else "text"))
        if primary_new:
            theme.set_role(self._new, "primary")
        for push, name in ((self._guest, "guest"), (self._demo, "sample"),
                           (self._consent, "info"), (self._settings, "settings")):
            push.setIcon(theme.icon(name))
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
            theme.set_role(text, "muted")
            grid.addLayout(on_top(push), index, 0)
            grid.addWidget(text, index, 1)     # drawn centred in its row (QLabel's alignment)
        self._settings.clicked.connect(self.settings_requested)
        grid.addLayout(on_top(self._settings), len(rows), 0)
        return part

    def first_focus(self) -> QWidget | None:
        """Where the keyboard starts: "Open my plan", or on a first run the language."""
        if self._plan_files:
            return self._open
        return self._checked_language() or self._new

    def _plan_label(self, number: int, path: Path) -> str:
        changed = _changed_on(path)
        if changed is None:
            return self.tr("Plan %1").replace("%1", str(number))
        return (self.tr("Plan %1 · last changed %2").replace("%1", str(number))
                .replace("%2", QLocale().toString(changed, "d MMM")))

    def _open_selected(self) -> None:
        if self.plan_list is None:     # no list: one plan (or none)
            if self._plan_files:
                self.open_requested.emit(self._plan_files[0])
            return
        row = self.plan_list.currentRow()
        if 0 <= row < len(self._plan_files):
            self.open_requested.emit(self._plan_files[row])

    def retranslate_ui(self) -> None:
        """Set the words."""
        set_label_text(self._title, self.tr("Welcome"))
        set_label_text(self._intro, self.tr(
            "Make a plan for staying safe, kept locked on this computer. Nothing is ever sent "
            "over the internet."))
        set_label_text(self._language_label, self.tr("Language"))
        current = self._checked_language()
        set_button_text(self._language_toggle, self.tr("&Language: %1").replace(
            "%1", current.text() if current is not None else ""))
        set_label_text(self._open_label, self.tr("Your plan on this computer"))
        set_button_text(self._open, self.tr("&Open my plan"))
        set_button_text(self._open_other, self.tr("Open a file from another folder"))
        set_button_text(self._new, self.tr("Start a &new plan"))
        set_label_text(self._new_text, self.tr("Kept on this computer, locked with a "
                                               "passphrase you choose."))
        set_button_text(self._guest, self.tr("&Guest session"))
        set_label_text(self._guest_text, self.tr(
            "Nothing is saved on this computer. At the end you choose what to take with you: "
            "a locked file on your own USB stick, a printout, or nothing."))
        set_button_text(self._demo, self.tr("Look at a &sample plan"))
        set_label_text(self._demo_text, self.tr("A made-up plan to look around. Nothing is "
                                                "saved."))
        set_button_text(self._consent, self.tr("Before you start"))
        set_label_text(self._consent_text, self.tr(
            "What SaferPlan keeps, where, and what it cannot protect against."))
        set_button_text(self._settings, self.tr("Se&ttings"))
        if self.plan_list is not None:
            self.plan_list.setAccessibleName(self.tr("Plans on this computer"))
            for number, path in enumerate(self._plan_files, start=1):
                item = self.plan_list.item(number - 1)
                if item is not None:
                    item.setText(self._plan_label(number, path))
        if len(self._plan_files) == 1:
            set_label_text(self._one_plan, self._plan_label(1, self._plan_files[0]))


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line

