"""The one way to write: `writing()`.

Every write of the app goes through it, so that
- SQLite takes its write lock at BEGIN (``LocalDatabase``: ``BEGIN IMMEDIATE``), and a second copy
  of the app waits out the busy timeout instead of failing at once;
- the history (schema v6: triggers in the database) learns who writes and which user action a
  change belongs to: one batch per outermost ``writing()``, so an import or a multi-delete reads
  and undoes as one.

A nested ``writing()`` is a savepoint inside the outer transaction and joins its batch.

The batch is recorded in ``history_batch`` right after BEGIN and made visible to the triggers for
that transaction only: SQLite sets ``history_context.batch_id`` then and clears it just before
COMMIT (other connections only ever see it cleared); PostgreSQL sets ``citrus.batch`` with
``set_config(…, true)``, which ends with the transaction. Writes made around the app get no
batch (SQLite: author unknown; PostgreSQL: an "external" batch naming the database user).

After the outermost ``writing()`` commits, the functions given to `add_commit_listener` are called
with its `Batch` on the committing thread (the window's undo stack listens).
"""

import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from peewee import Database

from citrus_desktop.store.models import db
from citrus_desktop.store.schema import dialect_of


@dataclass
class Batch:
    """One user action's writes. ``id``: its ``history_batch`` row (None on a database without
    history). ``action``: create, edit, delete, restore, import, undo, redo, purge, demo…;
    ``summary``: free text the history shows with it (e.g. the imported file's name). SQLite keeps
    no row for a batch that changed no record: ``id`` is None again after such a commit."""

    action: str
    summary: str = ""
    id: int | None = None
    recorded: tuple[str, str] = field(default=("", ""), repr=False)
    before: int = field(default=0, repr=False)
    """SQLite: the last history id before the batch began."""
    started: int = field(default=0, repr=False)


class _Open(threading.local):
    """The batches open on this thread (peewee keeps one connection per thread)."""

    def __init__(self) -> None:
        self.batches: list[Batch] = []
        self.last: Batch | None = None


_open = _Open()
_listeners: list[Callable[[Batch], None]] = []
_with_history: "weakref.WeakKeyDictionary[Database, bool]" = weakref.WeakKeyDictionary()

who: Callable[[], str] = lambda: ""  # noqa: E731
"""The staff name written into each batch (``domain.session`` installs `actor`)."""


def current_batch() -> Batch | None:
    """The batch of the transaction running on this thread's connection, if any."""
    return _open.batches[-1] if _open.batches else None


def last_committed() -> Batch | None:
    """The batch this thread committed last (None before any)."""
    return _open.last


def add_commit_listener(listener: Callable[[Batch], None]) -> None:
    if listener not in _listeners:
        _listeners.append(listener)


def remove_commit_listener(listener: Callable[[Batch], None]) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def keeps_history(database: Database) -> bool:
    """Whether ``database`` has the v6 history tables (checked once per connection pool)."""
    known = _with_history.get(database)
    if known is None:
        known = "history_batch" in database.get_tables()
        _with_history[database] = known
    return known


def forget_schema(database: Database) -> None:
    """Check again for the history tables (after a migration or a restored file)."""
    _with_history.pop(database, None)


@contextmanager
def writing(action: str = "edit", summary: str = "") -> Iterator[Batch]:
    """A write transaction for one user action (``action``: create, edit, delete, restore, import…;
    ``summary``: how the history names it, e.g. "items.xlsx")."""
    database = db.obj
    with database.atomic():
        if _open.batches:
            yield _open.batches[-1]
            return
        batch = Batch(action, summary)
        _open.batches.append(batch)
        try:
            recording = keeps_history(database)
            if recording:
                _begin(database, batch)
            yield batch
            if recording:
                _end(database, batch)
        finally:
            _open.batches.pop()
    if batch.id is not None and database.transaction_depth() == 0:
        _open.last = batch
        for listener in list(_listeners):
            listener(batch)


def _begin(database: Database, batch: Batch) -> None:
    actor = who() or None
    if dialect_of(database) == "postgres":
        row = database.execute_sql(
            "SELECT citrus_begin_batch(%s, %s, %s)", (batch.action, batch.summary, actor)
        ).fetchone()
        batch.id = int(row[0])
    else:
        # The write lock is ours since BEGIN IMMEDIATE: the next id cannot be taken meanwhile. The
        # row itself is written at the end, and only if the action changed a record (a save that
        # changed nothing, a scan or a purge leaves no empty batch behind).
        batch.id, batch.before = database.execute_sql(
            "SELECT coalesce((SELECT max(id) FROM history_batch), 0) + 1, "
            "coalesce((SELECT max(id) FROM history), 0)"
        ).fetchone()
        batch.started = int(time.time())
        database.execute_sql("UPDATE history_context SET batch_id = ?", (batch.id,))
    batch.recorded = (batch.action, batch.summary)


def _end(database: Database, batch: Batch) -> None:
    if dialect_of(database) == "postgres":
        if (batch.action, batch.summary) != batch.recorded:
            database.execute_sql(
                "UPDATE history_batch SET action = %s, summary = %s WHERE id = %s",
                (batch.action, batch.summary, batch.id),
            )
        return
    last = int(database.execute_sql("SELECT coalesce(max(id), 0) FROM history").fetchone()[0])
    if last > batch.before:
        database.execute_sql(
            "INSERT INTO history_batch (id, action, summary, actor, at, first_entry, last_entry) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (batch.id, batch.action, batch.summary, who() or None, batch.started, batch.before + 1, last),
        )
    else:
        batch.id = None  # nothing to keep: no batch
    database.execute_sql("UPDATE history_context SET batch_id = NULL")


def fresh_id(table: str) -> Any:
    """An id never used by ``table``'s rows, its history or its bin (SQLite reuses the highest
    id once its row is deleted; a deleted record must keep its id for its history and restore).
    None on PostgreSQL, whose identity sequences never go back."""
    database = db.obj
    if dialect_of(database) == "postgres" or not keeps_history(database):
        return None
    row = database.execute_sql(
        f"SELECT max(coalesce((SELECT max(id) FROM {table}), 0),"
        " coalesce((SELECT max(row_id) FROM history WHERE table_name = ?), 0),"
        " coalesce((SELECT max(row_id) FROM recycle_bin WHERE table_name = ?), 0)) + 1",
        (table, table),
    ).fetchone()
    return int(row[0])
