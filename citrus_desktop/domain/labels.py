"""What goes on an item's label, and which items a label run takes (ids, a keyword, or serials)."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from citrus_desktop.domain.items import find_serial, normalize_serial
from citrus_desktop.domain.list_sources import InventorySource
from citrus_desktop.store.models import Customer, InventoryItem, ProductType, Site, tuple_rows

CHUNK = 500


@dataclass(frozen=True)
class LabelData:
    serial: str
    customer: str
    site: str
    product_type: str


def label_data(ids: Sequence[int]) -> list[LabelData]:
    """The labels of ``ids``, in that order (items deleted meanwhile are skipped)."""
    found: dict[int, LabelData] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        query = (
            InventoryItem.select(
                InventoryItem.id, InventoryItem.serial_number, Customer.name, Site.name, ProductType.name
            )
            .join(Customer, on=InventoryItem.customer == Customer.id)
            .switch(InventoryItem)
            .join(Site, on=InventoryItem.site == Site.id)
            .switch(InventoryItem)
            .join(ProductType, on=InventoryItem.product_type == ProductType.id)
            .where(InventoryItem.id.in_(chunk))
        )
        for item_id, *values in tuple_rows(query):
            found[item_id] = LabelData(*values)
    return [found[i] for i in ids if i in found]


def iter_label_data(ids: Sequence[int]) -> Iterator[LabelData]:
    """``label_data`` a chunk at a time, for long runs."""
    for start in range(0, len(ids), CHUNK):
        yield from label_data(ids[start : start + CHUNK])


def ids_matching(keyword: str = "", customer_id: int | None = None) -> list[int]:
    """The items a list shows for ``keyword`` (all when empty), in the list's order (by serial)."""
    return InventorySource(customer_id).ordered_ids(keyword)


def ids_of_serials(serials: Sequence[str]) -> tuple[list[int], list[str]]:
    """(ids of the items with these serials, in the given order; serials no item has)."""
    ids: list[int] = []
    unknown: list[str] = []
    seen: set[int] = set()
    for serial in serials:
        if not normalize_serial(serial):
            continue
        found = find_serial(serial)
        if found is None:
            unknown.append(normalize_serial(serial))
        elif found[0] not in seen:
            seen.add(found[0])
            ids.append(found[0])
    return ids, unknown
