"""The print screen: options change the preview; saving and printing write what was chosen."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from gui_support import files_under, wait_for_screen
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QListWidget
from tool_needs import need

from saferplan.export import CardOverflowError
from saferplan.export.card_content import default_people
from saferplan.export.labels import has_sensitive_words
from saferplan.forms import load_all_forms, load_demo_plan
from saferplan.gui import dialogs
from saferplan.gui.printing import PrintScreen
from saferplan.gui.printing import output as output_module
from saferplan.gui.printing import screen as screen_module
from saferplan.gui.printing.label_language import label_languages, labels_in
from saferplan.gui.session import Session
from saferplan.i18n import PseudoTranslator

pdftotext = shutil.which("pdftotext")


@pytest.fixture
def screen(qtbot: Any) -> PrintScreen:
    """A print screen on the demo plan, shown at a usual window size."""
    session = Session(load_demo_plan(), demo=True)
    widget = PrintScreen(session, load_all_forms())
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return ready(qtbot, widget)


def ready(qtbot: Any, widget: PrintScreen) -> PrintScreen:
    """Wait for the first preview, drawn in a worker thread once the screen shows."""
    qtbot.waitUntil(lambda: not widget.preparing, timeout=10_000)
    return widget


def _text_of(pdf: Path) -> str:
    need(pdftotext, "pdftotext (poppler-utils) is not installed")
    result = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True,
                            check=True, text=True)
    return result.stdout


def _choose_card(screen: PrintScreen) -> None:
    screen.panel.card_choice.setChecked(True)
    screen.refresh_preview()


def test_plan_preview_then_card_then_discreet_change_the_pages(screen: PrintScreen) -> None:
    plan_pages = screen.preview.page_count()
    assert plan_pages > 1 and not screen.problem
    assert screen.save_button.isEnabled() and screen.print_button.isEnabled()
    _choose_card(screen)
    assert screen.preview.page_count() == 1
    card_image = screen.preview.images[0]
    assert card_image.width() > screen_module.PLAN_PREVIEW_DPI * 8  # drawn at the card's dpi
    screen.panel.plan_choice.setChecked(True)
    screen.panel.discreet.setChecked(True)
    screen.refresh_preview()
    assert 1 <= screen.preview.page_count() < plan_pages  # names and numbers only


def test_paper_choice_changes_the_page_shape(screen: PrintScreen) -> None:
    paper = screen.panel.paper
    paper.setCurrentIndex(paper.findData("a4"))
    screen.refresh_preview()
    a4 = screen.preview.images[0].size()
    paper.setCurrentIndex(paper.findData("letter"))
    screen.refresh_preview()
    letter = screen.preview.images[0].size()
    assert letter.width() > a4.width() and letter.height() < a4.height()
    assert screen.panel.options().paper == "letter"


def test_changes_are_debounced_then_drawn(screen: PrintScreen, qtbot: Any) -> None:
    screen.panel.card_choice.setChecked(True)
    assert screen.preview.page_count() > 1  # not yet: waits for the person to stop clicking
    qtbot.waitUntil(lambda: screen.preview.page_count() == 1, timeout=2000)
    assert screen.last_render_seconds < 1.0


def test_card_people_default_to_exports_choice(screen: PrintScreen) -> None:
    doc = screen.session.doc
    content = screen.panel.card_content()
    assert content.person_ids == [p.id for p in default_people(doc)]
    assert len(content.person_ids) < len(doc.people)  # the demo has someone left off


def test_saving_a_card_writes_a_readable_pdf(screen: PrintScreen, tmp_path: Path) -> None:
    _choose_card(screen)
    person = default_people(screen.session.doc)[0]
    with dialogs.preanswer(["print", str(tmp_path), "card.pdf"]) as shown:
        screen.save_pdf()
    assert [s.kind for s in shown] == ["choose", "choose_folder", "ask_text"]
    saved = tmp_path / "card.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    text = _text_of(saved)
    assert person.name in text and person.phone in text
    assert str(saved) in screen.status.text() and screen.status.isVisible()


def test_discreet_card_has_no_telling_words(screen: PrintScreen, tmp_path: Path) -> None:
    screen.panel.discreet.setChecked(True)
    _choose_card(screen)
    with dialogs.preanswer(["print", str(tmp_path), "contacts"]):
        screen.save_pdf()
    text = _text_of(tmp_path / "contacts.pdf")
    assert default_people(screen.session.doc)[0].phone in text
    for word in ("bond", "lawyer", "detention", "immigration", "medication"):
        assert word not in text.lower()
    assert not has_sensitive_words(text)


def test_file_name_is_prefilled_neutrally_and_kept_to_the_folder(
        screen: PrintScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def ask_text(_parent: Any, _title: str, _label: str, text: str = "", **_kw: Any) -> str:
        asked.append(text)
        return "../elsewhere/notes"

    monkeypatch.setattr(dialogs, "ask_text", ask_text)
    screen.panel.discreet.setChecked(True)
    with dialogs.preanswer([str(tmp_path)]):
        screen.save_pdf()
    assert asked == ["notes.pdf"]
    assert [p.name for p in tmp_path.iterdir()] == ["notes.pdf"]


@pytest.mark.parametrize("card", [False, True])
def test_suggested_name_never_says_plan_or_card(screen: PrintScreen, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                card: bool) -> None:
    asked: list[str] = []

    def ask_text(_parent: Any, _title: str, _label: str, text: str = "", **_kw: Any) -> None:
        asked.append(text)

    monkeypatch.setattr(dialogs, "ask_text", ask_text)
    screen.panel.card_choice.setChecked(card)      # not discreet: the name is neutral anyway
    # A card first asks about its risk (officers may read it): "print" goes on.
    with dialogs.preanswer([*(["print"] if card else []), str(tmp_path)]):
        screen.save_pdf()
    assert asked == ["contacts.pdf" if card else "notes.pdf"]


def _change_card(panel: Any) -> None:
    panel.card_choice.setChecked(True)


def _change_discreet(panel: Any) -> None:
    panel.discreet.setChecked(True)


def _change_paper(panel: Any) -> None:
    panel.paper.setCurrentIndex(1 - panel.paper.currentIndex())


def _change_language(panel: Any) -> None:
    panel.language.setCurrentIndex(panel.language.findData("vi"))


def _change_person(panel: Any) -> None:
    panel.card_choice.setChecked(True)
    item = panel.people.item(0)
    item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                       else Qt.CheckState.Checked)


def _change_password(panel: Any) -> None:
    panel.password.setText("quiet harbour")


@pytest.mark.parametrize("change", [_change_card, _change_discreet, _change_paper,
                                    _change_language, _change_person, _change_password])
def test_saved_as_is_forgotten_when_a_choice_changes(screen: PrintScreen, tmp_path: Path,
                                                     change: Any) -> None:
    with dialogs.preanswer([str(tmp_path), "notes.pdf"]):
        screen.save_pdf()
    assert screen.status.isVisible() and "notes.pdf" in screen.status.text()
    change(screen.panel)
    assert not screen.status.isVisible()
    assert "notes.pdf" not in screen.status.text()


def test_saved_as_is_forgotten_when_the_plan_changes(screen: PrintScreen,
                                                     tmp_path: Path) -> None:
    with dialogs.preanswer([str(tmp_path), "notes.pdf"]):
        screen.save_pdf()
    screen.session.doc.add_person("Mai")
    screen.session.changed()
    assert not screen.status.isVisible()


def test_existing_file_is_kept_unless_the_person_says_replace(
        screen: PrintScreen, tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"mine")
    with dialogs.preanswer([str(tmp_path), "plan.pdf", False]) as shown:
        screen.save_pdf()
    assert shown[-1].kind == "confirm" and target.read_bytes() == b"mine"
    with dialogs.preanswer([str(tmp_path), "plan.pdf", True]):
        screen.save_pdf()
    assert target.read_bytes().startswith(b"%PDF")


def test_password_locks_the_pdf(screen: PrintScreen, tmp_path: Path) -> None:
    from pypdf import PdfReader

    panel = screen.panel
    panel.password.setText("quiet harbour")
    assert not screen.save_button.isEnabled()  # not the same twice yet
    assert screen.print_button.isEnabled()
    panel.password_again.setText("quiet harbour")
    assert screen.save_button.isEnabled()
    assert panel.options().password is None  # never for the preview or the printer
    _choose_card(screen)
    with dialogs.preanswer(["print", str(tmp_path), "card.pdf"]):
        screen.save_pdf()
    reader = PdfReader(tmp_path / "card.pdf")
    assert reader.is_encrypted
    assert reader.decrypt("wrong words") == 0
    assert reader.decrypt("quiet harbour") != 0
    assert default_people(screen.session.doc)[0].name in reader.pages[0].extract_text()


def test_card_that_does_not_fit_is_explained_and_cannot_be_saved(
        screen: PrintScreen, monkeypatch: pytest.MonkeyPatch) -> None:
    message = "The card is full. Remove a person or the medication line."

    def overflow(*_args: Any, **_kwargs: Any) -> list[Any]:
        raise CardOverflowError(message)

    monkeypatch.setattr(screen_module, "render_card_preview", overflow)
    _choose_card(screen)
    assert screen.problem_label.isVisible() and screen.problem_label.text() == message
    assert screen.preview.page_count() == 0
    assert not screen.save_button.isEnabled() and not screen.print_button.isEnabled()
    screen.panel.plan_choice.setChecked(True)
    screen.refresh_preview()
    assert not screen.problem_label.isVisible() and screen.save_button.isEnabled()


def test_unexpected_failure_shows_a_calm_line_not_a_traceback(
        screen: PrintScreen, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> list[Any]:
        raise KeyError("secret answer text")

    monkeypatch.setattr(screen_module, "render_plan_preview", broken)
    screen.refresh_preview()
    assert screen.problem and "secret" not in screen.problem and "Traceback" not in screen.problem
    assert not screen.save_button.isEnabled()


def _print_to(path: Path, monkeypatch: pytest.MonkeyPatch, pages: list[str]) -> None:
    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        pages.append(printer.pageLayout().pageSize().key())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    # The app refuses to print to a file; here the PDF file stands in for a real printer
    # (there is none offscreen) so the printed words can be read back.
    monkeypatch.setattr(output_module, "_prints_to_a_file", lambda _printer: False)


def test_printing_warns_once_then_prints(screen: PrintScreen, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    pages: list[str] = []
    _print_to(tmp_path / "printed.pdf", monkeypatch, pages)
    screen.panel.paper.setCurrentIndex(screen.panel.paper.findData("letter"))
    _choose_card(screen)
    with dialogs.preanswer(["print", False]) as shown:
        screen.print_output()
    assert shown[1].kind == "confirm" and "print queue" in shown[1].text
    assert not (tmp_path / "printed.pdf").exists()
    with dialogs.preanswer([True]):
        screen.print_output()
    assert pages == ["Letter"]
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    with dialogs.preanswer([]) as shown:  # no second warning
        screen.print_output()
    assert shown == []
    text = _text_of(tmp_path / "printed.pdf")
    assert default_people(screen.session.doc)[0].phone in text


def test_nothing_lands_in_home(screen: PrintScreen, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    home = Path(os.environ["HOME"])
    before = set(files_under(home))
    _print_to(tmp_path / "printed.pdf", monkeypatch, [])
    for card in (False, True):
        screen.panel.card_choice.setChecked(card)
        screen.refresh_preview()
        answers = ["print", str(tmp_path), "out.pdf", True] if card else [
            str(tmp_path), "out.pdf", True, True]
        with dialogs.preanswer(answers):
            screen.save_pdf()
            screen.print_output()
    assert set(files_under(home)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf", "printed.pdf"]


def test_people_list_follows_the_plan(screen: PrintScreen, qtbot: Any) -> None:
    doc = screen.session.doc
    removed = doc.people.pop()
    screen.session.changed()
    assert screen.panel.people.count() == len(doc.people)
    assert removed.id not in (screen.panel.card_content().person_ids or [])


def test_controls_are_named_and_reachable_by_keyboard(screen: PrintScreen) -> None:
    _choose_card(screen)
    controls = [*screen.findChildren(QAbstractButton), *screen.findChildren(QComboBox),
                *screen.findChildren(QLineEdit), *screen.findChildren(QListWidget)]
    visible = [c for c in controls if c.isVisibleTo(screen)]
    assert len(visible) >= 12
    for control in visible:
        assert control.accessibleName(), type(control).__name__
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.accessibleName()


def test_pseudo_localised_large_text_still_fits(qtbot: Any) -> None:
    pseudo = PseudoTranslator()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = QFont(app.font())
    QCoreApplication.installTranslator(pseudo)
    app.setFont(QFont(font.family(), round(font.pointSizeF() * 1.5)))
    try:
        widget = PrintScreen(Session(load_demo_plan(), demo=True), load_all_forms())
        qtbot.addWidget(widget)
        widget.resize(1100, 760)
        widget.show()
        assert widget.save_button.text().startswith("[!!")
        assert widget.minimumSizeHint().width() <= 1100
        assert widget.save_button.width() >= widget.save_button.sizeHint().width()
        assert not widget.problem
    finally:
        QCoreApplication.removeTranslator(pseudo)
        app.setFont(font)


def test_labels_in_english_are_printed_without_retranslating_screens(screen: PrintScreen,
                                                                     qtbot: Any) -> None:
    from saferplan import i18n
    from saferplan.export.labels import card_label

    assert [lang.code for lang in label_languages()][:1] == ["en"]
    pseudo = PseudoTranslator()
    QCoreApplication.installTranslator(pseudo)
    previous = i18n.switcher.current
    i18n.switcher.current = "fr"  # pretend the app is in another language
    try:
        QApplication.processEvents()
        calls: list[int] = []
        original = screen.retranslate_ui

        def counting() -> None:
            calls.append(1)
            original()

        screen.retranslate_ui = counting  # type: ignore[method-assign]
        with labels_in("en"):
            english = card_label("Contacts").local
            # The app's own translations are untouched, even meanwhile.
            assert QCoreApplication.translate("Card", "Contacts").startswith("[!!")
        assert english == "Contacts"
        assert card_label("Contacts").local.startswith("[!!")
        QApplication.processEvents()
        assert calls == []  # the open screens were not disturbed
        with labels_in("fr"):  # the app's own language: nothing to install
            assert card_label("Contacts").local.startswith("[!!")
    finally:
        i18n.switcher.current = previous
        QCoreApplication.removeTranslator(pseudo)


def test_shell_opens_it_for_the_sample_plan_and_goes_back(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    window.start_demo()
    window.open_part("print")
    shown = ready(qtbot, wait_for_screen(qtbot, window, PrintScreen))
    assert shown.session.demo and shown.preview.page_count() > 1
    shown.back_button.click()
    qtbot.waitUntil(lambda: not isinstance(window.current_screen(), PrintScreen), timeout=2000)


def test_empty_guest_plan_still_previews(qtbot: Any) -> None:
    from saferplan.model import PlanDocument

    widget = PrintScreen(Session(PlanDocument(), guest=True), load_all_forms())
    qtbot.addWidget(widget)
    widget.show()
    assert ready(qtbot, widget).preview.page_count() >= 1 and not widget.problem
    _choose_card(widget)
    assert widget.panel._no_people.isVisible() and not widget.panel.people.isVisible()
    assert widget.panel.card_content().person_ids == []


def test_the_screen_opens_at_once_and_its_first_preview_comes_from_a_worker(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plan naming 1,000 people took a second to preview; the first preview held the GUI
    thread while the screen was built. Now it comes once the screen is on show."""
    import threading

    from saferplan.gui.printing import screen as screen_module

    drawn_in: list[threading.Thread] = []
    real = screen_module.render_plan_preview

    def noted(*args: Any, **kwargs: Any) -> Any:
        drawn_in.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(screen_module, "render_plan_preview", noted)
    widget = PrintScreen(Session(load_demo_plan(), demo=True), load_all_forms())
    qtbot.addWidget(widget)
    widget.show()
    assert widget.preparing and drawn_in == []
    assert widget._preview_title.text() == "Preparing the preview…"
    ready(qtbot, widget)
    assert drawn_in and threading.main_thread() not in drawn_in
    assert widget.preview.page_count() > 1
    assert widget._preview_title.text() != "Preparing the preview…"
