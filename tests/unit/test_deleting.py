"""Deleting: referenced records are kept with a reason and a count; several items go at once."""

import re

import pytest

from citrus_desktop.domain.contracts import delete_contracts
from citrus_desktop.domain.customers import delete_customers
from citrus_desktop.domain.errors import InUseError
from citrus_desktop.domain.items import delete_items
from citrus_desktop.domain.product_types import delete_product_types
from citrus_desktop.domain.sites import delete_sites
from citrus_desktop.store.models import InventoryItem


def in_use(delete, ids, snapshot) -> str:
    """Delete expecting InUseError; prove nothing was deleted; return the message."""
    before = snapshot()
    with pytest.raises(InUseError) as caught:
        delete(ids)
    assert snapshot() == before
    return str(caught.value)


def says(message: str, count: int, noun: str) -> bool:
    """The message counts ``count`` ``noun``s ("3 items", "1 item")."""
    return re.search(rf"\b{count} {noun}", message) is not None


def test_customer_with_records_is_kept_and_told_how_many(make, snapshot):
    customer = make.customer("Acme Ltda")
    contracts = [make.contract(customer) for _ in range(2)]
    sites = [make.site(customer) for _ in range(4)]
    for number in range(3):
        make.item(customer, contract_id=contracts[0], site_id=sites[number])
    message = in_use(delete_customers, [customer], snapshot)
    assert "Acme Ltda" in message
    assert says(message, 3, "item") and says(message, 2, "contract") and says(message, 4, "site")


def test_customer_with_only_a_site_is_kept(make, snapshot):
    customer = make.customer("Acme Ltda")
    make.site(customer)
    message = in_use(delete_customers, [customer], snapshot)
    assert says(message, 1, "site") and "item" not in message and "contract" not in message


def test_one_referenced_customer_keeps_the_whole_batch(make, snapshot):
    free, used = make.customer("Free"), make.customer("Used")
    make.contract(used)
    message = in_use(delete_customers, [free, used], snapshot)
    assert "Used" in message and "Free" not in message


def test_unreferenced_customers_are_deleted_together(make, snapshot):
    ids = [make.customer() for _ in range(3)]
    keep = make.customer("Keep")
    assert delete_customers(ids) == 3
    rows = snapshot()["customer"]
    assert [row[0] for row in rows] == [keep]


def test_contract_used_by_items_is_kept(make, snapshot):
    customer = make.customer()
    contract = make.contract(customer, code="CT-77")
    make.item(customer, contract_id=contract)
    make.item(customer, contract_id=contract)
    message = in_use(delete_contracts, [contract], snapshot)
    assert "CT-77" in message and says(message, 2, "item")


def test_site_used_by_items_is_kept(make, snapshot):
    customer = make.customer()
    site = make.site(customer, name="Matriz")
    make.item(customer, site_id=site)
    message = in_use(delete_sites, [site], snapshot)
    assert "Matriz" in message and says(message, 1, "item")


def test_type_used_by_items_is_kept(make, snapshot):
    kind = make.product_type("Nobreak")
    for _ in range(5):
        make.item(product_type_id=kind)
    message = in_use(delete_product_types, [kind], snapshot)
    assert "Nobreak" in message and says(message, 5, "item")


def test_unused_contract_site_and_type_are_deleted(make):
    customer = make.customer()
    contract, site, kind = make.contract(customer), make.site(customer), make.product_type()
    assert delete_contracts([contract]) == 1
    assert delete_sites([site]) == 1
    assert delete_product_types([kind]) == 1
    assert delete_customers([customer]) == 1


def test_several_items_are_deleted_at_once(make):
    customer = make.customer()
    ids = [make.item(customer) for _ in range(4)]
    assert delete_items(ids[:3] + ids[:1]) == 3  # duplicates in the selection count once
    assert [item.id for item in InventoryItem.select()] == ids[3:]
    assert delete_items([]) == 0


def test_deleting_several_items_is_one_transaction(make, database, snapshot):
    ids = [make.item(serial=serial) for serial in ("A", "B", "C")]
    # Another program's rule refusing to delete B: A, sorted first, must come back too.
    database.execute_sql(
        "CREATE TRIGGER keep_b BEFORE DELETE ON inventory_item WHEN old.serial_number = 'B' "
        "BEGIN SELECT RAISE(ABORT, 'B is kept'); END"
    )
    before = snapshot()
    with pytest.raises(InUseError):
        delete_items(ids)
    assert snapshot() == before
