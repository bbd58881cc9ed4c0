"""What the dashboard shows: totals, contracts ending or ended, and how the items are spread.

Item counts come from the v7 summary rows (`store.item_counts`), never from counting items;
contracts are found by end date through its index. Each query reads a few hundred rows at most.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import JOIN, SQL, ColumnBase, ModelSelect, fn

from citrus_desktop.domain.expiry import BANDS, band_dates, band_of, days_left, last_months, month_key
from citrus_desktop.domain.list_sources import Column, ListSource, Row
from citrus_desktop.domain.search import contains
from citrus_desktop.i18n import translate
from citrus_desktop.store.item_counts import (
    ContractItemCount,
    CustomerItemCount,
    ItemMonthCount,
    ProductTypeItemCount,
)
from citrus_desktop.store.models import Contract, Customer, ProductType, Site, tuple_rows

TOP = 10


@dataclass(frozen=True)
class Totals:
    items: int
    customers: int
    contracts: int
    sites: int
    product_types: int


@dataclass(frozen=True)
class Share:
    """One bar of a chart: what it counts (an id, or a month's first day), its label, its items."""

    key: Any
    label: str
    items: int


@dataclass(frozen=True)
class Ranking:
    """The largest shares, and the items of all the others together."""

    top: list[Share]
    others: int

    @property
    def total(self) -> int:
        return sum(share.items for share in self.top) + self.others


@dataclass(frozen=True)
class ExpirySummary:
    """How many contracts end in each band (30, 60, 90), and how many ended with items under them."""

    bands: dict[int, int]
    ended_with_items: int

    @property
    def within_horizon(self) -> int:
        return sum(self.bands.values())


def _count(query: ModelSelect[Any]) -> int:
    return int(query.select(fn.COUNT(SQL("*"))).scalar() or 0)


def item_total() -> int:
    return int(ProductTypeItemCount.select(fn.SUM(ProductTypeItemCount.items)).scalar() or 0)


def totals() -> Totals:
    return Totals(
        items=item_total(),
        customers=_count(Customer.select()),
        contracts=_count(Contract.select()),
        sites=_count(Site.select()),
        product_types=_count(ProductType.select()),
    )


def items_by_type(limit: int = TOP) -> Ranking:
    return _ranking(ProductTypeItemCount, ProductTypeItemCount.product_type_id, ProductType, limit)


def items_by_customer(limit: int = TOP) -> Ranking:
    return _ranking(CustomerItemCount, CustomerItemCount.customer_id, Customer, limit)


def _ranking(counts: Any, key: Any, named: Any, limit: int) -> Ranking:
    """The ``limit`` records of ``named`` with most items (their summary rows ``counts``, by
    ``key``; the largest first, ties by name), and all the others' items together."""
    query = (
        counts.select(named.id, named.name, counts.items)
        .join(named, on=key == named.id)
        .where(counts.items > 0)
        .order_by(counts.items.desc(), named.name_key)
        .limit(limit)
    )
    top = [Share(record_id, label, int(items)) for record_id, label, items in query.tuples()]
    return Ranking(top, max(0, item_total() - sum(share.items for share in top)))


def items_per_month(on: date, months: int = 12) -> list[Share]:
    """Items added in each of the ``months`` months up to ``on``'s, oldest first (0 for none)."""
    firsts = last_months(on, months)
    keys = [month_key(first) for first in firsts]
    found: dict[str, int] = {
        month: int(items)
        for month, items in tuple_rows(
            ItemMonthCount.select(ItemMonthCount.month, ItemMonthCount.items).where(
                ItemMonthCount.month.between(keys[0], keys[-1])
            )
        )
    }
    return [Share(first, key, int(found.get(key, 0))) for first, key in zip(firsts, keys, strict=True)]


def _ends_between(first: date, last: date) -> ColumnBase:
    return (Contract.end_date >= first) & (Contract.end_date <= last)


def _has_items() -> ColumnBase:
    counts = ContractItemCount
    return fn.EXISTS(counts.select(SQL("1")).where((counts.contract_id == Contract.id) & (counts.items > 0)))


def expiry_summary(on: date, ended: int | None = None) -> ExpirySummary:
    """The band counts seen from ``on``, and the ended contracts with items (counted unless given:
    the dashboard's list of them has just counted them)."""
    bands = {band: _count(Contract.select().where(_ends_between(*band_dates(band, on)))) for band in BANDS}
    if ended is None:
        ended = _count(Contract.select().where((Contract.end_date < on) & _has_items()))
    return ExpirySummary(bands, ended)


def contracts_ending_soon(on: date) -> int:
    """Contracts ending from ``on`` to 30 days after it (the status bar's notice)."""
    return _count(Contract.select().where(_ends_between(*band_dates(BANDS[0], on))))


def _contract_items() -> Any:
    return fn.COALESCE(ContractItemCount.items, 0)


class _DatedContracts(ListSource):
    """Contracts with their customer and item count; the first ``dated_columns`` columns show the
    end date (as a date, days from ``on``, a band), computed in `_dated`."""

    model = Contract
    dated_columns = 0

    def __init__(self, on: date):
        self.on = on

    def _select(self) -> ModelSelect[Any]:
        dated = [Contract.end_date] * self.dated_columns
        return (
            Contract.select(Contract.id, *dated, Contract.code, Customer.name, _contract_items(), Customer.id)
            .join(Customer, on=Contract.customer == Customer.id)
            .switch(Contract)
            .join(ContractItemCount, JOIN.LEFT_OUTER, on=ContractItemCount.contract_id == Contract.id)
        )

    def _sort_keys(self) -> Sequence[Any]:
        dated = [Contract.end_date] * self.dated_columns
        return (*dated, Contract.code_key, Customer.name_key, _contract_items())

    def _matches(self, folded: str) -> ColumnBase:
        return contains(Contract.code_key, folded)

    def rows(self, ids: Sequence[int]) -> list[Row]:
        return [self._dated(row) for row in super().rows(ids)]

    def _dated(self, row: Row) -> Row:
        raise NotImplementedError

    def customer_of(self, row: Row) -> int:
        """The customer id of a row (kept after the shown columns)."""
        return int(row[-1])

    def delete(self, ids: list[int]) -> int:
        raise NotImplementedError  # the dashboard deletes nothing


class ExpiringContractSource(_DatedContracts):
    """Contracts ending within 90 days of ``on`` (or within one band), soonest first."""

    dated_columns = 3

    def __init__(self, on: date, band: int | None = None):
        super().__init__(on)
        self.band = band

    def columns(self) -> list[Column]:
        return [
            Column("band", translate("Columns", "Within"), "band"),
            Column("end_date", translate("Columns", "End"), "date"),
            Column("days", translate("Columns", "Ends"), "days"),
            Column("code", translate("Columns", "Contract")),
            Column("customer", translate("Columns", "Customer")),
            Column("items", translate("Columns", "Items"), "count"),
        ]

    def _scope(self) -> ColumnBase | None:
        return _ends_between(*band_dates(self.band, self.on))

    def _dated(self, row: Row) -> Row:
        days = days_left(row[1], self.on)
        return (row[0], band_of(days), row[2], days, *row[4:])


class EndedContractSource(_DatedContracts):
    """Contracts ended before ``on`` that still have items under them."""

    dated_columns = 2

    def columns(self) -> list[Column]:
        return [
            Column("end_date", translate("Columns", "End"), "date"),
            Column("days", translate("Columns", "Ended"), "days"),
            Column("code", translate("Columns", "Contract")),
            Column("customer", translate("Columns", "Customer")),
            Column("items", translate("Columns", "Items"), "count"),
        ]

    def _scope(self) -> ColumnBase | None:
        return (Contract.end_date < self.on) & _has_items()

    def _dated(self, row: Row) -> Row:
        return (row[0], row[1], days_left(row[2], self.on), *row[3:])
