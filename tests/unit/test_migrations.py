"""Migrations keep every row, raise the version and leave a backup; a failing one rolls back.

The "newer" schema adds a test-only migration after the real ones, so these tests hold whatever
migrations ship.
"""

import re
import sqlite3
from pathlib import Path

import pytest
from peewee import DatabaseError

from citrus_desktop.domain.customers import CustomerData, get_customer, save_customer
from citrus_desktop.store import database as store_database
from citrus_desktop.store import migrations, schema
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.store.migrations import current_version
from citrus_desktop.store.schema import META_TABLE, MIGRATIONS, Migration

ADD_NICKNAME = Migration(
    MIGRATIONS[-1].version + 1,
    "test only: a customer nickname",
    lambda dialect: [
        "ALTER TABLE customer ADD COLUMN nickname TEXT NOT NULL DEFAULT ''",
        "UPDATE customer SET nickname = lower(name)",
        "CREATE INDEX customer_nickname ON customer (nickname)",
    ],
)
BROKEN = Migration(
    MIGRATIONS[-1].version + 1,
    "test only: fails after changing things",
    lambda dialect: [
        "ALTER TABLE customer ADD COLUMN nickname TEXT NOT NULL DEFAULT ''",
        "UPDATE customer SET name = 'changed'",
        "DELETE FROM inventory_item",
        "INSERT INTO no_such_table VALUES (1)",
    ],
)
NEWER = (*MIGRATIONS, ADD_NICKNAME)

# The columns of the first schema, which every later one keeps.
COLUMNS = {
    "customer": "id, name, name_key, tax_id, email, phone, notes, active, version, created_by",
    "contract": "id, customer_id, code, code_key, description, start_date, end_date, notes",
    "site": "id, customer_id, name, name_key, address, city, state, notes",
    "product_type": "id, name, name_key, kind, description, active",
    "inventory_item": "id, serial_number, customer_id, contract_id, site_id, product_type_id, "
    "description, observation",
}
AUDIT = ("2024-01-02 03:04:05", "2024-01-02 03:04:05")


def use(monkeypatch, chain: tuple[Migration, ...]) -> None:
    """Make ``chain`` the migrations the program knows."""
    monkeypatch.setattr(migrations, "MIGRATIONS", chain)
    monkeypatch.setattr(schema, "MIGRATIONS", chain)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", chain[-1].version)
    monkeypatch.setattr(store_database, "SCHEMA_VERSION", chain[-1].version)


def fill(path: Path) -> None:
    """Rows of every table, written with the first schema's columns only."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    audit = "created_at, updated_at"
    for number in range(1, 4):
        connection.execute(
            f"INSERT INTO customer (name, name_key, tax_id, notes, {audit}) VALUES (?, ?, ?, ?, ?, ?)",
            (f"Cliente {number} São João", f"cliente {number} sao joao", None, "nota\n🍋", *AUDIT),
        )
        connection.execute(
            f"INSERT INTO contract (customer_id, code, code_key, start_date, end_date, {audit}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (number, f"CT-{number}", f"ct-{number}", "2024-01-01", "2025-01-01", *AUDIT),
        )
        connection.execute(
            f"INSERT INTO site (customer_id, name, name_key, city, state, {audit}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (number, "Matriz", "matriz", "Florianópolis", "SC", *AUDIT),
        )
        connection.execute(
            f"INSERT INTO product_type (name, name_key, kind, {audit}) VALUES (?, ?, ?, ?, ?)",
            (f"Tipo {number}", f"tipo {number}", "service" if number % 2 else "product", *AUDIT),
        )
    for number in range(1, 31):
        owner = number % 3 + 1
        connection.execute(
            "INSERT INTO inventory_item (serial_number, customer_id, contract_id, site_id, "
            f"product_type_id, description, observation, {audit}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (f"SN-{number:04d}", owner, owner, owner, number % 3 + 1, "Impressora térmica", "", *AUDIT),
        )
    connection.commit()
    connection.close()


def rows(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            table: connection.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()
            for table, columns in COLUMNS.items()
        }
    finally:
        connection.close()


def version_of(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        query = f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'"
        return int(connection.execute(query).fetchone()[0])
    finally:
        connection.close()


def older_database(monkeypatch, path: Path, chain: tuple[Migration, ...], steps: int) -> dict:
    """A filled database made by the first ``steps`` migrations of ``chain``; returns its rows."""
    use(monkeypatch, chain[:steps])
    open_database(str(path))
    close_database()
    fill(path)
    assert version_of(path) == chain[steps - 1].version
    return rows(path)


def backups(path: Path) -> list[Path]:
    """Every file in the backups folder beside the database (a stray .tmp would count too)."""
    folder = path.parent / "backups"
    return sorted(folder.iterdir()) if folder.is_dir() else []


@pytest.mark.parametrize("steps", range(1, len(NEWER)), ids=lambda steps: f"from-v{NEWER[steps - 1].version}")
def test_an_older_database_keeps_every_row(monkeypatch, db_path, steps):
    old_rows = older_database(monkeypatch, db_path, NEWER, steps)
    old_version = NEWER[steps - 1].version
    assert sum(map(len, old_rows.values())) == 3 * 4 + 30

    use(monkeypatch, NEWER)
    database = open_database(str(db_path))
    try:
        assert current_version(database) == NEWER[-1].version
        nicknames = database.execute_sql("SELECT nickname FROM customer ORDER BY id").fetchall()
        assert nicknames == [(f"cliente {n} são joão",) for n in range(1, 4)]
        # The domain works on the migrated database.
        customer = get_customer(save_customer(CustomerData(name="Depois da migração")))
        assert customer.name == "Depois da migração"
    finally:
        close_database()
    after = rows(db_path)
    assert after["customer"][:3] == old_rows["customer"]
    assert {table: found for table, found in after.items() if table != "customer"} == {
        table: found for table, found in old_rows.items() if table != "customer"
    }

    [backup] = backups(db_path)
    new_version = NEWER[-1].version
    assert re.fullmatch(rf"{db_path.stem}-\d{{8}}-\d{{6}}-before-v{new_version}\.db", backup.name)
    assert rows(backup) == old_rows
    assert version_of(backup) == old_version


def test_a_new_database_is_created_at_the_latest_version_without_backup(db_path):
    database = open_database(str(db_path))
    try:
        assert current_version(database) == schema.SCHEMA_VERSION == MIGRATIONS[-1].version
    finally:
        close_database()
    assert backups(db_path) == []


def test_a_current_database_is_opened_without_backup_or_change(db_path, monkeypatch):
    older_database(monkeypatch, db_path, MIGRATIONS, len(MIGRATIONS))
    before = rows(db_path)
    open_database(str(db_path))
    close_database()
    assert rows(db_path) == before
    assert backups(db_path) == []


def test_a_failing_migration_rolls_back(monkeypatch, db_path):
    old_rows = older_database(monkeypatch, db_path, MIGRATIONS, len(MIGRATIONS))
    use(monkeypatch, (*MIGRATIONS, BROKEN))
    with pytest.raises(DatabaseError):
        open_database(str(db_path))
    assert rows(db_path) == old_rows
    assert version_of(db_path) == MIGRATIONS[-1].version
    connection = sqlite3.connect(db_path)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(customer)")]
    connection.close()
    assert "nickname" not in columns
    # The backup taken before the attempt holds the rows too, and the file still opens.
    [backup] = backups(db_path)
    assert rows(backup) == old_rows
    use(monkeypatch, MIGRATIONS)
    open_database(str(db_path))
    close_database()
    assert rows(db_path) == old_rows


def test_each_migration_runs_in_its_own_transaction(monkeypatch, db_path):
    """A later migration failing keeps the earlier ones applied by the same open."""
    fails = Migration(ADD_NICKNAME.version + 1, "test only: fails", lambda dialect: ["SELECT * FROM nowhere"])
    chain = (*NEWER, fails)
    old_rows = older_database(monkeypatch, db_path, chain, len(MIGRATIONS))
    use(monkeypatch, chain)
    with pytest.raises(DatabaseError):
        open_database(str(db_path))
    assert version_of(db_path) == ADD_NICKNAME.version
    assert rows(db_path) == old_rows


def test_v4_fills_serial_key_from_the_rows_it_finds(monkeypatch, db_path):
    """v4's backfill: the folded first line of search_text, else lower(serial_number)."""
    older_database(monkeypatch, db_path, MIGRATIONS, 3)  # 30 items, search_text empty
    connection = sqlite3.connect(db_path)
    connection.execute(
        "UPDATE inventory_item SET search_text = 'área-' || id || char(10) || 'x' WHERE id <= 10"
    )
    connection.commit()
    connection.close()
    use(monkeypatch, MIGRATIONS[:4])
    database = open_database(str(db_path))
    try:
        keys = dict(database.execute_sql("SELECT id, serial_key FROM inventory_item").fetchall())
    finally:
        close_database()
    assert {keys[n] for n in range(1, 11)} == {f"área-{n}" for n in range(1, 11)}
    assert {keys[n] for n in range(11, 31)} == {f"sn-{n:04d}" for n in range(11, 31)}


def test_v5_gives_every_row_the_database_key(monkeypatch, db_path):
    """Keys left by v4 (empty, lower() only, or stale) become the rule's; twins are flagged."""
    older_database(monkeypatch, db_path, MIGRATIONS, 4)
    connection = sqlite3.connect(db_path)
    connection.execute(
        "UPDATE inventory_item SET serial_number = 'ÁREA ' || id, serial_key = '' WHERE id <= 5"
    )
    connection.execute("UPDATE contract SET code_key = 'stale'")
    connection.commit()
    connection.close()
    use(monkeypatch, MIGRATIONS)
    database = open_database(str(db_path))
    try:
        keys = dict(database.execute_sql("SELECT id, serial_key FROM inventory_item").fetchall())
        codes = database.execute_sql("SELECT code_key FROM contract ORDER BY id").fetchall()
        flags = database.execute_sql("SELECT count(*) FROM inventory_item WHERE serial_clash").fetchone()
    finally:
        close_database()
    assert [keys[n] for n in range(1, 6)] == [f"area {n}" for n in range(1, 6)]
    assert keys[6] == "sn-0006"
    assert codes == [("ct-1",), ("ct-2",), ("ct-3",)]
    assert flags == (0,)


def test_v5_loosens_the_tax_id_check_and_the_file_stays_sound(monkeypatch, db_path):
    """SQLite cannot alter a CHECK: v5 edits the table's definition; the file must stay sound."""
    older_database(monkeypatch, db_path, MIGRATIONS, 4)
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE customer SET tax_id = '11222333000181' WHERE id = 1")
    connection.commit()
    connection.close()
    use(monkeypatch, MIGRATIONS)
    open_database(str(db_path))
    close_database()
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        insert = (
            "INSERT INTO customer (name, name_key, tax_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"
        )
        connection.execute(insert, ("Nova", "nova", "12ABC34501DE35", *AUDIT))
        for bad in ("12abc34501de35", "12ABC34501DEXX", "1234567890A"):
            with pytest.raises(sqlite3.IntegrityError):
                connection.execute(insert, ("Má", "ma", bad, *AUDIT))
        assert connection.execute("SELECT tax_id FROM customer WHERE id = 1").fetchone() == (
            "11222333000181",
        )
    finally:
        connection.close()
