"""Sites (locations, cities, units or blocks) of a customer: validation and use cases."""

from dataclasses import dataclass
from typing import Any

from citrus_desktop.domain.checks import Checks, customer_of, problems_of
from citrus_desktop.domain.deleting import delete_rows, in_use_reasons
from citrus_desktop.domain.keys import KeyCheck, check_key
from citrus_desktop.domain.phrases import items_phrase
from citrus_desktop.domain.saving import load, save_checked, write_row
from citrus_desktop.domain.text import UF_CODES
from citrus_desktop.i18n import translate
from citrus_desktop.store.models import Customer, InventoryItem, Site, tuple_rows


@dataclass
class SiteData:
    customer_id: int | None = None
    name: str = ""
    address: str = ""
    city: str = ""
    state: str = ""
    notes: str = ""
    id: int | None = None
    version: int = 0


class SiteLookups:
    """What site validation asks about other records: the database by default; an import answers
    from what it has read and what it is about to create."""

    def customer_exists(self, customer_id: int) -> bool:
        return Customer.select().where(Customer.id == customer_id).exists()

    def site_name_check(self, customer_id: int, name: str, exclude_id: int | None) -> KeyCheck:
        """The name's key and the customer's other site that already has it, if any."""
        return check_key(Site, Site.name_key, name, exclude_id, (Site.customer, customer_id))

    def site_customer(self, site_id: int) -> int | None:
        """The customer of the site, None when there is no such site."""
        return customer_of(Site, site_id)


def check_site(data: SiteData, lookups: SiteLookups | None = None) -> dict[str, Any]:
    """The values to store for ``data``; raises ValidationError naming every broken rule."""
    lookups = lookups or SiteLookups()
    checks = Checks()
    name = checks.text(
        "name", data.name, translate("Fields", "Name"), required=True, longest=200, one_line=True
    )
    address = checks.text("address", data.address, translate("Fields", "Address"), longest=500)
    city = checks.text("city", data.city, translate("Fields", "City"), longest=200)
    state = checks.text("state", data.state, translate("Fields", "State"), longest=2).upper()
    if state and checks.ok("state") and state not in UF_CODES:
        checks.fail("state", translate("Validation", "State must be a Brazilian UF such as SP or RJ."))
    notes = checks.text("notes", data.notes, translate("Fields", "Notes"), strip=False)
    exists = bool(data.customer_id) and lookups.customer_exists(data.customer_id or 0)
    checks.reference("customer_id", data.customer_id, translate("Fields", "customer"), exists)
    key = ""
    if name and checks.ok("name") and exists and data.customer_id is not None:
        found = lookups.site_name_check(data.customer_id, name, data.id)
        key = found.key
        if found.twin is not None:
            checks.fail(
                "name",
                translate("Validation", "This customer already has a site “%1”.").replace(
                    "%1", found.twin.name
                ),
            )
    if data.id is not None and exists:
        stored = lookups.site_customer(data.id)
        if stored is not None and stored != data.customer_id:
            checks.fail("customer_id", translate("Validation", "A site cannot move to another customer."))
    checks.done()
    return {
        "customer": data.customer_id,
        "name": name,
        "name_key": key,
        "address": address,
        "city": city,
        "state": state,
        "notes": notes,
    }


def validate_site(data: SiteData) -> dict[str, str]:
    """The problems ``data`` has (field → message), without writing anything."""
    return problems_of(lambda: check_site(data))


def save_site(data: SiteData) -> int:
    """Create (no id) or update the site; returns its id."""
    return save_checked(
        lambda: check_site(data), lambda values: write_row(Site, data.id, data.version, values)
    )


def get_site(site_id: int) -> SiteData:
    return load(Site, SiteData, site_id, translate("Saving", "This site no longer exists."))


def delete_sites(ids: list[int]) -> int:
    """Delete sites no item refers to; if any is referenced, none is deleted."""
    return delete_rows(
        Site,
        ids,
        lambda wanted: in_use_reasons(
            Site,
            wanted,
            translate("Delete", "Site “%1” is still used by %2."),
            [(InventoryItem.site, items_phrase)],
            label=lambda site: site.name,
        ),
    )


def site_choices(customer_id: int) -> list[tuple[int, str, str]]:
    """(id, name, city) of the customer's sites, by name."""
    query = (
        Site.select(Site.id, Site.name, Site.city).where(Site.customer == customer_id).order_by(Site.name_key)
    )
    return tuple_rows(query)
