"""The upgrade that sends stock-takes to the bin with their site (its own migration entry, found by
its statements so that it may be renumbered): a database holding counts keeps every one of them,
and they then go to the bin and come back with their site. tests/pg runs it on a server."""

from citrus_desktop.domain import stock_takes as st
from citrus_desktop.domain.items import delete_items
from citrus_desktop.domain.recycle_bin import RecycleBinSource, restore
from citrus_desktop.domain.sites import delete_sites
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.store.migrations import current_version
from citrus_desktop.store.schema import MIGRATIONS
from citrus_desktop.store.stock_take_bin_schema import stock_take_bin_statements
from tests.unit.conftest import Factory
from tests.unit.test_migrations import use

MINE = next(m for m in MIGRATIONS if m.statements is stock_take_bin_statements)
BEFORE = tuple(m for m in MIGRATIONS if m.version < MINE.version)


def older_database_with_counts(monkeypatch, url: str) -> tuple[int, int, int, int]:
    """A database of the version before, holding a finished count of a site (an item found, an
    unknown serial), written as that version's tables are (SQL: today's models know a later column)."""
    with monkeypatch.context() as older:
        use(older, BEFORE)
        database = open_database(url)
        make = Factory()
        acme = make.customer("ACME")
        here, there = make.site(acme, "Matriz"), make.site(acme, "Filial")
        item = make.item(acme, "A-1", site_id=there)
        param = database.param
        with database.atomic():
            database.execute_sql(
                "INSERT INTO stock_take (customer_id, site_id, state, started_at, started_by, finished_at, "
                f"finished_by, found_count, unexpected_count) VALUES ({', '.join([param] * 7)}, 0, 2)",
                (acme, here, "finished", "2026-11-30 10:00:00", "Ana", "2026-11-30 11:00:00", "Ana"),
            )
            (count,) = database.execute_sql("SELECT max(id) FROM stock_take").fetchone()
            for serial, state, item_id in (("A-1", "other_site", item), ("NOPE", "unknown", None)):
                database.execute_sql(
                    "INSERT INTO stock_take_entry (stock_take_id, item_id, serial_number, serial_key, state, "
                    f"scanned_at, scanned_by) VALUES ({', '.join([param] * 7)})",
                    (count, item_id, serial, serial.lower(), state, "2026-11-30 10:30:00", "Ana"),
                )
        assert current_version(database) == BEFORE[-1].version
        close_database()
    return acme, here, item, count


def upgrade_keeps_counts_and_bins_them_afterwards(monkeypatch, url: str) -> None:
    _acme, here, item, count = older_database_with_counts(monkeypatch, url)
    database = open_database(url)
    assert current_version(database) == MIGRATIONS[-1].version
    rows = "SELECT serial_number, state, item_id, deleted_item_id FROM stock_take_entry ORDER BY id"
    assert database.execute_sql(rows).fetchall() == [
        ("A-1", "other_site", item, None),
        ("NOPE", "unknown", None, None),
    ]
    assert [info.id for info in st.site_results(here)] == [count]
    delete_items([item])
    assert database.execute_sql(rows).fetchall()[0] == ("A-1", "other_site", None, item)
    delete_sites([here])
    assert database.execute_sql("SELECT count(*) FROM stock_take").fetchone()[0] == 0
    restore(RecycleBinSource().ordered_ids())
    assert [info.id for info in st.site_results(here)] == [count]
    assert database.execute_sql(rows).fetchall() == [
        ("A-1", "other_site", item, None),
        ("NOPE", "unknown", None, None),
    ]


def test_a_database_holding_counts_upgrades_and_its_counts_then_go_to_the_bin(monkeypatch, db_path):
    try:
        upgrade_keeps_counts_and_bins_them_afterwards(monkeypatch, str(db_path))
    finally:
        close_database()
