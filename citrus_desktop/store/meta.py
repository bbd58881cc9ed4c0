"""Database-wide settings kept in ``citrus_meta`` beside the schema version (e.g. the retention)."""

from citrus_desktop.store.models import db
from citrus_desktop.store.schema import META_TABLE


def read_meta(key: str) -> str | None:
    param = db.obj.param
    row = db.obj.execute_sql(f"SELECT value FROM {META_TABLE} WHERE key = {param}", (key,)).fetchone()
    return str(row[0]) if row else None


def write_meta(key: str, value: str) -> None:
    """Set ``key`` inside the caller's transaction (``store.transactions.writing``)."""
    param = db.obj.param
    db.obj.execute_sql(f"DELETE FROM {META_TABLE} WHERE key = {param}", (key,))
    db.obj.execute_sql(f"INSERT INTO {META_TABLE} (key, value) VALUES ({param}, {param})", (key, value))
