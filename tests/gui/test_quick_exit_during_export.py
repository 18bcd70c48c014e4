"""The quick exit acts at once while a PDF is being made: the export runs off the GUI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gui_support import flush_deletes
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from test_shell_quick_exit import CANARY, TRIGGERS, _open_plan_with_canary

from saferplan.gui import dialogs
from saferplan.gui.printing import PrintScreen
from saferplan.gui.printing import output as output_module
from saferplan.gui.start import StartScreen
from saferplan.gui.widgets import text_of_all_widgets

SLOW_EXPORT_S = 1.5


class _PaintTimes(QObject):
    """Records when the watched widget is painted."""

    def __init__(self) -> None:
        super().__init__()
        self.times: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the time of each paint."""
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.perf_counter())
        return False
ACT_WITHIN_S = 0.1


@pytest.mark.parametrize("trigger", sorted(TRIGGERS))
def test_quick_exit_acts_within_100_ms_while_a_slow_export_runs(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        trigger: str) -> None:
    window = make_window()
    _open_plan_with_canary(qtbot, window)
    window.open_part("print")
    screen = window.current_screen()
    assert isinstance(screen, PrintScreen)
    rendering, rendered = threading.Event(), threading.Event()
    real_render = output_module.render_plan_pdf

    def slow_render(*args: Any, **kwargs: Any) -> bytes:  # an export that takes its time
        rendering.set()
        time.sleep(SLOW_EXPORT_S)
        data = real_render(*args, **kwargs)
        rendered.set()
        return data

    monkeypatch.setattr(output_module, "render_plan_pdf", slow_render)
    acted: dict[str, float] = {}
    blanked = _PaintTimes()
    window.blank.installEventFilter(blanked)

    def press_during_export() -> None:
        assert rendering.wait(5)  # the export has started and is still running
        pressed = time.perf_counter()
        TRIGGERS[trigger](window, qtbot)
        if window.session is None and blanked.times:
            # Acting = the plan is off the screen (then it is saved, locked and dropped).
            acted["seconds"] = blanked.times[0] - pressed
            acted["while_rendering"] = float(not rendered.is_set())

    QTimer.singleShot(200, press_during_export)
    with dialogs.preanswer([str(tmp_path), "plan.pdf"]):
        screen.save_pdf()  # returns when the export is done (or dropped)
    assert acted, "the quick exit did not act while the export ran"
    assert acted["while_rendering"] == 1.0
    assert acted["seconds"] <= ACT_WITHIN_S
    assert isinstance(window.current_screen(), StartScreen)
    assert rendered.wait(10)
    qtbot.wait(50)
    assert not (tmp_path / "plan.pdf").exists()  # made after the quick exit: dropped
    flush_deletes()
    assert not [t for t in text_of_all_widgets() if CANARY in t]


def test_quick_exit_acts_while_a_slow_preview_is_drawn(
        qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from saferplan.gui.printing import screen as screen_module

    window = make_window()
    _open_plan_with_canary(qtbot, window)
    window.open_part("print")
    screen = window.current_screen()
    assert isinstance(screen, PrintScreen) and screen.isVisible()
    drawing, drawn = threading.Event(), threading.Event()
    real_preview = screen_module.render_plan_preview

    def slow_preview(*args: Any, **kwargs: Any) -> Any:
        drawing.set()
        time.sleep(SLOW_EXPORT_S)
        images = real_preview(*args, **kwargs)
        drawn.set()
        return images

    monkeypatch.setattr(screen_module, "render_plan_preview", slow_preview)
    acted: list[bool] = []

    def press_while_drawing() -> None:
        assert drawing.wait(5)
        TRIGGERS["esc"](window, qtbot)
        acted.append(window.session is None and not drawn.is_set())

    QTimer.singleShot(200, press_while_drawing)
    screen.refresh_preview()  # returns once the drawing is done; the screen is gone by then
    assert acted == [True]
    assert isinstance(window.current_screen(), StartScreen)
    flush_deletes()
    assert not [t for t in text_of_all_widgets() if CANARY in t]


def _plan_with_many_people(window: Any, count: int) -> None:
    """A plan long enough that making it takes the better part of a second (no sleep)."""
    doc = window.session.doc
    for index in range(count):
        doc.add_person(f"Person number {index}", f"+1 416 555 {index:04d}",
                       ["emergency_contact", "bond_person"])
    window.session.changed()


def _quick_exit_while(window: Any, qtbot: Any, module: Any, name: str,
                      start: Callable[[], object],
                      press: Callable[[], object] | None = None) -> dict[str, float]:
    """Press Esc twice (or ``press``) while ``module.name`` runs (for real: it only notes when
    it starts and ends), during ``start()``; return how long the plan took to leave the
    screen."""
    running, ran = threading.Event(), threading.Event()
    real = getattr(module, name)

    def watched(*args: Any, **kwargs: Any) -> Any:
        running.set()
        try:
            return real(*args, **kwargs)
        finally:
            ran.set()

    acted: dict[str, float] = {}
    blanked = _PaintTimes()
    window.blank.installEventFilter(blanked)

    def press_while_running() -> None:
        if not running.wait(5):
            return
        pressed = time.perf_counter()
        if press is None:
            TRIGGERS["esc"](window, qtbot)
        else:
            press()
        if window.session is None and blanked.times:
            acted["seconds"] = blanked.times[0] - pressed
            acted["while_running"] = float(not ran.is_set())

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, name, watched)
        QTimer.singleShot(300, press_while_running)
        start()
        assert ran.wait(20)
    return acted


def _acted_in_time_and_left_nothing(window: Any, acted: dict[str, float]) -> None:
    """The quick exit acted while the work ran, within 100 ms, and left no plan words."""
    assert acted, "the quick exit did not act while the work ran"
    assert acted["while_running"] == 1.0
    assert acted["seconds"] <= ACT_WITHIN_S
    assert isinstance(window.current_screen(), StartScreen)
    flush_deletes()
    assert not [t for t in text_of_all_widgets() if CANARY in t]


def _print_screen_in(window: Any, qtbot: Any, language: str) -> PrintScreen:
    _open_plan_with_canary(qtbot, window)
    _plan_with_many_people(window, 1000)
    window.open_part("print")
    screen = window.current_screen()
    assert isinstance(screen, PrintScreen) and screen.isVisible()
    qtbot.waitUntil(lambda: not screen.preparing, timeout=20_000)
    panel = screen.panel
    panel.language.setCurrentIndex(panel.language.findData(language))
    assert panel.options().language == language
    return screen


def test_quick_exit_acts_within_100_ms_while_a_pdf_with_labels_in_another_language_is_made(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    """Labels in another language than the app's used to be drawn on the GUI thread (their
    translator was installed for the whole app): the quick exit waited for the whole PDF."""
    window = make_window()
    screen = _print_screen_in(window, qtbot, "vi")
    with dialogs.preanswer([str(tmp_path), "plan.pdf"]):
        acted = _quick_exit_while(window, qtbot, output_module, "render_plan_pdf",
                                  screen.save_pdf)
    _acted_in_time_and_left_nothing(window, acted)
    qtbot.wait(50)
    assert not (tmp_path / "plan.pdf").exists()  # made after the quick exit: dropped


def test_quick_exit_acts_within_100_ms_while_the_plan_is_printed(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Printing used to paint every page on the GUI thread."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    def accept(dialog: QPrintDialog) -> int:  # a PDF file stands in for the printer
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(tmp_path / "printed.pdf"))
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    monkeypatch.setattr(output_module, "_prints_to_a_file", lambda _printer: False)
    window = make_window()
    screen = _print_screen_in(window, qtbot, "vi")
    with dialogs.preanswer([True]):  # the print queue warning
        acted = _quick_exit_while(window, qtbot, output_module, "print_plan",
                                  screen.print_output)
    _acted_in_time_and_left_nothing(window, acted)


def _tall_screenshot_png(width: int = 1080, height: int = 16_000) -> bytes:
    """A long chat screenshot: drawn into the PDF as it is (narrower than 220 dpi allows)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for top in range(40, height, 180):
        painter.fillRect(60, top, width // 2, 120, QColor("#dcf8c6"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def test_quick_exit_acts_within_100_ms_while_a_record_picture_is_drawn(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    """Qt compressed a picture into the record PDF in its drawing call, which kept Python's
    lock (about 0.6 s for this screenshot): it is compressed apart now, by a call that lets
    go of the lock (export/pdf_pictures.py), and the quick exit gets in."""
    import datetime

    from saferplan.export import pdf_pictures
    from saferplan.gui.record import RecordWidget
    from saferplan.model import LogEntry
    from saferplan.model.record import add_attachment

    window = make_window()
    _open_plan_with_canary(qtbot, window)
    doc = window.session.doc
    picture = add_attachment(doc, "chat.png", "image/png", _tall_screenshot_png(),
                             datetime.date(2026, 11, 2))
    doc.log.append(LogEntry(when="2026-11-02", what=CANARY, id="e1",
                            attachments=[picture.id]))
    window.session.changed()
    window.open_part("record")
    screen = window.current_screen()
    assert isinstance(screen, RecordWidget)
    qtbot.waitUntil(lambda: screen.list.count() == 1)
    screen.list.setCurrentRow(0)
    dialog = screen.open_pdf_dialog()
    assert dialog.chosen_ids() == ["e1"]

    def shift_three_times_in_the_dialog() -> None:  # Esc would close the dialog first
        for _ in range(3):
            QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Shift)

    with dialogs.preanswer([str(tmp_path), "record"]):
        acted = _quick_exit_while(window, qtbot, pdf_pictures, "jpeg",
                                  dialog.save_button.click, shift_three_times_in_the_dialog)
    _acted_in_time_and_left_nothing(window, acted)
