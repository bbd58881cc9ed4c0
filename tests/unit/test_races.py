"""Two copies of the app on one SQLite file: twins of a serial saved at the same moment (exactly one
is saved, the other is told the serial is used), edits of one item (one wins, the other gets the
conflict message); never a crash, never "database is locked"."""

import time

from citrus_desktop.domain.items import ItemData, save_item
from citrus_desktop.store.database import close_database
from citrus_desktop.store.models import InventoryItem
from tests.racing import ROUNDS, TWINS, Side, race_edits, race_twins, refused_by_index, winners_and_losers


def two_sides(make) -> tuple[Side, Side]:
    sides = []
    for name in ("Acme", "Beta"):
        customer = make.customer(name)
        sides.append(Side(customer, make.contract(customer), make.site(customer), make.product_type()))
    return sides[0], sides[1]


def test_twin_serials_saved_at_the_same_moment_one_wins(make, db_path, capsys):
    sides = two_sides(make)
    close_database()
    started = time.perf_counter()
    outcomes = race_twins(str(db_path), sides, list(TWINS))
    took = time.perf_counter() - started
    broken = winners_and_losers(outcomes, "duplicate: Serial number")
    assert not broken, {kind: rows[:3] for kind, rows in broken.items()}
    assert all("already used" in text for side in outcomes for *_rest, text in side if text != "saved")
    from citrus_desktop.store.database import open_database

    open_database(str(db_path))
    assert InventoryItem.select().count() == ROUNDS * len(TWINS)
    with capsys.disabled():
        print(
            f"\n  SQLite: {ROUNDS * len(TWINS)} twin races in {took:.1f} s, "
            f"{refused_by_index(outcomes)} decided by the unique index"
        )


def test_edits_of_one_item_at_the_same_moment_one_wins(make, db_path):
    side = two_sides(make)[0]
    item_id = save_item(
        ItemData("EDIT-1", side.customer_id, side.contract_id, side.site_id, side.product_type_id)
    )
    close_database()
    outcomes = race_edits(str(db_path), item_id)
    broken = winners_and_losers(outcomes, "conflict: This record was changed by racer")
    assert not broken, broken["edit"][:3]
