"""What an import knows about the database's records, and about those it is about to create.

It answers the questions the domain's validation asks (`ItemLookups`, `CustomerLookups`, …)
from memory: customers, contracts, sites and types are read once (tens of thousands at most);
items only for the serials of the file, a chunk of rows at a time. A row's additions are undone
when the row turns out to be in error.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from citrus_desktop.domain.contracts import ContractLookups
from citrus_desktop.domain.customers import CustomerLookups
from citrus_desktop.domain.items import ItemLookups, normalize_serial
from citrus_desktop.domain.keys import KeyCheck
from citrus_desktop.domain.product_types import ProductTypeLookups
from citrus_desktop.domain.sites import SiteLookups
from citrus_desktop.domain.text import fold
from citrus_desktop.store.models import Contract, Customer, InventoryItem, ProductType, Site

IN_CHUNK = 500
"""Serial keys asked for in one ``IN (…)``."""


@dataclass
class StoredItem:
    id: int
    version: int
    serial_number: str
    customer_id: int
    contract_id: int
    site_id: int
    product_type_id: int
    description: str
    observation: str


@dataclass
class StoredCustomer:
    id: int
    version: int
    name: str
    tax_id: str
    email: str
    phone: str
    notes: str
    active: bool


@dataclass(frozen=True)
class StoredContract:
    customer_id: int
    code: str
    start_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class StoredSite:
    customer_id: int
    name: str
    city: str
    state: str


def _rows(query: Any) -> Iterator[tuple[Any, ...]]:
    """A query's rows as plain tuples."""
    return iter(cast(Iterable[tuple[Any, ...]], query.tuples()))


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class ImportMemory(ItemLookups, CustomerLookups, ContractLookups, SiteLookups, ProductTypeLookups):
    """The records an import refers to, read from the database, plus the file's own."""

    def __init__(self) -> None:
        self._undo: list[Callable[[], None]] = []
        self._folds: dict[str, str] = {}
        self.customers: dict[int, StoredCustomer] = {}
        self.customers_named: dict[str, list[int]] = defaultdict(list)
        self.customer_by_tax_id: dict[str, int] = {}
        for row in _rows(
            Customer.select(
                Customer.id,
                Customer.version,
                Customer.name,
                Customer.tax_id,
                Customer.email,
                Customer.phone,
                Customer.notes,
                Customer.active,
            )
        ):
            customer_id, version, name, tax_id, email, phone, notes, active = row
            self._put_customer(
                StoredCustomer(customer_id, version, name, tax_id or "", email, phone, notes, bool(active))
            )
        self.contracts: dict[int, StoredContract] = {}
        self.contract_by_code: dict[tuple[int, str], int] = {}
        for contract_id, customer_id, code, code_key, start, end in _rows(
            Contract.select(
                Contract.id,
                Contract.customer,
                Contract.code,
                Contract.code_key,
                Contract.start_date,
                Contract.end_date,
            )
        ):
            self._put_contract(
                contract_id, StoredContract(customer_id, code, _as_date(start), _as_date(end)), code_key
            )
        self.sites: dict[int, StoredSite] = {}
        self.site_by_name: dict[tuple[int, str], int] = {}
        for site_id, customer_id, name, name_key, city, state in _rows(
            Site.select(Site.id, Site.customer, Site.name, Site.name_key, Site.city, Site.state)
        ):
            self._put_site(site_id, StoredSite(customer_id, name, city, state), name_key)
        self.types: dict[int, tuple[str, str]] = {}
        self.type_by_name: dict[str, int] = {}
        for type_id, name, name_key, kind in _rows(
            ProductType.select(ProductType.id, ProductType.name, ProductType.name_key, ProductType.kind)
        ):
            self._put_type(type_id, name, kind, name_key)
        self.items: dict[str, StoredItem] = {}
        self.serial_lines: dict[str, int] = {}
        """Folded serial → the line of the file that took it."""
        self.customer_lines: dict[str, int] = {}
        """A customer import's tax ids and folded names → the line that took them."""

    # Folding repeats on the same names row after row: once each is enough.
    def fold(self, text: str) -> str:
        folded = self._folds.get(text)
        if folded is None:
            if len(self._folds) > 200_000:
                self._folds.clear()
            folded = self._folds[text] = fold(text)
        return folded

    def serial_key(self, serial: str) -> str:
        """`items.serial_key`, folded once per serial however often a row asks."""
        return self.fold(normalize_serial(serial))

    # A row's additions stay when it is accepted, and go when it is in error
    def accept_row(self) -> None:
        self._undo.clear()

    def reject_row(self) -> None:
        while self._undo:
            self._undo.pop()()

    def _remember(self, undo: Callable[[], None]) -> None:
        self._undo.append(undo)

    # Customers
    def _put_customer(self, customer: StoredCustomer) -> None:
        self.customers[customer.id] = customer
        self.customers_named[self.fold(customer.name)].append(customer.id)
        if customer.tax_id:
            self.customer_by_tax_id[customer.tax_id] = customer.id

    def add_customer(self, customer: StoredCustomer) -> None:
        previous = self.customers.get(customer.id)
        if previous is not None:
            self._drop_customer(previous)
        self._put_customer(customer)

        def undo() -> None:
            self._drop_customer(customer)
            if previous is not None:
                self._put_customer(previous)

        self._remember(undo)

    def _drop_customer(self, customer: StoredCustomer) -> None:
        self.customers.pop(customer.id, None)
        named = self.customers_named.get(self.fold(customer.name), [])
        if customer.id in named:
            named.remove(customer.id)
        if customer.tax_id and self.customer_by_tax_id.get(customer.tax_id) == customer.id:
            del self.customer_by_tax_id[customer.tax_id]

    def customers_called(self, name: str) -> list[int]:
        return list(self.customers_named.get(self.fold(name), ()))

    # Contracts, sites, types
    def _put_contract(self, contract_id: int, contract: StoredContract, code_key: str = "") -> None:
        self.contracts[contract_id] = contract
        for key in {self.fold(contract.code), code_key} - {""}:
            self.contract_by_code.setdefault((contract.customer_id, key), contract_id)

    def add_contract(self, contract_id: int, contract: StoredContract) -> None:
        self._put_contract(contract_id, contract)
        key = (contract.customer_id, self.fold(contract.code))

        def undo() -> None:
            self.contracts.pop(contract_id, None)
            if self.contract_by_code.get(key) == contract_id:
                del self.contract_by_code[key]

        self._remember(undo)

    def contract_named(self, customer_id: int, code: str) -> int | None:
        return self.contract_by_code.get((customer_id, self.fold(code)))

    def _put_site(self, site_id: int, site: StoredSite, name_key: str = "") -> None:
        self.sites[site_id] = site
        for key in {self.fold(site.name), name_key} - {""}:
            self.site_by_name.setdefault((site.customer_id, key), site_id)

    def add_site(self, site_id: int, site: StoredSite) -> None:
        self._put_site(site_id, site)
        key = (site.customer_id, self.fold(site.name))

        def undo() -> None:
            self.sites.pop(site_id, None)
            if self.site_by_name.get(key) == site_id:
                del self.site_by_name[key]

        self._remember(undo)

    def site_named(self, customer_id: int, name: str) -> int | None:
        return self.site_by_name.get((customer_id, self.fold(name)))

    def _put_type(self, type_id: int, name: str, kind: str, name_key: str = "") -> None:
        self.types[type_id] = (name, kind)
        for key in {self.fold(name), name_key} - {""}:
            self.type_by_name.setdefault(key, type_id)

    def add_type(self, type_id: int, name: str, kind: str) -> None:
        self._put_type(type_id, name, kind)
        key = self.fold(name)

        def undo() -> None:
            self.types.pop(type_id, None)
            if self.type_by_name.get(key) == type_id:
                del self.type_by_name[key]

        self._remember(undo)

    def type_named(self, name: str) -> int | None:
        return self.type_by_name.get(self.fold(name))

    # Items
    def read_items(self, serials: Iterable[str]) -> None:
        """Read the stored items with these serials (ignoring case and accents) and forget the
        previous chunk's (the file's own serials are kept in `serial_lines`)."""
        self.items.clear()
        wanted = sorted({serial for serial in serials if serial})
        for start in range(0, len(wanted), IN_CHUNK):
            part = wanted[start : start + IN_CHUNK]
            keys = sorted({self.serial_key(serial) for serial in part})
            query = InventoryItem.select(
                InventoryItem.id,
                InventoryItem.version,
                InventoryItem.serial_number,
                InventoryItem.customer,
                InventoryItem.contract,
                InventoryItem.site,
                InventoryItem.product_type,
                InventoryItem.description,
                InventoryItem.observation,
                InventoryItem.serial_key,
            ).where(InventoryItem.serial_key.in_(keys))
            for *fields, key in _rows(query):
                item = StoredItem(*fields)
                self.items[key or self.serial_key(item.serial_number)] = item

    def item_with(self, serial: str) -> StoredItem | None:
        return self.items.get(self.serial_key(serial))

    @staticmethod
    def _forget(lines: dict[str, int], key: str) -> None:
        lines.pop(key, None)

    def take_serial(self, key: str, line: int) -> None:
        self.serial_lines[key] = line
        self._remember(lambda: self._forget(self.serial_lines, key))

    def take_customer(self, key: str, line: int) -> None:
        self.customer_lines[key] = line
        self._remember(lambda: self._forget(self.customer_lines, key))

    # The questions validation asks
    def serial_check(self, serial: str, exclude_id: int | None) -> KeyCheck:
        key = self.serial_key(serial)
        item = self.item_with(serial)
        if key in self.serial_lines or item is None or item.id == exclude_id:
            return KeyCheck(key, None)  # an earlier line of the file: the import names it itself
        owner = self.customers.get(item.customer_id)
        return KeyCheck(key, _Twin(item.serial_number, _Twin(owner.name if owner else "")))

    def customer_exists(self, customer_id: int) -> bool:
        return customer_id in self.customers

    def contract_customer(self, contract_id: int) -> int | None:
        contract = self.contracts.get(contract_id)
        return contract.customer_id if contract else None

    def site_customer(self, site_id: int) -> int | None:
        site = self.sites.get(site_id)
        return site.customer_id if site else None

    def type_exists(self, type_id: int) -> bool:
        return type_id in self.types

    def tax_id_user(self, tax_id: str, exclude_id: int | None) -> str | None:
        owner = self.customer_by_tax_id.get(tax_id)
        if owner is None or owner == exclude_id:
            return None
        return self.customers[owner].name

    def contract_code_check(self, customer_id: int, code: str, exclude_id: int | None) -> KeyCheck:
        found = self.contract_named(customer_id, code)
        twin = _Twin(self.contracts[found].code) if found is not None and found != exclude_id else None
        return KeyCheck(self.fold(code), twin)

    def site_name_check(self, customer_id: int, name: str, exclude_id: int | None) -> KeyCheck:
        found = self.site_named(customer_id, name)
        twin = _Twin(self.sites[found].name) if found is not None and found != exclude_id else None
        return KeyCheck(self.fold(name), twin)

    def type_name_check(self, name: str, exclude_id: int | None) -> KeyCheck:
        found = self.type_named(name)
        twin = _Twin(self.types[found][0]) if found is not None and found != exclude_id else None
        return KeyCheck(self.fold(name), twin)


class _Twin:
    """The stored record a key check names: its text (serial, code or name) and, for an item,
    its customer, as the messages of validation read them."""

    def __init__(self, text: str, customer: "_Twin | None" = None):
        self.serial_number = self.code = self.name = text
        self.customer = customer
