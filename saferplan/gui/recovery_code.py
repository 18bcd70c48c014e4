"""The recovery code, shown once: grouped in numbered boxes to copy onto paper, or printed.

The code is never copied to the clipboard, saved or printed to a file: printing goes to a
printer only (the dialog offers no "print to file", and a file printer is refused).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPaintDevice, QPainter
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from saferplan.export.targets import name_job_neutrally, prints_to_a_file
from saferplan.gui import dialogs, theme
from saferplan.gui.widgets import (
    ResponsiveGrid,
    Screen,
    button,
    centred,
    heading,
    scrolling,
    set_button_text,
    set_label_text,
    wrapped_label,
)

# lupdate reads translate("Context", "text") calls with literal strings.
translate = QCoreApplication.translate


def code_groups(code: str) -> list[str]:
    """Return the groups of a recovery code such as ``K7QF-2M9X-...``."""
    return [group for group in code.replace(" ", "-").split("-") if group]


def code_font(scale: float = 2.0) -> QFont:
    """A fixed-width bold font where every character is easy to tell apart."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setFamilies(["DejaVu Sans Mono", "Noto Sans Mono", *font.families()])
    font.setPointSizeF(theme.BODY_PT * scale)
    font.setBold(True)
    return font



def paint_code_page(device: QPaintDevice, code: str) -> None:
    """Draw the page to keep: a title, the numbered groups, and what the code is for."""
    painter = QPainter(device)
    try:
        width = device.width()
        margin = width * 0.08
        y = margin
        title = QFont(theme.body_font("en"))
        title.setPointSizeF(18)
        title.setBold(True)
        painter.setFont(title)
        line = painter.fontMetrics().lineSpacing()
        painter.drawText(QRectF(margin, y, width - 2 * margin, line * 2),
                         int(Qt.TextFlag.TextWordWrap), translate("RecoveryCode", "Recovery code"))
        y += line * 2
        painter.setFont(code_font(1.6))
        row = painter.fontMetrics().lineSpacing() * 1.6
        for index, group in enumerate(code_groups(code), start=1):
            painter.drawText(QRectF(margin, y, width - 2 * margin, row),
                             int(Qt.AlignmentFlag.AlignVCenter), f"{index}.  {group}")
            y += row
        body = QFont(theme.body_font("en"))
        body.setPointSizeF(11)
        painter.setFont(body)
        painter.drawText(QRectF(margin, y + row / 2, width - 2 * margin, device.height() - y),
                         int(Qt.TextFlag.TextWordWrap), translate(
                             "RecoveryCode",
                             "This code opens the plan if the passphrase is forgotten. Anyone "
                             "who has it can open the plan. Keep it somewhere safe, away from "
                             "the computer."))
    finally:
        painter.end()


def print_code(parent: QWidget, code: str) -> bool:
    """Print the code page on a printer the person chooses; True when it was sent."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

    title = translate("RecoveryCode", "Before you print")
    text = translate(
        "RecoveryCode",
        "Printers and print queues may keep a copy of what you print on this computer for "
        "a while. Print the code now?")
    if not dialogs.confirm(parent, title, text, translate("RecoveryCode", "Print"),
                           translate("RecoveryCode", "Not now")):
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name_job_neutrally(printer)  # the queue must not say "SaferPlan" or "recovery code"
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    if dialogs.run(dialog) != QDialog.DialogCode.Accepted or dialogs.is_gone(parent):
        return False
    name_job_neutrally(printer)  # whatever the dialog did
    if prints_to_a_file(printer):
        dialogs.inform(parent, translate("RecoveryCode", "Not printed"), translate(
            "RecoveryCode",
            "The code is printed only on a printer, never into a file. Please write it down "
            "instead."))
        return False
    paint_code_page(printer, code)
    return True


class RecoveryCodeScreen(Screen):
    """Shows the recovery code once, in numbered groups, with what to do with it."""

    close_requested = Signal()

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code_text = code
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(theme.SPACE_XL, theme.SPACE_XL, theme.SPACE_XL, theme.SPACE_XL)
        layout.setSpacing(theme.SPACE_M)
        self._title = heading(scale=2.0)
        self._text = wrapped_label()
        self._boxes = ResponsiveGrid(3)
        self._boxes.setAccessibleName(code)
        for index, group in enumerate(code_groups(code), start=1):
            self._boxes.add(self._group_box(index, group))
        self._note = theme.StateBanner("info")
        self._print = button()
        self._print.setIcon(theme.icon("print"))
        self._print.clicked.connect(lambda: print_code(self, self._code_text))
        self._done = button()
        theme.set_role(self._done, "primary")
        self._done.setDefault(True)
        self._done.clicked.connect(self.close_requested)
        for widget in (self._title, self._text, self._boxes, self._note):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self._done)
        row.addWidget(self._print)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(centred(content)))
        self.retranslate_ui()

    @staticmethod
    def _group_box(index: int, group: str) -> QFrame:
        box = QFrame()
        theme.set_role(box, "card")
        row = QHBoxLayout(box)
        row.setContentsMargins(theme.SPACE_M, theme.SPACE_S, theme.SPACE_M, theme.SPACE_S)
        number = QLabel(str(index))
        theme.set_role(number, "muted")
        text = QLabel(group)
        text.setFont(code_font())
        text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        row.addWidget(number, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text, 1, Qt.AlignmentFlag.AlignHCenter)
        return box

    def code_text(self) -> str:
        """Return the code as shown, groups in order (for tests and screen readers)."""
        return " ".join(code_groups(self._code_text))

    def retranslate_ui(self) -> None:
        """Set the words."""
        set_label_text(self._title, self.tr("Your recovery code"))
        set_label_text(self._text, self.tr(
            "Write the six groups on paper, in order, and keep it somewhere safe, apart from "
            "your computer. It is shown only this once. With it, you or anyone who has it can "
            "open your plan."))
        self._note.show_state("info", self.tr(
            "The code has no 0, O, 1 or I, so nothing can be mistaken for something else."))
        set_button_text(self._done, self.tr("I have written it down"))
        set_button_text(self._print, self.tr("Print it"))
