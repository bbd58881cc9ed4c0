"""Helpers for the history, bin and undo tests, shared by SQLite (tests/unit) and PostgreSQL (tests/pg)."""

import sqlite3
from collections.abc import Callable, Iterator

import pytest

from citrus_desktop.store.schema import dialect_of

HISTORY_TABLES = ("history_batch", "history", "recycle_bin")


def connect_other(database) -> tuple[Callable[..., list[tuple]], Callable[[], None]]:
    """A connection of another program (no Citrus code, no registered function), autocommit."""
    if dialect_of(database) == "postgres":
        import psycopg

        params = dict(database.connect_params)
        params.pop("prepare_threshold", None)
        conn = psycopg.connect(dbname=database.database, autocommit=True, **params)

        def run_pg(sql: str, params: tuple = ()) -> list[tuple]:
            cursor = conn.execute(sql.replace("?", "%s"), params)
            return cursor.fetchall() if cursor.description else []

        return run_pg, conn.close
    conn = sqlite3.connect(database.database, isolation_level=None, timeout=5)
    conn.execute("PRAGMA foreign_keys = ON")

    def run_sqlite(sql: str, params: tuple = ()) -> list[tuple]:
        return conn.execute(sql, params).fetchall()

    return run_sqlite, conn.close


@pytest.fixture(name="other")
def other_program(database) -> Iterator[Callable[..., list[tuple]]]:
    """``other(sql, params)``: SQL written by another program, around the app."""
    run, close = connect_other(database)
    yield run
    close()


def history_rows(database, table: str, row_id: int) -> list[tuple]:
    """(kind, version, changes, batch_id) of one record's history, oldest first."""
    param = database.param
    return database.execute_sql(
        f"SELECT kind, version, changes, batch_id FROM history WHERE table_name = {param} "
        f"AND row_id = {param} ORDER BY id",
        (table, row_id),
    ).fetchall()
