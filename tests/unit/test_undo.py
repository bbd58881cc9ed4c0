"""Undo and redo of an action from its history batch; refused, with nothing changed, when someone
changed a record since (here: a colleague's process) or a rule would break.

These tests also run on PostgreSQL (tests/pg/test_pg_history.py imports them).
"""

import subprocess
import sys
import textwrap

import pytest

from citrus_desktop.domain.errors import ConflictError
from citrus_desktop.domain.items import delete_items, get_item, save_item
from citrus_desktop.domain.recycle_bin import RecycleBinSource, restore
from citrus_desktop.domain.restoring import RestoreRefused
from citrus_desktop.domain.undo import revert
from citrus_desktop.store.models import InventoryItem
from citrus_desktop.store.transactions import last_committed


def colleague(target: str, script: str) -> None:
    """Run ``script`` in another process on the same database, as staff member Bruno."""
    code = (
        textwrap.dedent(
            f"""
        from citrus_desktop.domain.session import set_actor
        from citrus_desktop.store.database import close_database, open_database
        from citrus_desktop.domain.items import get_item, save_item
        set_actor("Bruno")
        open_database({target!r})
        """
        )
        + textwrap.dedent(script)
        + "\nclose_database()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def target_of(database) -> str:
    if hasattr(database, "path"):
        return str(database.path)
    params = database.connect_params
    return (
        f"postgresql://{params.get('user', 'postgres')}@{params['host']}:{params['port']}/{database.database}"
    )


def test_undo_and_redo_an_edit(make):
    item = make.item(description="before")
    data = get_item(item)
    data.description = "after"
    save_item(data)
    undone = revert(last_committed().id)
    assert get_item(item).description == "before"
    redone = revert(undone, "redo")
    assert get_item(item).description == "after"
    revert(redone)
    assert get_item(item).description == "before"


def test_undo_a_create_removes_it_and_redo_brings_it_back(make):
    customer = make.customer()
    item = make.item(customer, serial="SN-NEW")
    undone = revert(last_committed().id)
    assert InventoryItem.get_or_none(InventoryItem.id == item) is None
    revert(undone, "redo")
    assert get_item(item).serial_number == "SN-NEW"


def test_undo_a_delete_of_many_and_redo_it(make):
    customer = make.customer()
    items = [make.item(customer) for _ in range(5)]
    delete_items(items)
    undone = revert(last_committed().id)
    assert sorted(i.id for i in InventoryItem.select()) == sorted(items)
    assert RecycleBinSource().count() == 0
    revert(undone, "redo")
    assert InventoryItem.select().count() == 0 and RecycleBinSource().count() == 5


def test_undo_a_restore(make):
    item = make.item()
    delete_items([item])
    restore([row[0] for row in RecycleBinSource().page(0, 10)])
    revert(last_committed().id)
    assert InventoryItem.get_or_none(InventoryItem.id == item) is None


def test_undo_is_refused_after_a_colleagues_change(make, database, snapshot):
    item = make.item(description="mine")
    data = get_item(item)
    data.description = "my edit"
    save_item(data)
    mine = last_committed().id
    colleague(
        target_of(database),
        f"""
        data = get_item({item})
        data.observation = "Bruno was here"
        save_item(data)
        """,
    )
    before = snapshot()
    with pytest.raises(ConflictError) as caught:
        revert(mine)
    assert "Bruno" in str(caught.value) and snapshot() == before


def test_undo_of_a_delete_is_refused_when_the_serial_was_taken(make, snapshot):
    customer = make.customer()
    delete_items([make.item(customer, serial="SN-1")])
    deleted = last_committed().id
    make.item(customer, serial="SN-1")
    before = snapshot()
    with pytest.raises(RestoreRefused) as caught:
        revert(deleted)
    assert "SN-1" in str(caught.value) and snapshot() == before


def test_undo_of_a_create_is_refused_when_records_now_use_it(make, snapshot):
    customer = make.customer()
    contract = make.contract(customer, "CT-NEW")
    created = last_committed().id
    make.item(customer, contract_id=contract)
    before = snapshot()
    with pytest.raises(RestoreRefused) as caught:
        revert(created)
    assert "CT-NEW" in str(caught.value) and "1 item" in str(caught.value) and snapshot() == before


def test_undo_of_another_life_of_the_data_is_refused(make):
    item = make.item()
    with pytest.raises(ConflictError):
        revert(last_committed().id, generation="a-backup-was-restored-since")
    assert get_item(item)
