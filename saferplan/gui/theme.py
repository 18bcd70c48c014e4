"""SaferPlan's visual system: colours by role, fonts per script, spacing, button styles, icons.

Screens never name a colour. They give widgets a *role* and the one application stylesheet
(built here from the palette) draws it. Everything follows the person's light or dark desktop.

How to use it (the whole API):

- ``install(app, language)`` / ``ensure(language)`` — at start and after each language change
  (the main window calls ``ensure``): sets the Fusion style, the light or dark palette, the
  body font of the language's script and the stylesheet. With ``style_now=False`` the theme's
  Fusion style (theme_style.py: visible check boxes and carets) waits for ``install_style()``:
  the start screen has nothing it draws otherwise, and making it costs the first window
  about 10 ms (PySide builds Python enums for every QStyle enum, and each drawing of a
  frame or panel goes through Python).
- ``set_role(widget, role)`` — the look of a widget. Buttons: ``"primary"`` (the one obvious next
  step on a screen: coloured, bold), ``"secondary"`` (the default look), ``"quiet"`` (a flat,
  link-like choice). Labels: ``"title"`` (2×), ``"heading"`` (1.5×), ``"subheading"`` (1.2×),
  ``"muted"`` (secondary text, still ≥ 4.5:1), ``"success"``, ``"problem"``. Frames: ``"card"``
  (a raised white panel), ``"tile"`` (a large clickable button as a card), ``"success-box"``,
  ``"problem-box"``, ``"empty-box"``.
- ``role(name)`` — a QColor, only for code that paints by hand (previews, progress bars):
  ``text``, ``muted``, ``window``, ``surface``, ``primary``, ``on-primary``, ``success``,
  ``problem``, ``focus``, ``border`` and the ``*-bg`` backgrounds of the state boxes.
- ``icon(name, role="text", size=ICON)`` — a QIcon from the vendored Phosphor set
  (``assets/icons``, MIT licence beside it), drawn in a role's colour. Logical names (``"people"``,
  ``"safety-plan"``, ``"back"`` …) are listed in ``ICONS``; SVGs load on first use and are cached.
  ``"back"`` and ``"forward"`` follow the reading direction (mirrored for Arabic).
- ``StateBanner(kind, text)`` — success / problem / info words with a symbol and colour;
  ``EmptyState(title, text, action)`` — what an empty list is for, with the one button that
  fills it (``.action``); ``SaveStatus(session)`` — the calm "Saved ✓" line for any screen that
  edits the plan, turning into a clear problem message when a save fails.
- Spacing constants: ``SPACE_XS`` 4, ``SPACE_S`` 8, ``SPACE_M`` 12, ``SPACE_L`` 16, ``SPACE_XL`` 24,
  ``SPACE_XXL`` 32 (pixels); ``ICON`` 24, ``ICON_LARGE`` 48, ``ICON_TILE`` 64.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Final, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QStyleFactory,
    QVBoxLayout,
    QWidget,
)

from saferplan.gui.bidi_text import WrappedLabel
from saferplan.lazy_qt import Qt, qt_is_built
from saferplan.script_fonts import family_list

SPACE_XS: Final = 4
SPACE_S: Final = 8
SPACE_M: Final = 12
SPACE_L: Final = 16
SPACE_XL: Final = 24
SPACE_XXL: Final = 32
ICON: Final = 24
ICON_LARGE: Final = 48
ICON_TILE: Final = 64

BODY_PT: Final = 12.0
LARGE_SCRIPT_PT: Final = 14.0
# Scripts whose stacked marks need a larger size (and a generous line height) to be read.
LARGE_SCRIPT_LANGUAGES: Final = frozenset({"km", "lo", "th", "my", "ar"})
SCALES: Final = {"title": 2.0, "heading": 1.5, "subheading": 1.2}

# A NamedTuple, not a dataclass: the first window loads no dataclasses module (start-up time).
class Palette(NamedTuple):
    """Every colour of one theme, by role (hex strings)."""

    window: str
    surface: str
    text: str
    muted: str
    border: str
    hover: str
    primary: str
    primary_hover: str
    on_primary: str
    link: str
    focus: str
    highlight: str
    on_highlight: str
    success: str
    success_bg: str
    problem: str
    problem_bg: str
    info_bg: str
    placeholder: str
    disabled: str


LIGHT: Final = Palette(
    window="#f6f5f2", surface="#ffffff", text="#1d2125", muted="#4f565e", border="#7d858e",
    hover="#eceef1", primary="#2a6cb5", primary_hover="#1f5fa6", on_primary="#ffffff",
    link="#1a5596", focus="#101418", highlight="#2a6cb5", on_highlight="#ffffff",
    success="#1b6532", success_bg="#e5f3e8", problem="#a3231f", problem_bg="#fbeae8",
    info_bg="#e9eff7", placeholder="#5b626a", disabled="#80868d",
)

DARK: Final = Palette(
    window="#1c1f23", surface="#262a2f", text="#eceef0", muted="#b9bfc6", border="#8a939c",
    hover="#30353b", primary="#2b66a8", primary_hover="#3573b9", on_primary="#ffffff",
    link="#8cbcf2", focus="#f4f6f8", highlight="#2b66a8", on_highlight="#ffffff",
    success="#86d69c", success_bg="#1f3326", problem="#ffa49c", problem_bg="#3d2221",
    info_bg="#23303f", placeholder="#aab1b8", disabled="#8a9097",
)

# Text roles and the backgrounds they are drawn on (checked for contrast ≥ 4.5:1 by the tests).
TEXT_PAIRS: Final = (
    ("text", "window"), ("text", "surface"), ("muted", "window"), ("muted", "surface"),
    ("placeholder", "surface"), ("link", "window"), ("link", "surface"),
    ("on_primary", "primary"), ("on_primary", "primary_hover"), ("on_highlight", "highlight"),
    ("success", "window"), ("success", "success_bg"), ("problem", "window"),
    ("problem", "problem_bg"), ("text", "success_bg"), ("text", "problem_bg"),
    ("text", "info_bg"), ("text", "hover"), ("muted", "info_bg"),
)
# Non-text contrast (≥ 3:1, WCAG 1.4.11): the focus ring, and the borders that show where a
# field, a check box or a button is.
FOCUS_PAIRS: Final = (("focus", "window"), ("focus", "surface"), ("focus", "primary"),
                      ("border", "window"), ("border", "surface"), ("border", "hover"))

_state: dict[str, object] = {"dark": False, "language": "en"}


def is_dark() -> bool:
    """Tell whether the dark theme is in use (the desktop asked for a dark look)."""
    return bool(_state["dark"])


def palette_colours(dark: bool | None = None) -> Palette:
    """Return the colours of the dark or light theme (the one in use when ``dark`` is None)."""
    return DARK if (is_dark() if dark is None else dark) else LIGHT


def role(name: str) -> QColor:
    """Return the colour of a role (``"muted"``, ``"success-bg"`` …) in the theme in use."""
    return QColor(getattr(palette_colours(), name.replace("-", "_")))


def window_colour_is_dark(app: QGuiApplication) -> bool:
    """Tell whether the desktop's window colour is dark: the first frame's guess.

    Qt gives the desktop's palette the look of its colour scheme, but the scheme itself is a
    Qt enum, read only once the first frame is drawn (``follow_desktop_scheme``, lazy_qt.py).
    """
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def scheme_is_dark(app: QGuiApplication) -> bool | None:
    """Tell whether the desktop's colour scheme is dark; None when it names none."""
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return None


def follow_desktop_scheme(read_scheme: Callable[[QGuiApplication], bool | None] | None
                          = None) -> bool:
    """Once the first frame is drawn: use the desktop's colour scheme where it names one and
    differs from the window colour's guess. Return True if the theme changed: icons on
    buttons are drawn again in its colours (icon_engine.py), but pictures drawn once
    (``icon_label``) are not, so the caller builds the screen on show again.

    Nothing changes after ``use_dark``, or once the scheme was followed. ``read_scheme``
    (tests) stands in for ``scheme_is_dark``.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication) or _state.get("dark_from") != "window colour":
        return False
    _state["dark_from"] = "scheme"
    dark = (read_scheme or scheme_is_dark)(app)
    if dark is None or dark == _state["dark"]:
        return False
    _state["dark"] = dark
    install(app, str(_state["language"]), style_now=False)
    return True


def build_palette(colours: Palette) -> QPalette:
    """Return the QPalette for a theme: every role set, so no desktop colour leaks in."""
    palette = QPalette()
    c = QColor
    roles = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for colour_role, value in (
            (roles.Window, colours.window), (roles.WindowText, colours.text),
            (roles.Base, colours.surface), (roles.AlternateBase, colours.info_bg),
            (roles.Text, colours.text), (roles.Button, colours.surface),
            (roles.ButtonText, colours.text), (roles.BrightText, colours.on_primary),
            (roles.Highlight, colours.highlight), (roles.HighlightedText, colours.on_highlight),
            (roles.Link, colours.link), (roles.LinkVisited, colours.link),
            (roles.ToolTipBase, colours.surface), (roles.ToolTipText, colours.text),
            (roles.PlaceholderText, colours.placeholder), (roles.Light, colours.surface),
            (roles.Midlight, colours.hover), (roles.Mid, colours.border),
            (roles.Dark, colours.border), (roles.Shadow, colours.text),
        ):
            palette.setColor(group, colour_role, c(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, colour_role, c(colours.disabled))
    for colour_role, value in ((roles.Window, colours.window), (roles.Base, colours.window),
                               (roles.Button, colours.window),
                               (roles.Highlight, colours.border)):
        palette.setColor(disabled, colour_role, c(value))
    return palette


def body_point_size(language: str) -> float:
    """Return the body text size in points for a language (larger for stacked-mark scripts)."""
    return LARGE_SCRIPT_PT if language in LARGE_SCRIPT_LANGUAGES else BODY_PT


def font_families(language: str) -> list[str]:
    """Return the font families for a language, as its printouts use them (script_fonts.py)."""
    return family_list(language)


def body_font(language: str) -> QFont:
    """Return the application font for a language."""
    font = QFont()
    font.setFamilies(font_families(language))
    font.setPointSizeF(body_point_size(language))
    return font


def stylesheet(colours: Palette, body_pt: float) -> str:
    """Return the one application stylesheet for a theme and body size."""
    p = colours
    sizes = {name: round(body_pt * scale, 1) for name, scale in SCALES.items()}
    return f"""
QPushButton {{ background: {p.surface}; color: {p.text}; border: 2px solid {p.border};
  border-radius: 6px; padding: 5px 14px; }}
QPushButton:hover {{ background: {p.hover}; }}
QPushButton:focus {{ border-color: {p.focus}; }}
QPushButton:checked {{ background: {p.info_bg}; border-color: {p.primary}; font-weight: bold; }}
QPushButton:checked:focus {{ border-color: {p.focus}; }}
QPushButton:disabled {{ color: {p.disabled}; background: {p.window}; }}
QPushButton[role="primary"] {{ background: {p.primary}; color: {p.on_primary};
  border-color: {p.primary}; font-weight: bold; padding: 7px 20px; }}
QPushButton[role="primary"]:hover {{ background: {p.primary_hover}; }}
QPushButton[role="primary"]:focus {{ border-color: {p.focus}; }}
QPushButton[role="quiet"] {{ background: transparent; border-color: transparent; color: {p.link};
  text-decoration: underline; }}
QPushButton[role="quiet"]:checked {{ background: transparent; border-color: transparent;
  font-weight: normal; }}
QPushButton[role="quiet"]:hover {{ background: {p.hover}; }}
QPushButton[role="quiet"]:focus {{ border-color: {p.focus}; }}
QPushButton[role="tile"] {{ background: {p.surface}; border: 2px solid {p.border};
  border-radius: 10px; padding: 14px; text-align: left; }}
QPushButton[role="tile"]:hover {{ background: {p.hover}; }}
QPushButton[role="tile"]:focus {{ border: 3px solid {p.focus}; }}
QLabel[role="title"] {{ font-size: {sizes["title"]}pt; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {sizes["heading"]}pt; font-weight: bold; }}
QLabel[role="subheading"] {{ font-size: {sizes["subheading"]}pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel[role="success"] {{ color: {p.success}; font-weight: bold; }}
QLabel[role="problem"] {{ color: {p.problem}; font-weight: bold; }}
QFrame[role="card"] {{ background: {p.surface}; border: 1px solid {p.border};
  border-radius: 10px; }}
QFrame[role="success-box"] {{ background: {p.success_bg}; border-left: 4px solid {p.success};
  border-radius: 4px; }}
QFrame[role="problem-box"] {{ background: {p.problem_bg}; border-left: 4px solid {p.problem};
  border-radius: 4px; }}
QFrame[role="info-box"], QFrame[role="empty-box"] {{ background: {p.info_bg};
  border-radius: 8px; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox {{
  border: 2px solid {p.border}; border-radius: 4px; padding: 4px; background: {p.surface};
  color: {p.text}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus,
QAbstractSpinBox:focus {{ border-color: {p.focus}; }}
QComboBox::drop-down, QDateTimeEdit::drop-down {{ width: 28px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: 28px; }}
QCheckBox, QRadioButton, QToolButton {{ border: 2px solid transparent; border-radius: 4px;
  padding: 2px 4px; }}
QCheckBox:focus, QRadioButton:focus, QToolButton:focus {{ border-color: {p.focus}; }}
QListView, QTreeView, QTableView {{ border: 2px solid {p.border}; border-radius: 4px; }}
QListView:focus, QTreeView:focus, QTableView:focus {{ border-color: {p.focus}; }}
QProgressBar {{ border: none; background: {p.hover}; border-radius: 3px; max-height: 8px; }}
QProgressBar::chunk {{ background: {p.primary}; border-radius: 3px; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; }}
/* No geometry animation of the window's content: even a zero-length one starts an internal
   timer object, and the key watcher meeting it made PySide build every Qt type (start-up). */
QMainWindow > QWidget {{ widget-animation-duration: 0; }}
"""


def install(app: QApplication, language: str = "en", *, style_now: bool = True) -> None:
    """Apply the theme to the application for ``language`` (call again after a change).

    ``style_now=False``: the theme's Qt style is left for ``install_style`` (see above).
    """
    if not _state.get("dark_from"):
        _state["dark"] = window_colour_is_dark(app)
        _state["dark_from"] = "window colour"
    if style_now:
        install_style(app)
    _state["installed"] = True
    colours = palette_colours()
    _state["language"] = language
    app.setPalette(build_palette(colours))
    app.setFont(body_font(language))
    app.setStyleSheet(stylesheet(colours, body_point_size(language)))
    _icon_cache.clear()


def ensure(language: str, *, style_now: bool = True) -> None:
    """Install the theme for ``language`` unless it is already in use (cheap to call often)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not _state.get("installed") or _state["language"] != language:
        install(app, language, style_now=style_now)
    elif style_now:
        install_style(app)


def install_window_icon() -> None:
    """Give the application its neutral window icon (a plain sheet of paper), once.

    Called just after the first frame is drawn (window_frame.py): loading Qt's SVG icon plugin
    and drawing the icon for the desktop took about 1.7 ms of the first window under X11.
    """
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication) or not app.windowIcon().isNull():
        return
    from saferplan.resources import ResourceMissingError, data_dir

    try:
        entry = data_dir("assets") / "icon.svg"
    except ResourceMissingError:
        return
    if entry.is_file():
        app.setWindowIcon(QIcon(str(entry)))


def install_style(app: QApplication | None = None) -> None:
    """Give the application the theme's Qt style (Fusion with check boxes, radio buttons and
    arrows that can be seen: theme_style.py), once; cheap to call often."""
    target = app if app is not None else QApplication.instance()
    if _state.get("styled") or not isinstance(target, QApplication):
        return
    from saferplan.gui.theme_style import ThemeStyle

    style = ThemeStyle(QStyleFactory.create("Fusion"))
    target.setStyle(style)
    _state["styled"] = style      # kept referenced for the application's lifetime


def style_installed() -> bool:
    """Tell whether the theme's Qt style is in use (``install_style`` was called)."""
    return bool(_state.get("styled"))


def use_dark(app: QApplication, dark: bool) -> None:
    """Switch between the light and dark theme (tests and screenshots use this)."""
    _state["dark"] = dark
    _state["dark_from"] = "chosen"
    install(app, str(_state["language"]))


def set_role(widget: QWidget, name: str) -> QWidget:
    """Give ``widget`` a role the stylesheet draws (see the module docstring); returns it."""
    had = widget.property("role")
    widget.setProperty("role", name)
    # Asking whether the widget is polished builds Qt's namespace (lazy_qt.py). Until it is
    # built, a widget's first role comes before it is polished: the first window gives every
    # role before it measures or shows a widget (test_startup_cost.py). A changed role is
    # always checked.
    if had is None and not qt_is_built():
        return widget
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return widget     # its first polish reads the role (asking for its style builds QStyle)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    return widget


# --- icons --------------------------------------------------------------------------------

ICONS: Final[dict[str, str]] = {
    "safety-plan": "shield-check", "release-plan": "door-open", "people": "users-three",
    "documents": "identification-card", "practice": "phone", "record": "notebook",
    "organisations": "hand-heart", "print": "printer", "settings": "gear", "lock": "lock",
    "hide": "eye-slash", "show": "eye", "success": "check-circle", "problem": "warning-circle",
    "info": "info", "language": "translate", "open": "lock-key-open", "new": "plus-circle",
    "guest": "user-circle", "sample": "book-open", "recovery": "key", "check": "check",
    "folder": "folder-open", "progress": "list-checks", "edit": "pencil-simple",
    "delete": "trash", "more": "caret-right",
}
_MIRRORED: Final = {"back": ("arrow-left", "arrow-right"), "forward": ("arrow-right", "arrow-left")}
_icon_cache: dict[tuple[str, str, int, bool], QIcon] = {}


@cache
def _svg_source(file_name: str) -> bytes:
    from saferplan.resources import ResourceMissingError, data_dir

    try:
        entry = data_dir("assets") / "icons" / f"{file_name}.svg"
        return entry.read_bytes()
    except (ResourceMissingError, OSError):
        return b""


def _file_for(name: str) -> str:
    if name in _MIRRORED:
        ltr, rtl = _MIRRORED[name]
        return rtl if QGuiApplication.isRightToLeft() else ltr
    return ICONS.get(name, name)


def icon(name: str, colour_role: str = "text", size: int = ICON) -> QIcon:
    """Return the icon ``name`` drawn in a role's colour (cached; drawn when first shown)."""
    from saferplan.gui.icon_engine import LazySvgIconEngine

    file_name = _file_for(name)
    key = (file_name, colour_role, size, is_dark())
    cached = _icon_cache.get(key)
    if cached is not None:
        return cached
    app = QGuiApplication.instance()
    ratio = max(app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0, 2.0)
    source = _svg_source(file_name)
    # The normal and disabled looks are drawn when a widget first paints them (most icons are
    # never drawn disabled, many are not on show yet).
    def colours() -> tuple[int, int]:    # the theme's of the moment (it may change)
        return role(colour_role).rgba(), role("disabled").rgba()

    result = QIcon(LazySvgIconEngine(source, colours, size, ratio)) if source else QIcon()
    _icon_cache[key] = result
    return result


def icon_label(name: str, colour_role: str = "text", size: int = ICON) -> QLabel:
    """Return a label showing only an icon (hidden from screen readers: words say it)."""
    label = QLabel()
    label.setPixmap(icon(name, colour_role, size).pixmap(size, size))
    label.setFixedSize(size, size)
    label.setAccessibleName("")
    return label


# --- states ---------------------------------------------------------------------------------

_STATE_LOOK: Final = {"success": ("success", "success", "success-box"),
                      "problem": ("problem", "problem", "problem-box"),
                      "info": ("info", "text", "info-box")}


class StateBanner(QWidget):
    """Words about what happened, with a symbol and a colour: success, problem or info."""

    def __init__(self, kind: str = "info", text: str = "", parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QFrame

        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._frame = QFrame()
        outer.addWidget(self._frame)
        row = QHBoxLayout(self._frame)
        row.setContentsMargins(SPACE_M, SPACE_S, SPACE_M, SPACE_S)
        row.setSpacing(SPACE_S)
        self._symbol = QLabel()
        self._symbol.setFixedSize(ICON, ICON)
        self.label = WrappedLabel()   # never cuts right-to-left lines
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self._symbol, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.kind = ""
        self.show_state(kind, text)

    def show_state(self, kind: str, text: str) -> None:
        """Show ``text`` as a ``"success"``, ``"problem"`` or ``"info"`` state."""
        icon_name, colour, box = _STATE_LOOK.get(kind, _STATE_LOOK["info"])
        self.kind = kind
        self._symbol.setPixmap(icon(icon_name, colour).pixmap(ICON, ICON))
        set_role(self._frame, box)
        set_role(self.label, colour if kind != "info" else "")
        self.label.setText(text)
        self.label.setAccessibleName(text)


class EmptyState(QWidget):
    """What an empty list is for, with the one button that fills it (``action``)."""

    def __init__(self, icon_name: str, title: str = "", text: str = "", action: str = "",
                 parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QFrame, QPushButton

        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = set_role(QFrame(), "empty-box")
        outer.addWidget(frame)
        column = QVBoxLayout(frame)
        column.setContentsMargins(SPACE_XL, SPACE_XL, SPACE_XL, SPACE_XL)
        column.setSpacing(SPACE_M)
        column.addWidget(icon_label(icon_name, "muted", ICON_LARGE), 0,
                         Qt.AlignmentFlag.AlignHCenter)
        self.title = set_role(WrappedLabel(), "subheading")
        self.text = set_role(WrappedLabel(), "muted")
        for label in (self.title, self.text):
            assert isinstance(label, QLabel)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
        self.action = QPushButton()
        set_role(self.action, "primary")
        column.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        self.set_words(title, text, action)

    def set_words(self, title: str, text: str, action: str) -> None:
        """Set the title, the explanation and the button's words (after a language change)."""
        assert isinstance(self.title, QLabel) and isinstance(self.text, QLabel)
        self.title.setText(title)
        self.text.setText(text)
        self.action.setText(action)
        self.action.setAccessibleName(action.replace("&", ""))
        self.action.setVisible(bool(action))


class SaveStatus(QWidget):
    """The calm line that says whether the plan's changes were kept.

    Follows a Session: "Saving…" after an edit, "Saved ✓" when the file was written, and a
    problem message (with the saver's user-safe reason) when a save failed. A guest or sample
    session says its answers stay in this session only.
    """

    def __init__(self, session: object | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACE_XS)
        self._symbol = QLabel()
        self._symbol.setFixedSize(ICON - 4, ICON - 4)
        self.label = WrappedLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self._symbol, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.state = "idle"
        self._reason = ""
        self._session = session
        if session is not None:
            session.document_changed.connect(self.show_saving)  # type: ignore[attr-defined]
            session.saved.connect(self.show_saved)  # type: ignore[attr-defined]
            session.save_failed.connect(self.show_failed)  # type: ignore[attr-defined]
        self._render()

    def show_saving(self) -> None:
        """An edit was made; the save follows in a moment."""
        if self._session is not None and getattr(self._session, "saver", None) is None:
            self.state = "memory"
        else:
            self.state = "saving"
        self._render()

    def show_saved(self) -> None:
        """The plan file was written."""
        self.state = "saved"
        self._render()

    def show_failed(self, reason: str = "") -> None:
        """A save of the plan failed: say so plainly, with the reason and what to do."""
        self.state = "failed"
        self._reason = reason
        self._render()

    def show_problem(self, text: str) -> None:
        """Something else was not kept (settings): show ``text`` as it is, as a problem."""
        self.state = "problem"
        self._reason = text
        self._render()

    def _render(self) -> None:
        words = {
            "idle": "",
            # Literal calls, so that lupdate finds every one of these words.
            "saving": QCoreApplication.translate("SaveStatus", "Saving…"),
            "saved": QCoreApplication.translate("SaveStatus", "Saved ✓"),
            "memory": QCoreApplication.translate("SaveStatus", "Kept for this session only"),
            "failed": QCoreApplication.translate(
                "SaveStatus", "Not saved: %1 Your change is still here. Please try again "
                "in a moment.").replace("%1", self._reason),
            "problem": self._reason,
        }[self.state]
        colour = {"saved": "success", "failed": "problem", "problem": "problem"}.get(
            self.state, "muted")
        set_role(self.label, colour)
        self.label.setText(words)
        self.label.setAccessibleName(words)
        failed = self.state in ("failed", "problem")
        if failed:
            self._symbol.setPixmap(icon("problem", colour, ICON - 4).pixmap(ICON - 4, ICON - 4))
        self._symbol.setVisible(failed)

    def changeEvent(self, event: QEvent) -> None:
        """Say the state again after a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
