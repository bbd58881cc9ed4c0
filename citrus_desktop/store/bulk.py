"""Fast bulk inserts for demo data and imports: one prepared statement, executemany in batches."""

from collections.abc import Iterable, Sequence
from itertools import islice

from citrus_desktop.store.models import db


def insert_rows(
    table: str, columns: Sequence[str], rows: Iterable[Sequence[object]], batch: int = 20_000
) -> int:
    """Insert ``rows`` into ``table`` inside the caller's transaction; returns how many."""
    database = db.obj
    marks = ", ".join([database.param] * len(columns))
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
    cursor = database.cursor()
    total = 0
    iterator = iter(rows)
    while chunk := list(islice(iterator, batch)):
        cursor.executemany(sql, chunk)
        total += len(chunk)
    return total


def after_explicit_ids(tables: Sequence[str]) -> None:
    """Move PostgreSQL's id sequences past ids inserted explicitly (SQLite needs nothing)."""
    from citrus_desktop.store.schema import dialect_of

    database = db.obj
    if dialect_of(database) != "postgres":
        return
    for table in tables:
        highest = f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1"
        database.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {highest}, false)")
