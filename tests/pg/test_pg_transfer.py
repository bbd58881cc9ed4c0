"""Data in and out on a real PostgreSQL server: a solo file copied onto the server and back
unchanged, the server's ids going on past the copied ones, imports and exports there too."""

import sqlite3
from pathlib import Path

import psycopg
import pytest

from citrus_desktop.domain.customers import CustomerData, save_customer
from citrus_desktop.domain.database_copy import CopyError, copy_database
from citrus_desktop.domain.exporting import export_list
from citrus_desktop.domain.import_fields import fields_of, guess_mapping
from citrus_desktop.domain.importing import ImportOptions, importer_for
from citrus_desktop.domain.items import delete_items, get_item, save_item
from citrus_desktop.domain.list_sources import InventorySource
from citrus_desktop.domain.sheet_files import open_sheet, read_rows
from citrus_desktop.store.database import close_database, open_database, open_unbound
from citrus_desktop.store.models import InventoryItem
from tests.ui.seed import seed_database
from tests.unit.test_cli_transfer import contents
from tests.unit.test_export import test_the_csv_guard_in_sql_agrees_with_the_rule  # noqa: F401 (on the server too)

DATA = Path(__file__).resolve().parents[1] / "data"


def index_definitions(conn: psycopg.Connection) -> set[str]:
    rows = conn.execute("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()").fetchall()
    return {row[0] for row in rows}


def test_sqlite_to_postgresql_to_sqlite_is_identical(fresh_pg, tmp_path):
    solo = tmp_path / "solo.db"
    seed_database(str(solo))
    server = fresh_pg("copy")
    open_database(str(solo))
    # History with changed fields (JSON) and a record in the recycle bin travel too.
    edited = get_item(InventoryItem.get(InventoryItem.serial_number == "SN-0001").id)
    edited.description, edited.observation = "Zebra ZD230 – São Paulo", "linha 1\nlinha 2"
    save_item(edited)
    delete_items([InventoryItem.get(InventoryItem.serial_number == "LIC-9").id])
    steps = []
    report = copy_database(server, progress=lambda done, total, table: steps.append((done, total)))
    assert report.count("inventory_item") == 3 and report.count("recycle_bin") == 1
    assert steps[-1] == (report.rows, report.rows)
    close_database()

    open_database(server)
    assert [row.serial_number for row in InventoryItem.select().order_by(InventoryItem.id)] == [
        "SN-0001",
        "SN-0002",
        "SN-0003",
    ]
    back = tmp_path / "back.db"
    copy_database(str(back))
    # The server goes on numbering after the copied ids.
    assert save_customer(CustomerData(name="Novo Cliente Ltda.")) == 4
    close_database()
    assert contents(back) == contents(solo)
    with psycopg.connect(server) as conn:
        history = conn.execute(
            "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND NOT tgenabled = 'O'"
        )
        assert history.fetchone()[0] == 0  # every trigger is on again
        indexes = index_definitions(conn)
    fresh = fresh_pg("fresh")
    open_unbound(fresh).close()
    with psycopg.connect(fresh) as conn:
        assert indexes == index_definitions(conn)  # every index built again after the copy


def test_a_server_that_holds_records_is_refused(fresh_pg, tmp_path):
    server = fresh_pg("busy")
    open_database(server)
    save_customer(CustomerData(name="Já Existe Ltda."))
    close_database()
    solo = tmp_path / "solo.db"
    seed_database(str(solo))
    open_database(str(solo))
    with pytest.raises(CopyError, match="already holds records"):
        copy_database(server)
    close_database()
    with psycopg.connect(server) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 1


def test_import_and_export_on_the_server(fresh_pg, tmp_path):
    server = fresh_pg("import")
    solo = tmp_path / "solo.db"
    seed_database(str(solo))
    open_database(str(solo))
    copy_database(server)
    close_database()
    open_database(server)
    rows = list(read_rows(open_sheet(DATA / "inventory-utf8-bom.csv")))
    headers = [str(cell) for cell in rows[0][1]]
    mapping = guess_mapping(headers, fields_of("inventory"))
    chosen = importer_for("inventory", headers, mapping, ImportOptions(create_missing=True))
    preview = chosen.check(rows[1:])
    result = chosen.run(rows[1:], expected=preview.statuses)
    assert (result.totals.new, result.totals.error) == (2, 0)
    item = InventoryItem.get(InventoryItem.serial_number == "SN-EN-1")
    InventoryItem.update(description="=1+1").where(InventoryItem.id == item.id).execute()
    exported = tmp_path / "server.csv"
    assert export_list(InventorySource(), exported).rows == 6  # streamed through a server-side cursor
    assert ",'=1+1," in exported.read_text(encoding="utf-8-sig")  # the formula guard, in PostgreSQL's SQL
    close_database()
    connection = sqlite3.connect(solo)
    try:
        assert connection.execute("SELECT count(*) FROM inventory_item").fetchone()[0] == 4
    finally:
        connection.close()


def test_a_server_is_copied_into_a_file_before_its_schema_is_upgraded(monkeypatch, fresh_pg, tmp_path):
    from citrus_desktop.domain.database_copy import copy_before_upgrade
    from citrus_desktop.store import migrations
    from tests.pg.test_pg_upgrade_copy import older_server

    url = fresh_pg("before")
    old = older_server(monkeypatch, url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO customer (name, name_key, created_at, updated_at) "
            "VALUES ('Antes Ltda.', 'antes ltda.', now(), now())"
        )
    monkeypatch.setattr(migrations, "server_copy", copy_before_upgrade(tmp_path / "copies"))
    open_database(url)
    close_database()
    [copy] = list((tmp_path / "copies").glob("*.db"))
    assert copy == migrations.last_server_copy and f"-v{old}-" in copy.name
    connection = sqlite3.connect(copy)
    try:
        version = connection.execute("SELECT value FROM citrus_meta WHERE key = 'schema_version'").fetchone()
        names = connection.execute("SELECT name FROM customer").fetchall()
    finally:
        connection.close()
    assert (int(version[0]), names) == (old, [("Antes Ltda.",)])  # the data as it was, at its version
