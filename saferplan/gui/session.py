"""The open plan of a window: the document in memory and its debounced autosave."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from saferplan.gui.storage_errors import storage_error_text
from saferplan.model import PlanDocument
from saferplan.storage.errors import StorageError

# Writes the document somewhere safe; raises an exception with a user-safe message on failure.
Saver = Callable[[PlanDocument], None]

AUTOSAVE_DELAY_MS = 400


class Session(QObject):
    """Holds the decrypted plan while it is unlocked; screens edit ``doc`` then call ``changed``.

    A guest or demo session has no saver: everything stays in memory.
    """

    saved = Signal()
    save_failed = Signal(str)
    document_changed = Signal()

    def __init__(self, doc: PlanDocument, saver: Saver | None = None,
                 *, guest: bool = False, demo: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.saver = saver
        self.guest = guest
        self.demo = demo
        self.dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    def changed(self) -> None:
        """Note an edit: schedule an autosave (if this session saves) and tell the screens."""
        self.dirty = True
        self.document_changed.emit()
        if self.saver is not None:
            self._timer.start()

    def save_now(self) -> bool:
        """Save at once if anything changed; on failure keep the plan in memory and say so."""
        self._timer.stop()
        if self.saver is None or not self.dirty:
            return True
        try:
            self.saver(self.doc)
        except Exception as exc:  # the saver's message is user-safe by contract
            self.save_failed.emit(storage_error_text(exc) if isinstance(exc, StorageError)
                                  else str(exc))
            return False
        self.dirty = False
        self.saved.emit()
        return True
