"""Bringing a database's schema up to `SCHEMA_VERSION`, one migration per transaction."""

from collections.abc import Callable
from pathlib import Path

from peewee import Database

from citrus_desktop.i18n import translate
from citrus_desktop.store.problems import DatabaseProblem
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


class UpgradeRefused(DatabaseProblem):
    """The connected login may not change the schema; nothing was changed (the message says why)."""


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
        _check_may_upgrade(database, up_to)
        _copy_before_upgrade(database, up_to)
        return _apply_pending(database, dialect, up_to)
    finally:
        database.execute_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")


def _tables_owner(database: Database) -> str | None:
    row = database.execute_sql(
        "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = %s",
        (META_TABLE,),
    ).fetchone()
    return row[0] if row else None


def _check_may_upgrade(database: Database, up_to: int | None = None) -> None:
    """PostgreSQL: refuse, before changing anything, an upgrade this login cannot finish."""
    version = current_version(database)
    pending = [m for m in MIGRATIONS if m.version > version and (up_to is None or m.version <= up_to)]
    if not pending:
        return
    owner = _tables_owner(database)
    if owner is not None:
        (allowed,) = database.execute_sql(
            "SELECT rolsuper OR pg_has_role(current_user, %s, 'MEMBER') FROM pg_roles "
            "WHERE rolname = current_user",
            (owner,),
        ).fetchone()
        if not allowed:
            raise UpgradeRefused(
                translate(
                    "Database",
                    "its schema must be upgraded from version %1 to %2, which only the owner of its "
                    "tables can do. Ask the administrator to open it once with this version as the "
                    "owner (README, “Team roles”); until then the previous version keeps working",
                )
                .replace("%1", str(version))
                .replace("%2", str(pending[-1].version))
            )
    for migration in pending:
        refusal = migration.refusal(database) if migration.refusal else None
        if refusal:
            raise UpgradeRefused(refusal)


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
            if dialect == "postgres" and not migration.as_connected_user:
                _become_owner(database)
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


def _become_owner(database: Database) -> None:
    """Create as the tables' owner (a superuser or a member may): new tables get its rights."""
    owner = _tables_owner(database)
    if owner is None:
        return
    (current,) = database.execute_sql("SELECT current_user").fetchone()
    if owner != current:
        quoted = '"' + owner.replace('"', '""') + '"'
        database.execute_sql(f"SET LOCAL ROLE {quoted}")


def _set_meta(database: Database, key: str, value: str) -> None:
    database.execute_sql(f"DELETE FROM {META_TABLE} WHERE key = %s" % database.param, (key,))
    database.execute_sql(
        f"INSERT INTO {META_TABLE} (key, value) VALUES ({database.param}, {database.param})", (key, value)
    )
