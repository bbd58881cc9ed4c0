"""Database connections of worker threads: each thread gets its own (peewee keeps one per thread)."""

from collections.abc import Callable

from citrus_desktop.store.models import db
from citrus_desktop.store.schema import dialect_of

WORKER_CACHE_KIB = 4_000
"""A worker's SQLite page cache: its scans are one-off, and the OS caches the file anyway."""


def connection_interrupter() -> Callable[[], None]:
    """Open this thread's connection and return a function any thread may call to stop its query."""
    connection = db.obj.connection()
    if dialect_of(db.obj) == "sqlite":
        connection.execute(f"PRAGMA cache_size = -{WORKER_CACHE_KIB}")
    stop = getattr(connection, "interrupt", None) or getattr(connection, "cancel", None)
    return stop if stop is not None else (lambda: None)


def close_thread_connection() -> None:
    """Close this thread's connection (the next query on the thread opens a fresh one)."""
    database = db.obj
    if database is not None and not database.is_closed():
        database.close()
