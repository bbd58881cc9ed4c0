"""The database itself refuses rows that break DESIGN §1, whoever writes them (raw SQL here)."""

from dataclasses import dataclass

import pytest
from peewee import Database, IntegrityError

NOW = "2024-06-01 12:00:00"


def insert(database: Database, table: str, **values) -> int:
    """Insert one row around the domain layer; returns its id."""
    values = {"created_at": NOW, "updated_at": NOW, **values}
    marks = ", ".join([database.param] * len(values))
    sql = f"INSERT INTO {table} ({', '.join(values)}) VALUES ({marks}) RETURNING id"
    return database.execute_sql(sql, tuple(values.values())).fetchone()[0]


def execute(database: Database, sql: str, *params) -> None:
    database.execute_sql(sql.replace("?", database.param), params)


def count(database: Database, table: str) -> int:
    return database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]


@dataclass
class Customer:
    id: int
    contract: int
    site: int


@dataclass
class World:
    a: Customer
    b: Customer
    product_type: int
    item: int


def customer(database: Database, name: str) -> Customer:
    customer_id = insert(database, "customer", name=name, name_key=name.lower())
    contract = insert(database, "contract", customer_id=customer_id, code="CT-1", code_key="ct-1")
    site = insert(database, "site", customer_id=customer_id, name="Matriz", name_key="matriz")
    return Customer(customer_id, contract, site)


def item(database: Database, owner: Customer, serial: str, type_id: int, **values) -> int:
    fields = {
        "serial_number": serial,
        "customer_id": owner.id,
        "contract_id": owner.contract,
        "site_id": owner.site,
        "product_type_id": type_id,
        **values,
    }
    return insert(database, "inventory_item", **fields)


@pytest.fixture
def world(database) -> World:
    """Two customers with a contract and a site each, a type and one item of A: all valid."""
    a, b = customer(database, "Acme"), customer(database, "Beta")
    type_id = insert(database, "product_type", name="Nobreak", name_key="nobreak")
    return World(a, b, type_id, item(database, a, "SN-ABC-1", type_id))


def refused(database: Database, table: str, write) -> None:
    """``write`` raises IntegrityError and ``table`` keeps exactly the rows it had."""
    before = database.execute_sql(f"SELECT * FROM {table} ORDER BY id").fetchall()
    with pytest.raises(IntegrityError), database.atomic():
        write()
    assert database.execute_sql(f"SELECT * FROM {table} ORDER BY id").fetchall() == before


def test_valid_rows_written_around_the_domain_are_accepted(database, world):
    """The control: the helpers below write rows the database accepts."""
    item(database, world.b, "SN-ABC-2", world.product_type)
    insert(database, "contract", customer_id=world.b.id, code="CT-2", code_key="ct-2")
    insert(database, "customer", name="Gama", name_key="gama", tax_id="11222333000181")
    assert count(database, "inventory_item") == 2
    assert count(database, "customer") == 3


# Items


@pytest.mark.parametrize("serial", ["SN-ABC-1", "sn-abc-1", "Sn-AbC-1"])
def test_serial_used_by_any_customer_is_refused_ignoring_case(database, world, serial):
    refused(database, "inventory_item", lambda: item(database, world.b, serial, world.product_type))


@pytest.mark.parametrize("serial", ["", " SN-2", "SN-2 ", "x" * 101])
def test_serial_must_be_trimmed_and_not_empty(database, world, serial):
    refused(database, "inventory_item", lambda: item(database, world.a, serial, world.product_type))


def test_item_with_contract_of_another_customer_is_refused(database, world):
    refused(
        database,
        "inventory_item",
        lambda: item(database, world.a, "SN-2", world.product_type, contract_id=world.b.contract),
    )


def test_item_with_site_of_another_customer_is_refused(database, world):
    refused(
        database,
        "inventory_item",
        lambda: item(database, world.a, "SN-2", world.product_type, site_id=world.b.site),
    )


def test_moving_an_item_to_another_customer_alone_is_refused(database, world):
    refused(
        database,
        "inventory_item",
        lambda: execute(
            database, "UPDATE inventory_item SET customer_id = ? WHERE id = ?", world.b.id, world.item
        ),
    )


def test_moving_a_used_contract_or_site_to_another_customer_is_refused(database, world):
    for table, row in (("contract", world.a.contract), ("site", world.a.site)):
        refused(
            database,
            table,
            lambda table=table, row=row: execute(
                database, f"UPDATE {table} SET customer_id = ? WHERE id = ?", world.b.id, row
            ),
        )


def test_item_with_missing_type_is_refused(database, world):
    refused(database, "inventory_item", lambda: item(database, world.a, "SN-2", world.product_type + 99))


# Contracts, sites, types, customers


@pytest.mark.parametrize("code", ["CT-1", "ct-1"])
def test_duplicate_contract_code_per_customer_is_refused_ignoring_case(database, world, code):
    refused(
        database,
        "contract",
        lambda: insert(database, "contract", customer_id=world.a.id, code=code, code_key=code.lower()),
    )


@pytest.mark.parametrize("name", ["Matriz", "MATRIZ", "matriz"])
def test_duplicate_site_name_per_customer_is_refused_ignoring_case(database, world, name):
    refused(
        database,
        "site",
        lambda: insert(database, "site", customer_id=world.a.id, name=name, name_key=name.lower()),
    )


@pytest.mark.parametrize("name", ["Nobreak", "NOBREAK"])
def test_duplicate_type_name_is_refused_ignoring_case(database, world, name):
    refused(database, "product_type", lambda: insert(database, "product_type", name=name, name_key="x"))


def test_type_kind_must_be_product_or_service(database, world):
    refused(
        database,
        "product_type",
        lambda: insert(database, "product_type", name="Cabo", name_key="cabo", kind="goods"),
    )


def test_site_state_is_two_letters_or_empty(database, world):
    refused(
        database,
        "site",
        lambda: insert(database, "site", customer_id=world.a.id, name="Filial", name_key="f", state="S"),
    )


@pytest.mark.parametrize(
    "tax_id",
    [
        "",
        "5299822472",
        "529982247250",
        "abcdefghijk",
        "529.982.247-25",
        "11.222.333/0001-81",
        "1122233300018X",
    ],
)
def test_bad_tax_id_is_refused(database, world, tax_id):
    refused(
        database, "customer", lambda: insert(database, "customer", name="Gama", name_key="g", tax_id=tax_id)
    )


def test_duplicate_tax_id_is_refused(database, world):
    insert(database, "customer", name="Gama", name_key="gama", tax_id="52998224725")
    refused(
        database,
        "customer",
        lambda: insert(database, "customer", name="Delta", name_key="delta", tax_id="52998224725"),
    )


@pytest.mark.parametrize("name", ["", " Gama", "Gama ", "g" * 201])
def test_customer_name_is_trimmed_and_1_to_200(database, world, name):
    refused(database, "customer", lambda: insert(database, "customer", name=name, name_key="g"))


def test_contract_ending_before_it_starts_is_refused(database, world):
    refused(
        database,
        "contract",
        lambda: insert(
            database,
            "contract",
            customer_id=world.a.id,
            code="CT-9",
            code_key="ct-9",
            start_date="2024-05-02",
            end_date="2024-05-01",
        ),
    )


# Deleting what is referenced


@pytest.mark.parametrize(
    ("table", "row"),
    [
        ("customer", lambda world: world.a.id),
        ("customer", lambda world: world.b.id),  # no items, but a contract and a site
        ("contract", lambda world: world.a.contract),
        ("site", lambda world: world.a.site),
        ("product_type", lambda world: world.product_type),
    ],
)
def test_deleting_a_referenced_row_is_refused(database, world, table, row):
    refused(database, table, lambda: execute(database, f"DELETE FROM {table} WHERE id = ?", row(world)))
