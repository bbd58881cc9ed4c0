"""Bringing a database's schema up to `SCHEMA_VERSION`, one migration per transaction."""

from collections.abc import Callable
from pathlib import Path

from peewee import Database

from citrus_desktop.store.schema import APP_MARK, META_TABLE, MIGRATIONS, dialect_of
from citrus_desktop.store.transactions import forget_schema

# pg_advisory_lock key shared by every copy of the app ("CITR"): one migrates, others wait.
MIGRATION_LOCK = 0x43495452

ServerCopy = Callable[[Database, int], Path]
server_copy: ServerCopy | None = None
"""Writes a server's data (records, history, bin) to a SQLite file before its schema is upgraded,
and returns the file; set by the data-copy feature (``copy --to``). A copy that fails (raises)
stops the upgrade: no server is migrated without one."""
last_server_copy: Path | None = None
"""Where the last upgrade's copy went, for the window to say."""


def current_version(database: Database) -> int:
    if META_TABLE not in database.get_tables():
        return 0
    row = database.execute_sql(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(database: Database, up_to: int | None = None) -> list[int]:
    """Apply every pending migration (up to version ``up_to``), each in its own transaction;
    return the versions applied."""
    dialect = dialect_of(database)
    if dialect != "postgres":
        return _apply_pending(database, dialect, up_to)
    # Two machines starting together: the second waits here, then finds nothing left to do.
    database.execute_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK})")
    try:
        _copy_before_upgrade(database, up_to)
        return _apply_pending(database, dialect, up_to)
    finally:
        database.execute_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")


def _copy_before_upgrade(database: Database, up_to: int | None = None) -> None:
    global last_server_copy
    version = current_version(database)
    pending = [m for m in MIGRATIONS if m.version > version and (up_to is None or m.version <= up_to)]
    if version == 0 or not pending or server_copy is None:
        return
    last_server_copy = server_copy(database, version)


def _apply_pending(database: Database, dialect: str, up_to: int | None = None) -> list[int]:
    applied = []
    for migration in MIGRATIONS:
        if up_to is not None and migration.version > up_to:
            break
        with database.atomic():
            # Re-read inside the transaction: another process may have migrated meanwhile.
            if current_version(database) >= migration.version:
                continue
            for step in migration.statements(dialect):
                if callable(step):
                    step(database)
                else:
                    database.execute_sql(step)
            _set_meta(database, "app", APP_MARK)
            _set_meta(database, "schema_version", str(migration.version))
        applied.append(migration.version)
    forget_schema(database)
    return applied


def _set_meta(database: Database, key: str, value: str) -> None:
    database.execute_sql(f"DELETE FROM {META_TABLE} WHERE key = %s" % database.param, (key,))
    database.execute_sql(
        f"INSERT INTO {META_TABLE} (key, value) VALUES ({database.param}, {database.param})", (key, value)
    )
