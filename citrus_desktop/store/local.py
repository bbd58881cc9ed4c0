"""The SQLite database of one computer: writes take the lock up front, failures are classified."""

import contextlib
from pathlib import Path
from typing import Any

from peewee import DatabaseError, OperationalError, SqliteDatabase

from citrus_desktop.store.failures import classify


class LocalDatabase(SqliteDatabase):
    """SqliteDatabase whose transactions begin with ``BEGIN IMMEDIATE``.

    A deferred transaction that reads and then writes cannot wait for another writer (SQLite
    fails it at once with "database is locked", whatever the busy timeout); taking the write lock
    at BEGIN lets the busy timeout apply. Known failures (busy, full disk, read-only, damaged)
    are raised as `store.problems` errors with a message for the person.
    """

    def __init__(self, database: str, *args: Any, **kwargs: Any):
        kwargs.setdefault("lock_type", "IMMEDIATE")
        super().__init__(database, *args, **kwargs)
        self.path = Path(database) if database and database != ":memory:" else None

    def execute_sql(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except DatabaseError as error:
            known = classify(error, self.path)
            if known is None:
                raise
            raise known from error

    def begin(self, lock_type: str | None = None) -> None:
        try:
            super().begin(lock_type)
        except DatabaseError as error:
            known = classify(error, self.path)
            if known is None:
                raise
            raise known from error

    def commit(self) -> None:
        try:
            super().commit()
        except DatabaseError as error:
            known = classify(error, self.path)
            if known is None:
                raise
            raise known from error

    def rollback(self) -> None:
        # After a failed COMMIT (a full disk) SQLite may have rolled back already: "cannot
        # rollback - no transaction is active" must not hide the reason the commit failed.
        if self.is_closed():
            super().rollback()  # peewee's own "connection not open" error
            return
        with contextlib.suppress(OperationalError):
            if self.connection().in_transaction:
                super().rollback()
