"""Inventory items: validation and use cases."""

from dataclasses import dataclass
from typing import Any

from citrus_desktop.domain.checks import Checks, customer_of, problems_of
from citrus_desktop.domain.deleting import delete_rows
from citrus_desktop.domain.keys import KeyCheck, check_key
from citrus_desktop.domain.saving import load, save_checked, write_row
from citrus_desktop.domain.text import clean, fold, has_control, storable
from citrus_desktop.i18n import translate
from citrus_desktop.store.folding import database_key
from citrus_desktop.store.models import Contract, Customer, InventoryItem, ProductType, Site, tuple_rows

SERIAL_LONGEST = 100


@dataclass
class ItemData:
    serial_number: str = ""
    customer_id: int | None = None
    contract_id: int | None = None
    site_id: int | None = None
    product_type_id: int | None = None
    description: str = ""
    observation: str = ""
    id: int | None = None
    version: int = 0


def normalize_serial(serial: str) -> str:
    """The serial as stored: surrounding whitespace dropped (a scanner's Enter included)."""
    return clean(serial)


def search_text(serial: str, description: str, observation: str) -> str:
    """The item's own searchable text, folded (names of customer, contract... are searched apart)."""
    return "\n".join(fold(part) for part in (serial, description, observation))


def find_serial(serial: str, exclude_id: int | None = None) -> tuple[int, str, str] | None:
    """(id, serial, customer name) of another item using ``serial`` by the serial rule
    (DESIGN §1: case, accents, width and invisible characters ignored), if any."""
    serial = normalize_serial(serial)
    if not serial or storable(serial) != serial or has_control(serial):
        return None  # no stored serial holds such characters: nothing to look up
    query = (
        InventoryItem.select(InventoryItem.id, InventoryItem.serial_number, Customer.name)
        .join(Customer)
        .where((InventoryItem.serial_key == database_key(serial)) & (InventoryItem.id != (exclude_id or 0)))
        .order_by(InventoryItem.id)
        .limit(1)
    )
    found = tuple_rows(query)
    return (found[0][0], found[0][1], found[0][2]) if found else None


def serial_key(serial: str) -> str:
    """The form two serials share when they are the same serial, computed here (no query): the
    database computes the same (tests compare both over every code point); the duplicate checks
    ask the database itself (`find_serial`, `domain.keys`)."""
    return fold(normalize_serial(serial))


class ItemLookups:
    """What item validation asks about other records: the database by default; an import answers
    from what it has read and what it is about to create."""

    def serial_check(self, serial: str, exclude_id: int | None) -> KeyCheck:
        """The serial's key and the other item that already has it, if any."""
        return check_key(InventoryItem, InventoryItem.serial_key, serial, exclude_id)

    def customer_exists(self, customer_id: int) -> bool:
        return Customer.select().where(Customer.id == customer_id).exists()

    def contract_customer(self, contract_id: int) -> int | None:
        """The customer of the contract, None when there is no such contract."""
        return customer_of(Contract, contract_id)

    def site_customer(self, site_id: int) -> int | None:
        return customer_of(Site, site_id)

    def type_exists(self, type_id: int) -> bool:
        return ProductType.select().where(ProductType.id == type_id).exists()


def check_item(data: ItemData, lookups: ItemLookups | None = None) -> dict[str, Any]:
    """The values to store for ``data``; raises ValidationError naming every broken rule."""
    lookups = lookups or ItemLookups()
    checks = Checks()
    # Every text is checked before any query: a NUL or a lone surrogate never reaches the driver.
    serial = checks.text(
        "serial_number",
        data.serial_number,
        translate("Fields", "Serial number"),
        required=True,
        longest=SERIAL_LONGEST,
        one_line=True,
    )
    description = checks.text(
        "description", data.description, translate("Fields", "Description"), strip=False
    )
    observation = checks.text(
        "observation", data.observation, translate("Fields", "Observation"), strip=False
    )
    key = ""
    if serial and checks.ok("serial_number"):
        found = lookups.serial_check(serial, data.id)
        key = found.key
        if found.twin is not None:
            checks.fail(
                "serial_number",
                translate("Validation", "Serial number “%1” is already used by an item of customer “%2”.")
                .replace("%1", found.twin.serial_number)
                .replace("%2", found.twin.customer.name),
            )
    customer_ok = bool(data.customer_id) and lookups.customer_exists(data.customer_id or 0)
    checks.reference("customer_id", data.customer_id, translate("Fields", "customer"), customer_ok)
    contract_owner = lookups.contract_customer(data.contract_id) if data.contract_id else None
    checks.reference(
        "contract_id", data.contract_id, translate("Fields", "contract"), contract_owner is not None
    )
    if contract_owner is not None and customer_ok and contract_owner != data.customer_id:
        checks.fail("contract_id", translate("Validation", "This contract belongs to another customer."))
    site_owner = lookups.site_customer(data.site_id) if data.site_id else None
    checks.reference("site_id", data.site_id, translate("Fields", "site"), site_owner is not None)
    if site_owner is not None and customer_ok and site_owner != data.customer_id:
        checks.fail("site_id", translate("Validation", "This site belongs to another customer."))
    type_ok = bool(data.product_type_id) and lookups.type_exists(data.product_type_id or 0)
    checks.reference(
        "product_type_id", data.product_type_id, translate("Fields", "product or service type"), type_ok
    )
    checks.done()
    return {
        "serial_number": serial,
        "customer": data.customer_id,
        "contract": data.contract_id,
        "site": data.site_id,
        "product_type": data.product_type_id,
        "description": description,
        "observation": observation,
        "search_text": search_text(serial, description, observation),
        "serial_key": key,
    }


def save_item(data: ItemData) -> int:
    """Create (no id) or update the item; returns its id. Raises ValidationError, nothing written."""
    return save_checked(
        lambda: check_item(data), lambda values: write_row(InventoryItem, data.id, data.version, values)
    )


def validate_item(data: ItemData) -> dict[str, str]:
    """The problems ``data`` has (field → message), without writing anything."""
    return problems_of(lambda: check_item(data))


def get_item(item_id: int) -> ItemData:
    return load(InventoryItem, ItemData, item_id, translate("Saving", "This item no longer exists."))


def delete_items(ids: list[int]) -> int:
    """Delete the items, all in one transaction."""
    return delete_rows(InventoryItem, ids, lambda wanted: [])
