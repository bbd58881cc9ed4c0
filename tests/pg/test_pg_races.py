"""Two copies of the app on one PostgreSQL database: twins of a serial saved at the same moment,
each kind 200 times; exactly one is saved and the other is told the serial is used, also when both
passed the check before either wrote (the unique index on the key the server computes decides)."""

import time

from citrus_desktop.domain.items import ItemData, save_item
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.store.models import InventoryItem
from tests.racing import ROUNDS, TWINS, race_edits, race_twins, refused_by_index, winners_and_losers
from tests.unit.test_races import two_sides


def test_twin_serials_saved_at_the_same_moment_one_wins(make, pg_url, capsys):
    sides = two_sides(make)
    close_database()
    started = time.perf_counter()
    outcomes = race_twins(pg_url, sides, list(TWINS))
    took = time.perf_counter() - started
    broken = winners_and_losers(outcomes, "duplicate: Serial number")
    assert not broken, {kind: rows[:3] for kind, rows in broken.items()}
    open_database(pg_url)
    assert InventoryItem.select().count() == ROUNDS * len(TWINS)
    with capsys.disabled():
        print(
            f"\n  PostgreSQL: {ROUNDS * len(TWINS)} twin races in {took:.1f} s, "
            f"{refused_by_index(outcomes)} decided by the unique index"
        )


def test_edits_of_one_item_at_the_same_moment_one_wins(make, pg_url):
    side = two_sides(make)[0]
    item_id = save_item(
        ItemData("EDIT-1", side.customer_id, side.contract_id, side.site_id, side.product_type_id)
    )
    close_database()
    outcomes = race_edits(pg_url, item_id)
    broken = winners_and_losers(outcomes, "conflict: This record was changed by racer")
    assert not broken, broken["edit"][:3]
