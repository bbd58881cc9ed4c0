"""Keyword search over items: accents, case, inside words, every field, names via their tables,
the trigram index kept in step with the table, and migration v1 → v2 indexing existing rows."""

import sqlite3

import pytest

from citrus_desktop.domain.customers import customer_choices, get_customer, save_customer
from citrus_desktop.domain.items import delete_items, find_serial, get_item, save_item
from citrus_desktop.domain.list_sources import InventorySource
from citrus_desktop.domain.search import ItemSearch
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.store.schema import MIGRATIONS, SEARCH_TABLE


def found(keyword: str, customer_id: int | None = None) -> set[int]:
    source = InventorySource(customer_id)
    total = source.count(keyword)
    ids = {row[0] for row in source.page(0, 1000, keyword, total=total)}
    assert len(ids) == total
    return ids


@pytest.fixture
def items(make):
    """Items with distinct text in every searched field."""
    sao = make.customer("São João Comércio")
    other = make.customer("Outro Cliente")
    thermal = make.product_type("Impressora Térmica")
    router = make.product_type("Roteador")
    return {
        "serial": make.item(other, serial="ZX-98765-Q", product_type_id=router),
        "customer": make.item(sao, serial="A-1", product_type_id=router),
        "contract": make.item(
            other, serial="A-2", product_type_id=router, contract_id=make.contract(other, "CT-ÉPSILON-9")
        ),
        "site": make.item(
            other, serial="A-3", product_type_id=router, site_id=make.site(other, "Almoxarifado Sul")
        ),
        "type": make.item(other, serial="A-4", product_type_id=thermal),
        "description": make.item(other, serial="A-5", product_type_id=router, description="Cabo HDMI Ótimo"),
        "observation": make.item(other, serial="A-6", product_type_id=router, observation="Sala da Direção"),
        "sao_customer": sao,
        "other": other,
    }


@pytest.mark.parametrize(
    ("keyword", "field"),
    [
        ("98765", "serial"),
        ("zx-98", "serial"),
        ("sao joao", "customer"),
        ("JOÃO", "customer"),
        ("psilon", "contract"),
        ("moxarif", "site"),
        ("termica", "type"),
        ("TÉRMICA", "type"),
        ("hdmi", "description"),
        ("otimo", "description"),
        ("direcao", "observation"),
        ("ala da dire", "observation"),
    ],
)
def test_each_field_matches_ignoring_case_and_accents_inside_words(items, keyword, field):
    assert found(keyword) == {items[field]}


def test_short_keywords_match_by_scan(items):
    assert items["description"] in found("hd")
    assert found("ã") >= {items["customer"]}
    assert not ItemSearch.prepare("hd").indexed


def test_keywords_with_quotes_and_wildcards_are_plain_text(items):
    for keyword in ('"', '"abc', "100%", "a_b", "x OR y", "NEAR(a b)", "abc*"):
        assert found(keyword) == set()


def test_names_come_from_their_tables_not_item_rows(items):
    """Renaming a customer changes what its items match, without rewriting them."""
    data = get_customer(items["sao_customer"])
    data.name = "Pantanal Hotelaria"
    save_customer(data)
    assert found("sao joao") == set()
    assert found("pantanal") == {items["customer"]}


def test_search_index_follows_insert_update_delete(make, items):
    added = make.item(items["other"], serial="NEW-777", description="Nobreak senoidal")
    assert found("senoidal") == {added}
    item = get_item(added)
    item.description = "Switch gerenciável"
    save_item(item)
    assert found("senoidal") == set()
    assert found("gerenciavel") == {added}
    delete_items([added])
    assert found("gerenciavel") == set()
    # The index matches the table exactly (FTS5's own consistency check).
    from citrus_desktop.store.models import db

    db.obj.execute_sql(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}) VALUES ('integrity-check')")


def test_search_within_one_customer(items):
    assert found("a-", items["sao_customer"]) == {items["customer"]}
    assert found("hdmi", items["sao_customer"]) == set()


def test_migration_v2_indexes_existing_rows(tmp_path, monkeypatch):
    """A version-1 database gets the index, built over the rows it already has."""
    path = tmp_path / "old.db"
    import citrus_desktop.store.migrations as migrations_module

    monkeypatch.setattr(migrations_module, "MIGRATIONS", MIGRATIONS[:1])
    database = open_database(str(path))
    # Written as version 1 had it (today's domain writes columns version 1 did not have).
    refs = tuple(
        database.execute_sql(
            f"INSERT INTO {table} ({columns}, created_at, updated_at) "
            f"VALUES ({values}, '2025-01-01', '2025-01-01') RETURNING id"
        ).fetchall()[0][0]
        for table, columns, values in (
            ("customer", "name, name_key", "'Cliente Antigo', 'cliente antigo'"),
            ("contract", "customer_id, code, code_key", "1, 'CT-1', 'ct-1'"),
            ("site", "customer_id, name, name_key", "1, 'Matriz', 'matriz'"),
            ("product_type", "name, name_key", "'Impressora', 'impressora'"),
        )
    )
    database.execute_sql(
        "INSERT INTO inventory_item (serial_number, customer_id, contract_id, site_id, product_type_id,"
        " description, observation, search_text, created_at, updated_at)"
        " VALUES ('OLD-4242', ?, ?, ?, ?, 'Impressora térmica', '', ?, '2025-01-01', '2025-01-01')",
        (*refs, "old-4242\nimpressora termica\n"),
    )
    (old,) = database.execute_sql("SELECT id FROM inventory_item").fetchone()
    close_database()
    monkeypatch.undo()
    connection = sqlite3.connect(path)
    version = connection.execute("SELECT value FROM citrus_meta WHERE key = 'schema_version'").fetchone()
    connection.close()
    assert version == ("1",)

    open_database(str(path))  # schema version 1 → current (the store checks versions against its own list)
    try:
        assert found("termica") == {old}
        assert found("4242") == {old}
        assert find_serial("old-4242")[0] == old  # serial_key (v4) filled in from the old rows
    finally:
        close_database()


def test_customer_picker_filters_by_typed_text(make):
    for name in ("Açaí Logística", "Acme Indústria", "Beta Comércio", "Inativo Açores"):
        make.customer(name)
    assert [name for _id, name in customer_choices("aca")] == ["Açaí Logística"]
    assert [name for _id, name in customer_choices("ACA", limit=10)] == ["Açaí Logística"]
    assert len(customer_choices("", limit=2)) == 2
    assert [name for _id, name in customer_choices("comercio")] == ["Beta Comércio"]


def test_keywords_with_nul_and_huge_keywords_do_not_fail(make):
    """NUL and lone surrogates are dropped; any length works (SQLite's LIKE stops at 50 kB)."""
    from citrus_desktop.domain.list_sources import CustomerSource, InventorySource

    make.item(serial="SN-1", description="ç" * 20_000)
    for keyword in ("\x00", "a\x00b", "\ud800", "ç" * 19_000, "x" * 100_000):
        for source in (InventorySource(), CustomerSource()):
            count = source.count(keyword)
            assert len(source.page(0, 10, keyword, total=count)) == min(count, 10)
    assert InventorySource().count("Ç" * 19_000) == 1
