"""Fast bulk inserts for demo data and imports: executemany in batches (SQLite), COPY (PostgreSQL)."""

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice

from peewee import Database, DatabaseError, IntegrityError

from citrus_desktop.store.failures import classify
from citrus_desktop.store.history_schema import SQLITE_BATCH, SQLITE_NOW, history_trigger_names
from citrus_desktop.store.models import db
from citrus_desktop.store.schema import (
    CLASH_MESSAGE,
    COUNT_TABLES,
    COUNT_TRIGGERS,
    MONTH_COUNT_TABLE,
    ONE_LINE_MESSAGE,
    SEARCH_TABLE,
    SQLITE_CONTROL,
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


@contextmanager
def journals_in_memory() -> Iterator[None]:
    """SQLite: keep statement journals in memory inside the block (``temp_store = MEMORY``).

    Each row of an ``executemany`` into a table with triggers is a statement that may abort
    half-way, so SQLite writes the pages it changes to a statement journal, a temporary file by
    default (10,000 items put back with their triggers: 1.0 s of inserts in memory 0.7 s). One
    row's journal is a few pages, so memory stays small; the setting is put back at the end (it
    may change inside a transaction).
    """
    database = db.obj
    if dialect_of(database) == "postgres":
        yield
        return
    (before,) = database.execute_sql("PRAGMA temp_store").fetchone()
    database.execute_sql("PRAGMA temp_store = MEMORY")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA temp_store = {int(before)}")


SEARCH_INSERT_TRIGGER = f"{SEARCH_TABLE}_insert"
KEY_INSERT_TRIGGER = "inventory_item_serial_key_insert"
HISTORY_INSERT_TRIGGER = "inventory_item_history_insert"
DEFERRED_TRIGGERS = (SEARCH_INSERT_TRIGGER, COUNT_TRIGGERS[0], KEY_INSERT_TRIGGER, HISTORY_INSERT_TRIGGER)
"""SQLite item insert triggers whose work `item_upkeep_after` does once for all the rows."""
MANY_ROWS = 100
"""From this many rows on, `item_upkeep_after` does the triggers' work in a few statements."""


@contextmanager
def item_upkeep_after(ids: Sequence[int]) -> Iterator[None]:
    """Insert the items ``ids`` (in id order) inside the block; SQLite then does the work of four
    insert triggers once for all of them instead of once a row (10,000 items restore in half the
    time):
    - the history: each row's creation entry, in the caller's batch, in id order (as the
      trigger would have written them), with one INSERT … SELECT;
    - the search index: one INSERT … SELECT of their search texts;
    - the item counts (v7): one grouped upsert per summary table;
    - the serial rule (v5): no control character and no clash flag, checked in one query
      (raising IntegrityError, which refuses the whole write, as the trigger would). The rows
      must bring their ``serial_key`` as `store.folding.fold` computes it, which is the
      database's rule (the tests compare both over every code point): the trigger would only
      recompute it, row by row, in SQL.

    Inside the caller's transaction: the triggers are dropped and re-created from their own DDL,
    so other connections (waiting for the write lock) only ever see them in place; an error in
    the block is the caller's rollback, which brings them back with everything else.
    """
    database = db.obj
    if dialect_of(database) == "postgres" or len(ids) < MANY_ROWS:
        yield
        return
    ids = sorted(ids)
    marks = ", ".join("?" * len(DEFERRED_TRIGGERS))
    found = dict(
        database.execute_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
            DEFERRED_TRIGGERS,
        ).fetchall()
    )
    for name in found:
        database.execute_sql(f'DROP TRIGGER "{name}"')
    yield
    for start in range(0, len(ids), 500):
        part = list(ids[start : start + 500])
        chosen = f"FROM inventory_item WHERE id IN ({', '.join('?' * len(part))})"
        if HISTORY_INSERT_TRIGGER in found:
            database.execute_sql(
                "INSERT INTO history (batch_id, table_name, row_id, version, kind, at, changes) "
                f"SELECT {SQLITE_BATCH}, 'inventory_item', id, version, 'c', {SQLITE_NOW}, NULL "
                f"{chosen} ORDER BY id",
                part,
            )
        if SEARCH_INSERT_TRIGGER in found:
            database.execute_sql(
                f"INSERT INTO {SEARCH_TABLE} (rowid, search_text) SELECT id, search_text {chosen}", part
            )
        if KEY_INSERT_TRIGGER in found:
            bad = database.execute_sql(
                f"SELECT serial_number GLOB {SQLITE_CONTROL}, serial_clash {chosen} "
                f"AND (serial_number GLOB {SQLITE_CONTROL} OR serial_clash <> 0) LIMIT 1",
                part,
            ).fetchone()
            if bad is not None:
                raise IntegrityError(
                    f"inventory_item.serial_number {ONE_LINE_MESSAGE}" if bad[0] else CLASH_MESSAGE
                )
        if COUNT_TRIGGERS[0] in found:
            for table, key in (
                (MONTH_COUNT_TABLE, "substr(created_at, 1, 7)"),
                *((table, column) for table, column in COUNT_TABLES.items()),
            ):
                column = "month" if table == MONTH_COUNT_TABLE else key
                database.execute_sql(
                    f"INSERT INTO {table} ({column}, items) SELECT {key}, count(*) {chosen} GROUP BY 1 "
                    f"ORDER BY 1 ON CONFLICT ({column}) DO UPDATE SET items = items + excluded.items",
                    part,
                )
    for name in DEFERRED_TRIGGERS:
        if name in found:
            database.execute_sql(found[name])
