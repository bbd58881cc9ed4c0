"""The recycle bin (Lixeira): what was deleted, restoring it, purging it, and the retention.

Every deleted row lands in ``recycle_bin`` through a trigger (schema v6), whoever deleted it.
Restoring puts back every row deleted together with the chosen ones (one batch), parents first,
after checking the rules again (`domain.restoring`); purging erases rows for good, their history
with them (personal data included: nothing stays behind).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from peewee import JOIN, SQL, Expression, ModelSelect, NodeList, fn

from citrus_desktop.domain import stock_take_bin
from citrus_desktop.domain.access import refused_for, refused_message, require_change
from citrus_desktop.domain.errors import DomainError, NotAllowedError, NotFoundError, UnavailableError
from citrus_desktop.domain.list_sources import Column, ListSource, Row
from citrus_desktop.domain.record_kinds import BY_TABLE, kind
from citrus_desktop.domain.restoring import (
    Putting,
    RestoreRefused,
    by_order,
    check,
    chunks,
    guarded,
    insert,
    rows_in,
    snapshot_values,
)
from citrus_desktop.domain.search import contains
from citrus_desktop.i18n import translate
from citrus_desktop.store.history_models import BinEntry, HistoryBatch, HistoryEntry
from citrus_desktop.store.meta import read_meta, write_meta
from citrus_desktop.store.models import Customer, db, tuple_rows
from citrus_desktop.store.problems import DatabaseProblem, NotAllowed
from citrus_desktop.store.schema import dialect_of
from citrus_desktop.store.transactions import writing

RETENTION_KEY = "retention_days"
DEFAULT_RETENTION_DAYS = 90
PRUNE_CHUNK = 5_000


def _json_text(key: str) -> Any:
    """``data``'s member ``key`` as text, in either database."""
    if dialect_of(db.obj) == "postgres":
        return NodeList((BinEntry.data, SQL("->>"), SQL(f"'{key}'")), glue=" ")
    return fn.json_extract(BinEntry.data, f"$.{key}")


class RecycleBinSource(ListSource):
    """Every deleted record still in the bin, newest first by default."""

    model = BinEntry  # type: ignore[assignment]  # a list of bin entries, which carry no audit columns

    def columns(self) -> list[Column]:
        return [
            Column("kind", translate("Columns", "Record")),
            Column("label", translate("Columns", "Serial number or name")),
            Column("customer", translate("Columns", "Customer")),
            Column("deleted_at", translate("Columns", "Deleted"), "datetime"),
            Column("deleted_by", translate("Columns", "Deleted by")),
        ]

    def _owner_name(self) -> Any:
        # The customer may be in the bin too: then its name comes from there.
        Owner = BinEntry.alias("owner")
        binned = (
            Owner.select(Owner.label)
            .where((Owner.table_name == "customer") & (Owner.row_id == BinEntry.customer_id))
            .limit(1)
        )
        return fn.COALESCE(Customer.name, binned)

    def _who(self) -> Any:
        return fn.COALESCE(HistoryBatch.actor, HistoryBatch.db_user, "")

    def _select(self) -> ModelSelect:
        return self._joined(
            BinEntry.select(
                BinEntry.id,
                BinEntry.table_name,
                BinEntry.label,
                self._owner_name(),
                BinEntry.deleted_at,
                self._who(),
            )
        )

    def _sort_keys(self) -> Sequence[Any]:
        return (BinEntry.table_name, fn.lower(BinEntry.label), Customer.name_key, BinEntry.id, self._who())

    @staticmethod
    def _joined(query: Any) -> ModelSelect:
        joined: ModelSelect = (
            query.join(Customer, JOIN.LEFT_OUTER, on=BinEntry.customer_id == Customer.id)
            .switch(BinEntry)
            .join(HistoryBatch, JOIN.LEFT_OUTER, on=BinEntry.batch_id == HistoryBatch.id)
        )
        return joined

    def count(self, keyword: str = "") -> int:
        query = self._filtered(self._joined(BinEntry.select(fn.COUNT(SQL("*")))), keyword)
        return int(query.scalar() or 0)

    def _ids(self, keyword: str, sort: int, descending: bool) -> ModelSelect:
        query = self._joined(BinEntry.select(BinEntry.id))
        return self._filtered(query, keyword).order_by(*self._order(sort, descending))

    def _matches(self, folded: str) -> Expression:
        condition = contains(fn.lower(BinEntry.label), folded)
        for key in ("serial_key", "name_key", "code_key"):
            condition |= contains(_json_text(key), folded)
        return condition | contains(Customer.name_key, folded)

    def rows(self, ids: Sequence[int]) -> list[Row]:
        return [
            (
                row[0],
                kind(row[1]).name() if row[1] in BY_TABLE else stock_take_bin.kind_name(),
                row[2],
                row[3] or "",
                row[4],
                row[5] or translate("History", "unknown"),
            )
            for row in super().rows(ids)
        ]

    def delete(self, ids: list[int]) -> int:
        return purge(ids)


@dataclass(frozen=True)
class Entry:
    """A bin entry as restore and purge need it."""

    id: int
    batch_id: int | None
    table_name: str
    row_id: int
    data: Any
    label: str = ""


ENTRY_COLUMNS = "id, batch_id, table_name, row_id, data, label"


def _entries(ids: Sequence[int]) -> list[Entry]:
    return [
        Entry(*row)
        for row in rows_in(f"SELECT {ENTRY_COLUMNS} FROM recycle_bin WHERE id IN ({{marks}})", ids)
    ]


def together(ids: Sequence[int]) -> list[Entry]:
    """The entries ``ids`` and every entry deleted in the same action as one of them."""
    chosen = _entries(ids)
    batches = {entry.batch_id for entry in chosen if entry.batch_id is not None}
    found = {entry.id: entry for entry in chosen}
    sql = f"SELECT {ENTRY_COLUMNS} FROM recycle_bin WHERE batch_id IN ({{marks}})"
    for row in rows_in(sql, batches):
        found[row[0]] = Entry(*row)
    return sorted(found.values(), key=lambda entry: entry.id)


def restore(ids: Sequence[int]) -> int:
    """Put back the entries ``ids`` with everything deleted together with them, as they were (same
    ids, fields and links); returns how many records came back. Raises RestoreRefused naming each
    record that cannot come back and why; then nothing changes."""
    tables: set[str] = set()
    try:
        with writing("restore"):
            entries = together(ids)
            if not entries:
                raise NotFoundError(translate("Restore", "These records are no longer in the recycle bin."))
            tables = {entry.table_name for entry in entries}
            require_change(tables)  # an editor's selection with a type in it: said before the server
            put_back(entries)
    except NotAllowed as error:
        raise NotAllowedError(refused_for(tables or {"inventory_item"})) from error
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error
    return len(entries)


def put_back(entries: list[Entry]) -> None:
    """Re-insert the rows of ``entries`` (inside the caller's transaction) and empty them from the bin;
    stock-takes come back after their sites."""
    counts = stock_take_bin.binned(entries)
    records = [e for e in entries if e.table_name in BY_TABLE]
    rows = by_order([(kind(e.table_name), snapshot_values(kind(e.table_name), e.data)) for e in records])
    coming_sites = {values["id"] for k, values in rows if k.table == "site"}
    count_problems = stock_take_bin.problems(counts, coming_sites)
    try:
        check(Putting(rows, removed=set(), inserting={(k.table, values["id"]) for k, values in rows}))
    except RestoreRefused as refused:
        raise RestoreRefused("\n".join([str(refused), *count_problems])) from None
    if count_problems:
        raise RestoreRefused("\n".join(count_problems))
    now = datetime.now().replace(microsecond=0)

    def work() -> None:
        for table in BY_TABLE:
            insert(kind(table), [values for k, values in rows if k.table == table], now)
        stock_take_bin.put_back(counts)
        _forget([entry.id for entry in entries])

    guarded(work)


def _forget(ids: list[int]) -> None:
    """Delete the bin entries ``ids`` (their records are back): PostgreSQL in one statement."""
    database = db.obj
    if dialect_of(database) == "postgres":
        database.execute_sql("DELETE FROM recycle_bin WHERE id = ANY(%s)", (sorted(ids),))
        return
    for part in chunks(ids):
        BinEntry.delete().where(BinEntry.id.in_(part)).execute()


def purge(ids: Sequence[int]) -> int:
    """Erase the entries ``ids`` for good, with the history of their records; returns how many."""
    try:
        with writing("purge"):
            entries = _entries(ids)
            _erase(entries)
            if _entries([entry.id for entry in entries]):
                # Row security keeps a non-administrator's purge from erasing (0 rows, no error).
                raise NotAllowedError(refused_message(None, purging=True))
    except NotAllowed as error:
        raise NotAllowedError(refused_message(None, purging=True)) from error
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error
    return len(entries)


def _erase(entries: list[Entry]) -> None:
    by_table: dict[str, list[int]] = {}
    for entry in entries:
        by_table.setdefault(entry.table_name, []).append(entry.row_id)
    erased = [entry.id for entry in entries]
    for table, row_ids in by_table.items():
        if table not in BY_TABLE:
            continue  # a stock-take: no history of its own (its result is in its site's)
        model = BY_TABLE[table].model
        for part in chunks(sorted(set(row_ids))):
            # A record someone put back under the same id keeps its history.
            live = {row[0] for row in tuple_rows(model.select(model.id).where(model.id.in_(part)))}
            gone = [row_id for row_id in part if row_id not in live]
            if gone:
                HistoryEntry.delete().where(
                    (HistoryEntry.table_name == table) & HistoryEntry.row_id.in_(gone)
                ).execute()
            if gone and table == "site":
                erased += stock_take_bin.of_sites(gone)  # a site's counts go with it for good
            if gone and table == "inventory_item":
                stock_take_bin.forget_items(gone)
    for part in chunks(sorted(set(erased))):
        BinEntry.delete().where(BinEntry.id.in_(part)).execute()


def entry_record(entry_id: int) -> tuple[str, int] | None:
    """(table, row id) of the record the bin entry holds, for its history."""
    try:
        entry = BinEntry.get_or_none(BinEntry.id == entry_id)
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error
    if entry is None:
        return None
    if entry.table_name == stock_take_bin.TABLE:
        # A stock-take's result is part of its site's history.
        return ("site", int(stock_take_bin.binned([entry])[0].site_id))
    return (entry.table_name, entry.row_id)


def bin_count() -> int:
    return int(BinEntry.select(fn.COUNT(SQL("*"))).scalar() or 0)


def retention_days() -> int:
    """How many days the bin keeps records and the history keeps changes (this database's setting)."""
    try:
        value = int(read_meta(RETENTION_KEY) or DEFAULT_RETENTION_DAYS)
    except ValueError:
        value = DEFAULT_RETENTION_DAYS
    return max(1, value)


def set_retention_days(days: int) -> None:
    if not 1 <= days <= 36_500:
        raise DomainError(translate("Restore", "Keep between 1 and 36,500 days."))
    try:
        with writing("settings"):
            write_meta(RETENTION_KEY, str(int(days)))
    except NotAllowed as error:
        raise NotAllowedError(refused_message(None, purging=True)) from error
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error


def prune(days: int | None = None, now: datetime | None = None) -> tuple[int, int]:
    """Apply the retention: purge bin entries older than ``days``, and history entries older than
    that, except each record's create entry and its last change. Returns (bin entries purged,
    history entries pruned). Runs in short transactions, so others' saves never wait long, and
    writes nothing at all when nothing is old enough."""
    cutoff = (now or datetime.now()) - timedelta(days=days or retention_days())
    purged = 0
    while True:
        old = [
            e.id for e in BinEntry.select(BinEntry.id).where(BinEntry.deleted_at < cutoff).limit(PRUNE_CHUNK)
        ]
        if not old:
            break
        with writing("prune"):
            entries = _entries(old)
            _erase(entries)
        purged += len(entries)
    first_kept = (
        HistoryEntry.select(HistoryEntry.id)
        .where(HistoryEntry.at >= cutoff)
        .order_by(HistoryEntry.id)
        .limit(1)
        .scalar()
    )
    if first_kept is None:
        first_kept = int(HistoryEntry.select(fn.MAX(HistoryEntry.id)).scalar() or 0) + 1
    Newer = HistoryEntry.alias("newer")
    pruned = 0
    low = int(HistoryEntry.select(fn.MIN(HistoryEntry.id)).scalar() or 0)
    while low < first_kept:
        high = min(low + PRUNE_CHUNK, first_kept)
        superseded = Newer.select(SQL("1")).where(
            (Newer.table_name == HistoryEntry.table_name)
            & (Newer.row_id == HistoryEntry.row_id)
            & (Newer.id > HistoryEntry.id)
        )
        doomed = (
            (HistoryEntry.id >= low)
            & (HistoryEntry.id < high)
            & (HistoryEntry.kind != "c")
            & fn.EXISTS(superseded)
        )
        if HistoryEntry.select(SQL("1")).where(doomed).exists():
            with writing("prune"):
                pruned += HistoryEntry.delete().where(doomed).execute()
        low = high
    wrote = HistoryEntry.batch_id == HistoryBatch.id
    if dialect_of(db.obj) == "sqlite":  # no index on batch_id there: each batch knows its id range
        wrote = wrote & HistoryEntry.id.between(HistoryBatch.first_entry, HistoryBatch.last_entry)
    in_use = HistoryEntry.select(HistoryEntry.batch_id).where(wrote)
    binned = BinEntry.select(BinEntry.batch_id).where(BinEntry.batch_id == HistoryBatch.id)
    empty = (HistoryBatch.at < cutoff) & ~fn.EXISTS(in_use) & ~fn.EXISTS(binned)
    if HistoryBatch.select(SQL("1")).where(empty).exists():
        with writing("prune"):
            HistoryBatch.delete().where(empty).execute()
    return purged, pruned


__all__ = ["RecycleBinSource", "RestoreRefused", "prune", "purge", "restore", "retention_days"]
