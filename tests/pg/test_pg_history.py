"""History, recycle bin and undo on PostgreSQL: the SQLite tests again, plus what only a server has
(the database user recorded, one external batch per transaction of another program, the trigger
functions' fixed search path)."""

import psycopg

from citrus_desktop.domain.history import record_history
from tests.unit.test_history import *  # noqa: F403  (the same tests, on PostgreSQL)
from tests.unit.test_recycle_bin import *  # noqa: F403
from tests.unit.test_undo import *  # noqa: F403


def test_another_programs_transaction_is_one_batch_naming_its_database_user(make, pg_url):
    customer = make.customer()
    first, second = make.item(customer), make.item(customer)
    with psycopg.connect(pg_url) as conn, conn.transaction():
        conn.execute("UPDATE inventory_item SET description = 'a' WHERE id = %s", (first,))
        conn.execute("UPDATE inventory_item SET description = 'b' WHERE id = %s", (second,))
    with psycopg.connect(pg_url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT b.action, b.actor, b.db_user, count(*) FROM history h "
            "JOIN history_batch b ON b.id = h.batch_id "
            "WHERE h.kind = 'u' GROUP BY b.id, b.action, b.actor, b.db_user"
        ).fetchall()
    assert rows == [("external", None, "postgres", 2)]
    assert record_history("inventory_item", first)[0].who == "postgres"


def test_a_batch_set_by_hand_for_someone_else_is_not_trusted(make, pg_url):
    item = make.item()
    with psycopg.connect(pg_url) as conn, conn.transaction():
        conn.execute(
            "INSERT INTO history_batch (action, actor, db_user) VALUES ('edit', 'Ana', 'another_user')"
        )
        forged = conn.execute("SELECT max(id) FROM history_batch").fetchone()[0]
        conn.execute("SELECT set_config('citrus.batch', %s, true)", (str(forged),))
        conn.execute("UPDATE inventory_item SET description = 'sneaky' WHERE id = %s", (item,))
    latest = record_history("inventory_item", item)[0]
    assert latest.who == "postgres" and latest.how == "another program"


def test_trigger_functions_run_as_their_owner_with_a_fixed_search_path(pg_url, database):
    with psycopg.connect(pg_url, autocommit=True) as conn:
        found = dict(
            conn.execute(
                "SELECT proname, (prosecdef AND "
                "proconfig::text LIKE '%search_path=public, pg_catalog, pg_temp%') "
                "FROM pg_proc WHERE proname LIKE 'citrus\\_%'"
            ).fetchall()
        )
    mine = {"citrus_batch_id", "citrus_begin_batch"} | {
        f"citrus_history_{table}"
        for table in ("customer", "contract", "site", "product_type", "inventory_item")
    }
    assert {name: found.get(name) for name in mine} == dict.fromkeys(mine, True)
