"""The recycle bin: deletes land there, restore puts records back as they were after checking the
rules again, rows deleted together come back together, purge and retention erase for good.

These tests also run on PostgreSQL (tests/pg/test_pg_history.py imports them).
"""

from datetime import datetime, timedelta

import pytest

from citrus_desktop.domain.contracts import delete_contracts, get_contract
from citrus_desktop.domain.customers import delete_customers
from citrus_desktop.domain.history import CHANGED, CREATED, RESTORED, record_history
from citrus_desktop.domain.items import delete_items, get_item, save_item
from citrus_desktop.domain.recycle_bin import RecycleBinSource, prune, purge, restore
from citrus_desktop.domain.restoring import RestoreRefused
from citrus_desktop.domain.sites import delete_sites
from citrus_desktop.store.transactions import writing
from tests.unit.history_helpers import other_program  # noqa: F401  (fixture)


def bin_rows() -> list[tuple]:
    source = RecycleBinSource()
    return source.page(0, 1000, total=source.count())


def bin_ids() -> list[int]:
    return [row[0] for row in bin_rows()]


def refused(ids: list[int], snapshot) -> str:
    before = snapshot()
    bin_before = bin_rows()
    with pytest.raises(RestoreRefused) as caught:
        restore(ids)
    assert snapshot() == before and bin_rows() == bin_before
    return str(caught.value)


def test_deleted_items_wait_in_the_bin_with_kind_customer_and_who(make):
    customer = make.customer("ACME")
    item = make.item(customer, serial="SN-1")
    delete_items([item])
    [(_id, kind, label, owner, when, who)] = bin_rows()
    assert (kind, label, owner, who) == ("Item", "SN-1", "ACME", "tester")
    assert abs(when - datetime.now()) < timedelta(minutes=1)


def test_a_deleted_items_serial_is_free_at_once(make):
    customer = make.customer()
    delete_items([make.item(customer, serial="SN-1")])
    assert get_item(make.item(customer, serial="sn-1")).serial_number == "sn-1"


def test_restore_puts_the_record_back_as_it_was(make, snapshot):
    customer = make.customer()
    item = make.item(customer, serial="SN-1", description="Zebra", observation="Recepção")
    before = get_item(item)
    delete_items([item])
    assert restore(bin_ids()) == 1
    after = get_item(item)
    assert (after.id, after.serial_number, after.contract_id, after.site_id, after.description) == (
        before.id,
        before.serial_number,
        before.contract_id,
        before.site_id,
        "Zebra",
    )
    assert after.version == before.version + 1
    assert bin_rows() == []
    assert [c.what for c in record_history("inventory_item", item)][:2] == [RESTORED, "deleted"]


def test_restore_is_refused_when_the_serial_was_taken_meanwhile(make, snapshot):
    customer = make.customer("ACME")
    delete_items([make.item(customer, serial="SN-1")])
    make.item(customer, serial="sn-1")
    message = refused(bin_ids(), snapshot)
    assert "SN-1" in message and "ACME" in message and "serial" in message


def test_restore_is_refused_when_its_contract_is_in_the_bin_or_gone(make, snapshot):
    customer = make.customer()
    item = make.item(customer, serial="SN-1")
    contract = get_item(item).contract_id
    code = get_contract(contract).code
    delete_items([item])
    delete_contracts([contract])
    item_entry = [row[0] for row in bin_rows() if row[1] == "Item"]
    message = refused(item_entry, snapshot)
    assert "SN-1" in message and f"contract “{code}” is in the recycle bin" in message
    purge([row[0] for row in bin_rows() if row[1] == "Contract"])
    message = refused(item_entry, snapshot)
    assert "SN-1" in message and "contract no longer exists" in message


def test_restore_is_refused_when_its_site_is_gone(make, snapshot):
    customer = make.customer()
    item = make.item(customer, serial="SN-1")
    site = get_item(item).site_id
    delete_items([item])
    delete_sites([site])
    purge([row[0] for row in bin_rows() if row[1] == "Site"])
    message = refused(bin_ids(), snapshot)
    assert "SN-1" in message and "site no longer exists" in message


def test_records_deleted_together_come_back_together_parents_first(make):
    customer = make.customer("ACME")
    item = make.item(customer, serial="SN-1")
    data = get_item(item)
    with writing("delete"):
        delete_items([item])
        delete_contracts([data.contract_id])
        delete_sites([data.site_id])
        delete_customers([customer])
    assert {row[1] for row in bin_rows()} == {"Item", "Contract", "Site", "Customer"}
    [item_entry] = [row[0] for row in bin_rows() if row[1] == "Item"]
    assert restore([item_entry]) == 4
    assert get_item(item).customer_id == customer and bin_rows() == []


def test_another_programs_delete_can_be_restored(make, other):
    customer = make.customer()
    item = make.item(customer, serial="SN-RAW")
    other("DELETE FROM inventory_item WHERE id = ?", (item,))
    assert [row[2] for row in bin_rows()] == ["SN-RAW"]
    restore(bin_ids())
    assert get_item(item).serial_number == "SN-RAW"


def test_purge_erases_the_record_and_its_history(make, database):
    item = make.item()
    delete_items([item])
    assert purge(bin_ids()) == 1
    assert bin_rows() == [] and record_history("inventory_item", item) == []


def test_the_bin_filter_matches_without_accents_or_case(make):
    customer = make.customer("São João Comércio")
    delete_items([make.item(customer, serial="ABC-1"), make.item(customer, serial="XYZ-2")])
    source = RecycleBinSource()
    assert source.count("abc") == 1
    assert source.count("sao joao") == 2


def test_retention_purges_old_bin_entries_and_keeps_create_and_last_change(make, database):
    item = make.item(serial="SN-OLD")
    for text in ("one", "two", "three"):
        data = get_item(item)
        data.description = text
        save_item(data)
    gone = make.item()
    delete_items([gone])
    later = datetime.now() + timedelta(days=91)
    purged, pruned = prune(90, now=later)
    assert (purged, pruned) == (1, 2)
    kept = record_history("inventory_item", item)
    assert [(c.what, c.new) for c in kept] == [(CHANGED, "three"), (CREATED, None)]
    assert bin_rows() == [] and record_history("inventory_item", gone) == []
    assert prune(90, now=later) == (0, 0)


def test_retention_keeps_what_is_recent(make):
    item = make.item()
    data = get_item(item)
    data.description = "new"
    save_item(data)
    delete_items([make.item()])
    assert prune(90) == (0, 0)
    assert len(bin_rows()) == 1


def test_many_restored_items_are_found_by_keyword_again(make):
    from citrus_desktop.domain.list_sources import InventorySource

    customer = make.customer()
    contract, site, kind = make.contract(customer), make.site(customer), make.product_type()
    items = [
        make.item(customer, serial=f"LOTE-{n:03d}", contract_id=contract, site_id=site, product_type_id=kind)
        for n in range(120)
    ]
    delete_items(items)
    assert InventorySource().count("lote-1") == 0
    restore(bin_ids()[:1])
    assert InventorySource().count("lote-1") == 20 and InventorySource().count("lote") == 120


def item_counts(database) -> dict[str, list[tuple]]:
    from citrus_desktop.store.schema import COUNT_TABLES, MONTH_COUNT_TABLE

    return {
        table: sorted(database.execute_sql(f"SELECT * FROM {table} WHERE items <> 0").fetchall())
        for table in (MONTH_COUNT_TABLE, *COUNT_TABLES)
    }


def many_items(make, count: int = 130) -> list[int]:
    """More items than `store.bulk.MANY_ROWS`: their restore takes the set-based path."""
    first, second = make.customer(), make.customer()
    items = []
    for n in range(count):
        owner = first if n % 3 else second
        items.append(make.item(owner, serial=f"LOTE-{n:03d}"))
    return items


def test_many_restored_items_count_again_and_the_triggers_keep_working(make, database):
    from citrus_desktop.domain.list_sources import InventorySource
    from citrus_desktop.store.bulk import DEFERRED_TRIGGERS, MANY_ROWS
    from citrus_desktop.store.models import InventoryItem
    from citrus_desktop.store.schema import dialect_of

    items = many_items(make)
    assert len(items) > MANY_ROWS
    counted = item_counts(database)
    delete_items(items)
    assert item_counts(database) != counted
    assert restore(bin_ids()[:1]) == len(items)
    assert item_counts(database) == counted
    assert InventorySource().count("lote-1") == 30
    created = [
        line for item in items for line in record_history("inventory_item", item) if line.what == RESTORED
    ]
    assert len(created) == len(items)
    if dialect_of(database) == "sqlite":
        names = {
            row[0] for row in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        assert set(DEFERRED_TRIGGERS) <= names
    # One batch, which undo takes back (the items return to the bin), and redo again.
    (batch,) = database.execute_sql("SELECT max(id) FROM history_batch WHERE action = 'restore'").fetchone()
    (entries,) = database.execute_sql(
        f"SELECT count(*) FROM history WHERE batch_id = {database.param}", (batch,)
    ).fetchone()
    assert entries == len(items)
    from citrus_desktop.domain.undo import revert

    undone = revert(batch, "undo")
    assert len(bin_rows()) == len(items) and InventorySource().count("lote") == 0
    revert(undone, "redo")
    assert InventorySource().count("lote") == len(items) and item_counts(database) == counted
    # The triggers are back: a new item is indexed, counted and keyed by the database itself.
    later = make.item(serial="Depois-Ü1")
    assert InventorySource().count("depois-u1") == 1
    assert InventoryItem.get_by_id(later).serial_key == "depois-u1"
    assert sum(row[1] for row in item_counts(database)["customer_item_count"]) == len(items) + 1


def test_a_bin_row_edited_to_break_the_serial_rule_is_refused_with_nothing_changed(make, database, snapshot):
    from citrus_desktop.store.schema import dialect_of

    items = many_items(make)
    delete_items(items)
    if dialect_of(database) == "postgres":
        edit = "UPDATE recycle_bin SET data = jsonb_set(data, '{serial_number}', '\"LOTE\\tX\"')"
    else:
        edit = "UPDATE recycle_bin SET data = json_set(data, '$.serial_number', 'LOTE' || char(9) || 'X')"
    database.execute_sql(edit + f" WHERE row_id = {database.param}", (items[7],))
    counted = item_counts(database)
    message = refused(bin_ids()[:1], snapshot)
    assert "one line" in message or "one_line" in message
    assert item_counts(database) == counted
    assert len(bin_rows()) == len(items)
