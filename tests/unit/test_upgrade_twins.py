"""Files from before schema v5 may hold twins (ÁREA-1 and área-1: v1 compared lower(), which
leaves Á alone; or rows another program wrote). The upgrade keeps every row, flags the twins, the
app lists them, their other fields stay editable, and giving one its own serial ends the clash."""

import sqlite3
import unicodedata
from pathlib import Path

import pytest

from citrus_desktop.domain.clashes import clashes, describe
from citrus_desktop.domain.contracts import get_contract, save_contract
from citrus_desktop.domain.errors import ValidationError
from citrus_desktop.domain.items import delete_items, get_item, save_item
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.store.schema import MIGRATIONS
from tests.unit.test_migrations import older_database, rows, use

NFC = unicodedata.normalize("NFC", "São-7")
NFD = unicodedata.normalize("NFD", "São-7")
AUDIT = "'2024-01-02 03:04:05', '2024-01-02 03:04:05'"


def v4_file_with_twins(monkeypatch, path: Path) -> dict:
    """A version-4 file: two customers, and twins written the way version 4 let them in."""
    older_database(monkeypatch, path, MIGRATIONS, 4)  # 3 customers, contracts, sites, types; 30 items
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    for serial, owner in (
        ("ÁREA-1", 1),
        ("área-1", 2),
        (NFC, 1),
        (NFD, 3),
        ("STRASSE-9", 2),
        ("straße-9", 3),
    ):
        connection.execute(
            "INSERT INTO inventory_item (serial_number, serial_key, customer_id, contract_id, site_id, "
            f"product_type_id, created_at, updated_at) VALUES (?, lower(?), ?, ?, ?, 1, {AUDIT})",
            (serial, serial, owner, owner, owner),
        )
    for code in ("CT-Ç", "ct-ç"):  # ids 4 and 5, both of customer 1
        connection.execute(
            "INSERT INTO contract (customer_id, code, code_key, created_at, updated_at) "
            f"VALUES (1, ?, 'x', {AUDIT})",
            (code,),
        )
    connection.commit()
    connection.close()
    return rows(path)


def item_id(path: Path, serial: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT id FROM inventory_item WHERE serial_number = ?", (serial,)
        ).fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def upgraded(monkeypatch, db_path):
    before = v4_file_with_twins(monkeypatch, db_path)
    use(monkeypatch, MIGRATIONS)
    open_database(str(db_path))
    yield before
    close_database()


def test_every_row_is_kept_and_every_twin_is_named(upgraded, db_path):
    close_database()
    assert {t: r for t, r in rows(db_path).items() if t != "contract"} == {
        t: r for t, r in upgraded.items() if t != "contract"
    }
    open_database(str(db_path))
    found = clashes()
    groups = {(group.kind, tuple(text for _id, text, _owner in group.records)) for group in found}
    assert groups == {
        ("serial", ("ÁREA-1", "área-1")),
        ("serial", (NFC, NFD)),
        ("serial", ("STRASSE-9", "straße-9")),
        ("contract", ("CT-Ç", "ct-ç")),
    }
    lines = describe(found)
    assert any("“ÁREA-1” (Cliente 1 São João), “área-1” (Cliente 2 São João)" in line for line in lines)


def test_a_twin_keeps_every_other_field_editable(upgraded, db_path):
    for serial in ("ÁREA-1", "área-1"):  # the first of the group and the flagged one
        item = get_item(item_id(db_path, serial))
        item.description = "revisado"
        save_item(item)
        assert get_item(item.id).description == "revisado"
    for contract_id in (4, 5):
        contract = get_contract(contract_id)
        contract.description = "ok"
        save_contract(contract)
        assert get_contract(contract_id).description == "ok"


def test_a_twin_cannot_take_another_twin_serial_and_the_clash_ends_when_renamed(upgraded, db_path):
    twin = get_item(item_id(db_path, "área-1"))
    twin.serial_number = "Área-1"  # the same serial by the rule: it stays the twin it was
    save_item(twin)
    twin = get_item(twin.id)
    twin.serial_number = "STRASSE-9"
    with pytest.raises(ValidationError) as refused:
        save_item(twin)
    assert "already used" in refused.value.errors["serial_number"]
    twin.serial_number = "AREA-2"
    save_item(twin)
    assert ("serial", ("ÁREA-1", "AREA-2")) not in {
        (g.kind, tuple(t for _i, t, _o in g.records)) for g in clashes()
    }
    assert len([g for g in clashes() if g.kind == "serial"]) == 2


def test_deleting_the_first_of_a_group_leaves_the_other_protected(upgraded, db_path):
    first, second = item_id(db_path, "STRASSE-9"), item_id(db_path, "straße-9")
    delete_items([first])
    connection = sqlite3.connect(db_path)
    try:
        flag = connection.execute(
            "SELECT serial_clash FROM inventory_item WHERE id = ?", (second,)
        ).fetchone()
        assert flag == (0,)  # the remaining twin is no longer exempt from the unique index
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO inventory_item (serial_number, customer_id, contract_id, site_id, "
                f"product_type_id, created_at, updated_at) VALUES ('Strasse-9', 1, 1, 1, 1, {AUDIT})"
            )
    finally:
        connection.close()
