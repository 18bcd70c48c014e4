"""The visual system: contrast of every text role and of the focus ring, light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from saferplan.gui import theme


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.1 contrast ratio of two opaque colours."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_on_known_pairs() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_role_has_contrast_4_5_against_its_background(dark: bool) -> None:
    colours = theme.palette_colours(dark)
    low = {f"{fg} on {bg}": round(contrast(QColor(getattr(colours, fg)),
                                           QColor(getattr(colours, bg))), 2)
           for fg, bg in theme.TEXT_PAIRS}
    assert {pair: ratio for pair, ratio in low.items() if ratio < 4.5} == {}


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_real_qt_palette_text_roles_have_contrast(dark: bool) -> None:
    palette = theme.build_palette(theme.palette_colours(dark))
    r = QPalette.ColorRole
    pairs = [(r.WindowText, r.Window), (r.Text, r.Base), (r.ButtonText, r.Button),
             (r.HighlightedText, r.Highlight), (r.PlaceholderText, r.Base), (r.Link, r.Base),
             (r.ToolTipText, r.ToolTipBase), (r.Text, r.AlternateBase)]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in pairs:
            ratio = contrast(palette.color(group, fg), palette.color(group, bg))
            assert ratio >= 4.5, (group, fg, bg, ratio)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_focus_ring_and_borders_have_contrast_3_against_what_they_touch(dark: bool) -> None:
    colours = theme.palette_colours(dark)
    for fg, bg in theme.FOCUS_PAIRS:
        assert contrast(QColor(getattr(colours, fg)), QColor(getattr(colours, bg))) >= 3.0


def test_every_text_role_in_the_stylesheet_is_checked() -> None:
    """A colour the stylesheet uses for text must appear in the checked pairs."""
    checked = {fg for fg, _bg in theme.TEXT_PAIRS}
    for name in ("text", "muted", "on_primary", "link", "success", "problem", "placeholder"):
        assert name in checked


def test_install_applies_palette_font_and_roles(qtbot: object) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.use_dark(app, False)
    theme.install(app, "km")
    assert app.font().pointSizeF() == pytest.approx(14.0)
    assert app.font().families()[0] == "Noto Sans Khmer"
    theme.install(app, "en")
    assert app.font().pointSizeF() == pytest.approx(12.0)
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(theme.LIGHT.window)
    theme.use_dark(app, True)
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(theme.DARK.window)
    theme.use_dark(app, False)
    heading = theme.set_role(QLabel("Heading"), "heading")
    body = QLabel("Body")
    heading.ensurePolished()
    body.ensurePolished()
    assert heading.font().pointSizeF() == pytest.approx(18.0)
    assert heading.font().pointSizeF() > body.font().pointSizeF()
    push = theme.set_role(QPushButton("Go"), "primary")
    assert push.property("role") == "primary"


def test_icons_load_in_a_role_colour_and_are_cached(qtbot: object) -> None:
    people = theme.icon("people", "success", 24)
    assert not people.isNull()
    assert theme.icon("people", "success", 24) is people
    image = people.pixmap(24, 24).toImage()
    colours = {image.pixelColor(x, y).name() for x in range(image.width())
               for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255}
    assert theme.role("success").name() in colours
    assert theme.icon("no-such-icon").isNull()


def test_every_named_icon_exists() -> None:
    from saferplan.resources import data_dir

    folder = data_dir("assets") / "icons"
    for file_name in theme.ICONS.values():
        assert (folder / f"{file_name}.svg").is_file(), file_name
    assert (folder / "LICENSE-phosphor.txt").is_file()


def test_save_status_follows_the_session(qtbot: object) -> None:
    from saferplan.gui.session import Session
    from saferplan.model import PlanDocument

    failing = {"now": False}

    def saver(_doc: PlanDocument) -> None:
        if failing["now"]:
            raise OSError("The USB stick was removed.")

    session = Session(PlanDocument(), saver=saver)
    status = theme.SaveStatus(session)
    session.changed()
    assert status.state == "saving"
    session.save_now()
    assert status.label.text() == "Saved ✓"
    assert status.label.property("role") == "success"
    failing["now"] = True
    session.changed()
    session.save_now()
    assert status.state == "failed"
    assert "The USB stick was removed." in status.label.text()
    assert status.label.property("role") == "problem"


def test_save_status_of_a_guest_session_says_it_is_kept_in_memory(qtbot: object) -> None:
    from saferplan.gui.session import Session
    from saferplan.model import PlanDocument

    session = Session(PlanDocument(), saver=None, guest=True)
    status = theme.SaveStatus(session)
    session.changed()
    assert status.label.text() == "Kept for this session only"


def test_state_banner_and_empty_state(qtbot: object) -> None:
    banner = theme.StateBanner("problem", "That passphrase did not open it")
    assert banner.label.property("role") == "problem"
    banner.show_state("success", "Done")
    assert banner.kind == "success"
    empty = theme.EmptyState("people", "No people yet", "People you trust.", "Add a person")
    assert empty.action.property("role") == "primary"
    assert empty.action.text() == "Add a person"


def test_the_recovery_code_page_draws_every_group(qtbot: object) -> None:
    from PySide6.QtGui import QImage

    from saferplan.gui.recovery_code import code_groups, paint_code_page

    code = "K7QF-2M9X-ABCD-EFGH-JKLM-NPQR"
    assert code_groups(code) == ["K7QF", "2M9X", "ABCD", "EFGH", "JKLM", "NPQR"]
    page = QImage(600, 800, QImage.Format.Format_RGB32)
    page.fill(0xFFFFFF)
    paint_code_page(page, code)
    inked_rows = {y for y in range(0, 800, 2) for x in range(0, 600, 3)
                  if page.pixel(x, y) != 0xFFFFFFFF}
    assert len(inked_rows) > 60      # the title, six groups and the note are drawn


@pytest.mark.parametrize("part", ["people", "documents", "record"])
def test_screens_that_edit_the_plan_say_saved(qtbot: object, part: str) -> None:
    from saferplan.gui.parts import make_part
    from saferplan.gui.session import Session
    from saferplan.model import PlanDocument

    kept: list[PlanDocument] = []
    session = Session(PlanDocument(), saver=kept.append)
    screen = make_part(part, session)
    status = screen.save_status
    session.changed()
    assert status.label.text() == "Saving…"
    assert session.save_now() and kept
    assert status.label.text() == "Saved ✓"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_check_boxes_are_drawn_in_the_theme_colours(qtbot: object, dark: bool) -> None:
    from PySide6.QtWidgets import QCheckBox

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.use_dark(app, dark)
    try:
        box = QCheckBox("Bond person")
        box.setChecked(True)
        box.resize(box.sizeHint())
        image = box.grab().toImage()
        seen = {image.pixelColor(x, y).name() for x in range(image.width())
                for y in range(image.height())}
        assert theme.role("primary").name() in seen          # a filled, visible box
        box.setChecked(False)
        image = box.grab().toImage()
        seen = {image.pixelColor(x, y).name() for x in range(image.width())
                for y in range(image.height())}
        assert theme.role("border").name() in seen           # an outline at 3:1 or more
    finally:
        theme.use_dark(app, False)


def _ink_columns(image: object, colour: QColor, x_from: int) -> set[int]:
    """The columns right of ``x_from`` holding pixels close to ``colour``."""
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    columns = set()
    for x in range(x_from, image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if max(abs(pixel.red() - colour.red()), abs(pixel.green() - colour.green()),
                   abs(pixel.blue() - colour.blue())) < 40:
                columns.add(x)
                break
    return columns


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_combo_and_spin_box_arrows_are_carets_that_can_be_seen(qtbot: object,
                                                               dark: bool) -> None:
    from PySide6.QtWidgets import QComboBox, QSpinBox

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.use_dark(app, dark)
    try:
        combo = QComboBox()
        combo.addItem("")          # no words: only the arrow is drawn in the text colour
        spin = QSpinBox()
        spin.setSpecialValueText(" ")
        for widget in (combo, spin):
            widget.resize(240, widget.sizeHint().height())
            image = widget.grab().toImage()
            ink = _ink_columns(image, theme.role("text"), image.width() - 34)
            # A caret about 12 px across in the theme's text colour (Fusion's own arrows,
            # squeezed under the stylesheet, were a few pixels wide: thin odd lines).
            assert len(ink) >= 9, (type(widget).__name__, sorted(ink))
    finally:
        theme.use_dark(app, False)


def test_icons_are_drawn_when_first_painted_and_look_as_if_drawn_up_front(
        qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from saferplan.gui import icon_engine
    from saferplan.resources import data_dir

    drawn: list[str] = []
    draw = icon_engine.draw_svg

    def recording(source: bytes, colour: QColor, size: int, ratio: float = 1.0) -> QPixmap:
        drawn.append(colour.name())
        return draw(source, colour, size, ratio)

    monkeypatch.setattr(icon_engine, "draw_svg", recording)
    lock = theme.icon("lock", "link", 24)
    assert drawn == [] and not lock.isNull()      # made, and measured, without a drawing
    # What the icon held when both looks were drawn up front.
    source = (data_dir("assets") / "icons" / "lock.svg").read_bytes()
    ratio = 2.0
    upfront = QIcon()
    upfront.addPixmap(draw(source, theme.role("link"), 24, ratio), QIcon.Mode.Normal)
    upfront.addPixmap(draw(source, theme.role("disabled"), 24, ratio), QIcon.Mode.Disabled)
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Selected):
        for size, scale in ((16, 1.0), (24, 1.0), (24, 2.0), (48, 1.5)):
            assert (lock.pixmap(QSize(size, size), scale, mode).toImage()
                    == upfront.pixmap(QSize(size, size), scale, mode).toImage())
    assert drawn == [theme.role("link").name()]   # the normal look only, once
    for size, scale in ((16, 1.0), (24, 2.0)):
        assert (lock.pixmap(QSize(size, size), scale, QIcon.Mode.Disabled).toImage()
                == upfront.pixmap(QSize(size, size), scale, QIcon.Mode.Disabled).toImage())
    assert drawn == [theme.role("link").name(), theme.role("disabled").name()]
