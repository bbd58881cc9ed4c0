"""Stock-takes in the recycle bin: they go there with their site (the database puts them there,
schema v10), come back with it on Restore and on Undo, and are erased with it on Purge.

A count is not one of the five records of DESIGN §1 (it has no history of its own: its result is
in its site's), so it is no `RecordKind`; its bin entry (``table_name = 'stock_take'``) holds the
count's row and its lines (``"entries"``). Lines that pointed at an item deleted meanwhile come
back unlinked, remembering the item (``deleted_item_id``), and relink when it is restored.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from citrus_desktop.domain.errors import UnavailableError
from citrus_desktop.domain.restoring import as_json, chunks, rows_in
from citrus_desktop.i18n import translate
from citrus_desktop.store.models import db
from citrus_desktop.store.problems import DatabaseProblem
from citrus_desktop.store.schema import dialect_of
from citrus_desktop.store.stock_take_bin_schema import COUNT_COLUMNS as BIN_COUNT_COLUMNS
from citrus_desktop.store.stock_take_bin_schema import ENTRY_COLUMNS
from citrus_desktop.store.transactions import fresh_id

TABLE = "stock_take"

# The fields the database's trigger (schema v10) writes into a count's bin entry, less the ids.
COUNT_COLUMNS = tuple(column for column in BIN_COUNT_COLUMNS if column != "id")
LINE_COLUMNS = tuple(column for column in ENTRY_COLUMNS if column != "id")
MOMENTS = ("started_at", "paused_at", "finished_at", "scanned_at")


def kept_counts(site_ids: Sequence[int]) -> int:
    """How many counts of the sites ``site_ids`` would go to the bin with them (the database's
    rule, schema v10: finished, or with a scan)."""
    try:
        param = db.obj.param
        rows = rows_in(
            f"SELECT count(*) FROM stock_take s WHERE (s.state = {param} OR EXISTS (SELECT 1 FROM "
            f"stock_take_entry k WHERE k.stock_take_id = s.id AND k.state <> {param})) "
            "AND s.site_id IN ({marks})",
            site_ids,
            ("finished", "missing"),
        )
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error
    return sum(int(row[0]) for row in rows)


def kind_name() -> str:
    return translate("History", "Stock-take")


@dataclass(frozen=True)
class Binned:
    """A count in the bin: its entry's id and label, the count's row and its lines."""

    entry_id: int
    label: str
    count: dict[str, Any]
    lines: list[dict[str, Any]]

    @property
    def id(self) -> int:
        return int(self.count["id"])

    @property
    def site_id(self) -> int:
        return int(self.count["site_id"])


def _moment(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value).replace("T", " ")[:19])


def _values(data: dict[str, Any], columns: Sequence[str]) -> dict[str, Any]:
    values = {c: data.get(c) for c in columns}
    for column in MOMENTS:
        if column in values:
            values[column] = _moment(values[column])
    if "expected" in values:
        values["expected"] = bool(values["expected"])
    return values


def binned(entries: Iterable[Any]) -> list[Binned]:
    """The counts among bin ``entries`` (`recycle_bin.Entry` or ``BinEntry``), by id."""
    found = []
    for entry in entries:
        if entry.table_name != TABLE:
            continue
        data = as_json(entry.data)
        count = {"id": data["id"], **_values(data, COUNT_COLUMNS)}
        lines = [{"id": line.get("id"), **_values(line, LINE_COLUMNS)} for line in data.get("entries") or []]
        found.append(Binned(entry.id, getattr(entry, "label", "") or "", count, lines))
    return sorted(found, key=lambda b: b.id)


def _subject(count: Binned) -> str:
    return (
        translate("Restore", "%1 “%2”").replace("%1", kind_name()).replace("%2", count.label or str(count.id))
    )


def _live(table: str, ids: Iterable[int]) -> set[int]:
    return {row[0] for row in rows_in(f"SELECT id FROM {table} WHERE id IN ({{marks}})", ids)}


def _in_bin(table: str, ids: Iterable[int]) -> dict[int, str]:
    param = db.obj.param
    sql = f"SELECT row_id, label FROM recycle_bin WHERE table_name = {param} AND row_id IN ({{marks}})"
    return dict(rows_in(sql, ids, (table,)))


def problems(counts: list[Binned], coming_sites: set[int]) -> list[str]:
    """Why some of ``counts`` cannot come back (their site gone, or counted again meanwhile), with
    the sites in ``coming_sites`` about to come back too."""
    if not counts:
        return []
    sites = {count.site_id for count in counts}
    live = _live("site", sites) | coming_sites
    gone = _in_bin("site", sites - live)
    param = db.obj.param
    unfinished = {
        row[0]
        for row in rows_in(
            f"SELECT site_id FROM stock_take WHERE state <> {param} AND site_id IN ({{marks}})",
            sites,
            ("finished",),
        )
    }
    found = []
    for count in counts:
        if count.site_id not in live:
            if count.site_id in gone:
                reason = (
                    translate("Restore", "its %1 “%2” is in the recycle bin: restore it first")
                    .replace("%1", translate("Fields", "site"))
                    .replace("%2", gone[count.site_id])
                )
            else:
                reason = translate("Restore", "its %1 no longer exists").replace(
                    "%1", translate("Fields", "site")
                )
        elif count.count["state"] != "finished" and count.site_id in unfinished:
            reason = translate("StockTake", "its site is being counted again: finish that count first")
        else:
            unfinished |= {count.site_id} if count.count["state"] != "finished" else set()
            continue
        found.append(translate("Restore", "%1: %2").replace("%1", _subject(count)).replace("%2", reason))
    return found


def put_back(counts: list[Binned]) -> None:
    """Insert ``counts`` and their lines as they were (inside the caller's transaction, after the
    records they belong to), and take them out of the bin."""
    if not counts:
        return
    database = db.obj
    mark = database.param
    taken = _live(TABLE, [count.id for count in counts])
    refs: set[int] = set()
    for count in counts:
        for line in count.lines:
            ref = line.get("item_id") or line.get("deleted_item_id")
            if ref is not None:
                refs.add(int(ref))
    items = _live("inventory_item", refs)
    binned_items = set(_in_bin("inventory_item", refs - items))
    line_ids = [line["id"] for c in counts for line in c.lines if line.get("id") is not None]
    lines_taken = _live("stock_take_entry", line_ids)
    count_sql = (
        f"INSERT INTO stock_take (id, {', '.join(COUNT_COLUMNS)}) VALUES "
        f"({', '.join([mark] * (len(COUNT_COLUMNS) + 1))})"
    )
    line_sql = (
        f"INSERT INTO stock_take_entry (id, stock_take_id, {', '.join(LINE_COLUMNS)}) VALUES "
        f"({', '.join([mark] * (len(LINE_COLUMNS) + 2))})"
    )
    cursor = database.cursor()
    for count in counts:
        count_id = count.id
        if count_id in taken:  # SQLite gave its number to a newer count: it comes back under another
            count_id = fresh_id(TABLE) or _next_id(TABLE)
        values = [_stored(count.count[c]) for c in COUNT_COLUMNS]
        cursor.execute(count_sql, (count_id, *values))
        rows = []
        for line in count.lines:
            ref = line.get("item_id") or line.get("deleted_item_id")
            item_id = ref if ref in items else None
            deleted = ref if ref in binned_items else None
            line_id = line.get("id")
            if line_id in lines_taken:
                line_id = None
            stored = {**line, "item_id": item_id, "deleted_item_id": deleted}
            rows.append((line_id, count_id, *(_stored(stored[c]) for c in LINE_COLUMNS)))
        with_ids = [row for row in rows if row[0] is not None]
        if with_ids:
            cursor.executemany(line_sql, with_ids)
        for row in rows:
            if row[0] is None:
                cursor.execute(line_sql.replace("(id, ", "(", 1).replace(f"({mark}, ", "(", 1), row[1:])
    erase_entries([count.entry_id for count in counts])


def _next_id(table: str) -> int:
    return int(db.obj.execute_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


def _stored(value: Any) -> Any:
    if isinstance(value, datetime) and dialect_of(db.obj) != "postgres":
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return value


def erase_entries(entry_ids: Sequence[int]) -> None:
    param = db.obj.param
    for part in chunks(sorted(set(entry_ids))):
        db.obj.execute_sql(f"DELETE FROM recycle_bin WHERE id IN ({', '.join([param] * len(part))})", part)


def forget_items(item_ids: Sequence[int]) -> None:
    """The items ``item_ids`` are erased for good: their lines keep serial and description only."""
    if not item_ids:
        return
    rows_in(
        "UPDATE stock_take_entry SET deleted_item_id = NULL WHERE deleted_item_id IN ({marks}) RETURNING id",
        item_ids,
    )


def of_sites(site_ids: Sequence[int]) -> list[int]:
    """The bin entries of counts of the sites ``site_ids`` (erased with them)."""
    if not site_ids:
        return []
    if dialect_of(db.obj) == "postgres":
        site = "(data->>'site_id')::bigint"
    else:
        site = "json_extract(data, '$.site_id')"
    sql = f"SELECT id FROM recycle_bin WHERE table_name = 'stock_take' AND {site} IN ({{marks}})"
    return [row[0] for row in rows_in(sql, site_ids)]
