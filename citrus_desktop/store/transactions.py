"""The one way to write: `writing()`.

Every write of the app goes through it, so that
- SQLite takes its write lock at BEGIN (``LocalDatabase``: ``BEGIN IMMEDIATE``), and a second copy
  of the app waits out the busy timeout instead of failing at once;
- the history (issue 11: triggers in the database) learns who writes and which user action a
  change belongs to: one batch per outermost ``writing()``, so an import or a multi-delete reads
  and undoes as one.

A nested ``writing()`` is a savepoint inside the outer transaction and its batch.
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from citrus_desktop.store.models import db


@dataclass
class Batch:
    """One user action's writes. ``id``: its history batch (None while history is not kept)."""

    action: str
    summary: str = ""
    id: int | None = None


class _Open(threading.local):
    """The batches open on this thread (peewee keeps one connection per thread)."""

    def __init__(self) -> None:
        self.batches: list[Batch] = []


_open = _Open()


def current_batch() -> Batch | None:
    """The batch of the transaction running on this thread's connection, if any."""
    return _open.batches[-1] if _open.batches else None


@contextmanager
def writing(action: str = "edit", summary: str = "") -> Iterator[Batch]:
    """A write transaction for one user action (``action``: create, edit, delete, restore, import…;
    ``summary``: how the history names it, e.g. "Import of items.xlsx")."""
    database = db.obj
    outer = database.transaction_depth() == 0
    with database.atomic():
        if not outer and _open.batches:
            yield _open.batches[-1]
            return
        batch = Batch(action, summary)
        _open.batches.append(batch)
        try:
            yield batch
        finally:
            _open.batches.pop()
