"""Printing the recovery code: a neutral job name, and never into a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from saferplan.export.targets import NEUTRAL_JOB_NAME
from saferplan.gui import dialogs, recovery_code

CODE = "K7QF-2M9X-ABCD-EFGH-JKLM-NPQR"


def _print(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
           choose: Any) -> tuple[bool, list[tuple[str, str]], list[dialogs.Shown]]:
    parent = QWidget()
    qtbot.addWidget(parent)
    painted: list[tuple[str, str]] = []

    def chosen(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintDialog)
        choose(dialog.printer())
        return int(QDialog.DialogCode.Accepted)

    def paint(printer: QPrinter, code: str) -> None:
        painted.append((printer.docName(), printer.creator()))

    monkeypatch.setattr(dialogs, "run", chosen)
    monkeypatch.setattr(recovery_code, "paint_code_page", paint)
    with dialogs.preanswer([True]) as shown:  # "Print" after the print-queue warning
        sent = recovery_code.print_code(parent, CODE)
    return sent, painted, shown


def test_the_code_prints_under_a_neutral_job_name(qtbot: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def a_printer(printer: QPrinter) -> None:
        printer.setDocName("SaferPlan recovery code")
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        printer.setOutputFileName("")

    monkeypatch.setattr(recovery_code, "prints_to_a_file", lambda printer: False,
                        raising=False)
    sent, painted, _ = _print(qtbot, monkeypatch, a_printer)
    assert sent and painted == [(NEUTRAL_JOB_NAME, "")]


def test_the_code_is_never_printed_into_a_file(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    target = tmp_path / "code.pdf"
    sent, painted, shown = _print(qtbot, monkeypatch,
                                  lambda printer: printer.setOutputFileName(str(target)))
    assert not sent and not painted and not target.exists()
    assert [s.kind for s in shown] == ["confirm", "inform"] and "never into a file" in shown[1].text
