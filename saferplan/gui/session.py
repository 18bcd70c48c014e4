"""The open plan of a window: the document in memory and its debounced autosave."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from saferplan.gui.storage_errors import storage_error_text
from saferplan.gui.workers import run_in_background
from saferplan.model import PlanDocument
from saferplan.model.record_search import RecordSearch
from saferplan.storage.errors import StorageError

if TYPE_CHECKING:
    from saferplan.storage import PlanFile

# Writes the document somewhere safe; raises an exception with a user-safe message on failure.
Saver = Callable[[PlanDocument], None]
# The quick half of a save, on the GUI thread: returns (write, finish). ``write`` runs in a
# worker thread (encrypting, copying the kept files, fsync); ``finish`` back on the GUI thread.
Preparer = Callable[[PlanDocument], tuple[Callable[[], Any], Callable[[], None]]]


def plan_file_savers(plan_file: PlanFile) -> tuple[Saver, Preparer]:
    """A session's savers for an open plan file: at once (lock, quit), and in the background
    (autosave), so a large plan never holds up the window while it is written."""

    def save_now(doc: PlanDocument) -> None:
        plan_file.save(doc, release_files=True)

    def prepare(doc: PlanDocument) -> tuple[Callable[[], Any], Callable[[], None]]:
        prepared = plan_file.prepare_save(doc)
        return (lambda: plan_file.write_prepared(prepared),
                lambda: plan_file.release_files(prepared))

    return save_now, prepare

AUTOSAVE_DELAY_MS = 400


class Session(QObject):
    """Holds the decrypted plan while it is unlocked; screens edit ``doc`` then call ``changed``.

    A guest or demo session has no saver: everything stays in memory. ``record_search`` is
    the record's search, kept for as long as the plan is open (the record screen may be opened
    again and again); give one that has had its first look (RecordSearch.look) when the record
    may be large.
    """

    saved = Signal()
    save_failed = Signal(str)
    document_changed = Signal()

    def __init__(self, doc: PlanDocument, saver: Saver | None = None,
                 *, guest: bool = False, demo: bool = False,
                 preparer: Preparer | None = None, parent: QObject | None = None,
                 record_search: RecordSearch | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.record_search = record_search if record_search is not None else RecordSearch()
        self.saver = saver
        self.preparer = preparer  # autosaves write in a worker thread when given
        self.guest = guest
        self.demo = demo
        self.dirty = False  # changes not yet known to be saved
        self._edits = 0  # counts changes, so a background write knows if it saved the last
        self._writing = False  # a background write has not reported back yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self._autosave)

    def changed(self) -> None:
        """Note an edit: schedule an autosave (if this session saves) and tell the screens."""
        self.dirty = True
        self._edits += 1
        self.document_changed.emit()
        if self.saver is not None:
            self._timer.start()

    def save_now(self) -> bool:
        """Save at once if anything changed; on failure keep the plan in memory and say so.

        A background write still under way leaves the plan dirty (its result is not known
        yet), so the plan is written here too; the older write then writes nothing.
        """
        self._timer.stop()
        if self.saver is None or not self.dirty:
            return True
        try:
            self.saver(self.doc)
        except Exception as exc:  # the saver's message is user-safe by contract
            self._say_failed(exc)
            return False
        self.dirty = False
        self.saved.emit()
        return True

    def _autosave(self) -> None:
        """The autosave: in a worker thread when a preparer is given, one write at a time."""
        if self.preparer is None:
            self.save_now()
            return
        if not self.dirty or self._writing:  # one write at a time: the next starts after it
            return
        try:
            write, finish = self.preparer(self.doc)
        except Exception as exc:
            self._say_failed(exc)
            return
        self._writing = True
        edits = self._edits
        run_in_background(write, lambda _result: self._written(finish, edits),
                          self._write_failed)

    def _written(self, finish: Callable[[], None], edits: int) -> None:
        if not shiboken6.isValid(self):
            return  # the window locked meanwhile: it saved and closed the plan itself
        self._writing = False
        finish()
        if not self.dirty:
            return  # save_now wrote everything meanwhile (and said so)
        if edits == self._edits:
            self.dirty = False
            self.saved.emit()
        else:
            self._timer.start()  # changed while it was written: once more

    def _write_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._writing = False  # still dirty: the next edit, the lock or quitting tries again
        self._say_failed(exc)

    def _say_failed(self, exc: BaseException) -> None:
        self.save_failed.emit(storage_error_text(exc) if isinstance(exc, StorageError)
                              else str(exc))
