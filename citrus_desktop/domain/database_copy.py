"""Copying the whole database into an empty one: a solo file onto a team's server, or a server's
data into a file (a backup before a migration, for one). Records, history and bin, with their
ids, versions and timestamps; the counts are checked before the copy is kept.

A SQLite target is written under a temporary name beside it and renamed once complete, so a
cancelled, failed or killed copy never leaves a half-written file at the name given.
"""

import contextlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peewee import Database

from citrus_desktop.domain.errors import DomainError
from citrus_desktop.errors import KnownProblem
from citrus_desktop.i18n import translate
from citrus_desktop.store.copying import CopiedTable, CopyMismatch, CopyStopped, copy_tables, holds_data
from citrus_desktop.store.database import describe, is_postgres_url, open_unbound, sqlite_path
from citrus_desktop.store.migrations import current_version
from citrus_desktop.store.models import db
from citrus_desktop.store.problems import DatabaseProblem
from citrus_desktop.store.schema import dialect_of

Progress = Callable[[int, int, str], None]
"""(rows copied, rows in all, table being copied)"""


class CopyError(DomainError):
    """The copy was not made (or not kept); the message says why. The target is as it was."""


class CopyCancelled(DomainError):
    """Cancelled by the user; the target is as it was."""


@dataclass(frozen=True)
class CopyReport:
    target: str
    """The target as shown to people (a path, or a URL without its password)."""
    tables: list[CopiedTable]

    @property
    def rows(self) -> int:
        return sum(table.rows for table in self.tables)

    def count(self, table: str) -> int:
        return next((t.rows for t in self.tables if t.name == table), 0)


def copy_database(
    target: str,
    *,
    source: Database | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CopyReport:
    """Copy ``source`` (default: the open database) into the empty database ``target``, a file
    path or a ``postgresql://`` URL, first migrated to the source's schema version.

    Raises CopyError, CopyCancelled, or a `store.problems.DatabaseProblem` for a target that
    cannot be opened.
    """
    source = source or db.obj
    shown = describe(target)
    if _same_database(source, target):
        raise CopyError(
            translate("Copy", "%1 is the database in use: choose another one.").replace("%1", shown)
        )
    version = current_version(source)
    if is_postgres_url(target):
        return _copy(source, target, shown, version, progress, cancelled)
    path = sqlite_path(target)
    if path.exists() and path.stat().st_size > 0:
        return _copy(source, target, shown, version, progress, cancelled)
    if not path.parent.is_dir():
        raise CopyError(translate("Copy", "%1: the folder does not exist.").replace("%1", shown))
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        report = _copy(source, str(temporary), shown, version, progress, cancelled)
        if path.exists() and path.stat().st_size > 0:
            raise CopyError(
                translate("Copy", "%1 appeared while copying; nothing was replaced.").replace("%1", shown)
            )
        temporary.replace(path)
    finally:
        for leftover in (
            temporary,
            Path(f"{temporary}-wal"),
            Path(f"{temporary}-shm"),
            Path(f"{temporary}-journal"),
        ):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return report


def copy_before_upgrade(folder: Path) -> Callable[[Database, int], Path]:
    """The `store.migrations.server_copy` hook: before a server's schema is upgraded, its data
    (at schema ``version``) goes into a new SQLite file in ``folder``, named after the database,
    the version and the time. A copy that fails stops the upgrade (a DatabaseProblem)."""

    def copy(database: Database, version: int) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{database.database or 'server'}-v{version}-{stamp}.db"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            copy_database(str(target), source=database)
        except (KnownProblem, OSError) as problem:
            raise DatabaseProblem(
                translate(
                    "Copy",
                    "The server's data could not be copied before its upgrade, so it was not upgraded: %1",
                ).replace("%1", str(problem))
            ) from problem
        return target

    return copy


def _same_database(source: Database, target: str) -> bool:
    if is_postgres_url(target) != (dialect_of(source) == "postgres"):
        return False
    if is_postgres_url(target):
        from citrus_desktop.store.postgres import connect_params

        params = connect_params(target)
        mine = source.connect_params
        return (params.get("dbname"), params.get("host") or "localhost", int(params.get("port") or 5432)) == (
            source.database,
            mine.get("host") or "localhost",
            int(mine.get("port") or 5432),
        )
    path = sqlite_path(target)
    return path.exists() and path.resolve() == Path(source.database).resolve()


def _copy(
    source: Database,
    target: str,
    shown: str,
    version: int,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> CopyReport:
    database = open_unbound(target, up_to=version)
    try:
        if current_version(database) != version:
            raise CopyError(
                translate(
                    "Copy", "%1 has schema version %2 and this database %3: copy into an empty database."
                )
                .replace("%1", shown)
                .replace("%2", str(current_version(database)))
                .replace("%3", str(version))
            )
        if holds_data(database):
            raise CopyError(
                translate(
                    "Copy", "%1 already holds records; a copy goes only into an empty database."
                ).replace("%1", shown)
            )
        try:
            tables = copy_tables(source, database, progress, cancelled)
        except CopyStopped as stop:
            raise CopyCancelled(translate("Copy", "Copy cancelled; nothing was copied.")) from stop
        except CopyMismatch as mismatch:
            raise CopyError(
                translate(
                    "Copy", "The copy was not kept: %1 has %2 rows in this database but %3 in the copy."
                )
                .replace("%1", mismatch.table)
                .replace("%2", str(mismatch.source))
                .replace("%3", str(mismatch.target))
            ) from mismatch
    finally:
        database.close()
    return CopyReport(shown, tables)
