"""Arabic screens: wrapped text is never cut at an edge; answers follow their own direction."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from saferplan.forms import load_all_forms, load_demo_plan
from saferplan.gui.printing import PrintScreen
from saferplan.gui.session import Session
from saferplan.gui.settings import Settings, SettingsScreen
from saferplan.gui.widgets import WrappedLabel, wrapped_label
from saferplan.i18n import set_language

WIDTHS = range(120, 420, 7)


@pytest.fixture
def arabic() -> Iterator[None]:
    """The application in Arabic, right to left; English again afterwards."""
    set_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    yield
    set_language("en")


def _arabic_texts() -> list[str]:
    """Real Arabic sentences of the settings and print screens, from the translations."""
    texts = [
        QCoreApplication.translate("SettingsScreen", source) for source in (
            "Lock after this many idle minutes",
            "When nobody uses SaferPlan for this long, it saves and locks the plan.",
            "The window shows this name. Choose something that draws no attention.")
    ] + [
        QCoreApplication.translate("OptionsPanel", source) for source in (
            "Only for saving a file. Anyone who wants to open the PDF will need it. SaferPlan "
            "cannot recover it.",
            "No people yet. People you add under People can go on the card.")
    ]
    assert all(text.isascii() is False for text in texts), "Arabic translations not loaded"
    return texts


def _ink_at_an_edge(image: QImage) -> bool:
    """True when dark text pixels touch the first or last column: something was cut there."""
    return any(QColor(image.pixel(x, y)).lightness() < 160
               for x in (0, image.width() - 1) for y in range(image.height()))


def _cut_widths(make: Any, text: str) -> list[int]:
    cut = []
    for width in WIDTHS:
        label = make(text)
        label.resize(width, label.heightForWidth(width))
        if _ink_at_an_edge(label.grab().toImage()):
            cut.append(width)
        label.deleteLater()
    return cut


def _plain_qlabel(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def test_qt_label_cuts_arabic_lines_the_check_sees_it(qtbot: Any, arabic: None) -> None:
    """The control: a plain wrapping QLabel does cut right-to-left lines at some widths."""
    assert any(_cut_widths(_plain_qlabel, text) for text in _arabic_texts())


def test_wrapped_labels_never_cut_arabic_lines(qtbot: Any, arabic: None) -> None:
    for text in _arabic_texts():
        assert _cut_widths(wrapped_label, text) == [], text


def test_english_line_in_an_arabic_window_keeps_to_the_left(qtbot: Any, arabic: None) -> None:
    label = wrapped_label("Lan")
    qtbot.addWidget(label)
    label.resize(300, label.heightForWidth(300))
    image = label.grab().toImage()
    dark = [x for x in range(image.width()) for y in range(image.height())
            if QColor(image.pixel(x, y)).lightness() < 160]
    assert dark and max(dark) < image.width() // 2     # natural alignment: left for English
    label.setText("لان")
    image = label.grab().toImage()
    dark = [x for x in range(image.width()) for y in range(image.height())
            if QColor(image.pixel(x, y)).lightness() < 160]
    assert dark and min(dark) > image.width() // 2     # and right for Arabic


def _visible_wrapped_labels(root: QWidget) -> list[WrappedLabel]:
    return [label for label in root.findChildren(WrappedLabel)
            if label.isVisible() and label.text() and label.width() > 0]


@pytest.mark.parametrize("size", [(1024, 600), (800, 600), (1366, 768)])
def test_settings_and_print_in_arabic_cut_no_words(qtbot: Any, arabic: None,
                                                   size: tuple[int, int]) -> None:
    settings = SettingsScreen(Settings(language="ar"))
    printing = PrintScreen(Session(load_demo_plan(), demo=True), load_all_forms())
    for screen in (settings, printing):
        qtbot.addWidget(screen)
        screen.resize(*size)
        with qtbot.waitExposed(screen):
            screen.show()
        QApplication.processEvents()
        labels = _visible_wrapped_labels(screen)
        assert labels
        cut = [label.text() for label in labels if _ink_at_an_edge(label.grab().toImage())]
        assert cut == []


def _ink_columns(widget: QWidget) -> list[int]:
    """The columns where dark text pixels are, inside the widget's frame."""
    image = widget.grab().toImage()
    return [x for x in range(6, image.width() - 6) for y in range(4, image.height() - 4)
            if QColor(image.pixel(x, y)).lightness() < 120]


def test_a_documents_note_follows_its_own_direction(qtbot: Any, arabic: None) -> None:
    """English notes stay on the left in an Arabic window; Arabic ones go to the right."""
    from gui_support import type_text

    from saferplan.gui.documents import DocumentsWidget
    from saferplan.model import Plan, PlanDocument

    doc = PlanDocument(plans=[Plan("p1", "safety_plan")])
    screen = DocumentsWidget(Session(doc, guest=True))
    qtbot.addWidget(screen)
    screen.resize(1024, 600)
    screen.show()
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    notes = screen.editor.notes
    type_text(notes, "Blue box")
    QApplication.processEvents()
    ink = _ink_columns(notes.viewport())
    assert ink and max(ink) < notes.viewport().width() // 2
    notes.selectAll()
    type_text(notes, "صندوق")
    QApplication.processEvents()
    ink = _ink_columns(notes.viewport())
    assert ink and min(ink) > notes.viewport().width() // 2


def test_every_wrapping_label_on_the_main_pages_is_drawn_whole(qtbot: Any, make_window: Any,
                                                               ) -> None:
    """Home, its pages and settings in Arabic: every wrapping label cuts no words."""
    window = make_window()
    set_language("ar")
    try:
        window.start_demo()
        window.resize(1024, 600)
        for part in ("people", "documents", "directory", "practice", "print", "record"):
            window.open_part(part)
            cut = _cut_labels(window.current_screen())
            assert cut == [], part
        window.show_settings()
        assert _cut_labels(window.current_screen()) == []
        window.show_home()
        assert _cut_labels(window.current_screen()) == []
    finally:
        set_language("en")


def _cut_labels(screen: QWidget) -> list[str]:
    QApplication.processEvents()
    wrapping = [label for label in screen.findChildren(QLabel)
                if label.wordWrap() and label.isVisible() and label.text()
                and label.textFormat() == Qt.TextFormat.PlainText]
    assert wrapping
    # Every one of them is drawn by the fixed label, and none has ink at its edges.
    assert [label.text() for label in wrapping if not isinstance(label, WrappedLabel)] == []
    return [label.text() for label in wrapping if _ink_at_an_edge(label.grab().toImage())]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_settings_choices_are_never_cut(qtbot: Any, make_window: Any, language: str) -> None:
    """Check boxes and radio buttons cannot wrap: each gets the width its words need."""
    from PySide6.QtWidgets import QAbstractButton

    window = make_window()
    set_language(language)
    try:
        window.resize(1024, 600)
        window.show_settings()
        QApplication.processEvents()
        choices = [push for push in window.current_screen().findChildren(QAbstractButton)
                   if push.isVisible() and push.text()]
        assert len(choices) >= 4
        cut = [push.text() for push in choices if push.width() < push.sizeHint().width() - 1]
        assert cut == []
    finally:
        set_language("en")


def test_notes_under_a_choice_are_indented_on_the_reading_side(qtbot: Any,
                                                                arabic: None) -> None:
    printing = PrintScreen(Session(load_demo_plan(), demo=True), load_all_forms())
    qtbot.addWidget(printing)
    printing.resize(1024, 600)
    printing.show()
    QApplication.processEvents()
    panel = printing.panel
    check = panel.discreet.geometry()
    note = panel._discreet_note.geometry()
    assert note.right() <= check.right() - 20        # Arabic reads from the right
    assert note.left() <= check.left() + 2


def test_a_right_to_left_label_with_a_buddy_draws_its_letter_not_the_ampersand(qtbot: Any) -> None:
    buddy = QWidget()
    qtbot.addWidget(buddy)
    label = wrapped_label("P&eople && places")
    qtbot.addWidget(label)
    assert label._shown_text() == ("P&eople && places", None)   # no buddy: text as it is
    label.setBuddy(buddy)
    assert label._shown_text() == ("People & places", 1)       # the Alt+letter is underlined
