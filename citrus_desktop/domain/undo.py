"""Undo and redo of one user action, from its history batch.

`revert(batch_id)` puts every record the batch touched back as it was before it: created records
are removed (to the recycle bin), changed ones get their old values, deleted ones come back. It
refuses — with the conflict message, nothing changed — when anyone changed one of those records
since (a later history entry, or another version), and when putting it back would break a rule
(`domain.restoring`). Redo is the revert of the undo's own batch.
"""

from collections import defaultdict
from datetime import datetime
from typing import Any

from peewee import JOIN, fn

from citrus_desktop.domain import stock_take_bin
from citrus_desktop.domain.access import refused_for, require_change
from citrus_desktop.domain.errors import ConflictError, NotAllowedError, NotFoundError, UnavailableError
from citrus_desktop.domain.history import who_of
from citrus_desktop.domain.record_kinds import BY_TABLE, ORDER, RecordKind, kind
from citrus_desktop.domain.restoring import (
    Putting,
    RestoreRefused,
    as_json,
    check,
    chunks,
    guarded,
    insert,
    live_rows,
    normal,
    remove,
    snapshot_values,
    subject,
    update,
)
from citrus_desktop.i18n import translate
from citrus_desktop.store.backups import GENERATION_KEY
from citrus_desktop.store.history_models import BinEntry, HistoryBatch, HistoryEntry, of_batch
from citrus_desktop.store.meta import read_meta
from citrus_desktop.store.models import tuple_rows
from citrus_desktop.store.problems import DatabaseProblem, NotAllowed
from citrus_desktop.store.transactions import writing

Key = tuple[str, int]


def current_generation() -> str:
    """Which life of the data this is: a restored backup starts a new one, and the undo steps of
    the data it replaced no longer apply to it."""
    return read_meta(GENERATION_KEY) or ""


def revert(batch_id: int, action: str = "undo", generation: str | None = None) -> int:
    """Undo (or, with ``action="redo"``, redo) batch ``batch_id``; returns the new batch's id.
    Raises ConflictError (someone changed a record since, or — ``generation`` given — a backup was
    restored since) or RestoreRefused (a rule would break). Nothing is changed then."""
    tables: set[str] = set()
    try:
        with writing(action) as batch:
            if generation is not None and generation != current_generation():
                raise ConflictError(
                    translate(
                        "Undo", "The data was restored from a backup since: this can no longer be undone."
                    )
                )
            _revert(batch_id, tables)
    except NotAllowed as error:  # the role changed since the action (or its batch was refused)
        raise NotAllowedError(refused_for(tables or {"inventory_item"})) from error
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error
    assert batch.id is not None
    return batch.id


def touched_tables(batch_id: int) -> set[str]:
    """The tables whose records batch ``batch_id`` changed (the lists to refresh)."""
    query = HistoryEntry.select(HistoryEntry.table_name).where(of_batch(batch_id)).distinct()
    return {row[0] for row in tuple_rows(query)}


def _conflict(record: RecordKind, values: dict[str, Any], entry_id: int | None, why: str) -> ConflictError:
    who, when = "", None
    if entry_id is not None:
        found = (
            HistoryEntry.select(HistoryEntry.at, HistoryBatch.actor, HistoryBatch.db_user)
            .join(HistoryBatch, JOIN.LEFT_OUTER, on=HistoryEntry.batch_id == HistoryBatch.id)
            .where(HistoryEntry.id == entry_id)
            .tuples()
            .first()
        )
        if found is not None:
            when, who = found[0], who_of(found[1], found[2])
    moment = when.strftime("%Y-%m-%d %H:%M") if when else ""
    name = who or translate("Saving", "someone else")
    message = why.replace("%1", subject(record, values)).replace("%2", name).replace("%3", moment)
    return ConflictError(message, who, when)


def _revert(batch_id: int, tables: set[str]) -> None:
    """Revert batch ``batch_id`` inside the caller's transaction; ``tables`` gets the tables it
    changes (for the message when the server refuses)."""
    entries = list(HistoryEntry.select().where(of_batch(batch_id)).order_by(HistoryEntry.id))
    if not entries:
        raise NotFoundError(translate("Undo", "There is nothing left to undo in this action."))
    rows: dict[Key, list[HistoryEntry]] = defaultdict(list)
    for entry in entries:
        rows[(entry.table_name, entry.row_id)].append(entry)
    by_table: dict[str, list[int]] = defaultdict(list)
    for table, row_id in rows:
        by_table[table].append(row_id)
    tables.update(by_table)
    require_change(by_table)  # the role may have changed since: said before the server refuses
    live = {table: live_rows(kind(table), ids) for table, ids in by_table.items()}
    latest = _latest_entries(by_table)
    snapshots = _snapshots(batch_id)

    targets: dict[Key, dict[str, Any] | None] = {}
    for key, own in rows.items():
        table, row_id = key
        record = kind(table)
        last = own[-1]
        current = live[table].get(row_id)
        known = current or snapshots.get(key) or {"id": row_id}
        later = latest.get(key, last.id)
        if later > last.id:
            raise _conflict(
                record, known, later, translate("Undo", "%1 was changed by %2 at %3, after this action.")
            )
        if last.kind == "d":
            if current is not None:
                raise _conflict(record, known, None, translate("Undo", "%1 exists again since this action."))
            if key not in snapshots:
                raise _conflict(
                    record,
                    known,
                    None,
                    translate("Undo", "%1 is no longer in the recycle bin (restored or purged since)."),
                )
            state: dict[str, Any] | None = dict(snapshots[key])
        else:
            if current is None:
                raise _conflict(record, known, None, translate("Undo", "%1 was deleted after this action."))
            if current["version"] != last.version:
                raise _conflict(
                    record,
                    known,
                    None,
                    translate("Undo", "%1 was changed by someone else after this action."),
                )
            state = dict(current)
        for entry in reversed(own):
            if entry.kind == "u" and state is not None:
                for column, pair in (as_json(entry.changes) or {}).items():
                    if column in record.tracked:
                        state[column] = normal(record, column, pair[0])
            elif entry.kind == "c":
                state = None
            elif entry is not last:  # deleted then created again within one action
                raise _conflict(record, known, None, translate("Undo", "%1 cannot be undone."))
        targets[key] = state

    removing = {key for key, target in targets.items() if target is None and live[key[0]].get(key[1])}
    inserting = {
        key for key, target in targets.items() if target is not None and not live[key[0]].get(key[1])
    }
    present = [(kind(key[0]), target) for key, target in targets.items() if target is not None]
    # Stock-takes deleted with their site in this action come back with it.
    counts = stock_take_bin.binned(
        BinEntry.select().where(BinEntry.batch_id == batch_id).order_by(BinEntry.id)
    )
    coming_sites = {row_id for table, row_id in inserting if table == "site"}
    count_problems = stock_take_bin.problems(counts, coming_sites)
    try:
        check(Putting(present, removed=removing, inserting=inserting))
    except RestoreRefused as refused:
        raise RestoreRefused("\n".join([str(refused), *count_problems])) from None
    if count_problems:
        raise RestoreRefused("\n".join(count_problems))
    now = datetime.now().replace(microsecond=0)

    def work() -> None:
        for table in sorted(by_table, key=lambda t: -ORDER[t]):
            pairs = [(row_id, live[table][row_id]["version"]) for t, row_id in removing if t == table]
            if pairs and remove(kind(table), pairs) != len(pairs):
                raise _stale()
        for table in sorted(by_table, key=lambda t: ORDER[t]):
            rows = [targets[key] for key in sorted(inserting) if key[0] == table]
            insert(kind(table), [row for row in rows if row is not None], now)
        bin_ids = [snapshots.entry_ids[key] for key in inserting]
        for part in chunks(bin_ids):
            BinEntry.delete().where(BinEntry.id.in_(part)).execute()
        stock_take_bin.put_back(counts)
        for key, target in targets.items():
            if target is None or key in inserting:
                continue
            table, row_id = key
            current = live[table][row_id]
            if any(current.get(c) != target.get(c) for c in BY_TABLE[table].tracked) and not update(
                kind(table), target, current["version"], now
            ):
                raise _stale()

    guarded(work)


def _stale() -> ConflictError:
    return ConflictError(
        translate("Undo", "Someone else changed these records at the same moment. Try again.")
    )


def _latest_entries(by_table: dict[str, list[int]]) -> dict[Key, int]:
    latest: dict[Key, int] = {}
    for table, ids in by_table.items():
        for part in chunks(sorted(ids)):
            query = (
                HistoryEntry.select(HistoryEntry.row_id, fn.MAX(HistoryEntry.id))
                .where((HistoryEntry.table_name == table) & HistoryEntry.row_id.in_(part))
                .group_by(HistoryEntry.row_id)
            )
            latest.update({(table, row_id): top for row_id, top in tuple_rows(query)})
    return latest


class _Snapshots(dict[Key, dict[str, Any]]):
    """(table, row) → the row as the batch deleted it, with the bin entries' ids."""

    entry_ids: dict[Key, int]


def _snapshots(batch_id: int) -> _Snapshots:
    found = _Snapshots()
    found.entry_ids = {}
    for entry in BinEntry.select().where(BinEntry.batch_id == batch_id).order_by(BinEntry.id):
        if entry.table_name not in BY_TABLE:
            continue  # a stock-take: it comes back with its site (`domain.stock_take_bin`)
        key = (entry.table_name, entry.row_id)
        found[key] = snapshot_values(kind(entry.table_name), entry.data)
        found.entry_ids[key] = entry.id
    return found
