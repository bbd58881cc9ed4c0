"""Two copies of the app on one SQLite file: twins of a serial saved at the same moment (exactly one
is saved, the other is told the serial is used), edits of one item (one wins, the other gets the
conflict message); never a crash, never "database is locked"."""

from citrus_desktop.domain.items import ItemData, save_item
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.store.models import InventoryItem
from tests.racing import ROUNDS, TWINS, Side, check_edit_races, check_twin_races


def two_sides(make) -> tuple[Side, Side]:
    sides = []
    for name in ("Acme", "Beta"):
        customer = make.customer(name)
        sides.append(Side(customer, make.contract(customer), make.site(customer), make.product_type()))
    return sides[0], sides[1]


def one_item(make) -> int:
    side = two_sides(make)[0]
    return save_item(
        ItemData("EDIT-1", side.customer_id, side.contract_id, side.site_id, side.product_type_id)
    )


def test_twin_serials_saved_at_the_same_moment_one_wins(make, db_path, capsys):
    sides = two_sides(make)
    close_database()
    check_twin_races(str(db_path), sides, "SQLite", capsys)
    open_database(str(db_path))
    assert InventoryItem.select().count() == ROUNDS * len(TWINS)


def test_edits_of_one_item_at_the_same_moment_one_wins(make, db_path):
    item_id = one_item(make)
    close_database()
    check_edit_races(str(db_path), item_id)
