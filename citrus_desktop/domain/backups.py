"""Backups as people see them: which file, what kind, making one now, the daily one, restoring.

The copying itself is `store.backups` (SQLite only: a team's server is backed up by its
administrator with ``pg_dump``). Every function here takes the database file, so it can run on
the task thread without touching the window's connection.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from citrus_desktop.i18n import translate
from citrus_desktop.store import backups
from citrus_desktop.store.backups import DAILY, MANUAL, Backup, BackupProblem
from citrus_desktop.store.models import db

__all__ = ["DAILY", "MANUAL", "Backup", "BackupProblem"]


def database_file() -> Path | None:
    """The SQLite file open now (None on PostgreSQL)."""
    return getattr(db.obj, "path", None)


def kind_label(kind: str) -> str:
    if kind == backups.DAILY:
        return translate("Backups", "Daily")
    if kind == backups.MANUAL:
        return translate("Backups", "Made by hand")
    if kind == backups.BEFORE_RESTORE:
        return translate("Backups", "Before a restore")
    return translate("Backups", "Before an update of Citrus Desktop")


def back_up(database: Path, kind: str = MANUAL, into: Path | None = None) -> Backup:
    """Make a backup now into the backups folder (then rotate the old ones), or into the new file
    ``into``; raises BackupProblem, leaving nothing behind."""
    made = backups.make_backup(database, kind, into=into)
    if into is None:
        backups.rotate(database)
    return made


def daily_if_due(database: Path, today: date | None = None) -> Backup | None:
    """The day's backup, when none was made today (after a missed day too); None if not due."""
    if not database.exists() or backups.made_today(database, today):
        return None
    return back_up(database, DAILY)


@dataclass(frozen=True)
class Listed:
    backup: Backup
    items: int | None
    problem: str = ""


def listing(database: Path) -> list[Listed]:
    """Every backup of ``database``, newest first, each with its item count (or why it is unusable)."""
    found = []
    for backup in backups.list_backups(database):
        try:
            _version, items = backups.read_backup(backup.path)
        except BackupProblem as problem:
            found.append(Listed(backup, None, str(problem)))
        else:
            found.append(Listed(backup, items))
    return found


def restore(database: Path, backup: Path) -> Backup:
    """Replace the data of ``database`` by ``backup``'s (the current data is backed up first and
    returned). The caller re-opens the database: an older backup is migrated then."""
    return backups.restore_backup(database, backup)
