"""The v7 summary rows stay equal to counting the items, whoever writes: the domain, another
program's SQL, a bulk load. tests/pg runs the same tests on PostgreSQL."""

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from citrus_desktop.domain.dashboard import (
    EndedContractSource,
    ExpiringContractSource,
    contracts_ending_soon,
    expiry_summary,
    items_by_customer,
    items_by_type,
    items_per_month,
    totals,
)
from citrus_desktop.domain.demo import fill_demo
from citrus_desktop.domain.items import delete_items, get_item, save_item
from citrus_desktop.store.item_counts import check_item_counts
from citrus_desktop.store.models import InventoryItem
from citrus_desktop.store.schema import dialect_of

SUMMARIES = ("customer_item_count", "contract_item_count", "product_type_item_count", "item_month_count")


@dataclass
class OtherProgram:
    """A plain driver connection in autocommit, writing around the app."""

    connection: Any
    mark: str
    postgres: bool

    def run(self, sql: str, params: tuple = ()) -> list[tuple]:
        cursor = self.connection.execute(sql.replace("?", self.mark), params)
        return cursor.fetchall() if cursor.description else []


@pytest.fixture
def other(database, request):
    if dialect_of(database) == "postgres":
        import psycopg

        connection = psycopg.connect(request.getfixturevalue("pg_url"), autocommit=True)
        yield OtherProgram(connection, "%s", True)
    else:
        connection = sqlite3.connect(database.database, isolation_level=None)
        connection.execute("PRAGMA foreign_keys = ON")
        yield OtherProgram(connection, "?", False)
    connection.close()


def counted(database) -> dict[str, list[tuple]]:
    """Each summary as counting the items gives it, and as its table holds it (zeros left out)."""
    month = (
        "to_char(created_at, 'YYYY-MM')" if dialect_of(database) == "postgres" else "substr(created_at, 1, 7)"
    )

    def rows(sql: str) -> list[tuple]:
        return sorted(tuple(str(v) for v in row) for row in database.execute_sql(sql).fetchall())

    found = {}
    for table, key in zip(SUMMARIES, ("customer_id", "contract_id", "product_type_id", month), strict=True):
        truth = rows(f"SELECT {key}, count(*) FROM inventory_item GROUP BY {key}")
        column = "month" if table == "item_month_count" else key
        kept = rows(f"SELECT {column}, items FROM {table} WHERE items <> 0")
        found[table] = (truth, kept)
    return found


def assert_counts_right(database) -> None:
    for table, (truth, kept) in counted(database).items():
        assert kept == truth, table


def test_counts_follow_what_the_app_saves_moves_and_deletes(database, make):
    acme, other_customer = make.customer("ACME"), make.customer("Outra")
    types = [make.product_type(f"Tipo {n}") for n in range(3)]
    acme_contract, acme_site = make.contract(acme, "CT-A"), make.site(acme, "Matriz")
    ids = [
        make.item(acme, contract_id=acme_contract, site_id=acme_site, product_type_id=types[n % 3])
        for n in range(7)
    ]
    assert_counts_right(database)
    assert totals().items == 7

    moved = get_item(ids[0])
    moved.customer_id = other_customer
    moved.contract_id = make.contract(other_customer, "CT-B")
    moved.site_id = make.site(other_customer, "Filial")
    moved.product_type_id = types[2]
    save_item(moved)
    assert_counts_right(database)

    delete_items(ids[3:6])
    assert_counts_right(database)
    assert totals().items == 4


def test_counts_follow_another_programs_sql(database, make, other):
    customer = make.customer("Direto")
    contract, second = make.contract(customer, "CT-1"), make.contract(customer, "CT-2")
    site = make.site(customer, "S")
    kind, other_kind = make.product_type("Impressora"), make.product_type("Roteador")
    now = "2024-02-29 10:00:00"
    for n in range(6):
        other.run(
            "INSERT INTO inventory_item (serial_number, serial_key, customer_id, contract_id, site_id, "
            "product_type_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (f"RAW-{n}", f"raw-{n}", customer, contract, site, kind, now, now),
        )
    assert_counts_right(database)
    other.run(
        "UPDATE inventory_item SET contract_id = ?, product_type_id = ? WHERE serial_number IN (?, ?)",
        (second, other_kind, "RAW-0", "RAW-1"),
    )
    assert_counts_right(database)
    other.run(
        "UPDATE inventory_item SET created_at = ? WHERE serial_number = ?", ("2023-12-31 23:59:59", "RAW-2")
    )
    assert_counts_right(database)
    other.run("DELETE FROM inventory_item WHERE serial_number IN (?, ?, ?)", ("RAW-0", "RAW-3", "RAW-4"))
    assert_counts_right(database)
    other.run("DELETE FROM inventory_item")
    assert_counts_right(database)
    assert totals().items == 0


def test_an_ordinary_edit_writes_no_summary_row(database, make, other):
    item = make.item()
    assert_counts_right(database)
    # Every column in SET, as the app writes an item, but only the description really changes.
    edit = (
        "UPDATE inventory_item SET description = ?, customer_id = customer_id, contract_id = contract_id, "
        "site_id = site_id, product_type_id = product_type_id, created_at = created_at WHERE id = ?"
    )
    if other.postgres:
        with other.connection.transaction():
            other.run(edit, ("nova descrição", item))
            written = other.run(
                "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_xact_user_tables "
                "WHERE relname IN ('customer_item_count', 'contract_item_count', "
                "'product_type_item_count', 'item_month_count')"
            )[0][0]
        assert written == 0
    else:
        before = other.connection.total_changes
        other.run(edit, ("nova descrição", item))
        assert other.connection.total_changes - before == 2  # the item row and its history entry
    assert get_item(item).description == "nova descrição"


def test_a_bulk_load_counts_once_and_leaves_the_triggers_working(database, make):
    fill_demo(600)
    assert_counts_right(database)
    assert totals().items == 600
    make.item()
    InventoryItem.delete().where(InventoryItem.id <= 5).execute()
    assert_counts_right(database)


def test_counts_gone_wrong_are_rebuilt_once(database, make):
    for _ in range(3):
        make.item()
    assert not check_item_counts()
    database.execute_sql("UPDATE product_type_item_count SET items = items + 5")
    assert check_item_counts()
    assert_counts_right(database)
    assert not check_item_counts()


def test_contract_lists_at_the_edges_of_each_band(database, make):
    on = date.today()
    customer = make.customer("Prazos")
    site, kind = make.site(customer, "Sede"), make.product_type("Notebook")
    codes = {}
    for offset in (-1, 0, 30, 31, 60, 61, 90, 91):
        code = f"D{offset:+d}"
        codes[code] = make.contract(customer, code, end_date=on + timedelta(days=offset))
    codes["ENDED-EMPTY"] = make.contract(customer, "ENDED-EMPTY", end_date=on - timedelta(days=400))
    codes["NO-END"] = make.contract(customer, "NO-END")
    for code in ("D-1", "D+0", "D+31"):
        make.item(customer, contract_id=codes[code], site_id=site, product_type_id=kind)
    make.item(customer, contract_id=codes["D-1"], site_id=site, product_type_id=kind)

    expiring = ExpiringContractSource(on)
    rows = expiring.page(0, 50, total=expiring.count())
    assert [(row[4], row[1], row[3], row[6]) for row in rows] == [
        ("D+0", 30, 0, 1),
        ("D+30", 30, 30, 0),
        ("D+31", 60, 31, 1),
        ("D+60", 60, 60, 0),
        ("D+61", 90, 61, 0),
        ("D+90", 90, 90, 0),
    ]
    for band, wanted in ((30, ["D+0", "D+30"]), (60, ["D+31", "D+60"]), (90, ["D+61", "D+90"])):
        source = ExpiringContractSource(on, band)
        assert [row[4] for row in source.page(0, 50, total=source.count())] == wanted
    ended = EndedContractSource(on)
    assert [(row[3], row[2], row[5]) for row in ended.page(0, 50, total=ended.count())] == [("D-1", -1, 2)]
    summary = expiry_summary(on)
    assert (summary.bands, summary.ended_with_items) == ({30: 2, 60: 2, 90: 2}, 1)
    assert contracts_ending_soon(on) == 2
    # The next day, the one that ended "today" has ended and 31 is within 30.
    assert contracts_ending_soon(on + timedelta(days=1)) == 2
    assert expiry_summary(on + timedelta(days=1)).ended_with_items == 2


def test_charts_rank_the_largest_and_count_each_month(database, make):
    on = date(2024, 3, 31)
    big, small = make.customer("Grande"), make.customer("Pequeno")
    kinds = {name: make.product_type(name) for name in ("A", "B", "C")}
    plan = [(big, "A")] * 5 + [(big, "B")] * 3 + [(small, "C")] * 2
    ids = [make.item(customer, product_type_id=kinds[kind]) for customer, kind in plan]
    months = ["2023-04-30 12:00:00", "2024-02-29 08:00:00", "2024-03-31 23:59:59", "2023-03-31 23:59:59"]
    for number, item in enumerate(ids[:4]):
        InventoryItem.update(created_at=datetime.fromisoformat(months[number])).where(
            InventoryItem.id == item
        ).execute()

    ranking = items_by_type(limit=2)
    assert [(share.label, share.items) for share in ranking.top] == [("A", 5), ("B", 3)]
    assert (ranking.others, ranking.total) == (2, 10)
    customers = items_by_customer()
    assert [(share.label, share.items) for share in customers.top] == [("Grande", 8), ("Pequeno", 2)]
    per_month = items_per_month(on)
    assert per_month[0].label == "2023-04" and per_month[-1].label == "2024-03"
    found = {share.label: share.items for share in per_month if share.items}
    this_month = date.today().strftime("%Y-%m")
    assert found == {"2023-04": 1, "2024-02": 1, "2024-03": 1 + (6 if this_month == "2024-03" else 0)}


def test_a_database_from_before_v7_gets_its_counts(monkeypatch, db_path):
    from citrus_desktop.store.database import close_database, open_database
    from citrus_desktop.store.schema import MIGRATIONS
    from tests.unit.test_migrations import older_database, use

    earlier = sum(1 for migration in MIGRATIONS if migration.version < 7)
    older_database(monkeypatch, db_path, MIGRATIONS, earlier)
    use(monkeypatch, MIGRATIONS)
    database = open_database(str(db_path))
    try:
        assert_counts_right(database)
        assert totals().items == 30
        assert items_per_month(date(2024, 1, 15))[-1].items == 30
    finally:
        close_database()
