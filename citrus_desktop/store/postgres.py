"""The shared PostgreSQL database of a team: connecting, clear failures, reconnecting after a loss."""

import contextlib
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit, urlunsplit

from peewee import DatabaseError, InterfaceError, OperationalError
from playhouse.postgres_ext import Psycopg3Database

from citrus_desktop.i18n import translate
from citrus_desktop.store.failures import classify
from citrus_desktop.store.problems import DatabaseProblem

CONNECT_TIMEOUT_S = 5
APPLICATION_NAME = "citrus-desktop"


class ServerProblem(DatabaseProblem):
    """The server cannot be used; the one-line message says why."""


class PasswordRefused(ServerProblem):
    """The server wants a (different) password for this user."""


class ConnectionLost(ServerProblem):
    """The connection broke during an operation; nothing of an open transaction was written."""


def connect_params(url: str) -> dict[str, Any]:
    """psycopg keyword arguments from a ``postgresql://user:password@host:port/dbname?opt=v`` URL."""
    parts = urlsplit(url)
    params: dict[str, Any] = {
        "dbname": unquote(parts.path.lstrip("/")) or None,
        "user": unquote(parts.username) if parts.username else None,
        "password": unquote(parts.password) if parts.password else None,
        "host": parts.hostname or None,
        "port": parts.port,
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": APPLICATION_NAME,
    }
    params.update(parse_qsl(parts.query))
    found = {key: value for key, value in params.items() if value is not None}
    # No server-side prepared statements: a generic plan made without the keyword turns a
    # 2-letter search from 0.2 s into 1.1 s; every query here is cheap to plan.
    return {**found, "prepare_threshold": None}


def explain(error: BaseException) -> str:
    """A short, translated reason for a failed connection (libpq's text is English and long)."""
    text = str(error)
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return explain_password()
    if "role" in lowered and "does not exist" in lowered:
        return translate("Database", "the server does not know this user name")
    if "permission denied for database" in lowered:
        return translate(
            "Database",
            "this user may not use this database: ask a Citrus administrator to grant you a role "
            "(reader, editor or admin)",
        )
    if "pg_hba.conf" in lowered:
        return translate("Database", "the server does not accept connections from this computer or user")
    if "database" in lowered and "does not exist" in lowered:
        return translate("Database", "this database does not exist on the server (ask for it to be created)")
    if any(
        clue in lowered
        for clue in (
            "connection refused",
            "timeout expired",
            "could not translate host",
            "failed to resolve host",
            "no route to host",
            "network is unreachable",
            "could not connect",
            "server closed the connection",
            "terminating connection",
            "the connection is closed",
            "the database system is",
        )
    ):
        return translate(
            "Database", "the server cannot be reached (is it running, and is the address right?)"
        )
    first = text.strip().splitlines()[0] if text.strip() else type(error).__name__
    return translate("Database", "cannot connect to the server (%1)").replace("%1", first)


class TeamDatabase(Psycopg3Database):  # type: ignore[misc]  # playhouse has no type stubs
    """Psycopg3Database that notices a broken connection: outside a transaction it reconnects and
    retries once; inside one it raises ConnectionLost (the server rolled the transaction back)."""

    def connection_is_broken(self) -> bool:
        conn = self._state.conn
        return conn is not None and (conn.closed or getattr(conn, "broken", False))

    def _forget_connection(self) -> None:
        conn = self._state.conn
        self._state.reset()
        if conn is not None:
            with contextlib.suppress(Exception):  # already broken: nothing left to close cleanly
                conn.close()

    def _lost(self, error: BaseException) -> ConnectionLost:
        return ConnectionLost(
            translate(
                "Database", "The connection to the database server was lost, so nothing was saved: %1."
            ).replace("%1", explain(error))
        )

    def _reconnect(self) -> None:
        self._forget_connection()
        try:
            self.connect()
        except (OperationalError, InterfaceError) as error:
            self._state.reset()
            raise self._lost(error) from error

    def _ensure_connected(self) -> None:
        """Connect (again) before a statement: after a loss, and after a failed reconnect, which
        left no connection at all (each later try reconnects, and says so while it cannot)."""
        if self.connection_is_broken() or self.is_closed():
            self._reconnect()

    def execute_sql(self, sql: str, params: Any = None, named_cursor: Any = None) -> Any:
        if not self.in_transaction():
            self._ensure_connected()
        try:
            return super().execute_sql(sql, params, named_cursor)
        except (OperationalError, InterfaceError) as error:
            if not self.connection_is_broken():
                known = classify(error)
                if known is None:
                    raise
                raise known from error
            if self.in_transaction():
                raise self._lost(error) from error
        except DatabaseError as error:
            known = classify(error)
            if known is None:
                raise
            raise known from error
        # The connection died between two statements, none of ours was running: try once more.
        self._reconnect()
        try:
            return super().execute_sql(sql, params, named_cursor)
        except (OperationalError, InterfaceError) as error:
            if self.connection_is_broken():
                raise self._lost(error) from error
            raise

    def begin(self, isolation_level: Any = None) -> None:
        self._ensure_connected()
        try:
            super().begin(isolation_level)
        except (OperationalError, InterfaceError) as error:
            if not self.connection_is_broken():
                raise
            self._reconnect()
            try:
                super().begin(isolation_level)
            except (OperationalError, InterfaceError) as again:
                raise self._lost(again) from error

    def rollback(self) -> None:
        if self.connection_is_broken():
            # The server already dropped the transaction with the connection.
            self._forget_connection()
            return
        super().rollback()

    def commit(self) -> None:
        try:
            super().commit()
        except (OperationalError, InterfaceError) as error:
            if self.connection_is_broken():
                raise self._lost(error) from error
            raise

    def close(self) -> bool:
        if self.connection_is_broken():
            self._forget_connection()
            return True
        return bool(super().close())


def open_team_database(url: str, describe: str) -> TeamDatabase:
    """Connect to the server named by ``url``; raises ServerProblem with a one-line reason."""
    database = TeamDatabase(None)
    params = connect_params(url)
    database.init(params.pop("dbname", None), **params)
    try:
        database.connect()
    except (OperationalError, InterfaceError) as error:
        database._state.reset()
        reason = explain(error)
        kind = PasswordRefused if reason == explain_password() else ServerProblem
        raise kind(translate("Database", "%1: %2").replace("%1", describe).replace("%2", reason)) from error
    return database


def explain_password() -> str:
    return translate("Database", "the server refused the user name or password")


def with_password(url: str, password: str) -> str:
    """``url`` with its password replaced by ``password``."""
    parts = urlsplit(url)
    user = quote(unquote(parts.username or ""), safe="")
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    netloc = f"{user}:{quote(password, safe='')}@{host}{port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def check_server(url: str, describe: str) -> str | None:
    """Why ``url`` cannot be used (one line), or None when a connection succeeds."""
    try:
        database = open_team_database(url, describe)
    except ServerProblem as problem:
        return str(problem)
    database.close()
    return None
