"""The print screen: choose what and how, see the pages, then save a PDF or print."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from saferplan.export import ExportError, render_card_preview, render_plan_preview
from saferplan.forms import Form
from saferplan.gui import dialogs, theme
from saferplan.gui.printing.card_risk import accept_card_risk
from saferplan.gui.printing.label_language import in_labels
from saferplan.gui.printing.options_panel import OptionsPanel
from saferplan.gui.printing.output import print_output, save_pdf
from saferplan.gui.printing.preview import PagePreview
from saferplan.gui.session import Session
from saferplan.gui.widgets import (
    PAGE_MARGINS,
    Screen,
    button,
    heading,
    message_label,
    page_header,
    set_button_text,
    set_label_text,
    wrapped_label,
)
from saferplan.gui.workers import StoppedWaiting, wait_in_background

_log = logging.getLogger(__name__)

# Wait this long after the last change before drawing the preview again (typing, clicking).
PREVIEW_DELAY_MS = 300
# Preview resolutions: the plan's pages are read as a whole, the card's small print up close.
PLAN_PREVIEW_DPI = 60
CARD_PREVIEW_DPI = 100


class PrintScreen(Screen):
    """Print or save the whole plan or the wallet card, with a live preview."""

    close_requested = Signal()

    def __init__(self, session: Session, forms: Mapping[str, Form] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if forms is None:
            from saferplan.forms import load_all_forms

            forms = load_all_forms()
        self.session = session
        self.forms = forms
        # Why the output cannot be made right now ("" when it can); shown inline.
        self.problem = ""
        # How long the last preview took, in seconds.
        self.last_render_seconds = 0.0
        # The first preview is still to come: it is drawn once the screen shows, in a worker
        # thread, so the screen opens at once whatever the plan's size (1,000 people: 1 s).
        self.preparing = True
        self._rendering = False  # a preview is being drawn in a worker thread
        self.print_warning_given = False
        self.card_risk_accepted = False  # see printing.card_risk
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        session.document_changed.connect(self._document_changed)
        self.retranslate_ui()
        QTimer.singleShot(0, self, self.refresh_preview)  # after the screen is on show

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        self._title = heading()
        self.back_button = button()
        self.back_button.clicked.connect(self.close_requested)
        layout.addLayout(page_header(self._title, self.back_button))
        self.panel = OptionsPanel(self.session.doc)
        self.panel.changed.connect(self.schedule_preview)
        self.panel.password_changed.connect(self._update_actions)
        # "Saved as …" was about the last choices: once they change, it would mislead.
        self.panel.changed.connect(self._forget_status)
        self.panel.password_changed.connect(self._forget_status)
        self.preview = PagePreview()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._left_column())
        splitter.addWidget(self._right_column())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 580])  # proportions: the preview gets the larger share
        layout.addWidget(splitter, 1)
        layout.addWidget(self._actions())

    def _left_column(self) -> QWidget:
        return _OptionsArea(self.panel)

    def _actions(self) -> QWidget:
        """Save and print side by side under everything, always in sight, each with its note."""
        bar = QFrame()
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(bar)
        row = QHBoxLayout()
        self.file_note = wrapped_label()
        self.save_button = button()
        self.save_button.clicked.connect(self.save_pdf)
        self.print_note = wrapped_label()
        self.print_button = button()
        self.print_button.clicked.connect(self.print_output)
        for note, push in ((self.file_note, self.save_button),
                           (self.print_note, self.print_button)):
            column = QVBoxLayout()
            column.addWidget(note)
            column.addWidget(push, 0, Qt.AlignmentFlag.AlignLeft)
            column.addStretch(1)
            row.addLayout(column, 1)
        self.status = message_label()
        theme.set_role(self.status, "success")     # only ever says what was done
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        layout.addLayout(row)
        layout.addWidget(self.status)
        return bar

    def _right_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(12, 0, 0, 0)
        self._preview_title = wrapped_label()
        self.problem_label = message_label()
        self.problem_label.setStyleSheet("QLabel { background: palette(alternate-base); "
                                         "padding: 10px; }")
        layout.addWidget(self._preview_title)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.preview, 1)
        layout.addStretch(0)
        return column

    # --- the preview -----------------------------------------------------------------------

    def schedule_preview(self) -> None:
        """Draw the preview again once the person has stopped changing things for a moment."""
        self._timer.start()

    def refresh_preview(self) -> None:
        """Draw the preview now; when the output cannot be made, say why instead.

        Once the screen is shown (the first preview waits for that), the pages are drawn in a
        worker thread while the window stays live (the quick exit acts at once); a change
        meanwhile draws them again afterwards.
        """
        self._timer.stop()
        if self._rendering:
            self._timer.start()  # after the drawing under way
            return
        started = time.perf_counter()
        self._rendering = True
        images: list[QImage] | None = None
        problem = ""
        try:
            images = self._render_images()
        except StoppedWaiting:
            return
        except ExportError as exc:  # the message is a calm sentence with no plan data
            problem = str(exc)
        except Exception as exc:  # a programming error must still not show a traceback here
            # The kind of error only: its message could hold plan text.
            _log.warning("print preview failed: %s", type(exc).__name__)
            problem = self.tr("The preview could not be made. Please try other "
                              "choices, or try again later.")
        if dialogs.is_gone(self):  # locked, quick exit or left while drawing: touch nothing
            return
        self._rendering = False
        self.preparing = False
        if images is None:
            self._show_problem(problem)
        else:
            self.problem = ""
            self.preview.show()
            self.preview.show_pages(images, self.tr("Preview, page %1 of %2"))
        self.last_render_seconds = time.perf_counter() - started
        self._update_problem()
        self._update_actions()

    def _render_images(self) -> list[QImage]:
        options = self.panel.options()
        doc, forms = self.session.doc, self.forms
        if self.panel.is_card():
            content = self.panel.card_content()

            def render() -> list[QImage]:
                return render_card_preview(doc, options, content, dpi=CARD_PREVIEW_DPI)
        else:
            def render() -> list[QImage]:
                return render_plan_preview(doc, forms, options, dpi=PLAN_PREVIEW_DPI)
        labelled = in_labels(options.language, render)
        if not self.isVisible():  # a preview asked for before the screen shows: drawn now
            return labelled()
        return wait_in_background(labelled)

    def _show_problem(self, message: str) -> None:
        self.problem = message
        self.preview.clear()
        self.preview.hide()  # an empty grey box would only look broken

    def _update_problem(self) -> None:
        set_label_text(self.problem_label, self.problem)
        self.problem_label.setVisible(bool(self.problem))
        pages = self.preview.page_count()
        if self.problem:
            title = self.tr("Preview")
        elif self.preparing:
            title = self.tr("Preparing the preview…")
        elif self.panel.is_card():
            title = self.tr("Preview: one sheet of cards. Cut along the lines, fold in the middle.")
        elif pages == 1:
            title = self.tr("Preview: 1 page")
        else:
            title = self.tr("Preview: %n pages", "", pages)
        set_label_text(self._preview_title, title)

    def _update_actions(self) -> None:
        password_problem = self.panel.password_problem()
        self.save_button.setEnabled(not self.problem and not password_problem)
        self.print_button.setEnabled(not self.problem)
        if password_problem:
            note = password_problem
        elif self.panel.password.text():
            note = self.tr("The PDF will ask for this password when it is opened.")
        else:
            note = self.tr("A PDF file is not locked by SaferPlan. Anyone who opens this "
                           "computer or the stick can read it, unless you add a password.")
        set_label_text(self.file_note, note)

    def _document_changed(self) -> None:
        self.panel.reload_people()
        self._forget_status()
        self.schedule_preview()

    def _forget_status(self) -> None:
        self._say("")

    # --- saving and printing ---------------------------------------------------------------

    def save_pdf(self) -> None:
        """Ask where, then write the PDF there (see printing.output)."""
        if self.panel.is_card() and not accept_card_risk(self):
            return
        saved = save_pdf(self)
        if saved is not None:
            self._say(self.tr("Saved as %1").replace("%1", str(saved)))

    def print_output(self) -> None:
        """Print on a printer chosen in the system's print dialog."""
        if self.panel.is_card() and not accept_card_risk(self):
            return
        if print_output(self):
            self._say(self.tr("Sent to the printer."))

    def _say(self, message: str) -> None:
        set_label_text(self.status, message)
        self.status.setVisible(bool(message))

    def retranslate_ui(self) -> None:
        """Set the words."""
        set_label_text(self._title, self.tr("Print or save a copy"))
        set_button_text(self.back_button, self.tr("Back to ho&me"))
        set_button_text(self.save_button, self.tr("&Save as PDF…"))
        set_button_text(self.print_button, self.tr("&Print…"))
        set_label_text(self.print_note, self.tr(
            "Printing: the computer may keep a copy in its print queue for a while."))
        self.preview.setAccessibleName(self.tr("Preview"))
        self._update_problem()
        self._update_actions()


class _OptionsArea(QScrollArea):
    """Scrolls the choices up and down, never sideways: it is always as wide as they need.

    Check boxes and radio buttons cannot wrap their words, so with long translations or large
    text the column widens (the splitter gives the preview less room) rather than clip them.
    """

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        """As wide as the choices' own minimum, plus room for the scroll bar."""
        content = self.widget()
        extra = self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        width = max(260, content.minimumSizeHint().width() + extra) if content else 260
        return QSize(width, 120)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """When the choices' layout changes (language, text size), tell the splitter."""
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


# The name the shell's part table looks for.
