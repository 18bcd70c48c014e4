"""Tell screen-reader users what just happened, and give headings the Heading role.

``announce`` sends a ``QAccessibleAnnouncementEvent`` (Qt 6.8 and later): on Linux it reaches
the AT-SPI bus as an "announcement", on Windows UI Automation as a notification, on macOS as
an announcement request. It never moves focus and shows nothing on screen.

``HeadingLabel`` is a wrapped label that assistive technology reports with the Heading role,
through an accessibility factory installed when the first heading is made.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from saferplan.gui.bidi_text import WrappedLabel
from saferplan.lazy_qt import PLAIN_TEXT, set_enum_property

_installed = False


def announce(source: QObject, message: str, *, urgent: bool = False) -> None:
    """Have screen readers say ``message`` (politely, or at once when ``urgent``).

    ``source`` is the widget the message is about (its window is where it is spoken).
    """
    if not message:
        return
    event = QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


class HeadingLabel(WrappedLabel):
    """A word-wrapping plain-text label that screen readers announce as a heading.

    As every wrapped label, it never cuts the end of a right-to-left line (see bidi_text).
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        _install_factory()
        self.setWordWrap(True)
        set_enum_property(self, "textFormat", PLAIN_TEXT)
        self.setText(text)

    def setText(self, text: str) -> None:
        """Show ``text`` and keep the accessible name equal to it."""
        super().setText(text)
        self.setAccessibleName(text)


def _heading_factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, HeadingLabel):
        return QAccessibleWidget(obj, QAccessible.Role.Heading)
    return None


def _install_factory() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_heading_factory)
        _installed = True
