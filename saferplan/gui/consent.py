""""Before you start": what SaferPlan keeps, where, and what it cannot protect against."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from saferplan.gui import theme
from saferplan.gui.widgets import (
    Screen,
    button,
    centred,
    heading,
    page_header,
    scrolling,
    set_button_text,
    set_label_text,
    wrapped_label,
)


class ConsentScreen(Screen):
    """A plain, scrollable page shown before the first plan and reachable any time.

    With ``with_continue`` it also has a Continue button (shown before creating a plan).
    """

    continue_requested = Signal()
    close_requested = Signal()

    def __init__(self, with_continue: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 8, 24, 24)
        layout.setSpacing(10)
        self._title = heading()
        self._parts: list[tuple[QLabel, QLabel]] = []
        for _ in range(len(self._sections())):
            part_title = heading(scale=1.15)
            part_text = wrapped_label()
            layout.addWidget(part_title)
            layout.addWidget(part_text)
            self._parts.append((part_title, part_text))
        layout.addStretch(1)
        self._back = button()
        self._continue = button()
        self._continue.setDefault(True)
        theme.set_role(self._continue, "primary")
        self._back.setIcon(theme.icon("back"))
        self._continue.setVisible(with_continue)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._continue)
        self._back.clicked.connect(self.close_requested)
        self._continue.clicked.connect(self.continue_requested)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        # The title and Back across the top, as on every other page.
        header = page_header(self._title, self._back)
        header.setContentsMargins(24, 16, 24, 0)
        outer.addLayout(header)
        outer.addWidget(scrolling(centred(content)), 1)
        if with_continue:
            buttons = QWidget()
            buttons.setLayout(row)
            row.setContentsMargins(24, 0, 24, 0)
            outer.addWidget(centred(buttons))
        self.retranslate_ui()

    def _sections(self) -> list[tuple[str, str]]:
        return [
            (self.tr("What SaferPlan keeps"),
             self.tr("Only what you type: your plans, the people and documents you add, and the "
                     "numbers you want to learn. Write as little as you need. First names and "
                     "your own words are fine.")),
            (self.tr("Where it is kept"),
             self.tr("In one file on this computer, locked with a passphrase you choose. Without "
                     "the passphrase, or a recovery code if you make one, nobody can read it. "
                     "Not us either: if you forget both, the plan cannot be opened again.")),
            (self.tr("Nothing is sent anywhere"),
             self.tr("SaferPlan never uses the internet. Nothing you write leaves this computer "
                     "unless you print it or save a copy yourself.")),
            (self.tr("You decide"),
             self.tr("Every question can be skipped, left for later, or marked as not for you. "
                     "You can see everything you wrote, take a copy, and delete everything at "
                     "any time.")),
            (self.tr("Quick exit"),
             self.tr("The Hide button at the top is always there. Pressing Esc twice, or Shift "
                     "three times, does the same. SaferPlan hides your plan at once, saves it, "
                     "locks it and minimises or closes. To open it again you need your "
                     "passphrase. After a few minutes without use it locks by itself.")),
            (self.tr("What SaferPlan cannot protect against"),
             self.tr("It cannot keep you safe while the plan is open and someone is watching. "
                     "It cannot stop spyware, a keylogger, or someone who controls this "
                     "computer. It cannot hide that SaferPlan or a plan file is here: the "
                     "file's size and date can be seen. It cannot help if someone forces you "
                     "to tell them your passphrase. Deleted files may still be recoverable on "
                     "some drives and USB sticks. Printouts and saved copies are not protected "
                     "once they leave SaferPlan: keep them somewhere safe.")),
        ]

    def retranslate_ui(self) -> None:
        """Set the words."""
        set_label_text(self._title, self.tr("Before you start"))
        for (title_label, text_label), (title, text) in zip(self._parts, self._sections(),
                                                             strict=True):
            set_label_text(title_label, title)
            set_label_text(text_label, text)
        set_button_text(self._back, self.tr("&Back"))
        set_button_text(self._continue, self.tr("&Continue"))
