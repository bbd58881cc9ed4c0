"""Keyword search, counts and paging on PostgreSQL (its own SQL paths: trigram indexes, names'
ids gathered as values or as a subquery): the unit tests, run unchanged against the server."""

import pytest

from citrus_desktop.domain import search
from tests.unit.test_listing_paging import *  # noqa: F403
from tests.unit.test_search import *  # noqa: F403

# SQLite files only: the v1 file upgraded in place.
del test_migration_v2_indexes_existing_rows  # noqa: F821


@pytest.fixture(params=["ids as values", "ids by subquery"])
def gathering(request, monkeypatch):
    """Both ways a name match reaches the items: a few ids as values, many by a subquery."""
    if request.param == "ids by subquery":
        monkeypatch.setattr(search, "GATHER_IDS", 1)
    return request.param


del test_search_index_follows_insert_update_delete  # noqa: F821


def test_a_name_search_finds_the_items_of_every_matching_customer(make, gathering):
    from citrus_desktop.domain.list_sources import InventorySource

    wanted = set()
    for name in ("Xingu Norte", "Rio Xingu", "Comércio Xingú", "Outra"):
        customer = make.customer(name)
        for _ in range(3):
            item = make.item(customer)
            if name != "Outra":
                wanted.add(item)
    source = InventorySource()
    assert source.count("xingu") == 9
    for sort in range(6):
        for descending in (False, True):
            rows = [row[0] for row in source.page(0, 4, "xingu", sort, descending, 9)]
            rows += [row[0] for row in source.page(4, 5, "xingu", sort, descending, 9)]
            assert sorted(rows) == sorted(wanted), (sort, descending)
    assert {row[0] for row in InventorySource().page(0, 50, "XINGU\x00")} == wanted  # NUL dropped
