"""Backups of a SQLite database file, and restoring one (no Qt; callers choose the thread).

A backup is made in one step with ``VACUUM INTO`` from a connection of its own — a consistent
snapshot while the app keeps writing (a stepped backup restarts on every write and may never
finish) — into ``NAME.tmp``, checked (``quick_check``, it is ours, how many items), flushed to
disk, and only then renamed to its final name, so a crash or ``kill -9`` at any moment leaves at
most a stray ``.tmp`` (removed by the next backup) and every finished backup intact.

Backups live in a ``backups`` folder beside the database:
``citrus-20250601-093000-daily.db`` (kinds: daily, manual, before-v6 — before a migration —,
before-restore). Rotation keeps, of the daily backups, the newest of each of the last 7 days that
have one and of each of the last 4 weeks; backups made by hand, before a migration or before a
restore are never deleted by the app.

Restoring copies the backup's pages into the live file with SQLite's backup API: one
transaction of the destination, so the file is either the old data or the backup's, never a mix,
and other connections simply see new data after it commits.
"""

import contextlib
import os
import re
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from citrus_desktop.i18n import translate
from citrus_desktop.store.failures import classify
from citrus_desktop.store.problems import DatabaseProblem
from citrus_desktop.store.schema import APP_MARK, META_TABLE, SCHEMA_VERSION

FOLDER = "backups"
DAILY, MANUAL, BEFORE_RESTORE = "daily", "manual", "before-restore"
KEEP_DAYS = 7
KEEP_WEEKS = 4
GENERATION_KEY = "generation"
"""citrus_meta key changed by every restore: undo steps of the data before it no longer apply."""

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>daily|manual|before-v\d+|before-restore)\.db$"
)


class BackupProblem(DatabaseProblem):
    """A backup could not be made, read or restored; the message says why. Nothing was changed.
    ``reason``: the cause alone ("The disk is full…"), for callers that phrase their own line."""

    def __init__(self, message: str, reason: str = ""):
        super().__init__(message)
        self.reason = reason or message


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    kind: str
    size: int

    @property
    def before_migration(self) -> bool:
        return self.kind.startswith("before-v")


def folder_of(database: Path) -> Path:
    return database.parent / FOLDER


def _connect_read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.absolute()))}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)


def list_backups(database: Path) -> list[Backup]:
    """The finished backups of ``database``, newest first (``.tmp`` files are not backups)."""
    found = []
    target = folder_of(database)
    if not target.is_dir():
        return []
    for path in target.iterdir():
        match = _NAME.match(path.name)
        if not match or match["stem"] != database.stem or not path.is_file():
            continue
        made = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        found.append(Backup(path, made, match["kind"], path.stat().st_size))
    return sorted(found, key=lambda backup: (backup.made, backup.path.name), reverse=True)


def read_backup(path: Path) -> tuple[int, int]:
    """(schema version, item count) of a backup, after checking it is a sound Citrus database."""

    def problem(text: str) -> BackupProblem:
        return BackupProblem(translate("Backups", "%1: %2").replace("%1", str(path)).replace("%2", text))

    try:
        with path.open("rb") as file:
            if file.read(16) != b"SQLite format 3\x00":
                raise problem(translate("Backups", "is not a database file"))
        connection = _connect_read_only(path)
        try:
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise problem(translate("Backups", "is damaged (%1)").replace("%1", str(check)))
            meta = dict(connection.execute(f"SELECT key, value FROM {META_TABLE}"))
            if meta.get("app") != APP_MARK:
                raise problem(translate("Backups", "is not a Citrus Desktop database"))
            version = int(meta.get("schema_version", "0"))
            items = int(connection.execute("SELECT count(*) FROM inventory_item").fetchone()[0])
        finally:
            connection.close()
    except OSError as error:
        raise problem(
            translate("Backups", "cannot be read (%1)").replace("%1", error.strerror or "")
        ) from error
    except (sqlite3.Error, ValueError) as error:
        raise problem(
            translate("Backups", "is damaged or not ours (%1)").replace("%1", str(error))
        ) from error
    return version, items


def _fsync(path: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDWR
    try:
        descriptor = os.open(path, flags)
    except OSError:
        return  # Windows cannot open a folder; its rename is durable on NTFS anyway
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove_stale(target: Path) -> None:
    # An interrupted VACUUM INTO leaves NAME.db.tmp and may leave its NAME.db.tmp-journal.
    for stale in target.glob("*.db.tmp*"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _discard(temporary: Path, folder: Path | None = None) -> None:
    """Remove a failed backup's files (and ``folder``, made for it, if left empty)."""
    for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()
    if folder is not None:
        with contextlib.suppress(OSError):
            folder.rmdir()


def make_backup(
    database: Path,
    kind: str,
    busy_timeout: float = 5.0,
    now: datetime | None = None,
    into: Path | None = None,
) -> Backup:
    """Back ``database`` up into its backups folder (see the module's description), or into the
    file ``into`` (which must not exist); returns it. Raises BackupProblem (disk full, folder
    read-only, damaged source…), leaving no partial file."""
    moment = (now or datetime.now()).replace(microsecond=0)
    if into is not None:
        if into.exists():
            raise BackupProblem(
                translate("Backups", "%1 already exists: choose a new file name.").replace("%1", str(into))
            )
        target, final = into.parent, into
    else:
        target = folder_of(database)
        final = target / f"{database.stem}-{moment:%Y%m%d-%H%M%S}-{kind}.db"
        while final.exists():  # two backups within one second
            moment += timedelta(seconds=1)
            final = target / f"{database.stem}-{moment:%Y%m%d-%H%M%S}-{kind}.db"
    temporary = final.with_name(final.name + ".tmp")
    created = not target.exists()
    try:
        target.mkdir(exist_ok=True)
        if into is None:
            _remove_stale(target)
        source = sqlite3.connect(str(database), timeout=busy_timeout, isolation_level=None)
        try:
            source.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            source.execute("VACUUM INTO ?", (str(temporary),))
        finally:
            source.close()
        read_backup(temporary)
        _fsync(temporary)
        os.replace(temporary, final)
        _fsync(target)
    except BackupProblem:
        _discard(temporary, target if created else None)
        raise
    except (OSError, sqlite3.Error) as error:
        _discard(temporary, target if created else None)
        known = classify(error, temporary)
        reason = str(known) if known is not None else getattr(error, "strerror", None) or str(error)
        raise BackupProblem(
            translate("Backups", "The backup could not be written to %1 (%2). Nothing was changed.")
            .replace("%1", str(target))
            .replace("%2", reason),
            reason,
        ) from error
    return Backup(final, moment, kind, final.stat().st_size)


def made_today(database: Path, today: date | None = None) -> bool:
    """Whether any backup of ``database`` was made today (so the daily one is not due)."""
    day = today or date.today()
    return any(backup.made.date() == day for backup in list_backups(database))


def to_keep(backups: list[Backup]) -> set[Path]:
    """The backups rotation keeps: of the daily ones, the newest of each of the last 7 days and
    of each of the last 4 weeks that have one; every backup made by hand, before a migration or
    before a restore (those are deliberate, and few)."""
    daily = sorted((b for b in backups if b.kind == DAILY), key=lambda b: b.made, reverse=True)
    keep = {backup.path for backup in backups if backup.kind != DAILY}
    days: dict[date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    for backup in daily:
        day = backup.made.date()
        if day not in days and len(days) < KEEP_DAYS:
            days[day] = backup.path
        year, week, _weekday = backup.made.isocalendar()
        if (year, week) not in weeks and len(weeks) < KEEP_WEEKS:
            weeks[(year, week)] = backup.path
    return keep | set(days.values()) | set(weeks.values())


def rotate(database: Path) -> list[Path]:
    """Delete the backups rotation does not keep; returns them."""
    backups = list_backups(database)
    keep = to_keep(backups)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


def restore_backup(database: Path, backup: Path, busy_timeout: float = 5.0) -> Backup:
    """Replace the data of ``database`` with ``backup``'s, after backing the current data up
    (returned). The caller re-opens the database afterwards (an older backup is then migrated)."""
    version, _items = read_backup(backup)
    if version > SCHEMA_VERSION:
        raise BackupProblem(
            translate("Backups", "%1 was made by a newer Citrus Desktop (schema %2).")
            .replace("%1", str(backup))
            .replace("%2", str(version))
        )
    safety = make_backup(database, BEFORE_RESTORE, busy_timeout)
    try:
        source = _connect_read_only(backup)
        destination = sqlite3.connect(str(database), timeout=busy_timeout, isolation_level=None)
        try:
            destination.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            source.backup(destination)  # pages=-1: one step, one transaction of the destination
            destination.execute(
                f"INSERT OR REPLACE INTO {META_TABLE} (key, value) VALUES (?, ?)",
                (GENERATION_KEY, secrets.token_hex(8)),
            )
        finally:
            destination.close()
            source.close()
    except sqlite3.Error as error:
        raise BackupProblem(
            translate("Backups", "The backup could not be restored (%1). The data is as it was.").replace(
                "%1", str(error)
            )
        ) from error
    return safety
