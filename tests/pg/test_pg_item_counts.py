"""The item counts (schema v7) on PostgreSQL: the unit tests unchanged, with ``database`` bound to
the shared server, plus what only PostgreSQL has (TRUNCATE, a COPY of many rows)."""

from tests.unit.test_item_counts import *  # noqa: F403
from tests.unit.test_item_counts import assert_counts_right


def test_truncate_clears_the_counts(database, make, raw):
    make.item()
    raw.execute("TRUNCATE inventory_item CASCADE")
    assert_counts_right(database)
    assert (
        database.execute_sql("SELECT count(*) FROM customer_item_count WHERE items <> 0").fetchone()[0] == 0
    )


def test_a_copy_from_another_program_is_counted_in_one_go(database, make, raw):
    customer = make.customer("COPY")
    contract, site, kind = make.contract(customer), make.site(customer), make.product_type()
    columns = "serial_number, serial_key, customer_id, contract_id, site_id, product_type_id, "
    columns += "created_at, updated_at"
    with raw.cursor().copy(f"COPY inventory_item ({columns}) FROM STDIN") as copy:
        for n in range(2000):
            copy.write_row((f"CP-{n}", f"cp-{n}", customer, contract, site, kind, "2025-01-31", "2025-01-31"))
    assert_counts_right(database)


del test_a_database_from_before_v7_gets_its_counts  # noqa: F821  (SQLite files: run in tests/unit)


def test_two_imports_at_once_both_land_and_count_right(database, make, pg_url):
    """Two long transactions inserting items of the same customers and types, row by row, at
    the same time: the shared summary rows make the second wait, never deadlock."""
    import threading

    import psycopg

    customers = [make.customer(f"Par {n}") for n in range(2)]
    places = [(c, make.contract(c), make.site(c)) for c in customers]
    kinds = [make.product_type(f"Tipo par {n}") for n in range(2)]
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def load(prefix: str, order: list[int]) -> None:
        try:
            with psycopg.connect(pg_url) as connection:
                start.wait(5)
                for n in range(60):
                    customer, contract, site = places[order[n % 2]]
                    connection.execute(
                        "INSERT INTO inventory_item (serial_number, serial_key, customer_id, contract_id, "
                        "site_id, product_type_id, created_at, updated_at) "
                        "VALUES (%s, %s, %s, %s, %s, %s, now(), now())",
                        (
                            f"{prefix}-{n}",
                            f"{prefix.lower()}-{n}",
                            customer,
                            contract,
                            site,
                            kinds[order[(n + 1) % 2]],
                        ),
                    )
        except BaseException as error:
            errors.append(error)

    threads = [
        threading.Thread(target=load, args=("A", [0, 1])),
        threading.Thread(target=load, args=("B", [1, 0])),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert_counts_right(database)
    assert database.execute_sql("SELECT count(*) FROM inventory_item").fetchone()[0] == 120
