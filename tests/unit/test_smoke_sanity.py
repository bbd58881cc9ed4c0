from citrus_desktop.domain.demo import fill_demo
from citrus_desktop.domain.listing import InventorySource


def test_demo_fills_an_empty_database(database):
    summary = fill_demo()
    assert summary.items >= 40
    assert InventorySource().count() == summary.items
