"""Printing never becomes a plaintext file, temp files go to memory, window titles stay neutral,
and errors never print their message, traceback or Qt's words."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from gui_support import flush_deletes
from PySide6.QtCore import QBuffer, QIODevice, QTimer, qInstallMessageHandler, qWarning
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication

from saferplan.gui import dialogs
from saferplan.gui import main as gui_main
from saferplan.hardening import PRIVATE_TEMP_NAME, use_private_temp_folder

CANARY = "Heron-8X2"


# --- printing ---------------------------------------------------------------------------------

@pytest.fixture
def print_screen(qtbot: Any) -> Any:
    from saferplan.forms import load_all_forms, load_demo_plan
    from saferplan.gui.printing import PrintScreen
    from saferplan.gui.session import Session

    widget = PrintScreen(Session(load_demo_plan(), demo=True), load_all_forms())
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


@pytest.mark.parametrize("to_named_file", [True, False])
def test_print_dialog_offers_no_file_and_a_file_is_refused(
        print_screen: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        to_named_file: bool) -> None:
    from saferplan.gui.printing import output

    target = tmp_path / "printed.pdf"
    offered_file: list[bool] = []
    printed: list[str] = []

    def exec_choosing_a_file(dialog: QPrintDialog) -> int:
        offered_file.append(dialog.testOption(
            QAbstractPrintDialog.PrintDialogOption.PrintToFile))
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        if to_named_file:
            printer.setOutputFileName(str(target))
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", exec_choosing_a_file)
    monkeypatch.setattr(output, "print_plan", lambda *_a: printed.append("plan"))
    monkeypatch.setattr(output, "print_card", lambda *_a: printed.append("card"))
    with dialogs.preanswer([True]) as shown:      # yes to the print-queue note
        assert output.print_output(print_screen) is False
    assert offered_file == [False]
    assert printed == [] and not target.exists()
    assert [s.kind for s in shown] == ["confirm", "inform"]
    assert "Save as PDF" in shown[1].text


def test_prints_to_a_file_is_told_apart() -> None:
    from saferplan.gui.printing.output import _prints_to_a_file

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    assert _prints_to_a_file(printer)


# --- temp files in memory ---------------------------------------------------------------------

def _runtime_dir(tmp_path: Path, mode: int = 0o700) -> Path:
    runtime = tmp_path / "run-user"
    runtime.mkdir(parents=True)
    runtime.chmod(mode)
    return runtime


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners")
def test_tmpdir_moves_into_a_private_runtime_folder(tmp_path: Path) -> None:
    runtime = _runtime_dir(tmp_path)
    environ = {"XDG_RUNTIME_DIR": str(runtime), "TMPDIR": "/tmp"}
    folder = use_private_temp_folder(environ, platform="linux")
    assert folder == runtime / PRIVATE_TEMP_NAME
    assert environ["TMPDIR"] == str(folder)
    assert folder.is_dir() and (folder.stat().st_mode & 0o777) == 0o700
    assert use_private_temp_folder(environ, platform="linux") == folder   # again: fine


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners")
def test_tmpdir_is_left_alone_when_the_runtime_folder_is_not_private(tmp_path: Path) -> None:
    shared = _runtime_dir(tmp_path / "shared", 0o755)
    private = _runtime_dir(tmp_path / "private")
    link = tmp_path / "link"
    link.symlink_to(private)
    cases = [({"XDG_RUNTIME_DIR": str(shared)}, "linux"),
             ({"XDG_RUNTIME_DIR": str(link)}, "linux"),
             ({"XDG_RUNTIME_DIR": str(tmp_path / "missing")}, "linux"),
             ({}, "linux"),
             ({"XDG_RUNTIME_DIR": str(private)}, "win32")]
    for environ, platform in cases:
        assert use_private_temp_folder(environ, platform=platform) is None
        assert "TMPDIR" not in environ
    assert not (shared / PRIVATE_TEMP_NAME).exists()
    assert not (private / PRIVATE_TEMP_NAME).exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_harden_process_points_qt_and_python_temp_files_there(tmp_path: Path) -> None:
    runtime = _runtime_dir(tmp_path)
    probe = ("import tempfile; from saferplan.hardening import harden_process; "
             "tempfile.gettempdir(); harden_process(); "
             "from PySide6.QtCore import QDir; print(QDir.tempPath()); "
             "print(tempfile.gettempdir())")
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "TMPDIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                         text=True, check=True, timeout=60).stdout.split()
    assert out == [str(runtime / PRIVATE_TEMP_NAME)] * 2


# --- neutral window titles --------------------------------------------------------------------

def _png() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes
    return bytes(buffer.data().data())


def test_larger_view_has_a_neutral_title(qtbot: Any) -> None:
    import datetime

    from saferplan.gui.record.attachments import AttachmentView
    from saferplan.model import PlanDocument
    from saferplan.model import record as record_model

    doc = PlanDocument()
    picture = record_model.add_attachment(doc, f"{CANARY}.png", "image/png", _png(),
                                          datetime.date(2024, 5, 1))
    text = record_model.add_attachment(doc, f"{CANARY}.txt", "text/plain", b"words",
                                       datetime.date(2024, 5, 1))
    for attachment, title in ((picture, "Picture"), (text, "File")):
        view = AttachmentView(attachment)
        qtbot.addWidget(view)
        assert view.windowTitle() == title


# --- errors -----------------------------------------------------------------------------------

@pytest.fixture
def error_hooks(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Install the GUI's hooks for one test, then put back pytest's own."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    gui_main.install_error_hooks()
    previous = qInstallMessageHandler(gui_main.qt_message_handler)
    yield
    qInstallMessageHandler(previous)


def _raise_with_plan_text() -> None:
    secret = CANARY   # a local a traceback could show
    raise KeyError(f"{secret} in a message")


@pytest.mark.qt_no_exception_capture
def test_error_in_a_slot_prints_only_its_type(qtbot: Any, capfd: pytest.CaptureFixture[str],
                                              error_hooks: Any) -> None:
    with dialogs.preanswer() as shown:
        QTimer.singleShot(0, _raise_with_plan_text)
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=3000)
    err = capfd.readouterr().err
    assert "KeyError" in err
    assert CANARY not in err and "Traceback" not in err
    assert shown[0].kind == "warn" and "Your plan is safe" in shown[0].text


@pytest.mark.qt_no_exception_capture
def test_error_in_a_thread_prints_only_its_type(qtbot: Any, capfd: pytest.CaptureFixture[str],
                                                error_hooks: Any) -> None:
    with dialogs.preanswer() as shown:
        worker = threading.Thread(target=_raise_with_plan_text)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=3000)
    err = capfd.readouterr().err
    assert "KeyError" in err and CANARY not in err and "Traceback" not in err


def test_the_message_waits_for_the_event_loop_and_its_thread(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, error_hooks: Any) -> None:
    # Never inside the failing code, and never from another thread: the report is posted to
    # the GUI thread's event loop (gui/main.py _ErrorReporter).
    threads: list[threading.Thread] = []
    monkeypatch.setattr(dialogs, "warn", lambda *_args: threads.append(threading.current_thread()))
    gui_main.gui_excepthook(KeyError, KeyError("x"), None)
    assert threads == []          # the failing code goes on first
    qtbot.waitUntil(lambda: len(threads) == 1, timeout=3000)
    worker = threading.Thread(target=gui_main.gui_excepthook, args=(KeyError, KeyError("x"), None))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(threads) == 2, timeout=3000)
    assert threads == [threading.main_thread()] * 2


@pytest.mark.qt_no_exception_capture
def test_never_two_error_messages_at_once(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                          error_hooks: Any) -> None:
    shown: list[str] = []

    def warn_while_more_go_wrong(_parent: Any, title: str, _text: str) -> None:
        shown.append(title)
        if len(shown) == 1:       # more errors while the first message is open
            QTimer.singleShot(0, _raise_with_plan_text)
            QTimer.singleShot(0, _raise_with_plan_text)
            for _ in range(5):
                QApplication.processEvents()

    monkeypatch.setattr(dialogs, "warn", warn_while_more_go_wrong)
    QTimer.singleShot(0, _raise_with_plan_text)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=3000)
    qtbot.wait(50)
    assert len(shown) == 1


def test_qt_messages_are_dropped(capfd: pytest.CaptureFixture[str], error_hooks: Any) -> None:
    qWarning(f"QLabel quoting {CANARY}")
    flush_deletes()
    assert CANARY not in capfd.readouterr().err
