"""Reading a large result row by row, without holding it in memory (exports, copies)."""

from collections.abc import Generator
from typing import Any

from peewee import Database

from citrus_desktop.store.models import db
from citrus_desktop.store.schema import dialect_of

FETCH_ROWS = 2_000
"""Rows a PostgreSQL server-side cursor hands over at a time."""


Rows = Generator[tuple[Any, ...], None, None]


def stream_sql(sql: str, params: Any = None, database: Database | None = None) -> Rows:
    """The rows of ``sql`` one by one, straight from the database's cursor.

    SQLite's cursor already steps through the result; PostgreSQL's default one would fetch it
    all, so a server-side (named) cursor is used there, inside a transaction of its own unless
    the caller has one open.
    """
    database = database or db.obj
    if dialect_of(database) != "postgres":
        yield from database.execute_sql(sql, params)
        return
    with database.atomic():
        cursor = database.execute_sql(sql, params, named_cursor=True)  # type: ignore[call-arg]
        cursor.itersize = FETCH_ROWS
        try:
            yield from cursor
        finally:
            cursor.close()


def stream_query(query: Any) -> Rows:
    """A peewee query's rows as raw tuples (no field conversion: SQLite gives booleans as 0/1 and
    dates as ISO text), streamed."""
    sql, params = query.sql()
    return stream_sql(sql, params)
