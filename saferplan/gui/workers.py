"""Run slow work (the passphrase key derivation, a large export) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")


class Task(QObject):
    """The GUI-thread end of one background job: emits ``succeeded(result)`` or ``failed(exc)``."""

    succeeded = Signal(object)
    failed = Signal(object)


# Tasks stay referenced here until they report back, so a screen that is destroyed meanwhile
# (quick exit) cannot take the signal object down while the worker still needs it.
_running: set[Task] = set()


class _Job(QRunnable):
    def __init__(self, func: Callable[[], Any], task: Task) -> None:
        super().__init__()
        self._func = func
        self._task = task

    def run(self) -> None:
        try:
            result = self._func()
        except Exception as exc:  # handed to the GUI thread, which shows a calm message
            self._task.failed.emit(exc)
        else:
            self._task.succeeded.emit(result)


def _forget(task: Task) -> None:
    _running.discard(task)


def run_in_background(func: Callable[[], Any],
                      on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None],
                      pool: QThreadPool | None = None) -> Task:
    """Run ``func`` in the thread pool; call one of the callbacks in the GUI thread afterwards.

    The callbacks are plain callables (not widget slots) so they always run, even when the screen
    that started the job is gone; they must then clean up (e.g. close a plan file just opened).
    ``pool`` is the application's shared pool unless another is given (pictures have their own,
    so they never hold up a save).
    """
    task = Task()
    _running.add(task)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    task.succeeded.connect(lambda _result: _forget(task))
    task.failed.connect(lambda _exc: _forget(task))
    (pool or QThreadPool.globalInstance()).start(_Job(func, task))
    return task



class StoppedWaiting(Exception):
    """The wait for background work ended before the work did (the app is quitting)."""


def wait_in_background(func: Callable[[], T]) -> T:
    """Run ``func`` in the thread pool and return its result (or raise its exception).

    While it runs, the GUI thread keeps handling events in a local event loop, as a dialog
    does: the window repaints and the quick exit acts at once. Callers must therefore check
    afterwards that their screen is still there. Raises StoppedWaiting when the application
    ends the loop first (the work then finishes on its own, and its result is dropped).
    """
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finished(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    run_in_background(func, lambda result: finished("result", result),
                      lambda exc: finished("error", exc))
    loop.exec()  # the results arrive as queued signals: never before this loop runs
    if "error" in outcome:
        raise outcome["error"]
    if "result" not in outcome:
        raise StoppedWaiting
    return outcome["result"]  # type: ignore[no-any-return]
