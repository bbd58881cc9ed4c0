"""Fast bulk inserts for demo data and imports: executemany in batches (SQLite), COPY (PostgreSQL)."""

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice

from peewee import Database, DatabaseError, IntegrityError

from citrus_desktop.store.failures import classify
from citrus_desktop.store.history_schema import history_trigger_names
from citrus_desktop.store.models import db
from citrus_desktop.store.schema import (
    COUNT_TRIGGERS,
    SEARCH_TABLE,
    dialect_of,
    rebuild_item_counts,
    rebuild_search_index,
)

LOAD_CACHE_KIB = 262_144
"""SQLite page cache while loading (256 MB): index inserts stay in memory instead of re-reading pages."""


def insert_rows(
    table: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    batch: int = 20_000,
    database: Database | None = None,
) -> int:
    """Insert ``rows`` into ``table`` inside the caller's transaction; returns how many.

    PostgreSQL streams them with COPY: the 1M-item demo loads in 59 s instead of 88 s.
    ``database``: another than the app's (a copy's target).
    """
    database = database or db.obj
    if dialect_of(database) == "postgres":
        return _copy_rows(table, columns, rows, database)
    marks = ", ".join([database.param] * len(columns))
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
    cursor = database.cursor()
    total = 0
    iterator = iter(rows)
    while chunk := list(islice(iterator, batch)):
        cursor.executemany(sql, chunk)
        total += len(chunk)
    return total


def _copy_rows(
    table: str, columns: Sequence[str], rows: Iterable[Sequence[object]], database: Database
) -> int:
    """PostgreSQL: ``COPY table (columns) FROM STDIN``, each row adapted as a query parameter is.

    The cursor is the driver's own, so its errors are told here as the app's other statements are
    (peewee's ``execute_sql`` does that for them): a refused right is ``NotAllowed``, a broken
    constraint peewee's ``IntegrityError``."""
    import psycopg

    total = 0
    try:
        with database.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                total += 1
    except psycopg.IntegrityError as error:
        raise IntegrityError(str(error)) from error
    except psycopg.Error as error:
        known = classify(error)
        if known is None:
            raise
        raise known from error
    return total


@contextmanager
def bulk_load(table: str, keep_history: bool = True) -> Iterator[None]:
    """Load many rows into an empty SQLite ``table`` fast, inside the caller's transaction.

    Its secondary indexes and triggers (search index, keys) are dropped first and rebuilt once at
    the end (one sorted pass each, several times faster than row-by-row upkeep); the DDL comes back
    from ``sqlite_master`` unchanged. The rows must bring their keys (``serial_key``…) as the
    database computes them (`store.folding.fold` gives the same). The item counts (v7) are
    recounted once at the end. PostgreSQL keeps its indexes; its item count trigger is switched
    off for the load (other writers wait for the commit) and the counts recounted once: a
    statement trigger over a million-row COPY spools every row to a temporary file first.

    The history triggers stay (an import can then be undone) unless ``keep_history`` is False
    (demo data): the rows then have no history entry each, only the caller's batch ("Demo data").
    """
    database = db.obj
    if dialect_of(database) == "postgres":
        history = [] if keep_history else [f"{table}_history_insert"]
        counted = table == "inventory_item"
        switched = [*([COUNT_TRIGGERS[0]] if counted else []), *history]
        try:
            with database.atomic():  # a savepoint: a user who does not own the table keeps them on
                for trigger in switched:
                    database.execute_sql(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")
        except DatabaseError:
            yield
            return
        yield
        for trigger in switched:
            database.execute_sql(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}")
        if counted:
            for statement in rebuild_item_counts("postgres"):
                database.execute_sql(statement)
        return
    schema = "SELECT name, sql FROM sqlite_master WHERE type = ? AND tbl_name = ? AND sql IS NOT NULL"
    indexes = database.execute_sql(schema, ("index", table)).fetchall()
    kept = set(history_trigger_names(table)) if keep_history else set()
    triggers = [t for t in database.execute_sql(schema, ("trigger", table)).fetchall() if t[0] not in kept]
    (cache,) = database.execute_sql("PRAGMA cache_size").fetchone()
    database.execute_sql(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
    search = table == "inventory_item"
    try:
        for name, _sql in indexes:
            database.execute_sql(f'DROP INDEX "{name}"')
        for name, _sql in triggers:
            database.execute_sql(f'DROP TRIGGER "{name}"')
        yield
        for _name, sql in indexes:
            database.execute_sql(sql)
        if search:
            database.execute_sql(rebuild_search_index())
            for statement in rebuild_item_counts("sqlite"):
                database.execute_sql(statement)
        for _name, sql in triggers:
            database.execute_sql(sql)
    finally:
        database.execute_sql(f"PRAGMA cache_size = {int(cache)}")


def after_explicit_ids(tables: Sequence[str], database: Database | None = None) -> None:
    """Move PostgreSQL's id sequences past ids inserted explicitly (SQLite needs nothing)."""
    database = database or db.obj
    if dialect_of(database) != "postgres":
        return
    for table in tables:
        highest = f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1"
        database.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {highest}, false)")


SEARCH_INSERT_TRIGGER = f"{SEARCH_TABLE}_insert"
MANY_ROWS = 100
"""From this many rows on, `search_index_after` indexes them in one statement."""


@contextmanager
def search_index_after(ids: Sequence[int]) -> Iterator[None]:
    """Insert the items ``ids`` inside the block; SQLite indexes their search text in one statement
    at the end instead of one trigger call each (10,000 items restore in half the time).

    Inside the caller's transaction: the trigger is dropped and re-created from its own DDL, so
    other connections (waiting for the write lock) only ever see it in place.
    """
    database = db.obj
    if dialect_of(database) == "postgres" or len(ids) < MANY_ROWS:
        yield
        return
    found = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (SEARCH_INSERT_TRIGGER,)
    ).fetchone()
    if found is None:
        yield
        return
    database.execute_sql(f'DROP TRIGGER "{SEARCH_INSERT_TRIGGER}"')
    yield
    for start in range(0, len(ids), 500):
        part = list(ids[start : start + 500])
        marks = ", ".join("?" * len(part))
        database.execute_sql(
            f"INSERT INTO {SEARCH_TABLE} (rowid, search_text) "
            f"SELECT id, search_text FROM inventory_item WHERE id IN ({marks})",
            part,
        )
    database.execute_sql(found[0])
