"""Long work (an export, an import, a copy) on a worker thread with its own database connection,
reporting progress to the window and stoppable from it."""

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from citrus_desktop.domain.background import thread_connection

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], object]
"""``work(progress, cancelled)``: reports (done, total), asks whether to stop; returns a result."""


class Task(QObject):
    """Runs ``work`` once on its own thread. ``finished(result)`` carries what it returned or the
    exception it raised; ``progressed(done, total)`` arrives as it goes (on the window's thread)."""

    progressed = Signal(int, int)
    finished = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._stop: Callable[[], None] | None = None
        self.running = False
        # The pool is created before the relay, so it is destroyed (waiting for its thread) first.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self.progressed)
        self._relay.finished.connect(self.finished)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def start(self) -> None:
        self.running = True
        self.finished.connect(self._ended)
        self._pool.start(_Runner(self))

    def cancel(self) -> None:
        """Ask the work to stop, interrupting the query it may be waiting on."""
        self._cancelled.set()
        with self._lock:
            if self._stop is not None:
                self._stop()

    def wait(self, milliseconds: int = -1) -> bool:
        return self._pool.waitForDone(milliseconds)

    def _ended(self, _result: object) -> None:
        self.running = False

    def _run(self) -> None:
        result: object
        try:
            with thread_connection() as stop:
                with self._lock:
                    self._stop = stop
                try:
                    result = self._work(self._relay.progressed.emit, self._cancelled.is_set)
                finally:
                    with self._lock:
                        self._stop = None
        except Exception as error:
            result = error
        self._relay.finished.emit(result)


class _Relay(QObject):
    """Carries the worker's signals to the window's thread (queued)."""

    progressed = Signal(int, int)
    finished = Signal(object)


class _Runner(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._run()
