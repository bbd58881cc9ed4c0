"""Optimistic locking: a save based on an outdated version, or on a deleted record, is refused."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from citrus_desktop.domain import contracts, customers, items, product_types, session, sites
from citrus_desktop.domain.errors import ConflictError, NotFoundError


@dataclass
class Kind:
    """How to make, read, save and delete one kind of record, and a field to edit."""

    make: Callable[[Any], int]
    get: Callable[[int], Any]
    save: Callable[[Any], int]
    delete: Callable[[list[int]], int]
    field: str
    table: str


KINDS = {
    "customer": Kind(
        lambda make: make.customer(),
        customers.get_customer,
        customers.save_customer,
        customers.delete_customers,
        "notes",
        "customer",
    ),
    "contract": Kind(
        lambda make: make.contract(make.customer()),
        contracts.get_contract,
        contracts.save_contract,
        contracts.delete_contracts,
        "description",
        "contract",
    ),
    "site": Kind(
        lambda make: make.site(make.customer()),
        sites.get_site,
        sites.save_site,
        sites.delete_sites,
        "address",
        "site",
    ),
    "product_type": Kind(
        lambda make: make.product_type(),
        product_types.get_product_type,
        product_types.save_product_type,
        product_types.delete_product_types,
        "description",
        "product_type",
    ),
    "item": Kind(
        lambda make: make.item(),
        items.get_item,
        items.save_item,
        items.delete_items,
        "observation",
        "inventory_item",
    ),
}


@pytest.fixture(params=list(KINDS))
def kind(request) -> Kind:
    return KINDS[request.param]


def test_each_save_raises_the_version(make, kind):
    record_id = kind.make(make)
    data = kind.get(record_id)
    assert data.version == 1
    setattr(data, kind.field, "first")
    kind.save(data)
    data = kind.get(record_id)
    assert (data.version, getattr(data, kind.field)) == (2, "first")


def test_saving_an_outdated_version_is_a_conflict(make, kind, snapshot):
    record_id = kind.make(make)
    mine, theirs = kind.get(record_id), kind.get(record_id)
    session.set_actor("Maria")
    setattr(theirs, kind.field, "theirs")
    kind.save(theirs)
    before = snapshot()
    session.set_actor("tester")
    setattr(mine, kind.field, "mine")
    with pytest.raises(ConflictError) as caught:
        kind.save(mine)
    assert snapshot() == before
    assert caught.value.changed_by == "Maria" and "Maria" in str(caught.value)
    assert getattr(kind.get(record_id), kind.field) == "theirs"


def test_saving_a_record_deleted_meanwhile_is_not_found(make, kind, snapshot):
    record_id = kind.make(make)
    mine = kind.get(record_id)
    kind.delete([record_id])
    before = snapshot()
    setattr(mine, kind.field, "mine")
    with pytest.raises(NotFoundError):
        kind.save(mine)
    assert snapshot() == before
    with pytest.raises(NotFoundError):
        kind.get(record_id)


def test_audit_columns_name_who_created_and_changed(make, kind, database):
    session.set_actor("Ana")
    record_id = kind.make(make)
    session.set_actor("Bruno")
    data = kind.get(record_id)
    setattr(data, kind.field, "changed")
    kind.save(data)
    row = database.execute_sql(
        f"SELECT created_by, updated_by, created_at <= updated_at FROM {kind.table} WHERE id = ?",
        (record_id,),
    ).fetchone()
    assert row == ("Ana", "Bruno", 1)
