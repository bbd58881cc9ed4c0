"""A feed of tables changed by other connections, so open lists can follow a shared database.

PostgreSQL: a statement trigger on every table sends ``pg_notify('citrus_changes', table)``; a
dedicated connection LISTENs. SQLite: ``PRAGMA data_version`` on the open connection changes when
another connection (a second process on the same file) commits.
"""

import contextlib
import threading
import time
import weakref
from typing import Any, Protocol

from peewee import Database

from citrus_desktop.store.models import MODELS, db
from citrus_desktop.store.postgres import TeamDatabase
from citrus_desktop.store.schema import CHANGE_CHANNEL
from citrus_desktop.store.stock_take_models import STOCK_TAKE_TABLES

CHANNEL = CHANGE_CHANNEL
TABLES: tuple[str, ...] = tuple(model._meta.table_name for model in MODELS) + STOCK_TAKE_TABLES
RETRY_AFTER_S = (1.0, 2.0, 5.0, 10.0, 30.0)
_open_feeds: "weakref.WeakSet[Any]" = weakref.WeakSet()


class ChangeFeed(Protocol):
    def poll(self) -> set[str]:
        """Tables changed by others since the last poll (empty when nothing changed)."""
        ...

    def close(self) -> None: ...


class SqliteChangeFeed:
    """Any commit by another connection to the file: every table may have changed."""

    def __init__(self, database: Database):
        self.database: Database | None = database
        self._version = self._read()

    def _read(self) -> int | None:
        database = self.database
        if database is None or db.obj is not database or database.is_closed():
            return None
        return int(database.execute_sql("PRAGMA data_version").fetchone()[0])

    def poll(self) -> set[str]:
        version = self._read()
        if version is None or version == self._version:
            return set()
        self._version = version
        return set(TABLES)

    def close(self) -> None:
        self.database = None


class PostgresChangeFeed:
    """LISTENs on a connection of its own; notifications sent by our own connection are skipped.

    A lost connection is retried with growing pauses; on its return every table counts as changed,
    since notifications sent meanwhile were lost.
    """

    def __init__(self, database: "TeamDatabase"):
        self.database: TeamDatabase | None = database
        self._conn: Any = None
        self._failures = 0
        self._next_try = 0.0
        self._retry: threading.Thread | None = None
        self._arrived: Any = None
        self._adopt(self._connect())

    def _connect(self) -> Any:
        """A listening connection, or None when the server cannot be reached."""
        import psycopg

        database = self.database
        if database is None:
            return None
        params = dict(database.connect_params)
        params["connect_timeout"] = min(int(params.get("connect_timeout", 2)), 2)
        try:
            conn = psycopg.connect(dbname=database.database, autocommit=True, **params)
            conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error:
            return None
        return conn

    def _adopt(self, conn: Any) -> bool:
        if conn is None:
            self._failures += 1
            pause = RETRY_AFTER_S[min(self._failures, len(RETRY_AFTER_S)) - 1]
            self._next_try = time.monotonic() + pause
            return False
        self._conn = conn
        self._failures = 0
        return True

    def _reconnect_in_background(self) -> None:
        # Connecting to a server that is down can take seconds: never on the caller's thread.
        def attempt() -> None:
            self._arrived = self._connect() or False

        self._arrived = None
        self._retry = threading.Thread(target=attempt, name="citrus-listen", daemon=True)
        self._retry.start()

    def _own_pid(self) -> int | None:
        conn = self.database._state.conn if self.database is not None else None
        try:
            return conn.info.backend_pid if conn is not None and not conn.closed else None
        except Exception:  # a broken connection has no pid to compare with
            return None

    def poll(self) -> set[str]:
        import psycopg

        if self.database is None or db.obj is not self.database:
            self.close()
            return set()
        if self._conn is None:
            if self._retry is None:
                if time.monotonic() >= self._next_try:
                    self._reconnect_in_background()
                return set()
            if self._retry.is_alive():
                return set()
            self._retry, arrived = None, self._arrived
            if not self._adopt(arrived or None):
                return set()
            return set(TABLES)  # notifications sent while away were lost: everything may have changed
        own = self._own_pid()
        try:
            notices = list(self._conn.notifies(timeout=0))
        except psycopg.Error:
            self._drop()
            return set()
        return {n.payload for n in notices if n.pid != own and n.payload in TABLES}

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        self._failures = 1
        self._next_try = time.monotonic() + RETRY_AFTER_S[0]
        with contextlib.suppress(Exception):  # already broken: nothing left to close cleanly
            conn.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._retry is not None:
            self._retry.join()
            self._retry = None
            if self._arrived:
                with contextlib.suppress(Exception):
                    self._arrived.close()
        self.database = None

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()

    @property
    def connected(self) -> bool:
        return self._conn is not None


def open_feed(database: Database) -> ChangeFeed:
    """The feed of the database just opened (``store.database.open_database``)."""
    feed: ChangeFeed = (
        PostgresChangeFeed(database) if isinstance(database, TeamDatabase) else SqliteChangeFeed(database)
    )
    _open_feeds.add(feed)
    return feed


def close_feeds() -> None:
    """Close every feed (the database they follow is being closed)."""
    for feed in list(_open_feeds):
        feed.close()
