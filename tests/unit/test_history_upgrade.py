"""Schema v11 (PostgreSQL's history rebuilt in fewer bytes; nothing to do in SQLite): a database of
the version before it upgrades with its history intact — every entry with its id, batch, fields
and changes — and the history, the bin and undo keep working on it.

These tests also run on PostgreSQL (tests/pg/test_pg_history_upgrade.py imports them).
"""

from collections.abc import Callable

from citrus_desktop.domain.history import record_history
from citrus_desktop.domain.items import delete_items, get_item, save_item
from citrus_desktop.domain.recycle_bin import RecycleBinSource, restore
from citrus_desktop.domain.restoring import as_json
from citrus_desktop.domain.undo import revert
from citrus_desktop.store import database as store_database
from citrus_desktop.store import migrations, schema
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.store.migrations import current_version
from citrus_desktop.store.schema import MIGRATIONS
from tests.unit.conftest import Factory

V11 = next(m for m in MIGRATIONS if m.version == 11)
ENTRIES = "SELECT id, batch_id, table_name, row_id, version, kind, at, changes FROM history ORDER BY id"


def before_v11(monkeypatch, target: str) -> None:
    """Create ``target`` at the version before v11 (the program knows no later migration)."""
    chain = tuple(m for m in MIGRATIONS if m.version < V11.version)
    for module, name, value in (
        (migrations, "MIGRATIONS", chain),
        (schema, "MIGRATIONS", chain),
        (schema, "SCHEMA_VERSION", chain[-1].version),
        (store_database, "SCHEMA_VERSION", chain[-1].version),
    ):
        monkeypatch.setattr(module, name, value)


def upgrade_keeps_history(monkeypatch, target: str, opened: Callable[[], None] = lambda: None) -> None:
    migrations.server_copy = None
    before_v11(monkeypatch, target)
    database = open_database(target)
    opened()
    assert current_version(database) == V11.version - 1
    make = Factory()
    customer = make.customer()
    kept, edited, gone = make.item(customer), make.item(customer, serial="ÁREA-1"), make.item(customer)
    data = get_item(edited)
    data.description, data.observation = "Impressora térmica", 'com "aspas" e ç'
    save_item(data)
    delete_items([gone])
    entries = database.execute_sql(ENTRIES).fetchall()
    lines = {item: record_history("inventory_item", item) for item in (kept, edited, gone)}
    assert len(entries) > 10 and any(row[7] for row in entries)
    close_database()
    monkeypatch.undo()

    database = open_database(target)
    opened()
    try:
        assert current_version(database) == MIGRATIONS[-1].version
        assert database.execute_sql(ENTRIES).fetchall() == entries
        assert {item: record_history("inventory_item", item) for item in lines} == lines
        # New entries follow the old ones; the bin, restore and undo work on the kept history.
        data = get_item(kept)
        data.description = "depois"
        save_item(data)
        newest = database.execute_sql(ENTRIES).fetchall()[-1]
        assert newest[0] > entries[-1][0] and newest[2] == "inventory_item" and newest[3] == kept
        assert as_json(newest[7]) == {"description": ["", "depois"]}
        source = RecycleBinSource()
        [entry] = [row[0] for row in source.page(0, 10, total=source.count())]
        assert restore([entry]) == 1
        assert get_item(gone).id == gone
        assert record_history("inventory_item", gone)[1:] == lines[gone]  # the restore, then as before
        batch = database.execute_sql("SELECT max(id) FROM history_batch").fetchone()[0]
        revert(batch, "undo")  # of the restore: the item goes back to the bin
        assert RecycleBinSource().count() == 1
        assert record_history("inventory_item", edited) == lines[edited]
    finally:
        close_database()


def test_an_older_database_upgrades_with_its_history_intact(monkeypatch, tmp_path):
    upgrade_keeps_history(monkeypatch, str(tmp_path / "older.db"))
