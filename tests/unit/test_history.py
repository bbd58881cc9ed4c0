"""History kept by the database: every create, change and delete, who and when, one batch per action.

These tests also run on PostgreSQL (tests/pg/test_pg_history.py imports them).
"""

import json
from datetime import date

from citrus_desktop.domain.contracts import get_contract, save_contract
from citrus_desktop.domain.customers import get_customer, save_customer
from citrus_desktop.domain.history import CHANGED, CREATED, DELETED, describe_batch, record_history
from citrus_desktop.domain.items import delete_items, get_item, save_item
from citrus_desktop.domain.session import set_actor
from citrus_desktop.store.schema import dialect_of
from citrus_desktop.store.transactions import last_committed, writing
from tests.unit.history_helpers import history_rows, other_program  # noqa: F401  (fixture)


def changes_of(row: tuple) -> dict:
    value = row[2]
    return json.loads(value) if isinstance(value, str) else value


def test_an_edit_keeps_only_the_changed_fields_old_and_new(make, database):
    item = make.item(serial="SN-1")
    data = get_item(item)
    data.description = "Zebra ZD220"
    data.observation = "Na recepção"
    save_item(data)
    rows = history_rows(database, "inventory_item", item)
    assert [(kind, version) for kind, version, *_ in rows] == [("c", 1), ("u", 2)]
    assert changes_of(rows[1]) == {"description": ["", "Zebra ZD220"], "observation": ["", "Na recepção"]}


def test_a_save_that_changes_nothing_writes_no_history_entry(make, database):
    item = make.item()
    save_item(get_item(item))
    assert [row[0] for row in history_rows(database, "inventory_item", item)] == ["c"]


def test_who_and_when_come_from_the_batch_of_the_action(make, database):
    set_actor("Ana Souza")
    customer = make.customer("ACME")
    batch = last_committed()
    assert batch is not None and batch.action == "create"
    [(_kind, _version, _changes, batch_id)] = history_rows(database, "customer", customer)
    assert batch_id == batch.id
    [change] = record_history("customer", customer)
    assert change.what == CREATED and change.who.startswith("Ana Souza") and change.at is not None


def test_a_multi_delete_is_one_batch(make, database):
    customer = make.customer()
    items = [make.item(customer) for _ in range(3)]
    delete_items(items)
    batch = last_committed()
    batches = {history_rows(database, "inventory_item", item)[-1][3] for item in items}
    assert batches == {batch.id}
    assert describe_batch(batch.id) == "delete of 3 items"


def test_actions_are_named_for_undo(make):
    item = make.item(serial="SN-77")
    assert describe_batch(last_committed().id) == "creation of item “SN-77”"
    data = get_item(item)
    data.description = "x"
    save_item(data)
    assert describe_batch(last_committed().id) == "edit of item “SN-77”"


def test_nested_writes_join_the_outer_action(make, database):
    customer = make.customer()
    with writing("import", "items.xlsx") as batch:
        first = make.item(customer)
        second = make.item(customer)
    assert {history_rows(database, "inventory_item", i)[0][3] for i in (first, second)} == {batch.id}
    assert describe_batch(batch.id) == "import of items.xlsx"


def test_a_failed_action_leaves_no_trace(make, database):
    customer = make.customer("Before")
    before = database.execute_sql("SELECT count(*) FROM history").fetchone()[0]
    try:
        with writing("edit"):
            data = get_customer(customer)
            data.name = "During"
            save_customer(data)
            raise RuntimeError("power cut")
    except RuntimeError:
        pass
    assert database.execute_sql("SELECT count(*) FROM history").fetchone()[0] == before
    assert get_customer(customer).name == "Before"


def test_another_programs_update_is_kept_with_an_unknown_author(make, database, other):
    item = make.item(serial="SN-9")
    other("UPDATE inventory_item SET description = ? WHERE id = ?", ("edited elsewhere", item))
    latest = record_history("inventory_item", item)[0]
    assert (latest.what, latest.field, latest.old, latest.new) == (
        CHANGED,
        "description",
        "",
        "edited elsewhere",
    )
    # SQLite cannot know who wrote; PostgreSQL names the database user.
    assert latest.who == ("" if dialect_of(database) == "sqlite" else "postgres")


def test_other_programs_never_see_a_batch_and_their_deletes_go_to_the_bin(make, database, other):
    make.customer()
    if dialect_of(database) == "sqlite":
        assert other("SELECT batch_id FROM history_context") == [(None,)]
    other("DELETE FROM customer")
    assert other("SELECT table_name, label FROM recycle_bin") == [("customer", "Customer 1")]


def test_history_values_read_as_people_see_them(make):
    customer = make.customer("ACME")
    old_site, new_site = make.site(customer, "Matriz"), make.site(customer, "Filial Sul")
    item = make.item(customer, site_id=old_site)
    data = get_item(item)
    data.site_id = new_site
    save_item(data)
    contract = make.contract(customer, "CT-END")
    data = get_contract(contract)
    data.end_date = date(2026, 3, 31)
    save_contract(data)
    data = get_customer(customer)
    data.active = False
    data.tax_id = "52998224725"
    save_customer(data)

    [moved] = [c for c in record_history("inventory_item", item) if c.what == CHANGED]
    assert (moved.label, moved.old, moved.new) == ("Site", "Matriz", "Filial Sul")
    [ended] = [c for c in record_history("contract", contract) if c.what == CHANGED]
    assert (ended.label, ended.old, ended.new) == ("End", None, date(2026, 3, 31))
    changed = {c.field: c for c in record_history("customer", customer) if c.what == CHANGED}
    assert (changed["active"].old, changed["active"].new) == (True, False)
    assert changed["tax_id"].new == "529.982.247-25"


def test_a_deleted_records_history_stays_readable(make):
    item = make.item(serial="SN-GONE")
    data = get_item(item)
    data.description = "antes de excluir"
    save_item(data)
    delete_items([item])
    whats = [change.what for change in record_history("inventory_item", item)]
    assert whats == [DELETED, CHANGED, CREATED]


def test_a_deleted_items_id_is_never_given_to_a_new_item(make):
    customer = make.customer()
    newest = make.item(customer)
    delete_items([newest])
    again = make.item(customer)
    assert again != newest


def test_a_finished_stock_take_is_in_the_sites_history(make):
    from citrus_desktop.domain import stock_takes
    from citrus_desktop.domain.history import STOCK_TAKE

    customer = make.customer()
    site = make.site(customer, "Matriz")
    make.item(customer, serial="ST-1", site_id=site)
    make.item(customer, serial="ST-2", site_id=site)
    count = stock_takes.start_or_resume(customer, site)
    stock_takes.record_scan(count, "ST-1")
    stock_takes.finish(count)
    latest = record_history("site", site)[0]
    assert latest.what == STOCK_TAKE and latest.new.startswith("1 of 2 found, 1 not found")
