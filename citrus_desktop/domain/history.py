"""Reading the history back: a record's changes, newest first, and how an action is named.

Values come back as people read them: a customer, contract, site or type by its name (also when
it has been deleted since), a type's kind in words, a CPF/CNPJ with its punctuation. Dates and
yes/no stay `date` and `bool` for the window to show in the user's locale.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import JOIN

from citrus_desktop.domain.errors import UnavailableError
from citrus_desktop.domain.product_types import kind_label
from citrus_desktop.domain.record_kinds import BY_TABLE, RecordKind, kind
from citrus_desktop.domain.restoring import as_json, normal, snapshot_values
from citrus_desktop.domain.tax_ids import format_tax_id
from citrus_desktop.i18n import translate
from citrus_desktop.store.history_models import BinEntry, HistoryBatch, HistoryEntry, of_batch
from citrus_desktop.store.models import tuple_rows
from citrus_desktop.store.problems import DatabaseProblem

CREATED, CHANGED, DELETED, RESTORED = "created", "changed", "deleted", "restored"
STOCK_TAKE = "stock-take"
"""A finished stock-take of a site (DESIGN §8: its result is in the site's history)."""


@dataclass(frozen=True)
class Change:
    """One line of a record's history: a field changed, or the record created, deleted, restored."""

    at: datetime | None
    who: str
    """Who did it ("" when written around the app: unknown)."""
    what: str
    """CREATED, CHANGED, DELETED or RESTORED."""
    field: str = ""
    label: str = ""
    """The field's label in the UI language."""
    old: Any = None
    new: Any = None
    how: str = ""
    """How it happened, when not by hand: "undo", "import of items.xlsx"…"""


def who_of(actor: str | None, db_user: str | None) -> str:
    """The staff name, with the database user beside it when they differ (team mode)."""
    if actor and db_user and actor != db_user:
        return f"{actor} ({db_user})"
    return actor or db_user or ""


def _how(action: str, summary: str) -> str:
    if action == "undo":
        return translate("History", "undo")
    if action == "redo":
        return translate("History", "redo")
    if action == "import":
        return (
            translate("History", "import of %1").replace("%1", summary)
            if summary
            else translate("History", "import")
        )
    if action == "demo":
        return translate("History", "demo data")
    if action == "external":
        return translate("History", "another program")
    return ""


def record_history(table: str, row_id: int) -> list[Change]:
    """Every change of record ``row_id`` of ``table``, newest first (also for a deleted record)."""
    try:
        return _history(kind(table), row_id)
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error


def _history(record: RecordKind, row_id: int) -> list[Change]:
    query = (
        HistoryEntry.select(
            HistoryEntry, HistoryBatch.action, HistoryBatch.summary, HistoryBatch.actor, HistoryBatch.db_user
        )
        .join(HistoryBatch, JOIN.LEFT_OUTER, on=HistoryEntry.batch_id == HistoryBatch.id)
        .where((HistoryEntry.table_name == record.table) & (HistoryEntry.row_id == row_id))
        .order_by(HistoryEntry.id)
        .objects()
    )
    entries = list(query)
    names = _Names(_linked_ids(record, entries))
    labels = record.labels()
    lines: list[Change] = []
    deleted_before = False
    if not any(entry.kind == "c" for entry in entries):
        lines += _created_before_history(record, row_id)
    for entry in entries:
        who = who_of(getattr(entry, "actor", None), getattr(entry, "db_user", None))
        how = _how(getattr(entry, "action", "") or "", getattr(entry, "summary", "") or "")
        if entry.kind == "c":
            lines.append(Change(entry.at, who, RESTORED if deleted_before else CREATED, how=how))
        elif entry.kind == "d":
            deleted_before = True
            lines.append(Change(entry.at, who, DELETED, how=how))
        else:
            changes = as_json(entry.changes) or {}
            for column in record.tracked:
                if column not in changes:
                    continue
                old, new = changes[column]
                lines.append(
                    Change(
                        entry.at,
                        who,
                        CHANGED,
                        column,
                        labels.get(column, column),
                        names.shown(record, column, old),
                        names.shown(record, column, new),
                        how,
                    )
                )
    if record.table == "site":
        lines += _stock_takes(row_id)
        # Whole seconds (stock-takes keep no fraction): what happened in one second keeps its order.
        lines.sort(key=lambda line: (line.at or datetime.min).replace(microsecond=0))
    lines.reverse()
    return lines


def _stock_takes(site_id: int) -> list[Change]:
    from citrus_desktop.domain.stock_takes import site_results

    return [
        Change(
            info.finished_at,
            info.finished_by,
            STOCK_TAKE,
            new=translate("History", "%1 of %2 found, %3 not found, %4 unexpected, %5 moved here")
            .replace("%1", str(info.counts.found))
            .replace("%2", str(info.counts.expected))
            .replace("%3", str(info.counts.missing))
            .replace("%4", str(info.counts.unexpected))
            .replace("%5", str(info.counts.moved)),
        )
        for info in site_results(site_id)
        if info.finished_at is not None
    ]


def _created_before_history(record: RecordKind, row_id: int) -> list[Change]:
    """Rows made before history was kept (or by a bulk load) still say who created them."""
    model = record.model
    row = model.select(model.created_at, model.created_by).where(model.id == row_id).tuples().first()
    if row is None:
        entry = (
            BinEntry.select(BinEntry.data)
            .where((BinEntry.table_name == record.table) & (BinEntry.row_id == row_id))
            .order_by(BinEntry.id.desc())
            .first()
        )
        if entry is None:
            return []
        values = snapshot_values(record, entry.data)
        row = (values.get("created_at"), values.get("created_by"))
    return [Change(normal(record, "created_at", row[0]), row[1] or "", CREATED)]


def _linked_ids(record: RecordKind, entries: list[HistoryEntry]) -> dict[str, set[int]]:
    wanted: dict[str, set[int]] = defaultdict(set)
    for entry in entries:
        if entry.kind != "u":
            continue
        for column, (old, new) in (as_json(entry.changes) or {}).items():
            table = record.links.get(column)
            if table:
                wanted[table].update(v for v in (old, new) if v is not None)
    return wanted


class _Names:
    """Names of the records a history points at, live or in the bin."""

    def __init__(self, wanted: dict[str, set[int]]):
        self.names: dict[tuple[str, int], str] = {}
        for table, ids in wanted.items():
            target = BY_TABLE[table]
            model = target.model
            label = getattr(model, target.label_field)
            for row_id, name in tuple_rows(model.select(model.id, label).where(model.id.in_(list(ids)))):
                self.names[(table, row_id)] = name
            missing = [i for i in ids if (table, i) not in self.names]
            if missing:
                for row_id, name in tuple_rows(
                    BinEntry.select(BinEntry.row_id, BinEntry.label).where(
                        (BinEntry.table_name == table) & BinEntry.row_id.in_(missing)
                    )
                ):
                    self.names[(table, row_id)] = translate("History", "%1 (deleted)").replace("%1", name)

    def shown(self, record: RecordKind, column: str, value: Any) -> Any:
        if value is None:
            return None
        table = record.links.get(column)
        if table:
            return self.names.get((table, value), f"#{value}")
        value = normal(record, column, value)
        if record.table == "product_type" and column == "kind":
            return kind_label(value)
        if column == "tax_id":
            return format_tax_id(value)
        if isinstance(value, (bool, date)):
            return value
        return value


def entry_counts(batch_id: int) -> Counter[tuple[str, str]]:
    """How many records of each (table, kind) the batch created, changed or deleted."""
    query = HistoryEntry.select(HistoryEntry.table_name, HistoryEntry.kind, HistoryEntry.row_id).where(
        of_batch(batch_id)
    )
    seen: dict[tuple[str, int], str] = {}
    for table, entry_kind, row_id in tuple_rows(query):
        seen.setdefault((table, row_id), entry_kind)
    return Counter((table, entry_kind) for (table, _row), entry_kind in seen.items())


def describe_batch(batch_id: int) -> str | None:
    """The action in words for Undo/Redo ("delete of 3 items", "edit of item “SN-1”"), or None when
    it changed nothing."""
    found = describe_batch_tables(batch_id)
    return found[0] if found is not None else None


def describe_batch_tables(batch_id: int) -> tuple[str, frozenset[str]] | None:
    """`describe_batch`'s words and the tables whose records the batch changed (what undoing it
    needs the right to change), or None when it changed nothing."""
    batch = HistoryBatch.get_or_none(HistoryBatch.id == batch_id)
    counts = entry_counts(batch_id)
    if batch is None or not counts:
        return None
    tables: Counter[str] = Counter()
    for (table, _kind), n in counts.items():
        tables[table] += n
    return _words(batch, tables, batch_id), frozenset(tables)


def _words(batch: HistoryBatch, tables: "Counter[str]", batch_id: int) -> str:
    if len(tables) == 1:
        ((table, n),) = tables.items()
        record = kind(table)
        if n == 1:
            row_id = HistoryEntry.select(HistoryEntry.row_id).where(of_batch(batch_id)).limit(1).scalar()
            subject = _named(record, row_id)
        else:
            subject = record.phrase(n)
    else:
        total = sum(tables.values())
        subject = (
            translate("History", "1 record")
            if total == 1
            else translate("History", "%1 records").replace("%1", str(total))
        )
    template = {
        "create": translate("History", "creation of %1"),
        "edit": translate("History", "edit of %1"),
        "delete": translate("History", "delete of %1"),
        "restore": translate("History", "restore of %1"),
        "import": translate("History", "import of %1"),
    }.get(batch.action, translate("History", "change of %1"))
    if batch.action == "import" and batch.summary:
        subject = batch.summary
    return template.replace("%1", subject)


def _label(record: RecordKind, row_id: int) -> str:
    """The record's serial, name or code, live or from the bin (its id if neither has it)."""
    model = record.model
    label = model.select(getattr(model, record.label_field)).where(model.id == row_id).scalar()
    if label is None:
        label = (
            BinEntry.select(BinEntry.label)
            .where((BinEntry.table_name == record.table) & (BinEntry.row_id == row_id))
            .order_by(BinEntry.id.desc())
            .scalar()
        )
    return str(label if label is not None else row_id)


def _named(record: RecordKind, row_id: int) -> str:
    return (
        translate("History", "%1 “%2”")
        .replace("%1", record.name().lower())
        .replace("%2", _label(record, row_id))
    )


def record_title(table: str, row_id: int) -> str:
    """The record as a title: "Item “SN-1”" (also once it is in the bin)."""
    record = kind(table)
    try:
        label = _label(record, row_id)
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error
    return translate("History", "%1 “%2”").replace("%1", record.name()).replace("%2", label)
