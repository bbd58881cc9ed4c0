"""Two copies of the app on one PostgreSQL database: twins of a serial saved at the same moment,
each kind 200 times; exactly one is saved and the other is told the serial is used, also when both
passed the check before either wrote (the unique index on the key the server computes decides)."""

from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.store.models import InventoryItem
from tests.racing import ROUNDS, TWINS, check_edit_races, check_twin_races
from tests.unit.test_races import one_item, two_sides


def test_twin_serials_saved_at_the_same_moment_one_wins(make, pg_url, capsys):
    sides = two_sides(make)
    close_database()
    check_twin_races(pg_url, sides, "PostgreSQL", capsys)
    open_database(pg_url)
    assert InventoryItem.select().count() == ROUNDS * len(TWINS)


def test_edits_of_one_item_at_the_same_moment_one_wins(make, pg_url):
    item_id = one_item(make)
    close_database()
    check_edit_races(pg_url, item_id)
