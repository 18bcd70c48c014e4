"""The settings screen: language, auto-lock, quick exit, window title.

What is remembered, and how it is read and written, lives in gui/app_settings.py; its names
are also found here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui import theme
from saferplan.gui.app_settings import (
    AUTO_LOCK_RANGE,
    DEFAULT_WINDOW_TITLE,
    MAX_TITLE_LENGTH,
    QUICK_EXIT_ACTIONS,
    SETTINGS_FILE_NAME,
    Settings,
    load_settings,
    save_settings,
    settings_from_json,
    settings_path,
)
from saferplan.gui.widgets import (
    READING_WIDTH,
    Screen,
    button,
    centred,
    heading,
    indented,
    page_header,
    scrolling,
    set_button_text,
    set_label_text,
    wrapped_label,
)
from saferplan.i18n import LANGUAGES

__all__ = [
    "AUTO_LOCK_RANGE",
    "DEFAULT_WINDOW_TITLE",
    "MAX_TITLE_LENGTH",
    "QUICK_EXIT_ACTIONS",
    "SETTINGS_FILE_NAME",
    "Settings",
    "SettingsScreen",
    "load_settings",
    "save_settings",
    "settings_from_json",
    "settings_path",
]

class SettingsScreen(Screen):
    """The settings page: language, auto-lock minutes, quick exit behaviour, window title."""

    settings_changed = Signal(object)   # Settings
    consent_requested = Signal()
    close_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 about: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._about = about  # the About box (gui/about.py), shown below the settings
        self._build()
        self._load(settings)
        self.retranslate_ui()
        self._connect()

    def _build(self) -> None:
        self._content = content = QWidget()
        self._title = heading()
        self._language = QComboBox()
        for lang in LANGUAGES:
            self._language.addItem(lang.chooser_label, lang.code)
        self._minutes = QSpinBox()
        self._minutes.setRange(*AUTO_LOCK_RANGE)
        self._minimise = QRadioButton()
        self._quit = QRadioButton()
        self._exit_group = QButtonGroup(self)
        self._exit_group.addButton(self._minimise)
        self._exit_group.addButton(self._quit)
        self._shift_exit = QCheckBox()
        self._shift_hint = wrapped_label()     # a check box cannot wrap: the long part is here
        self._window_title = QLineEdit()
        self._window_title.setMaxLength(MAX_TITLE_LENGTH)
        self._title_hint = wrapped_label()
        self._lock_hint = wrapped_label()
        form = QFormLayout()
        # Labels above their fields: long translations and large text never squeeze a choice.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._labels = [wrapped_label() for _ in range(4)]
        exits = QVBoxLayout()
        exits.addWidget(self._minimise)
        exits.addWidget(self._quit)
        exits.addWidget(self._shift_exit)
        exits.addLayout(indented(self._shift_hint))
        form.addRow(self._labels[0], self._language)
        form.addRow(self._labels[1], self._minutes)
        form.addRow("", self._lock_hint)
        form.addRow(self._labels[2], exits)
        form.addRow(self._labels[3], self._window_title)
        form.addRow("", self._title_hint)
        for label, field in zip(self._labels, (self._language, self._minutes, self._minimise,
                                               self._window_title), strict=True):
            label.setBuddy(field)
        self._consent = button()
        self._back = button()
        self.save_status = theme.SaveStatus()    # told by the window when settings are kept
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_status)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(24, 8, 24, 24)
        inner.addLayout(form)
        inner.addWidget(self._consent, 0, Qt.AlignmentFlag.AlignLeading)   # a long label: own row
        self._sections = QVBoxLayout()
        inner.addLayout(self._sections)
        inner.addLayout(row)
        if self._about is not None:
            inner.addWidget(self._about)
        inner.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Across the whole page and above the scrolling part, as on every other page.
        header = page_header(self._title, self._back)
        header.setContentsMargins(24, 16, 24, 0)
        outer.addLayout(header)
        outer.addWidget(scrolling(centred(content)), 1)

    def add_section(self, section: QWidget) -> None:
        """Add a section of its own (e.g. the open plan's passphrase) under the form."""
        self._sections.addWidget(section)

    def _connect(self) -> None:
        self._language.currentIndexChanged.connect(self._emit)
        self._minutes.valueChanged.connect(self._emit)
        self._exit_group.buttonToggled.connect(self._emit)
        self._shift_exit.toggled.connect(self._emit)
        self._window_title.editingFinished.connect(self._emit)
        self._back.clicked.connect(self._emit)
        self._back.clicked.connect(self.close_requested)
        self._consent.clicked.connect(self.consent_requested)

    def _load(self, settings: Settings) -> None:
        index = self._language.findData(settings.language or "en")
        self._language.setCurrentIndex(max(index, 0))
        self._minutes.setValue(settings.auto_lock_minutes)
        (self._quit if settings.quick_exit == "quit" else self._minimise).setChecked(True)
        self._window_title.setText(settings.window_title)
        self._shift_exit.setChecked(settings.shift_exit)

    def current(self) -> Settings:
        """Return the settings as the form shows them now."""
        return Settings(
            language=str(self._language.currentData()),
            auto_lock_minutes=self._minutes.value(),
            quick_exit="quit" if self._quit.isChecked() else "minimise",
            window_title=self._window_title.text(),
            shift_exit=self._shift_exit.isChecked(),
        ).validated()

    def _emit(self, *_args: object) -> None:
        new = self.current()
        if new != self._settings:
            self._settings = new
            self.settings_changed.emit(new)

    def retranslate_ui(self) -> None:
        """Set the words."""
        set_label_text(self._title, self.tr("Settings"))
        texts = (self.tr("Language"), self.tr("Lock after this many idle minutes"),
                 self.tr("When you press Hide"), self.tr("Window title"))
        for label, text in zip(self._labels, texts, strict=True):
            set_label_text(label, text)
        self._language.setAccessibleName(texts[0])
        self._minutes.setAccessibleName(texts[1])
        self._minutes.setSuffix(" " + self.tr("min"))
        self._window_title.setAccessibleName(texts[3])
        set_label_text(self._lock_hint, self.tr(
            "When nobody uses SaferPlan for this long, it saves and locks the plan."))
        self._minimise.setText(self.tr("Save, lock and minimise the window"))
        self._minimise.setAccessibleName(self._minimise.text())
        self._quit.setText(self.tr("Save, lock and close SaferPlan"))
        self._quit.setAccessibleName(self._quit.text())
        self._shift_exit.setText(self.tr("Shift three times also hides"))
        self._shift_exit.setAccessibleName(self._shift_exit.text())
        set_label_text(self._shift_hint, self.tr(
            "Turn this off if your screen reader uses Shift. Esc twice and Hide still work."))
        self._shift_exit.setAccessibleDescription(self._shift_hint.text())
        set_label_text(self._title_hint, self.tr(
            "The window shows this name. Choose something that draws no attention."))
        # The words of home's button for the same page (its context), starting with the title.
        set_button_text(self._consent, QCoreApplication.translate(
            "HomeScreen", "Before you start: privacy and limits"))
        set_button_text(self._back, self.tr("&Back"))
        self._fit_width()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        """Measure again once shown: the theme's fonts are only applied by then."""
        super().showEvent(event)
        self._fit_width()

    def _fit_width(self) -> None:
        """Widen the reading column when choices that cannot wrap need it (large text)."""
        layout = self._content.layout()
        needed = layout.minimumSize().width() if layout is not None else 0
        self._content.setMaximumWidth(max(READING_WIDTH, needed))

