"""Twins kept from older files: serials (and contract codes, site and type names) that break the
one rule of DESIGN §1 because an older version or another program wrote them. The upgrade to
schema v5 keeps every row and flags all but the first of each group; this lists them, so the
person can give each its own serial. Any other field of a twin can still be edited."""

from dataclasses import dataclass

from peewee import SQL, Field

from citrus_desktop.i18n import translate
from citrus_desktop.store.models import BaseModel, Contract, InventoryItem, ProductType, Site, db, tuple_rows
from citrus_desktop.store.schema import dialect_of

LISTED = 20
"""The notice names this many groups at most."""


@dataclass(frozen=True)
class Clash:
    """One group of records that are the same by the rule: (id, text as stored, whose) each."""

    kind: str
    records: list[tuple[int, str, str]]


def _groups(
    model: type[BaseModel], text: Field, key: Field, clash: Field, scope: Field | None, kind: str
) -> list[Clash]:
    # Written as the partial indexes' own conditions, so the (tiny) index of flagged rows answers.
    sqlite = dialect_of(db.obj) == "sqlite"
    condition = SQL(f"{clash.column_name} <> 0") if sqlite else SQL(clash.column_name)
    flagged = model.select(key, *([scope] if scope is not None else [])).where(condition).distinct()
    found = []
    for row in tuple_rows(flagged):
        query = model.select().where(key == row[0])
        if scope is not None:
            query = query.where(scope == row[1])
        members = []
        for record in query.order_by(model.id):
            owner = getattr(record, "customer", None)
            members.append((record.id, getattr(record, text.name), owner.name if owner is not None else ""))
        if len(members) > 1:
            found.append(Clash(kind, members))
    return found


def clashes() -> list[Clash]:
    """Every group of twins still in the database (usually none)."""
    item, contract, site, kind = InventoryItem, Contract, Site, ProductType
    return [
        *_groups(item, item.serial_number, item.serial_key, item.serial_clash, None, "serial"),
        *_groups(
            contract, contract.code, contract.code_key, contract.code_clash, contract.customer, "contract"
        ),
        *_groups(site, site.name, site.name_key, site.name_clash, site.customer, "site"),
        *_groups(kind, kind.name, kind.name_key, kind.name_clash, None, "type"),
    ]


def describe(found: list[Clash]) -> list[str]:
    """One line per group, in the person's language (at most LISTED, then how many more)."""
    lines = []
    for group in found[:LISTED]:
        names = ", ".join(
            f"“{text}” ({owner})" if owner else f"“{text}”" for _id, text, owner in group.records
        )
        template = {
            "serial": translate("Clashes", "Serial number used by %1 items: %2"),
            "contract": translate("Clashes", "Contract code used twice by one customer: %2"),
            "site": translate("Clashes", "Site name used twice by one customer: %2"),
            "type": translate("Clashes", "Type name used by %1 types: %2"),
        }[group.kind]
        lines.append(template.replace("%1", str(len(group.records))).replace("%2", names))
    if len(found) > LISTED:
        lines.append(translate("Clashes", "… and %1 more.").replace("%1", str(len(found) - LISTED)))
    return lines
