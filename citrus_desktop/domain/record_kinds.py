"""What history, the recycle bin and undo need to know about each kind of record.

One `RecordKind` per table: its model, how people name it, its fields' labels, the columns derived
from its fields, and the records it points at. Tables are listed parents first: the order in
which rows deleted together are restored (and the reverse, the order they are deleted in).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from citrus_desktop.domain.items import search_text, serial_key
from citrus_desktop.domain.text import fold
from citrus_desktop.i18n import translate
from citrus_desktop.store.history_schema import LABEL, TRACKED
from citrus_desktop.store.models import BaseModel, Contract, Customer, InventoryItem, ProductType, Site


@dataclass(frozen=True)
class RecordKind:
    table: str
    model: type[BaseModel]
    name: Callable[[], str]
    """The kind in words, capitalised ("Item")."""
    phrase: Callable[[int], str]
    """A count of them ("3 items")."""
    labels: Callable[[], dict[str, str]]
    """Field → its label in the UI language."""
    derive: Callable[[dict[str, Any]], dict[str, Any]]
    """The stored columns computed from the fields (keys for comparing, search text)."""
    links: dict[str, str] = field(default_factory=dict)
    """Field → the table it points at."""
    dates: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()

    @property
    def tracked(self) -> tuple[str, ...]:
        return TRACKED[self.table]

    @property
    def label_field(self) -> str:
        return LABEL[self.table]


def _count(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.replace("%1", str(n))


def _item_derive(values: dict[str, Any]) -> dict[str, Any]:
    serial = values.get("serial_number") or ""
    return {
        "serial_key": serial_key(serial),
        "search_text": search_text(serial, values.get("description") or "", values.get("observation") or ""),
    }


KINDS: tuple[RecordKind, ...] = (
    RecordKind(
        "customer",
        Customer,
        lambda: translate("History", "Customer"),
        lambda n: _count(n, translate("History", "1 customer"), translate("History", "%1 customers")),
        lambda: {
            "name": translate("Fields", "Name"),
            "tax_id": translate("Fields", "CPF/CNPJ"),
            "email": translate("Fields", "E-mail"),
            "phone": translate("Fields", "Phone"),
            "notes": translate("Fields", "Notes"),
            "active": translate("Columns", "Active"),
        },
        lambda values: {"name_key": fold(values.get("name") or "")},
        flags=("active",),
    ),
    RecordKind(
        "product_type",
        ProductType,
        lambda: translate("History", "Type"),
        lambda n: _count(n, translate("History", "1 type"), translate("History", "%1 types")),
        lambda: {
            "name": translate("Fields", "Name"),
            "kind": translate("Columns", "Kind"),
            "description": translate("Fields", "Description"),
            "active": translate("Columns", "Active"),
        },
        lambda values: {"name_key": fold(values.get("name") or "")},
        flags=("active",),
    ),
    RecordKind(
        "contract",
        Contract,
        lambda: translate("History", "Contract"),
        lambda n: _count(n, translate("Delete", "1 contract"), translate("Delete", "%1 contracts")),
        lambda: {
            "customer_id": translate("Columns", "Customer"),
            "code": translate("Fields", "Code"),
            "description": translate("Fields", "Description"),
            "start_date": translate("Columns", "Start"),
            "end_date": translate("Columns", "End"),
            "notes": translate("Fields", "Notes"),
        },
        lambda values: {"code_key": fold(values.get("code") or "")},
        links={"customer_id": "customer"},
        dates=("start_date", "end_date"),
    ),
    RecordKind(
        "site",
        Site,
        lambda: translate("History", "Site"),
        lambda n: _count(n, translate("Delete", "1 site"), translate("Delete", "%1 sites")),
        lambda: {
            "customer_id": translate("Columns", "Customer"),
            "name": translate("Fields", "Name"),
            "address": translate("Fields", "Address"),
            "city": translate("Fields", "City"),
            "state": translate("Fields", "State"),
            "notes": translate("Fields", "Notes"),
        },
        lambda values: {"name_key": fold(values.get("name") or "")},
        links={"customer_id": "customer"},
    ),
    RecordKind(
        "inventory_item",
        InventoryItem,
        lambda: translate("History", "Item"),
        lambda n: _count(n, translate("Delete", "1 item"), translate("Delete", "%1 items")),
        lambda: {
            "serial_number": translate("Fields", "Serial number"),
            "customer_id": translate("Columns", "Customer"),
            "contract_id": translate("Columns", "Contract"),
            "site_id": translate("Columns", "Site"),
            "product_type_id": translate("Columns", "Type"),
            "description": translate("Fields", "Description"),
            "observation": translate("Fields", "Observation"),
        },
        _item_derive,
        links={
            "customer_id": "customer",
            "contract_id": "contract",
            "site_id": "site",
            "product_type_id": "product_type",
        },
    ),
)

BY_TABLE: dict[str, RecordKind] = {kind.table: kind for kind in KINDS}
ORDER: dict[str, int] = {kind.table: number for number, kind in enumerate(KINDS)}
"""Parents first: restore in this order, delete in the reverse."""


def kind(table: str) -> RecordKind:
    return BY_TABLE[table]
