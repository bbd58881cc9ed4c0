"""Paging and sorting of the inventory list on a few thousand demo rows: every row exactly once,
in order, from either end, filtered or not, by every column."""

import pytest

from citrus_desktop.domain.demo import fill_demo
from citrus_desktop.domain.list_sources import InventorySource
from citrus_desktop.domain.text import fold
from citrus_desktop.store.models import Contract, Customer, InventoryItem, ProductType, Site

ITEMS = 1_500
PAGE = 97  # odd on purpose: pages straddle customers, contracts and the middle of the list


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from citrus_desktop.store.database import close_database, open_database

    path = tmp_path_factory.mktemp("paging") / "demo.db"
    open_database(str(path))
    fill_demo(ITEMS)
    close_database()
    return path


@pytest.fixture
def source(demo_db):
    from citrus_desktop.store.database import close_database, open_database

    open_database(str(demo_db))
    yield InventorySource()
    close_database()


def expected(keyword: str, sort: int, descending: bool) -> list[int]:
    """The list computed in Python from every row: the reference the SQL must match."""
    names = {
        "customer": dict(Customer.select(Customer.id, Customer.name_key).tuples()),
        "contract": dict(Contract.select(Contract.id, Contract.code_key).tuples()),
        "site": dict(Site.select(Site.id, Site.name_key).tuples()),
        "type": dict(ProductType.select(ProductType.id, ProductType.name_key).tuples()),
    }
    rows = InventoryItem.select(
        InventoryItem.id,
        InventoryItem.serial_number,
        InventoryItem.customer,
        InventoryItem.contract,
        InventoryItem.site,
        InventoryItem.product_type,
        InventoryItem.description,
        InventoryItem.search_text,
    ).tuples()
    folded = fold(keyword)
    result = []
    for item_id, serial, customer, contract, site, kind, description, text in rows:
        values = (
            names["customer"][customer],
            names["contract"][contract],
            names["site"][site],
            names["type"][kind],
        )
        if folded and folded not in text and not any(folded in v for v in values):
            continue
        keys = (serial.lower(), *values, description)
        # Ties (same name) are broken by the record's id, then the item's, as the list does.
        tie = (customer, contract, site, kind)[sort - 1] if 1 <= sort <= 4 else 0
        result.append(((keys[sort], tie, item_id), item_id))
    result.sort(reverse=descending)
    return [item_id for _key, item_id in result]


@pytest.mark.parametrize("dense", [False, True], ids=["sparse-plan", "dense-plan"])
@pytest.mark.parametrize("keyword", ["", "ltda", "sa", "notebook", "0001"])
@pytest.mark.parametrize("sort", range(6))
def test_pages_cover_every_row_once_in_order(source, keyword, sort, dense, monkeypatch):
    if dense:  # the plan for many hits: walk the sort index, test each row
        monkeypatch.setattr("citrus_desktop.domain.list_sources.DENSE_HITS", 0)
    for descending in (False, True):
        total = source.count(keyword)
        reference = expected(keyword, sort, descending)
        assert total == len(reference)
        forward = []
        for offset in range(0, total, PAGE):
            forward += [row[0] for row in source.page(offset, PAGE, keyword, sort, descending, total)]
        assert forward == reference
        # Without the total every page is read from the front: the same rows.
        middle = (total // 2 // PAGE) * PAGE
        assert source.page(middle, PAGE, keyword, sort, descending) == source.page(
            middle, PAGE, keyword, sort, descending, total
        )
        # Reading backwards, from the last page to the first, gives the same rows too.
        backward = []
        for offset in reversed(range(0, total, PAGE)):
            backward = [
                row[0] for row in source.page(offset, PAGE, keyword, sort, descending, total)
            ] + backward
        assert backward == reference


def test_pages_within_one_customer(source):
    customer = Customer.select(Customer.id).order_by(Customer.id).scalar()
    scoped = InventorySource(customer)
    total = scoped.count()
    ids = [row[0] for row in scoped.page(0, 1000, "", 1, False, total)]
    assert len(ids) == total == len(set(ids))
    assert set(ids) == {
        i
        for (i,) in InventoryItem.select(InventoryItem.id).where(InventoryItem.customer == customer).tuples()
    }


def test_page_past_the_end_is_empty(source):
    total = source.count()
    assert source.page(total, PAGE, total=total) == []
    assert len(source.page(total - 3, PAGE, total=total)) == 3
