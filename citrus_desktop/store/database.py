"""Opening a database from a file path or URL, refusing files that are not ours untouched."""

import contextlib
import os
import sqlite3
import stat
from pathlib import Path
from urllib.parse import quote

from peewee import Database, DatabaseError, OperationalError, SqliteDatabase

from citrus_desktop.i18n import translate
from citrus_desktop.store import migrations
from citrus_desktop.store.backups import BackupProblem, make_backup
from citrus_desktop.store.failures import classify
from citrus_desktop.store.local import LocalDatabase
from citrus_desktop.store.models import db
from citrus_desktop.store.problems import DatabaseBusy, DatabaseProblem
from citrus_desktop.store.schema import APP_MARK, META_TABLE, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
BUSY_TIMEOUT_S = 5.0


__all__ = ["DatabaseProblem", "close_database", "describe", "open_database"]


def is_postgres_url(target: str) -> bool:
    return target.startswith(POSTGRES_SCHEMES)


def sqlite_path(target: str) -> Path:
    """The file named by a plain path or a ``sqlite:///`` URL."""
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///") :]
    return Path(target).expanduser()


def describe(target: str) -> str:
    """The database as shown to people: a file path, or a URL without its password."""
    if is_postgres_url(target):
        from urllib.parse import urlsplit

        parts = urlsplit(target)
        host = parts.hostname or "localhost"
        port = f":{parts.port}" if parts.port else ""
        user = f"{parts.username}@" if parts.username else ""
        return f"postgresql://{user}{host}{port}{parts.path}"
    return str(sqlite_path(target).absolute())


def open_database(target: str, *, busy_timeout: float = BUSY_TIMEOUT_S) -> Database:
    """Open (creating and migrating) the database at ``target`` and bind the models to it.

    Raises DatabaseProblem, leaving a refused file byte-for-byte as it was.
    """
    close_database()
    created: list[Path] = []
    if is_postgres_url(target):
        database = _open_postgres(target)
    else:
        path = sqlite_path(target)
        if not path.exists():
            created = [path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]
        try:
            database = _open_sqlite(path, busy_timeout)
        except DatabaseProblem:
            _remove(created)
            raise
    db.initialize(database)
    try:
        migrations.migrate(database)
    except DatabaseProblem as problem:
        db.initialize(None)
        database.close()
        _remove(created)  # a file this call created and could not finish is not left behind
        raise DatabaseProblem(
            translate("Database", "%1: %2").replace("%1", describe(target)).replace("%2", str(problem))
        ) from problem
    except DatabaseError as error:
        db.initialize(None)
        database.close()
        # A server that refuses the schema change (no CREATE right, lost connection...) is told in
        # one line; SQLite's files were already checked, so anything there is a real bug.
        if not is_postgres_url(target):
            raise
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise DatabaseProblem(
            translate("Database", "%1: the schema could not be updated (%2)")
            .replace("%1", describe(target))
            .replace("%2", first)
        ) from error
    except BaseException:
        db.initialize(None)
        database.close()
        _remove(created)
        raise
    return database


def open_unbound(target: str, up_to: int | None = None, *, busy_timeout: float = BUSY_TIMEOUT_S) -> Database:
    """Open (creating and migrating, up to version ``up_to``) ``target`` without binding the models
    to it: a second database beside the app's own, such as the target of a copy."""
    if is_postgres_url(target):
        database = _open_postgres(target)
    else:
        database = _open_sqlite(sqlite_path(target), busy_timeout)
    try:
        migrations.migrate(database, up_to)
    except DatabaseError as error:
        database.close()
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise DatabaseProblem(
            translate("Database", "%1: the schema could not be updated (%2)")
            .replace("%1", describe(target))
            .replace("%2", first)
        ) from error
    except BaseException:
        database.close()
        raise
    return database


def _remove(paths: list[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):  # nothing more can be done; the message says what failed
            path.unlink(missing_ok=True)


def close_database() -> None:
    from citrus_desktop.store.changes import close_feeds

    close_feeds()
    current = db.obj
    if current is not None:
        current.close()
        db.initialize(None)


def _problem(path: Path, text: str, detail: str = "") -> DatabaseProblem:
    message = translate("Database", "%1: %2").replace("%1", str(path)).replace("%2", text)
    if detail:
        message += f" ({detail})"
    return DatabaseProblem(message)


def _open_sqlite(path: Path, busy_timeout: float) -> SqliteDatabase:
    version = inspect_sqlite(path)
    _check_writable(path, version)
    if version:
        _check_not_locked(path, busy_timeout)
    if 0 < version < SCHEMA_VERSION:
        # No schema change without a copy: backups/NAME-…-before-vN.db (store.backups).
        try:
            make_backup(path, f"before-v{SCHEMA_VERSION}", busy_timeout)
        except BackupProblem as problem:
            raise _problem(
                path,
                translate("Database", "could not be backed up before its upgrade, so nothing was changed"),
                problem.reason,
            ) from problem
    database = LocalDatabase(
        str(path),
        timeout=busy_timeout,
        pragmas={
            "foreign_keys": 1,
            "journal_mode": "wal",
            "synchronous": "normal",
            "busy_timeout": int(busy_timeout * 1000),
            # 8 MB: list paging at 1M rows is as fast as with 32 MB (the OS caches the file), and the
            # peak RSS stays under the 120 MB budget (tests/bench/bench_scale.py).
            "cache_size": -8000,
        },
    )
    try:
        database.connect()
    except OperationalError as error:
        raise _problem(path, translate("Database", "cannot be opened"), str(error)) from error
    return database


def inspect_sqlite(path: Path) -> int:
    """Schema version of the file (0: new or empty), read without changing anything on disk."""
    if not path.exists():
        if not path.parent.is_dir():
            raise _problem(path, translate("Database", "the folder does not exist"))
        return 0
    if path.is_dir():
        raise _problem(path, translate("Database", "is a folder, not a database file"))
    if not stat.S_ISREG(path.stat().st_mode):
        # Reading a named pipe would wait forever; a socket or device is no database either.
        raise _problem(path, translate("Database", "is not a regular file (a pipe, socket or device)"))
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise _problem(path, translate("Database", "cannot be read"), error.strerror or "") from error
    if not header:
        return 0
    if header != SQLITE_MAGIC:
        raise _problem(path, translate("Database", "is not a Citrus Desktop database (not SQLite)"))
    # immutable=1 keeps SQLite from creating -wal/-shm files beside a file we may refuse; with a
    # live -wal beside it, another program has it open and a plain read-only open is safe.
    live_wal = Path(f"{path}-wal").exists()
    uri = f"file:{quote(str(path.absolute()))}?mode=ro" + ("" if live_wal else "&immutable=1")
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=1.0)
        try:
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            meta = (
                dict(connection.execute(f"SELECT key, value FROM {META_TABLE}"))
                if META_TABLE in tables
                else {}
            )
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            raise _problem(path, translate("Database", "is locked by another program")) from error
        raise _problem(path, translate("Database", "is damaged or not a database"), str(error)) from error
    except sqlite3.DatabaseError as error:
        raise _problem(path, translate("Database", "is damaged or not a database"), str(error)) from error
    if not tables:
        return 0
    if meta.get("app") != APP_MARK:
        raise _problem(path, translate("Database", "is not a Citrus Desktop database"))
    try:
        version = int(meta.get("schema_version", ""))
    except ValueError:
        raise _problem(path, translate("Database", "has no readable schema version")) from None
    if version > SCHEMA_VERSION:
        raise _problem(
            path,
            translate(
                "Database", "was written by a newer Citrus Desktop (schema %1; this version reads up to %2)"
            )
            .replace("%1", str(version))
            .replace("%2", str(SCHEMA_VERSION)),
        )
    return version


def _check_writable(path: Path, version: int) -> None:
    target = path if path.exists() else path.parent
    mode = target.stat().st_mode
    # Root passes os.access whatever the mode, so the write bits are checked too.
    if not os.access(target, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        if path.exists():
            raise _problem(path, translate("Database", "is read-only"))
        raise _problem(path, translate("Database", "cannot be created: the folder is read-only"))
    if path.exists() and not os.access(path.parent, os.W_OK):
        raise _problem(path, translate("Database", "is in a read-only folder"))


def _check_not_locked(path: Path, busy_timeout: float) -> None:
    connection = sqlite3.connect(str(path), timeout=busy_timeout, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        known = classify(error, path)
        if known is not None and not isinstance(known, DatabaseBusy):
            raise _problem(path, str(known)) from error  # a full disk, a read-only mount…
        raise _problem(path, translate("Database", "is locked by another program")) from error
    finally:
        connection.close()


def _open_postgres(url: str) -> Database:
    name = describe(url)
    try:
        import psycopg  # noqa: F401
    except ImportError as error:
        raise DatabaseProblem(
            translate("Database", "%1: the PostgreSQL driver (psycopg) is not installed").replace("%1", name)
        ) from error
    from citrus_desktop.store.postgres import open_team_database

    database = open_team_database(url, name)
    try:
        _check_postgres_is_ours(database, name)
    except DatabaseProblem:
        database.close()
        raise
    return database


def _check_postgres_is_ours(database: Database, name: str) -> None:
    """Refuse, before any change, a database holding other tables or a newer schema."""

    def problem(text: str) -> DatabaseProblem:
        return DatabaseProblem(translate("Database", "%1: %2").replace("%1", name).replace("%2", text))

    tables = set(database.get_tables())
    if not tables:
        return
    if META_TABLE not in tables:
        raise problem(translate("Database", "is not a Citrus Desktop database (it holds other tables)"))
    meta = dict(database.execute_sql(f"SELECT key, value FROM {META_TABLE}").fetchall())
    if meta.get("app") != APP_MARK:
        raise problem(translate("Database", "is not a Citrus Desktop database"))
    try:
        version = int(meta.get("schema_version", ""))
    except ValueError:
        raise problem(translate("Database", "has no readable schema version")) from None
    if version > SCHEMA_VERSION:
        raise problem(
            translate(
                "Database", "was written by a newer Citrus Desktop (schema %1; this version reads up to %2)"
            )
            .replace("%1", str(version))
            .replace("%2", str(SCHEMA_VERSION))
        )


def library_versions() -> list[tuple[str, str]]:
    """(name, version) of the database libraries in use, for the About dialog."""
    import sqlite3
    from importlib.metadata import version

    found = [("peewee", version("peewee")), ("SQLite", sqlite3.sqlite_version)]
    try:
        import psycopg

        found.append(("psycopg", psycopg.__version__))
    except ImportError:
        pass
    return found
