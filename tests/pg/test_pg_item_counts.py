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
