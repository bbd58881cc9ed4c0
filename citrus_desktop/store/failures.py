"""Which database errors a person can meet, and what to tell them: the one place that decides.

A driver error that `classify` recognises becomes a `DatabaseProblem` subclass with a
translated message; anything else is a bug and keeps its own type (the crash dialog shows it).
Integrity errors are not classified here: the domain turns them into field messages.
"""

import errno
import shutil
import sqlite3
from pathlib import Path

from peewee import DatabaseError, IntegrityError

from citrus_desktop.i18n import translate
from citrus_desktop.store.finished_count_schema import FINISHED_MESSAGE
from citrus_desktop.store.problems import (
    DamagedDatabase,
    DatabaseBusy,
    DatabaseProblem,
    DiskFull,
    FinishedCount,
    NotAllowed,
    ReadOnlyDatabase,
)

LOW_SPACE_BYTES = 4 * 1024 * 1024
"""Below this much free space a write failure is told as a full disk."""


def busy() -> DatabaseBusy:
    return DatabaseBusy(
        translate(
            "Database",
            "The database is busy: someone else is saving right now, so nothing was changed. "
            "Try again in a moment.",
        )
    )


def disk_full() -> DiskFull:
    return DiskFull(
        translate("Database", "The disk is full, so nothing was saved. Free some space and try again.")
    )


def finished_count() -> FinishedCount:
    return FinishedCount(
        translate(
            "Database",
            "This stock-take is finished: its result is kept as it was found and cannot be changed, "
            "so nothing was saved. Start a new count of the site instead.",
        )
    )


def _disk_is_full(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent if not path.is_dir() else path).free < LOW_SPACE_BYTES
    except OSError:
        return False


def classify(error: BaseException, path: Path | None = None) -> DatabaseProblem | None:
    """The problem ``error`` means for the person, or None when it is a bug (or a rule broken).

    ``path``: the SQLite file, to tell a full disk from another write failure.
    """
    if isinstance(error, DatabaseProblem):
        return error
    if FINISHED_MESSAGE in str(error):  # the v12 triggers, on either database (a rule, not a bug)
        return finished_count()
    if isinstance(error, IntegrityError):
        return None
    psycopg_kind = _psycopg(error)
    if psycopg_kind is not None:
        return psycopg_kind
    if not isinstance(error, (DatabaseError, sqlite3.Error, OSError)):
        return None
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return disk_full()
    text = str(error).lower()
    if "database is locked" in text or "database table is locked" in text or "database is busy" in text:
        return busy()
    if "database or disk is full" in text or (("disk i/o error" in text) and _disk_is_full(path)):
        return disk_full()
    if "readonly database" in text or "read-only" in text:
        return ReadOnlyDatabase(
            translate(
                "Database",
                "The database cannot be written (the file or its folder is read-only), so nothing was saved.",
            )
        )
    if "disk i/o error" in text:
        return DatabaseProblem(
            translate(
                "Database",
                "The database file could not be written (a disk or file system error), so nothing "
                "was saved. Check the disk, then try again.",
            )
        )
    if "malformed" in text or "file is not a database" in text or "file is encrypted" in text:
        return DamagedDatabase(
            translate(
                "Database",
                "The database file is damaged. Nothing was changed; restore a backup "
                "(File › Restore a backup…) or ask for help.",
            )
        )
    if "unable to open database file" in text:
        return DatabaseProblem(
            translate(
                "Database",
                "The database file cannot be reached any more (was its folder moved or unmounted?).",
            )
        )
    return None


def _psycopg(error: BaseException) -> DatabaseProblem | None:
    """PostgreSQL's errors by SQLSTATE (the lost-connection case is `store.postgres`'s)."""
    cause: BaseException | None = error
    while cause is not None and not hasattr(cause, "sqlstate"):
        cause = cause.__cause__ or cause.__context__  # peewee wraps psycopg's error
        if cause is error:
            break
    state = getattr(cause, "sqlstate", None)
    if not state:
        return None
    if state in ("40001", "40P01", "55P03", "57014"):
        # serialization failure, deadlock, lock not available, statement timeout / cancelled
        return busy()
    if state == "53100":
        return DiskFull(
            translate(
                "Database",
                "The database server's disk is full, so nothing was saved. Ask the server's "
                "administrator to free space.",
            )
        )
    if state == "25006":
        return ReadOnlyDatabase(
            translate("Database", "The database server accepts no changes right now (read-only).")
        )
    if state == "42501":
        return NotAllowed(
            translate("Database", "Your database user is not allowed to do this (%1).").replace(
                "%1", str(cause).strip().splitlines()[0] if str(cause).strip() else state
            )
        )
    return None
