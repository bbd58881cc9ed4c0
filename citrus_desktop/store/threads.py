"""Database connections of worker threads: each thread gets its own (peewee keeps one per thread)."""

from collections.abc import Callable

from citrus_desktop.store.models import db


def connection_interrupter() -> Callable[[], None]:
    """Open this thread's connection and return a function any thread may call to stop its query."""
    connection = db.obj.connection()
    stop = getattr(connection, "interrupt", None) or getattr(connection, "cancel", None)
    return stop if stop is not None else (lambda: None)


def close_thread_connection() -> None:
    """Close this thread's connection (the next query on the thread opens a fresh one)."""
    database = db.obj
    if database is not None and not database.is_closed():
        database.close()
