"""Background work of the lists: domain queries run on a worker thread with its own connection."""

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator

from citrus_desktop.errors import KnownProblem
from citrus_desktop.store.threads import TASK_CACHE_KIB, close_thread_connection, connection_interrupter

__all__ = ["TASK_CACHE_KIB", "Job", "run_job", "thread_connection"]

log = logging.getLogger(__name__)


class Job:
    """One piece of background work; ``interrupt()`` (from any thread) stops it and drops its result."""

    def __init__(self, generation: int, work: Callable[[], object], deliver: Callable[[int, object], None]):
        self.generation = generation
        self.work = work
        self.deliver = deliver
        self.cancelled = False
        self.finished = False
        self._stop: Callable[[], None] | None = None
        self._lock = threading.Lock()

    def interrupt(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._stop is not None:
                self._stop()


@contextlib.contextmanager
def thread_connection(cache_kib: int | None = None) -> Iterator[Callable[[], None]]:
    """This worker thread's own connection for the block; yields a function any thread may call
    to stop its query. Closed afterwards (a connection that broke only logs: the work says why)."""
    try:
        yield connection_interrupter() if cache_kib is None else connection_interrupter(cache_kib)
    finally:
        try:
            close_thread_connection()
        except Exception:
            log.exception("closing a worker connection failed")


def run_job(job: Job, cache_kib: int | None = None) -> None:
    """Run ``job`` on the calling (worker) thread and hand its result, or its error, to ``deliver``.
    ``cache_kib``: the connection's page cache, for work that writes much (default: a list's)."""
    if job.cancelled:
        return
    result: object
    try:
        with thread_connection(cache_kib) as stop:
            with job._lock:
                job._stop = stop
            try:
                result = None if job.cancelled else job.work()
            finally:
                with job._lock:
                    job._stop = None
    except KnownProblem as error:
        if not job.cancelled:
            log.info("background work refused: %s", error)  # told in the window
        result = error
    except Exception as error:
        if not job.cancelled:
            log.exception("background work failed")
        result = error
    finally:
        with job._lock:
            job.finished = True
    if job.cancelled:
        return
    with contextlib.suppress(RuntimeError):  # the model is gone (its window closed meanwhile)
        job.deliver(job.generation, result)
