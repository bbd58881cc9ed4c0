"""Putting records back as they were — from the recycle bin, or by undoing an action — after
checking the rules again: a serial, code or name another record took meanwhile, or a customer,
contract, site or type that is gone, refuses the whole operation and nothing changes.

The checks are set-based (a few queries whatever the number of records, so 10,000 items restore
in about a second); the database's own constraints stay the last guard.
"""

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import BooleanField, DateField, DateTimeField, IntegrityError

from citrus_desktop.domain.errors import DomainError
from citrus_desktop.domain.record_kinds import BY_TABLE, ORDER, RecordKind
from citrus_desktop.domain.session import actor
from citrus_desktop.domain.tax_ids import format_tax_id
from citrus_desktop.domain.text import fold
from citrus_desktop.i18n import translate
from citrus_desktop.store.bulk import insert_rows, item_upkeep_after, journals_in_memory
from citrus_desktop.store.history_schema import snapshot_columns
from citrus_desktop.store.models import db
from citrus_desktop.store.schema import dialect_of

CHUNK = 500
"""Ids per ``IN (…)`` list (SQLite allows 32,766 parameters; smaller lists plan as well)."""
SHOWN_PROBLEMS = 8


class RestoreRefused(DomainError):
    """Putting the records back would break a rule; the message names each record and why.
    Nothing was changed."""


def as_json(value: Any) -> Any:
    """A JSON column's value as Python (SQLite gives text, PostgreSQL's jsonb gives objects)."""
    if isinstance(value, str):
        return json.loads(value)
    return value


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _as_moment(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value).replace("T", " ")[:19])


def normal(kind: RecordKind, column: str, value: Any) -> Any:
    """A field's value as Python, whichever database wrote it (dates, flags, times)."""
    if column in kind.dates:
        return _as_date(value)
    if column in kind.flags:
        return None if value is None else bool(value)
    if column in ("created_at", "updated_at"):
        return _as_moment(value)
    return value


def snapshot_values(kind: RecordKind, data: Any) -> dict[str, Any]:
    """A bin snapshot (JSON) as the row's columns, in Python values."""
    found = as_json(data)
    return {c: normal(kind, c, found.get(c)) for c in snapshot_columns(kind.table) if c in found}


def chunks(values: Sequence[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(values), CHUNK):
        yield list(values[start : start + CHUNK])


def subject(kind: RecordKind, values: dict[str, Any]) -> str:
    """How a message names the record: "Item “SN-1”"."""
    return (
        translate("Restore", "%1 “%2”")
        .replace("%1", kind.name())
        .replace("%2", str(values.get(kind.label_field) or values.get("id")))
    )


def _link_word(table: str) -> str:
    return {
        "customer": translate("Fields", "customer"),
        "contract": translate("Fields", "contract"),
        "site": translate("Fields", "site"),
        "product_type": translate("Fields", "product or service type"),
    }[table]


Rows = list[tuple[RecordKind, dict[str, Any]]]


@dataclass
class Putting:
    """Rows about to exist (put back or changed), and rows about to be removed, in one operation."""

    rows: Rows
    removed: set[tuple[str, int]]
    inserting: set[tuple[str, int]]

    def present(self, table: str) -> dict[int, dict[str, Any]]:
        return {values["id"]: values for kind, values in self.rows if kind.table == table}


def check(putting: Putting) -> None:
    """Raise RestoreRefused naming every record that cannot be put back (or changed back), and why."""
    problems: list[str] = []
    problems += _taken_ids(putting)
    problems += _missing_links(putting)
    problems += _clashes(putting)
    problems += still_used(putting.removed)
    if problems:
        shown = problems[:SHOWN_PROBLEMS]
        if len(problems) > SHOWN_PROBLEMS:
            shown.append(
                translate("Restore", "…and %1 more.").replace("%1", str(len(problems) - SHOWN_PROBLEMS))
            )
        raise RestoreRefused("\n".join(shown))


def _problem(kind: RecordKind, values: dict[str, Any], reason: str) -> str:
    return translate("Restore", "%1: %2").replace("%1", subject(kind, values)).replace("%2", reason)


def rows_in(sql: str, values: Iterable[Any], before: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Run ``sql``, whose ``IN ({marks})`` stands for the list ``values``: plain SQL, since building
    thousands of parameters through the query builder costs more than the query. SQLite gets
    chunks of ``?`` marks; PostgreSQL one array parameter (``= ANY(%s)``), parsed once."""
    database = db.obj
    wanted = sorted(set(values))
    if not wanted:
        return []
    if dialect_of(database) == "postgres":
        return list(
            database.execute_sql(sql.replace("IN ({marks})", "= ANY(%s)"), (*before, wanted)).fetchall()
        )
    found: list[tuple[Any, ...]] = []
    for part in chunks(wanted):
        marks = ", ".join([database.param] * len(part))
        found += database.execute_sql(sql.format(marks=marks), (*before, *part)).fetchall()
    return found


def _live_ids(table: str, ids: Iterable[int]) -> set[int]:
    return {row[0] for row in rows_in(f"SELECT id FROM {table} WHERE id IN ({{marks}})", ids)}


def _binned(table: str, ids: Iterable[int]) -> dict[int, str]:
    """Of ``ids``, those in the bin, with their labels."""
    param = db.obj.param
    sql = f"SELECT row_id, label FROM recycle_bin WHERE table_name = {param} AND row_id IN ({{marks}})"
    return dict(rows_in(sql, ids, (table,)))


def _taken_ids(putting: Putting) -> list[str]:
    problems = []
    by_table: dict[str, list[tuple[RecordKind, dict[str, Any]]]] = defaultdict(list)
    for kind, values in putting.rows:
        if (kind.table, values["id"]) in putting.inserting:
            by_table[kind.table].append((kind, values))
    for table, rows in by_table.items():
        live = _live_ids(table, [values["id"] for _kind, values in rows])
        for kind, values in rows:
            if values["id"] in live:
                problems.append(
                    _problem(kind, values, translate("Restore", "another record now has its number"))
                )
    return problems


def _missing_links(putting: Putting) -> list[str]:
    problems = []
    wanted: dict[str, set[int]] = defaultdict(set)
    for kind, values in putting.rows:
        for column, table in kind.links.items():
            if values.get(column) is not None:
                wanted[table].add(values[column])
    live = {table: _live_ids(table, ids) for table, ids in wanted.items()}
    coming = {table: set(putting.present(table)) for table in wanted}
    binned = {table: _binned(table, ids - live[table] - coming[table]) for table, ids in wanted.items()}
    for kind, values in putting.rows:
        for column, table in kind.links.items():
            target = values.get(column)
            if target is None:
                continue
            gone = (table, target) in putting.removed
            if target in coming[table] or (target in live[table] and not gone):
                continue
            word = _link_word(table)
            if target in binned[table]:
                reason = (
                    translate("Restore", "its %1 “%2” is in the recycle bin: restore it first")
                    .replace("%1", word)
                    .replace("%2", binned[table][target])
                )
            else:
                reason = translate("Restore", "its %1 no longer exists").replace("%1", word)
            problems.append(_problem(kind, values, reason))
    return problems


def _clashes(putting: Putting) -> list[str]:
    problems: list[str] = []
    for table, finder in (
        ("inventory_item", _serial_clashes),
        ("contract", _scoped_name_clashes),
        ("site", _scoped_name_clashes),
        ("product_type", _name_clashes),
        ("customer", _tax_id_clashes),
    ):
        rows = [(kind, values) for kind, values in putting.rows if kind.table == table]
        if rows:
            problems += finder(BY_TABLE[table], rows, putting)
    return problems


def _others(ids: set[int], putting: Putting, table: str) -> set[int]:
    """Ids whose current values do not count: rows changed or removed in this operation."""
    return ids | {row_id for t, row_id in putting.removed if t == table}


def _serial_clashes(kind: RecordKind, rows: Rows, putting: Putting) -> list[str]:
    mine = {values["id"] for _k, values in rows}
    skip = _others(mine, putting, kind.table)
    keys = {fold(values["serial_number"] or ""): values for _k, values in rows}
    users: dict[str, tuple[str, str]] = {}
    select = (
        "SELECT i.id, i.serial_number, c.name FROM inventory_item i JOIN customer c ON c.id = i.customer_id "
    )
    # The serial's key is the database's own rule (v5): one indexed lookup per chunk.
    found = rows_in(select + "WHERE i.serial_key IN ({marks})", keys)
    for row_id, serial, customer in found:
        if row_id not in skip:
            users[fold(serial)] = (serial, customer)
    problems = []
    seen: dict[str, int] = {}
    for _kind, values in rows:
        key = fold(values["serial_number"] or "")
        used = users.get(key)
        if used is None and key in seen and seen[key] != values["id"]:
            used = (values["serial_number"], "")
        seen.setdefault(key, values["id"])
        if used is not None:
            reason = (
                translate("Restore", "serial number “%1” is now used by an item of customer “%2”")
                .replace("%1", used[0])
                .replace("%2", used[1])
                if used[1]
                else translate("Restore", "serial number “%1” is used twice").replace("%1", used[0])
            )
            problems.append(_problem(kind, values, reason))
    return problems


def _named_clashes(kind: RecordKind, rows: Rows, putting: Putting, scoped: bool) -> list[str]:
    column = kind.label_field
    key_column = "code_key" if column == "code" else "name_key"
    skip = _others({values["id"] for _k, values in rows}, putting, kind.table)
    keys = sorted({fold(values[column] or "") for _k, values in rows})
    taken: dict[tuple[Any, str], str] = {}
    owner = ", customer_id" if scoped else ", NULL"
    sql = f"SELECT id, {column}{owner} FROM {kind.table} WHERE {key_column} IN ({{marks}})"
    for row_id, name, scope in rows_in(sql, keys):
        if row_id not in skip:
            taken[(scope, fold(name))] = name
    problems = []
    for _kind, values in rows:
        scope = values.get("customer_id") if scoped else None
        name = taken.get((scope, fold(values[column] or "")))
        if name is None:
            continue
        if kind.table == "contract":
            reason = translate("Restore", "its customer now has another contract “%1”")
        elif kind.table == "site":
            reason = translate("Restore", "its customer now has another site “%1”")
        else:
            reason = translate("Restore", "there is now another type “%1”")
        problems.append(_problem(kind, values, reason.replace("%1", name)))
    return problems


def _scoped_name_clashes(kind: RecordKind, rows: Rows, putting: Putting) -> list[str]:
    return _named_clashes(kind, rows, putting, scoped=True)


def _name_clashes(kind: RecordKind, rows: Rows, putting: Putting) -> list[str]:
    return _named_clashes(kind, rows, putting, scoped=False)


def _tax_id_clashes(kind: RecordKind, rows: Rows, putting: Putting) -> list[str]:
    skip = _others({values["id"] for _k, values in rows}, putting, kind.table)
    wanted = sorted({values["tax_id"] for _k, values in rows if values.get("tax_id")})
    owners: dict[str, str] = {}
    for row_id, tax_id, name in rows_in(
        "SELECT id, tax_id, name FROM customer WHERE tax_id IN ({marks})", wanted
    ):
        if row_id not in skip:
            owners[tax_id] = name
    problems = []
    for _kind, values in rows:
        owner = owners.get(values.get("tax_id") or "")
        if owner:
            reason = (
                translate("Restore", "CPF/CNPJ %1 now belongs to customer “%2”")
                .replace("%1", format_tax_id(values["tax_id"]))
                .replace("%2", owner)
            )
            problems.append(_problem(kind, values, reason))
    return problems


def _columns(kind: RecordKind) -> list[str]:
    columns = list(snapshot_columns(kind.table))
    return [*columns, *(c for c in kind.derive({}) if c not in columns)]


def insert(kind: RecordKind, rows: list[dict[str, Any]], now: datetime) -> None:
    """Insert ``rows`` (snapshot values) with their own ids, a version past the deleted one and
    "updated now by the current person"; derived columns are computed afresh."""
    if not rows:
        return
    columns = _columns(kind)
    who = actor()
    model = kind.model
    converters = [_converter(model, c) for c in columns]
    records = []
    for values in rows:
        full = {**values, **kind.derive(values)}
        full["version"] = int(values.get("version") or 0) + 1
        full["updated_at"], full["updated_by"] = now, who
        full.setdefault("created_at", now)
        full.setdefault("created_by", "")
        records.append(
            tuple(
                value if convert is None or value is None else convert(value)
                for convert, value in zip(converters, (full.get(c) for c in columns), strict=True)
            )
        )
    ids = [values["id"] for values in rows] if kind.table == "inventory_item" else []
    with journals_in_memory(), item_upkeep_after(ids):
        # PostgreSQL: COPY, one statement, so its history triggers run once, not once a row.
        insert_rows(kind.table, columns, records)
    if ids:
        _relink_stock_take_lines(ids)


def _relink_stock_take_lines(item_ids: list[int]) -> None:
    """Stock-take lines that pointed at these items before they were deleted point at them again
    (schema v10 noted the item in ``deleted_item_id``)."""
    rows_in(
        "UPDATE stock_take_entry SET item_id = deleted_item_id, deleted_item_id = NULL "
        "WHERE deleted_item_id IN ({marks}) RETURNING id",
        item_ids,
    )


def _converter(model: Any, column: str) -> Any:
    """peewee's conversion for dates, times and flags; other values go to the driver as they are."""
    field = model._meta.columns.get(column)
    if isinstance(field, (DateField, DateTimeField, BooleanField)):
        return field.db_value
    return None


def update(kind: RecordKind, values: dict[str, Any], version: int, now: datetime) -> bool:
    """Write ``values`` (tracked fields) over row ``values['id']`` if it is still at ``version``."""
    model = kind.model
    changes: dict[Any, Any] = {}
    for column in kind.tracked:
        if column in values:
            changes[model._meta.columns[column]] = values[column]
    for column, value in kind.derive(values).items():
        changes[model._meta.columns[column]] = value
    changes[model.version] = model.version + 1
    changes[model.updated_at] = now
    changes[model.updated_by] = actor()
    done = model.update(changes).where((model.id == values["id"]) & (model.version == version)).execute()
    return bool(done)


def remove(kind: RecordKind, pairs: list[tuple[int, int]]) -> int:
    """Delete the rows (id, version) still at that version; returns how many."""
    model = kind.model
    total = 0
    for part in chunks(pairs):
        by_version: dict[int, list[int]] = defaultdict(list)
        for row_id, version in part:
            by_version[version].append(row_id)
        for version, ids in by_version.items():
            total += model.delete().where(model.id.in_(ids) & (model.version == version)).execute()
    return total


def guarded(work: Any) -> Any:
    """Run ``work()``; a constraint the checks did not foresee (a racing writer) refuses it all."""
    try:
        return work()
    except IntegrityError as error:
        raise RestoreRefused(
            translate("Restore", "The database refused to put the records back: %1").replace(
                "%1", str(error).strip().splitlines()[0] if str(error).strip() else "?"
            )
        ) from error


def by_order(rows: list[tuple[RecordKind, dict[str, Any]]]) -> list[tuple[RecordKind, dict[str, Any]]]:
    """Parents first (customers and types, then contracts and sites, then items), then by id."""
    return sorted(rows, key=lambda pair: (ORDER[pair[0].table], pair[1]["id"]))


def live_rows(kind: RecordKind, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """The current rows ``ids`` of ``kind``'s table, as snapshot columns."""
    columns = list(snapshot_columns(kind.table))
    sql = f"SELECT {', '.join(columns)} FROM {kind.table} WHERE id IN ({{marks}})"
    found: dict[int, dict[str, Any]] = {}
    for row in rows_in(sql, ids):
        values = {c: normal(kind, c, v) for c, v in zip(columns, row, strict=True)}
        found[values["id"]] = values
    return found


def still_used(removed: set[tuple[str, int]]) -> list[str]:
    """Why rows about to be removed cannot go: records (not removed with them) still point at them."""
    problems = []
    for table in sorted({t for t, _ in removed}, key=lambda t: ORDER[t]):
        ids = sorted(row_id for t, row_id in removed if t == table)
        users: dict[int, list[str]] = defaultdict(list)
        for child in BY_TABLE.values():
            for column, target in child.links.items():
                if target != table:
                    continue
                gone = {row_id for t, row_id in removed if t == child.table}
                counts: dict[int, int] = defaultdict(int)
                sql = f"SELECT {column}, id FROM {child.table} WHERE {column} IN ({{marks}})"
                for parent_id, child_id in rows_in(sql, ids):
                    if child_id not in gone:
                        counts[parent_id] += 1
                for parent_id, n in counts.items():
                    users[parent_id].append(child.phrase(n))
        if users:
            labels = live_rows(BY_TABLE[table], users)
            for parent_id, phrases in sorted(users.items()):
                values = labels.get(parent_id, {"id": parent_id})
                reason = translate("Restore", "it is now used by %1").replace("%1", ", ".join(phrases))
                problems.append(_problem(BY_TABLE[table], values, reason))
    return problems
