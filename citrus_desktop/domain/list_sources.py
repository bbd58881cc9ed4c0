"""List queries behind every list page: columns, a count and pages, with a keyword filter.

A page is fetched as ``WHERE id IN (SELECT id … ORDER BY … LIMIT … OFFSET …)`` so that the
offset walks an index, not the joined rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, SQL, ColumnBase, ModelSelect, fn

from citrus_desktop.domain.contracts import delete_contracts
from citrus_desktop.domain.customers import delete_customers
from citrus_desktop.domain.expiry import days_left, today
from citrus_desktop.domain.items import delete_items
from citrus_desktop.domain.product_types import delete_product_types, kind_label
from citrus_desktop.domain.search import DENSE_HITS, ItemSearch, contains
from citrus_desktop.domain.sites import delete_sites
from citrus_desktop.domain.tax_ids import canonical, format_tax_id
from citrus_desktop.domain.text import fold
from citrus_desktop.i18n import translate
from citrus_desktop.store.item_counts import ContractItemCount
from citrus_desktop.store.models import BaseModel, Contract, Customer, InventoryItem, ProductType, Site

DERIVED_KINDS = ("expiry", "days", "status", "band")
"""Column kinds the list computes from another value (an end date) for the eye; exports leave
them out, since the value they come from is written."""

Row = tuple[Any, ...]
"""(id, value of column 0, value of column 1, …)"""


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = "text"
    """How the UI shows the value: text, date, datetime, bool, count (a number of records), expiry (days to
    an end date, negative once ended, in words), days (the same in fewer words, under a title
    saying "Ends" or "Ended"), status (the same, in words only when it ends
    within 30 days or has ended) or band (30, 60 or 90: the dashboard's expiry bands); tax_id and
    product_kind are stored raw (canonical, product/service) and shown formatted."""
    hidden: bool = False
    """Hidden until the user shows it (lists show it too while a keyword may match in it)."""


class ListSource:
    """One list: its columns, how many rows match a keyword, and pages of those rows."""

    model: type[BaseModel]

    @property
    def table(self) -> str:
        """The table whose rows the list shows."""
        return str(self.model._meta.table_name)

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def _select(self) -> ModelSelect[Any]:
        """The displayed values (after the id), in column order, with the joins they need."""
        raise NotImplementedError

    def _sort_keys(self) -> Sequence[Any]:
        """One ORDER BY expression per column."""
        raise NotImplementedError

    def _matches(self, folded: str) -> ColumnBase:
        raise NotImplementedError

    def _scope(self) -> ColumnBase | None:
        return None

    def _where(self, keyword: str) -> ColumnBase | None:
        conditions = [c for c in (self._scope(), self._keyword(keyword)) if c is not None]
        if not conditions:
            return None
        result = conditions[0]
        for condition in conditions[1:]:
            result = result & condition
        return result

    def _keyword(self, keyword: str) -> ColumnBase | None:
        folded = fold(keyword)
        return self._matches(folded) if folded else None

    def _filtered(self, query: ModelSelect[Any], keyword: str) -> ModelSelect[Any]:
        condition = self._where(keyword)
        return query.where(condition) if condition is not None else query

    def count(self, keyword: str = "") -> int:
        query = self._filtered(self.model.select(fn.COUNT(SQL("*"))), keyword)
        return int(query.scalar() or 0)

    def _order(self, sort: int, descending: bool) -> list[Any]:
        key = self._sort_keys()[sort]
        return [
            key.desc() if descending else key.asc(),
            self.model.id.desc() if descending else self.model.id.asc(),
        ]

    def _ids(self, keyword: str, sort: int, descending: bool) -> ModelSelect[Any]:
        """The matching ids in list order (no limit)."""
        return self._filtered(self._select().select(self.model.id), keyword).order_by(
            *self._order(sort, descending)
        )

    def page(
        self,
        offset: int,
        limit: int,
        keyword: str = "",
        sort: int = 0,
        descending: bool = False,
        total: int | None = None,
    ) -> list[Row]:
        """Rows ``offset`` to ``offset + limit`` in list order.

        The offset walks an index (the ids query), never the joined rows. Given the ``total``,
        a page in the second half is read from the other end, so the last page is as quick as
        the first.
        """
        backwards = total is not None and offset > total // 2
        if total is not None and backwards:
            limit = max(0, min(limit, total - offset))
            offset = max(0, total - offset - limit)
        if limit <= 0:
            return []
        ids = self._ids(keyword, sort, descending != backwards).limit(limit).offset(offset)
        order = [row[0] for row in ids.tuples()]
        if backwards:
            order.reverse()
        return self.rows(order)

    def rows(self, ids: Sequence[int]) -> list[Row]:
        """The rows of ``ids``, in that order (missing ids are skipped)."""
        if not ids:
            return []
        found = {row[0]: row for row in self._select().where(self.model.id.in_(list(ids))).tuples()}
        return [found[i] for i in ids if i in found]

    def ordered_ids(self, keyword: str = "", sort: int = 0, descending: bool = False) -> list[int]:
        """Every matching id in list order (for a worker to page a large result by id)."""
        return [row[0] for row in self._ids(keyword, sort, descending).tuples()]

    def delete(self, ids: list[int]) -> int:
        raise NotImplementedError

    # Export: every field of the record, the list's columns first
    def _more_columns(self) -> list[tuple[Column, Any]]:
        """The record's fields the list does not show, each with its expression (joins in
        `_export_select`)."""
        return []

    def _export_select(self) -> ModelSelect:
        return self._select()

    def _exported(self) -> list[tuple[Column, bool]]:
        """Every column of the list and of `_more_columns`, and whether an export writes it: not
        the ones only derived for the eye (how soon a contract ends: its end date is written)."""
        columns = self.columns() + [column for column, _field in self._more_columns()]
        return [(column, column.kind not in DERIVED_KINDS) for column in columns]

    def export_columns(self) -> list[Column]:
        return [column for column, written in self._exported() if written]

    def export_query(self, keyword: str = "", sort: int = 0, descending: bool = False) -> ModelSelect[Any]:
        """(id, every `export_columns` value) of the matching rows, in list order."""
        extra = [field for _column, field in self._more_columns()]
        query = self._export_select().select_extend(*extra)
        selected = query.selected_columns
        kept = [
            field for field, (_column, written) in zip(selected[1:], self._exported(), strict=True) if written
        ]
        query = query.select(selected[0], *kept)
        return self._filtered(query, keyword).order_by(*self._order(sort, descending))


class InventorySource(ListSource):
    """Every item, or one customer's."""

    model = InventoryItem

    def __init__(self, customer_id: int | None = None):
        self.customer_id = customer_id
        self._prepared: tuple[str, ItemSearch, int | None] | None = None

    def columns(self) -> list[Column]:
        columns = [
            Column("serial_number", translate("Columns", "Serial number")),
            Column("customer", translate("Columns", "Customer")),
            Column("contract", translate("Columns", "Contract")),
            Column("site", translate("Columns", "Site")),
            Column("product_type", translate("Columns", "Type")),
            Column("description", translate("Columns", "Description")),
            Column("observation", translate("Columns", "Observation"), hidden=True),
        ]
        return columns

    def _select(self) -> ModelSelect[Any]:
        return (
            InventoryItem.select(
                InventoryItem.id,
                InventoryItem.serial_number,
                Customer.name,
                Contract.code,
                Site.name,
                ProductType.name,
                InventoryItem.description,
                InventoryItem.observation,
            )
            .join(Customer, on=InventoryItem.customer == Customer.id)
            .switch(InventoryItem)
            .join(Contract, on=InventoryItem.contract == Contract.id)
            .switch(InventoryItem)
            .join(Site, on=InventoryItem.site == Site.id)
            .switch(InventoryItem)
            .join(ProductType, on=InventoryItem.product_type == ProductType.id)
        )

    def _sort_keys(self) -> Sequence[Any]:
        return (
            InventoryItem.serial_key,
            Customer.name_key,
            Contract.code_key,
            Site.name_key,
            ProductType.name_key,
            InventoryItem.description,
            InventoryItem.observation,
        )

    def _scope(self) -> ColumnBase | None:
        return InventoryItem.customer == self.customer_id if self.customer_id else None

    def _matches(self, folded: str) -> ColumnBase:
        return ItemSearch.prepare(folded).condition(dense=True)

    def _search(self, keyword: str) -> ItemSearch | None:
        """The prepared keyword, reused while the keyword stays (``count`` prepares it afresh)."""
        if not fold(keyword):
            return None
        cached = self._prepared
        if cached is None or cached[0] != keyword:
            cached = self._prepared = (keyword, ItemSearch.prepare(keyword), None)
        return cached[1]

    def count(self, keyword: str = "") -> int:
        if not fold(keyword):
            return super().count()
        search = ItemSearch.prepare(keyword)
        hits = search.count(self._scope())
        self._prepared = (keyword, search, hits)
        return hits

    def _ids(self, keyword: str, sort: int, descending: bool) -> ModelSelect[Any]:
        # Join only the table the sort needs: SQLite then walks that table's name index and, for
        # each row, the item index on its id, which yields the items already in order.
        joined, order = self._sort_plan(sort)
        query = InventoryItem.select(InventoryItem.id)
        if joined is not None:
            query = query.join(joined, on=order[-1] == joined.id)
            order = order[:-1]
        conditions = [c for c in (self._scope(),) if c is not None]
        search = self._search(keyword)
        if search is not None:
            hits = self._prepared[2] if self._prepared else None
            dense = self.customer_id is not None or not search.indexed or (hits or 0) > DENSE_HITS
            conditions.append(search.condition(dense=dense))
        for condition in conditions:
            query = query.where(condition)
        return query.order_by(*(key.desc() if descending else key.asc() for key in order))

    @staticmethod
    def _sort_plan(sort: int) -> tuple[type[BaseModel] | None, list[Any]]:
        """(table to join, ORDER BY keys + the join column last) for column ``sort``.

        Contract and site keys include the item's customer before its id: constant within one
        contract or site, it lets the (contract_id, customer_id) index give the order.
        """
        item = InventoryItem
        plans: dict[int, tuple[type[BaseModel] | None, list[Any]]] = {
            0: (None, [item.serial_key, item.id]),
            1: (Customer, [Customer.name_key, Customer.id, item.id, item.customer]),
            2: (Contract, [Contract.code_key, Contract.id, item.customer, item.id, item.contract]),
            3: (Site, [Site.name_key, Site.id, item.customer, item.id, item.site]),
            4: (ProductType, [ProductType.name_key, ProductType.id, item.id, item.product_type]),
            5: (None, [item.description, item.id]),
            6: (None, [item.observation, item.id]),
        }
        return plans[sort]

    def delete(self, ids: list[int]) -> int:
        return delete_items(ids)


class CustomerSource(ListSource):
    model = Customer

    def columns(self) -> list[Column]:
        return [
            Column("name", translate("Columns", "Name")),
            Column("tax_id", translate("Columns", "CPF/CNPJ"), "tax_id"),
            Column("email", translate("Columns", "E-mail")),
            Column("phone", translate("Columns", "Phone")),
            Column("active", translate("Columns", "Active"), "bool"),
        ]

    def _select(self) -> ModelSelect[Any]:
        return Customer.select(
            Customer.id, Customer.name, Customer.tax_id, Customer.email, Customer.phone, Customer.active
        )

    def _sort_keys(self) -> Sequence[Any]:
        return (Customer.name_key, Customer.tax_id, Customer.email, Customer.phone, Customer.active)

    def _matches(self, folded: str) -> ColumnBase:
        condition = contains(Customer.name_key, folded) | contains(fn.lower(Customer.email), folded)
        number = canonical(folded)
        if len(number) >= 3 and number.isalnum() and number.isascii():
            condition |= contains(Customer.tax_id, number)
        return condition

    def rows(self, ids: Sequence[int]) -> list[Row]:
        return [(r[0], r[1], format_tax_id(r[2] or ""), *r[3:]) for r in super().rows(ids)]

    def delete(self, ids: list[int]) -> int:
        return delete_customers(ids)

    def _more_columns(self) -> list[tuple[Column, Any]]:
        return [(Column("notes", translate("Columns", "Notes")), Customer.notes)]


class ContractSource(ListSource):
    """A customer's contracts (every customer's with None: an export of them all), with how many
    items each covers and how soon it ends."""

    model = Contract

    def __init__(self, customer_id: int | None):
        self.customer_id = customer_id

    def columns(self) -> list[Column]:
        return [
            Column("code", translate("Columns", "Code")),
            Column("description", translate("Columns", "Description")),
            Column("start_date", translate("Columns", "Start"), "date"),
            Column("end_date", translate("Columns", "End"), "date"),
            Column("status", translate("Columns", "Status"), "status"),
            Column("items", translate("Columns", "Items"), "count"),
        ]

    def _select(self) -> ModelSelect[Any]:
        return Contract.select(
            Contract.id,
            Contract.code,
            Contract.description,
            Contract.start_date,
            Contract.end_date,
            Contract.end_date,
            fn.COALESCE(ContractItemCount.items, 0),
        ).join(ContractItemCount, JOIN.LEFT_OUTER, on=ContractItemCount.contract_id == Contract.id)

    def _sort_keys(self) -> Sequence[Any]:
        return (
            Contract.code_key,
            Contract.description,
            Contract.start_date,
            Contract.end_date,
            Contract.end_date,
            fn.COALESCE(ContractItemCount.items, 0),
        )

    def rows(self, ids: Sequence[int]) -> list[Row]:
        """The status column holds the days to the end date (negative: ended), for today."""
        on = today()
        return [(*r[:5], days_left(r[5], on), r[6]) for r in super().rows(ids)]

    def _scope(self) -> ColumnBase | None:
        return Contract.customer == self.customer_id if self.customer_id is not None else None

    def _matches(self, folded: str) -> ColumnBase:
        return contains(Contract.code_key, folded)

    def delete(self, ids: list[int]) -> int:
        return delete_contracts(ids)

    def _export_select(self) -> ModelSelect:
        return self._select().join(Customer, on=Contract.customer == Customer.id)

    def _more_columns(self) -> list[tuple[Column, Any]]:
        return [
            (Column("notes", translate("Columns", "Notes")), Contract.notes),
            (Column("customer", translate("Columns", "Customer")), Customer.name),
        ]


class SiteSource(ListSource):
    """One customer's sites (every customer's with None: an export of them all)."""

    model = Site

    def __init__(self, customer_id: int | None):
        self.customer_id = customer_id

    def columns(self) -> list[Column]:
        return [
            Column("name", translate("Columns", "Name")),
            Column("city", translate("Columns", "City")),
            Column("state", translate("Columns", "State")),
            Column("address", translate("Columns", "Address")),
        ]

    def _select(self) -> ModelSelect[Any]:
        return Site.select(Site.id, Site.name, Site.city, Site.state, Site.address)

    def _sort_keys(self) -> Sequence[Any]:
        return (Site.name_key, Site.city, Site.state, Site.address)

    def _scope(self) -> ColumnBase | None:
        return Site.customer == self.customer_id if self.customer_id is not None else None

    def _matches(self, folded: str) -> ColumnBase:
        return contains(Site.name_key, folded)

    def delete(self, ids: list[int]) -> int:
        return delete_sites(ids)

    def _export_select(self) -> ModelSelect:
        return self._select().join(Customer, on=Site.customer == Customer.id)

    def _more_columns(self) -> list[tuple[Column, Any]]:
        return [
            (Column("notes", translate("Columns", "Notes")), Site.notes),
            (Column("customer", translate("Columns", "Customer")), Customer.name),
        ]


class ProductTypeSource(ListSource):
    model = ProductType

    def columns(self) -> list[Column]:
        return [
            Column("name", translate("Columns", "Name")),
            Column("kind", translate("Columns", "Kind"), "product_kind"),
            Column("description", translate("Columns", "Description")),
            Column("active", translate("Columns", "Active"), "bool"),
        ]

    def _select(self) -> ModelSelect[Any]:
        return ProductType.select(
            ProductType.id, ProductType.name, ProductType.kind, ProductType.description, ProductType.active
        )

    def _sort_keys(self) -> Sequence[Any]:
        return (ProductType.name_key, ProductType.kind, ProductType.description, ProductType.active)

    def _matches(self, folded: str) -> ColumnBase:
        return contains(ProductType.name_key, folded)

    def rows(self, ids: Sequence[int]) -> list[Row]:
        return [(r[0], r[1], kind_label(r[2]), *r[3:]) for r in super().rows(ids)]

    def delete(self, ids: list[int]) -> int:
        return delete_product_types(ids)
