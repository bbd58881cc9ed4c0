"""Product or service types (Tipos de Produto ou Serviço): validation and use cases."""

from dataclasses import dataclass
from typing import Any

from citrus_desktop.domain.checks import Checks, problems_of
from citrus_desktop.domain.deleting import delete_rows, in_use_reasons
from citrus_desktop.domain.keys import KeyCheck, check_key
from citrus_desktop.domain.phrases import items_phrase
from citrus_desktop.domain.saving import load, save_checked, write_row
from citrus_desktop.i18n import translate
from citrus_desktop.store.models import InventoryItem, ProductType, tuple_rows

KINDS = ("product", "service")


def kind_label(kind: str) -> str:
    return translate("Fields", "Service") if kind == "service" else translate("Fields", "Product")


@dataclass
class ProductTypeData:
    name: str = ""
    kind: str = "product"
    description: str = ""
    active: bool = True
    id: int | None = None
    version: int = 0


class ProductTypeLookups:
    """What type validation asks about other types: the database by default; an import answers
    from what it has read and what it is about to create."""

    def type_name_check(self, name: str, exclude_id: int | None) -> KeyCheck:
        """The name's key and the other type that already has it, if any."""
        return check_key(ProductType, ProductType.name_key, name, exclude_id)


def check_product_type(data: ProductTypeData, lookups: ProductTypeLookups | None = None) -> dict[str, Any]:
    """The values to store for ``data``; raises ValidationError naming every broken rule."""
    lookups = lookups or ProductTypeLookups()
    checks = Checks()
    name = checks.text(
        "name", data.name, translate("Fields", "Name"), required=True, longest=200, one_line=True
    )
    description = checks.text(
        "description", data.description, translate("Fields", "Description"), strip=False
    )
    if data.kind not in KINDS:
        checks.fail("kind", translate("Validation", "Kind must be Product or Service."))
    key = ""
    if name and checks.ok("name"):
        found = lookups.type_name_check(name, data.id)
        key = found.key
        if found.twin is not None:
            checks.fail(
                "name",
                translate("Validation", "There is already a type “%1”.").replace("%1", found.twin.name),
            )
    checks.done()
    return {
        "name": name,
        "name_key": key,
        "kind": data.kind,
        "description": description,
        "active": bool(data.active),
    }


def validate_product_type(data: ProductTypeData) -> dict[str, str]:
    """The problems ``data`` has (field → message), without writing anything."""
    return problems_of(lambda: check_product_type(data))


def save_product_type(data: ProductTypeData) -> int:
    """Create (no id) or update the type; returns its id."""
    return save_checked(
        lambda: check_product_type(data), lambda values: write_row(ProductType, data.id, data.version, values)
    )


def get_product_type(type_id: int) -> ProductTypeData:
    data = load(ProductType, ProductTypeData, type_id, translate("Saving", "This type no longer exists."))
    data.active = bool(data.active)
    return data


def delete_product_types(ids: list[int]) -> int:
    """Delete types no item refers to; if any is referenced, none is deleted."""
    return delete_rows(
        ProductType,
        ids,
        lambda wanted: in_use_reasons(
            ProductType,
            wanted,
            translate("Delete", "Type “%1” is still used by %2."),
            [(InventoryItem.product_type, items_phrase)],
            label=lambda product_type: product_type.name,
        ),
    )


def product_type_choices(include_id: int | None = None) -> list[tuple[int, str, str]]:
    """(id, name, kind) of the active types (and ``include_id`` even if inactive), by name."""
    query = (
        ProductType.select(ProductType.id, ProductType.name, ProductType.kind)
        .where(ProductType.active | (ProductType.id == (include_id or 0)))
        .order_by(ProductType.name_key)
    )
    return tuple_rows(query)
