"""Domain work that may take a while (undo of a large action, a restore, a backup) run off the UI
thread, one task at a time, each on a database connection of its own; its result or error comes
back to the UI thread."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from citrus_desktop.domain.background import TASK_CACHE_KIB, Job, run_job

_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """The one thread that runs tasks: writes queue up instead of waiting for SQLite's lock."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(2_000)
    return _pool


class _Relay(QObject):
    done = Signal(int, object)


def run_in_background(work: Callable[[], Any], finished: Callable[[Any], None], owner: QObject) -> None:
    """Run ``work()`` in the task thread; then ``finished(result)`` (or ``finished(error)``, an
    exception instance) on the UI thread — unless ``owner`` was destroyed meanwhile."""
    relay = _Relay(owner)

    def deliver(_generation: int, result: object) -> None:
        finished(result)
        relay.deleteLater()

    relay.done.connect(deliver)
    job = Job(0, work, relay.done.emit)
    pool().start(lambda: run_job(job, TASK_CACHE_KIB))


def wait_for_tasks(timeout_ms: int = 60_000) -> bool:
    """Block until queued tasks are done (closing the window, tests); False on timeout."""
    return _pool.waitForDone(timeout_ms) if _pool is not None else True
