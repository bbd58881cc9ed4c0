"""Stock-taking (Conferência) of a customer's site: expected items, scans, moving, pausing, finishing.

Every scan is written at once, so a count survives a crash and can be paused and resumed (by
anyone: two people scanning the same site share its one unfinished count).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from peewee import IntegrityError, fn

from citrus_desktop.domain.access import refused_message
from citrus_desktop.domain.errors import NotAllowedError, NotFoundError, UnavailableError, ValidationError
from citrus_desktop.domain.items import (
    ItemData,
    find_serial,
    get_item,
    normalize_serial,
    save_item,
    serial_key,
)
from citrus_desktop.domain.session import actor
from citrus_desktop.i18n import translate
from citrus_desktop.store.models import Customer, InventoryItem, ProductType, Site, db, tuple_rows
from citrus_desktop.store.problems import DatabaseProblem, NotAllowed
from citrus_desktop.store.stock_take_models import StockTake, StockTakeEntry
from citrus_desktop.store.transactions import fresh_id, writing

T = TypeVar("T")

FOUND_STATES = ("found", "moved")
UNEXPECTED_STATES = ("other_site", "other_customer", "unknown")
STATES = ("missing", *FOUND_STATES, *UNEXPECTED_STATES)
LONGEST_SCAN = 200


def state_label(state: str) -> str:
    """The state in words, as the table, the report and the CSV say it."""
    return {
        "missing": translate("StockTake", "Not found yet"),
        "found": translate("StockTake", "Found"),
        "moved": translate("StockTake", "Found, moved here"),
        "other_site": translate("StockTake", "Unexpected: another site of this customer"),
        "other_customer": translate("StockTake", "Unexpected: another customer's item"),
        "unknown": translate("StockTake", "Unknown serial"),
    }[state]


@dataclass(frozen=True)
class Entry:
    id: int
    serial: str
    state: str
    expected: bool
    description: str
    place: str
    scanned_at: datetime | None
    scanned_by: str
    item_id: int | None


@dataclass(frozen=True)
class Counts:
    expected: int
    found: int
    missing: int
    unexpected: int
    moved: int


@dataclass(frozen=True)
class CountInfo:
    id: int
    customer_id: int
    site_id: int
    customer: str
    site: str
    state: str
    started_at: datetime
    started_by: str
    finished_at: datetime | None
    finished_by: str
    counts: Counts


@dataclass(frozen=True)
class ScanResult:
    entry: Entry
    outcome: str
    """found, again (already scanned), other_site, other_customer or unknown."""


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _guarded(work: Callable[[], T]) -> T:
    """``work()``, a database failure told as UnavailableError, a refused right as NotAllowedError."""
    try:
        return work()
    except NotAllowed as error:
        raise NotAllowedError(refused_message("stock_take")) from error
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error


def _entry(row: StockTakeEntry) -> Entry:
    return Entry(
        row.id,
        row.serial_number,
        row.state,
        bool(row.expected),
        row.description,
        row.place,
        row.scanned_at,
        row.scanned_by,
        row.item_id,
    )


def _describe(type_name: str, description: str) -> str:
    return f"{type_name} — {description}" if description else type_name


def unfinished(site_id: int) -> int | None:
    """The site's open or paused count, if any."""
    row = StockTake.select(StockTake.id).where((StockTake.site == site_id) & (StockTake.state != "finished"))
    found = row.tuples().first()
    return found[0] if found else None


def expected_items(site_id: int) -> list[Entry]:
    """The items at the site now, as lines of a count not yet started (nothing written)."""
    query = (
        InventoryItem.select(
            InventoryItem.id, InventoryItem.serial_number, ProductType.name, InventoryItem.description
        )
        .join(ProductType, on=InventoryItem.product_type == ProductType.id)
        .where(InventoryItem.site == site_id)
        .order_by(fn.lower(InventoryItem.serial_number))
    )
    return [
        Entry(0, serial, "missing", True, _describe(kind, text), "", None, "", item_id)
        for item_id, serial, kind, text in tuple_rows(query)
    ]


def start_or_resume(customer_id: int, site_id: int) -> int:
    """The site's unfinished count (resumed), or a new one; its expected lines follow the items at
    the site now (new ones added, items moved away since dropped while still not found)."""

    def work() -> int:
        site = Site.get_or_none(Site.id == site_id)
        if site is None or site.customer_id != customer_id:
            raise NotFoundError(translate("StockTake", "This site no longer exists."))
        for _attempt in range(2):
            try:
                with writing("stock_take", "Stock-take started"):
                    count_id = unfinished(site_id)
                    if count_id is None:
                        # SQLite would reuse a deleted count's number, which its bin entry keeps.
                        number = fresh_id("stock_take")
                        count_id = StockTake.insert(
                            **({"id": number} if number is not None else {}),
                            customer=customer_id,
                            site=site_id,
                            state="open",
                            started_at=_now(),
                            started_by=actor(),
                        ).execute()
                    else:
                        StockTake.update(state="open").where(StockTake.id == count_id).execute()
                    _sync_expected(count_id, site_id)
                    _store_counts(count_id)
                    return int(count_id)
            except IntegrityError:
                continue  # someone else started this site's count at the same moment: join it
        raise UnavailableError(translate("StockTake", "The count could not be started; try again."))

    return _guarded(work)


def _sync_expected(count_id: int, site_id: int) -> None:
    at_site = {entry.item_id: entry for entry in expected_items(site_id)}
    query = StockTakeEntry.select(
        StockTakeEntry.id, StockTakeEntry.item, StockTakeEntry.serial_key, StockTakeEntry.state
    ).where(StockTakeEntry.stock_take == count_id)
    lines = {item_id: (line_id, key, state) for line_id, item_id, key, state in tuple_rows(query)}
    keys = {key for _id, key, _state in lines.values()}
    gone = [
        line_id
        for item_id, (line_id, _k, state) in lines.items()
        if state == "missing" and item_id not in at_site
    ]
    if gone:
        StockTakeEntry.delete().where(StockTakeEntry.id.in_(gone)).execute()
    new = [
        (count_id, item_id, entry.serial, key, entry.description)
        for item_id, entry in at_site.items()
        if item_id not in lines and (key := serial_key(entry.serial)) not in keys
    ]
    if new:
        # One prepared statement for every line: the first scan of a 5,000-item site stays quick.
        mark = db.obj.param
        sql = (
            "INSERT INTO stock_take_entry (stock_take_id, item_id, serial_number, serial_key, state, "
            f"expected, description) VALUES ({mark}, {mark}, {mark}, {mark}, 'missing', {mark}, {mark})"
        )
        cursor = db.obj.cursor()
        cursor.executemany(sql, [(c, i, serial, key, True, text) for c, i, serial, key, text in new])


def entries(count_id: int) -> list[Entry]:
    line = StockTakeEntry
    query = (
        line.select(
            line.id,
            line.serial_number,
            line.state,
            line.expected,
            line.description,
            line.place,
            line.scanned_at,
            line.scanned_by,
            line.item,
        )
        .where(line.stock_take == count_id)
        .order_by(line.id)
    )

    def work() -> list[Entry]:
        return [Entry(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6], r[7], r[8]) for r in tuple_rows(query)]

    return _guarded(work)


def count_info(count_id: int) -> CountInfo:
    def work() -> CountInfo:
        row = (
            StockTake.select(StockTake, Customer.name.alias("customer_name"), Site.name.alias("site_name"))
            .join(Customer, on=StockTake.customer == Customer.id)
            .switch(StockTake)
            .join(Site, on=StockTake.site == Site.id)
            .where(StockTake.id == count_id)
            .objects()
            .first()
        )
        if row is None:
            raise NotFoundError(translate("StockTake", "This count no longer exists."))
        return _info(row)

    return _guarded(work)


def _info(row: Any) -> CountInfo:
    """``row``: a StockTake selected with its ``customer_name`` and ``site_name`` beside it."""
    counts = Counts(
        row.expected_count, row.found_count, row.missing_count, row.unexpected_count, row.moved_count
    )
    return CountInfo(
        row.id,
        row.customer_id,
        row.site_id,
        row.customer_name,
        row.site_name,
        row.state,
        row.started_at,
        row.started_by,
        row.finished_at,
        row.finished_by,
        counts,
    )


def counts(count_id: int) -> Counts:
    rows = (
        StockTakeEntry.select(StockTakeEntry.state, StockTakeEntry.expected, fn.COUNT(StockTakeEntry.id))
        .where(StockTakeEntry.stock_take == count_id)
        .group_by(StockTakeEntry.state, StockTakeEntry.expected)
    )
    by_state: dict[str, int] = {}
    expected = 0
    for state, was_expected, number in tuple_rows(rows):
        by_state[state] = by_state.get(state, 0) + number
        expected += number if was_expected else 0
    return Counts(
        expected,
        sum(by_state.get(s, 0) for s in FOUND_STATES),
        by_state.get("missing", 0),
        sum(by_state.get(s, 0) for s in UNEXPECTED_STATES),
        by_state.get("moved", 0),
    )


def _store_counts(count_id: int) -> Counts:
    found = counts(count_id)
    StockTake.update(
        expected_count=found.expected,
        found_count=found.found,
        missing_count=found.missing,
        unexpected_count=found.unexpected,
        moved_count=found.moved,
    ).where(StockTake.id == count_id).execute()
    return found


def record_scan(count_id: int, scanned: str) -> ScanResult:
    """Record one scan: an expected item found, again, or an unexpected serial (with where it is)."""
    serial = normalize_serial(scanned)
    if not serial:
        raise ValidationError({"serial_number": translate("StockTake", "Nothing was scanned.")})
    if len(serial) > LONGEST_SCAN:
        raise ValidationError(
            {"serial_number": translate("StockTake", "That is too long to be a serial number.")}
        )

    def work() -> ScanResult:
        key = serial_key(serial)
        for _attempt in range(2):
            try:
                with writing("stock_take", "Stock-take scan"):
                    return _scan(count_id, serial, key)
            except IntegrityError:
                continue  # the same serial scanned on another machine at the same moment
        raise UnavailableError(translate("StockTake", "The scan could not be recorded; scan it again."))

    return _guarded(work)


def _scan(count_id: int, serial: str, key: str) -> ScanResult:
    count = StockTake.get_or_none(StockTake.id == count_id)
    if count is None or count.state == "finished":
        raise NotFoundError(translate("StockTake", "This count is finished; start a new one to scan."))
    line = StockTakeEntry.get_or_none(
        (StockTakeEntry.stock_take == count_id) & (StockTakeEntry.serial_key == key)
    )
    now, who = _now(), actor()
    if line is not None:
        if line.state != "missing":
            return ScanResult(_entry(line), "again")
        # Only a line still missing becomes found: a colleague's scan of the same item wins once.
        changed = (
            StockTakeEntry.update(state="found", scanned_at=now, scanned_by=who)
            .where((StockTakeEntry.id == line.id) & (StockTakeEntry.state == "missing"))
            .execute()
        )
        if not changed:
            return ScanResult(_entry(StockTakeEntry.get_by_id(line.id)), "again")
        _store_counts(count_id)
        return ScanResult(_entry(StockTakeEntry.get_by_id(line.id)), "found")
    found = find_serial(serial)
    values = {
        "stock_take": count_id,
        "serial_number": serial,
        "serial_key": key,
        "scanned_at": now,
        "scanned_by": who,
    }
    if found is None:
        values.update(state="unknown")
    else:
        item_id, item_serial, item_customer, item_site, description, site_name, customer_name, type_name = (
            InventoryItem.select(
                InventoryItem.id,
                InventoryItem.serial_number,
                InventoryItem.customer,
                InventoryItem.site,
                InventoryItem.description,
                Site.name,
                Customer.name,
                ProductType.name,
            )
            .join(Site, on=InventoryItem.site == Site.id)
            .switch(InventoryItem)
            .join(Customer, on=InventoryItem.customer == Customer.id)
            .switch(InventoryItem)
            .join(ProductType, on=InventoryItem.product_type == ProductType.id)
            .where(InventoryItem.id == found[0])
            .tuples()
            .first()
        )
        same_customer = item_customer == count.customer_id
        if same_customer and item_site == count.site_id:
            # At this site but not in the list (added since the count began): it was expected.
            values.update(state="found", expected=True)
        else:
            values.update(state="other_site" if same_customer else "other_customer")
            values["place"] = site_name if same_customer else f"{customer_name} — {site_name}"
        values.update(item=item_id, serial_number=item_serial, description=_describe(type_name, description))
    line_id = StockTakeEntry.insert(**values).execute()
    _store_counts(count_id)
    entry = _entry(StockTakeEntry.get_by_id(line_id))
    return ScanResult(entry, entry.state)


def move_here(count_id: int, entry_ids: list[int]) -> int:
    """Move the unexpected items of this customer's other sites (among ``entry_ids``) to the counted
    site, each as a normal item change (validated, versioned, in the history); returns how many."""
    count = _guarded(lambda: StockTake.get_or_none(StockTake.id == count_id))
    if count is None:
        raise NotFoundError(translate("StockTake", "This count no longer exists."))
    lines = _guarded(
        lambda: list(
            StockTakeEntry.select().where(
                StockTakeEntry.id.in_(entry_ids)
                & (StockTakeEntry.stock_take == count_id)
                & (StockTakeEntry.state == "other_site")
                & StockTakeEntry.item.is_null(False)
            )
        )
    )
    moved = 0
    for line in lines:
        if line.item_id is None:  # not selected (item_id IS NOT NULL): for the type checker
            continue
        data = get_item(line.item_id)
        if data.customer_id != count.customer_id:
            continue
        data.site_id = count.site_id

        def move(line: StockTakeEntry = line, data: ItemData = data) -> None:
            # The item's change and the line's new state are one action.
            with writing("edit", translate("StockTake", "Moved to the counted site")):
                save_item(data)
                StockTakeEntry.update(state="moved", place="").where(StockTakeEntry.id == line.id).execute()
                _store_counts(count_id)

        _guarded(move)
        moved += 1
    return moved


def pause(count_id: int) -> None:
    def work() -> None:
        with writing("stock_take", "Stock-take paused"):
            StockTake.update(state="paused", paused_at=_now()).where(
                (StockTake.id == count_id) & (StockTake.state != "finished")
            ).execute()

    _guarded(work)


def discard_if_untouched(count_id: int) -> bool:
    """Forget a count nobody scanned anything in (a site only looked at); True if it was."""

    def work() -> bool:
        with writing("stock_take", "Stock-take discarded"):
            scanned = StockTakeEntry.select().where(
                (StockTakeEntry.stock_take == count_id) & (StockTakeEntry.state != "missing")
            )
            removed = (
                StockTake.delete()
                .where((StockTake.id == count_id) & (StockTake.state != "finished") & ~fn.EXISTS(scanned))
                .execute()
            )
            return bool(removed)

    return _guarded(work)


def finish(count_id: int) -> CountInfo:
    """Finish the count: its result (date, who, counts) is kept; lines still not found stay missing."""

    def work() -> None:
        with writing("stock_take", "Stock-take finished"):
            _store_counts(count_id)
            StockTake.update(state="finished", finished_at=_now(), finished_by=actor()).where(
                (StockTake.id == count_id) & (StockTake.state != "finished")
            ).execute()

    _guarded(work)
    return count_info(count_id)


def site_results(site_id: int) -> list[CountInfo]:
    """The site's finished counts, newest first (for its history)."""

    def work() -> list[CountInfo]:
        query = (
            StockTake.select(StockTake, Customer.name.alias("customer_name"), Site.name.alias("site_name"))
            .join(Customer, on=StockTake.customer == Customer.id)
            .switch(StockTake)
            .join(Site, on=StockTake.site == Site.id)
            .where((StockTake.site == site_id) & (StockTake.state == "finished"))
            .order_by(StockTake.finished_at.desc(), StockTake.id.desc())
            .objects()
        )
        return [_info(row) for row in query]

    return _guarded(work)
