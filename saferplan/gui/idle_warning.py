"""The "Still there?" line shown before the idle lock (WCAG 2.2.1 Timing adjustable).

A person reading a long question with a screen reader makes no input, so the idle lock must
warn first, be announced, and be answered with one key. Any input at all also keeps working.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget
from shiboken6 import isValid

from saferplan.gui import theme
from saferplan.gui.announce import announce
from saferplan.gui.quick_exit import WARNING_MS, IdleWatcher
from saferplan.lazy_qt import PLAIN_TEXT, Qt, set_enum_property


class IdleWarning(QFrame):
    """A calm line with "Keep working", shown while ``idle`` warns; hidden otherwise."""

    def __init__(self, idle: IdleWatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._idle = idle
        self._before: QWidget | None = None
        theme.set_role(self, "info-box")
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.SPACE_L, theme.SPACE_S, theme.SPACE_L, theme.SPACE_S)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        set_enum_property(self.label, "textFormat", PLAIN_TEXT)
        self.keep = QPushButton(self)
        self.keep.setAutoDefault(True)
        theme.set_role(self.keep, "primary")
        self.keep.clicked.connect(idle.start)
        row.addWidget(self.label, 1)
        row.addWidget(self.keep)
        self.hide()
        idle.warning_over.connect(self.end)

    def warn(self, locks: bool) -> None:
        """Say the plan will lock (or, for a guest, be hidden) soon; focus "Keep working"."""
        seconds = WARNING_MS // 1000
        text = (self.tr("Still there? Your plan will lock in {seconds} seconds to keep it safe.")
                if locks else
                self.tr("Still there? Your plan will be hidden in {seconds} seconds to keep it "
                        "safe.")).format(seconds=seconds)
        self.label.setText(text)
        self.keep.setText(self.tr("&Keep working"))
        self.keep.setAccessibleName(self.keep.text().replace("&", ""))
        self._before = QApplication.focusWidget()
        self.show()
        self.keep.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self, text, urgent=True)

    def end(self) -> None:
        """Hide the line and give focus back to where it was."""
        if self.isHidden():
            return
        had_focus = self.keep.hasFocus()
        self.hide()
        before, self._before = self._before, None
        if had_focus and before is not None and isValid(before) and before.isVisible():
            before.setFocus(Qt.FocusReason.OtherFocusReason)
