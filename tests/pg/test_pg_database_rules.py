"""The rules hold in PostgreSQL itself: raw SQL written around the domain, as another program would."""

import psycopg
import pytest
from psycopg import errors

NOW = "now()"


def customer(raw, name: str, tax_id: str | None = None) -> int:
    return raw.execute(
        f"INSERT INTO customer (name, name_key, tax_id, created_at, updated_at) "
        f"VALUES (%s, lower(%s), %s, {NOW}, {NOW}) RETURNING id",
        (name, name, tax_id),
    ).fetchone()[0]


def contract(raw, customer_id: int, code: str, start=None, end=None) -> int:
    return raw.execute(
        f"INSERT INTO contract (customer_id, code, code_key, start_date, end_date, created_at, updated_at) "
        f"VALUES (%s, %s, lower(%s), %s, %s, {NOW}, {NOW}) RETURNING id",
        (customer_id, code, code, start, end),
    ).fetchone()[0]


def site(raw, customer_id: int, name: str) -> int:
    return raw.execute(
        f"INSERT INTO site (customer_id, name, name_key, created_at, updated_at) "
        f"VALUES (%s, %s, lower(%s), {NOW}, {NOW}) RETURNING id",
        (customer_id, name, name),
    ).fetchone()[0]


def product_type(raw, name: str) -> int:
    return raw.execute(
        f"INSERT INTO product_type (name, name_key, created_at, updated_at) "
        f"VALUES (%s, lower(%s), {NOW}, {NOW}) RETURNING id",
        (name, name),
    ).fetchone()[0]


def item(raw, serial: str, customer_id: int, contract_id: int, site_id: int, type_id: int) -> int:
    return raw.execute(
        f"INSERT INTO inventory_item (serial_number, customer_id, contract_id, site_id, product_type_id, "
        f"created_at, updated_at) VALUES (%s, %s, %s, %s, %s, {NOW}, {NOW}) RETURNING id",
        (serial, customer_id, contract_id, site_id, type_id),
    ).fetchone()[0]


@pytest.fixture
def world(raw):
    """Two customers, each with a contract and a site, and one type."""
    acme, beta = customer(raw, "Acme"), customer(raw, "Beta")
    return {
        "acme": acme,
        "beta": beta,
        "acme_contract": contract(raw, acme, "CT-1"),
        "beta_contract": contract(raw, beta, "CT-1"),
        "acme_site": site(raw, acme, "Matriz"),
        "beta_site": site(raw, beta, "Matriz"),
        "type": product_type(raw, "Printer"),
    }


def acme_item(raw, world, serial: str, **other) -> int:
    ids = {"contract": world["acme_contract"], "site": world["acme_site"], **other}
    return item(raw, serial, world["acme"], ids["contract"], ids["site"], world["type"])


def test_serial_is_unique_across_customers_ignoring_case(raw, world):
    acme_item(raw, world, "SN-1")
    with pytest.raises(errors.UniqueViolation):
        item(raw, "sn-1", world["beta"], world["beta_contract"], world["beta_site"], world["type"])


def test_serial_is_stored_trimmed_and_not_empty(raw, world):
    for serial in (" SN-2", "", "x" * 101):
        with pytest.raises(errors.CheckViolation):
            acme_item(raw, world, serial)


def test_contract_of_another_customer_is_refused(raw, world):
    with pytest.raises(errors.ForeignKeyViolation):
        acme_item(raw, world, "SN-3", contract=world["beta_contract"])


def test_site_of_another_customer_is_refused(raw, world):
    with pytest.raises(errors.ForeignKeyViolation):
        acme_item(raw, world, "SN-4", site=world["beta_site"])


def test_moving_an_item_alone_to_another_customer_is_refused(raw, world):
    item_id = acme_item(raw, world, "SN-5")
    with pytest.raises(errors.ForeignKeyViolation):
        raw.execute("UPDATE inventory_item SET customer_id = %s WHERE id = %s", (world["beta"], item_id))


def test_a_contract_in_use_cannot_move_to_another_customer(raw, world):
    moving = contract(raw, world["acme"], "CT-MOVE")
    acme_item(raw, world, "SN-6", contract=moving)
    with pytest.raises(errors.ForeignKeyViolation):
        raw.execute("UPDATE contract SET customer_id = %s WHERE id = %s", (world["beta"], moving))


def test_contract_code_is_unique_per_customer_ignoring_case(raw, world):
    with pytest.raises(errors.UniqueViolation):
        contract(raw, world["acme"], "ct-1")


def test_site_name_is_unique_per_customer_ignoring_case(raw, world):
    with pytest.raises(errors.UniqueViolation):
        site(raw, world["acme"], "MATRIZ")


def test_type_name_is_unique_ignoring_case(raw, world):
    with pytest.raises(errors.UniqueViolation):
        product_type(raw, "PRINTER")


def test_tax_id_is_unique_and_digits_only(raw, world):
    customer(raw, "Gamma", "11222333000181")
    with pytest.raises(errors.UniqueViolation):
        customer(raw, "Delta", "11222333000181")
    with pytest.raises(errors.CheckViolation):
        customer(raw, "Epsilon", "11.222.333/0001-81")


def test_contract_cannot_end_before_it_starts(raw, world):
    with pytest.raises(errors.CheckViolation):
        contract(raw, world["acme"], "CT-9", "2025-02-01", "2025-01-31")


def test_referenced_records_cannot_be_deleted(raw, world):
    acme_item(raw, world, "SN-7")
    for table, key in (("customer", "acme"), ("contract", "acme_contract"), ("site", "acme_site")):
        with pytest.raises(errors.ForeignKeyViolation):
            raw.execute(f"DELETE FROM {table} WHERE id = %s", (world[key],))


def test_a_broken_rule_leaves_the_transaction_unwritten(pg_url, world):
    with psycopg.connect(pg_url) as conn:
        with pytest.raises(errors.UniqueViolation), conn.transaction():
            product_type(conn, "Scanner")
            product_type(conn, "printer")
        assert conn.execute("SELECT count(*) FROM product_type").fetchone()[0] == 1
