"""What the server itself refuses each role, by plain SQL through psql, on every table.

The expected rights are written here, not read from the code: a table some migration adds
without deciding who may write it fails `test_every_table_has_exactly_its_decided_rights`.
"""

import psycopg
import pytest

from tests.pg.logins import psql, raw

DENIED = "42501"
PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")
READ = {"SELECT"}
WRITE = {"SELECT", "INSERT", "UPDATE", "DELETE"}

RIGHTS: dict[str, dict[str, set[str]]] = {
    "citrus_meta": {"reader": READ, "editor": READ, "admin": {"SELECT", "INSERT", "DELETE"}},
    "customer": {"reader": READ, "editor": WRITE, "admin": WRITE},
    "contract": {"reader": READ, "editor": WRITE, "admin": WRITE},
    "site": {"reader": READ, "editor": WRITE, "admin": WRITE},
    "inventory_item": {"reader": READ, "editor": WRITE, "admin": WRITE},
    "product_type": {"reader": READ, "editor": READ, "admin": WRITE},
    "stock_take": {"reader": READ, "editor": WRITE, "admin": WRITE},
    "stock_take_entry": {"reader": READ, "editor": WRITE, "admin": WRITE},
    # Written by the owner's triggers; row security narrows each DELETE to what the app's actions
    # need (test_pg_roles_history.py); editors relabel their own new batch (two columns only).
    "history": {"reader": READ, "editor": READ, "admin": {"SELECT", "DELETE"}},
    "history_batch": {"reader": READ, "editor": READ, "admin": {"SELECT", "DELETE"}},
    "recycle_bin": {"reader": READ, "editor": {"SELECT", "DELETE"}, "admin": {"SELECT", "DELETE"}},
    # v7's item counts: kept by the owner's SECURITY DEFINER triggers, read by everyone.
    **{
        table: {"reader": READ, "editor": READ, "admin": READ}
        for table in (
            "customer_item_count",
            "contract_item_count",
            "product_type_item_count",
            "item_month_count",
        )
    },
}
"""Table → role → privileges. Only the owner role (migrations) ever TRUNCATEs or alters."""

INSERTED = {"citrus_meta": "(key, value) VALUES ('retention_days', '30')"}
"""A row a policy lets through, where the rights include INSERT under row security."""

GROUPS = {"reader": "citrus_reader", "editor": "citrus_editor", "admin": "citrus_admin"}


def relations(url: str) -> list[tuple[str, str, str, str]]:
    """(name, kind, owner, first column) of every relation of the schema, but indexes."""
    with raw(url) as conn:
        return conn.execute(
            """SELECT c.relname, c.relkind::text, pg_get_userbyid(c.relowner),
                      (SELECT attname FROM pg_attribute
                       WHERE attrelid = c.oid AND attnum > 0 AND NOT attisdropped
                       ORDER BY attnum LIMIT 1)
               FROM pg_class c
               WHERE c.relnamespace = 'public'::regnamespace
                 AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
               ORDER BY c.relname"""
        ).fetchall()


def tables(url: str) -> list[tuple[str, str]]:
    return [(name, column) for name, kind, _owner, column in relations(url) if kind != "S"]


def test_every_table_has_exactly_its_decided_rights(pg_url):
    undecided = [name for name, _column in tables(pg_url) if name not in RIGHTS]
    assert not undecided, (
        f"tables without decided rights: {undecided}. Say here who may write them, and grant "
        "that in their migration (readers get SELECT by default)."
    )
    with raw(pg_url) as conn:
        for table, by_role in RIGHTS.items():
            for role, expected in by_role.items():
                held = {
                    p
                    for p in PRIVILEGES
                    if conn.execute(
                        "SELECT has_table_privilege(%s, %s, %s)", (GROUPS[role], table, p)
                    ).fetchone()[0]
                }
                assert held == expected, (table, role, held)
            public = conn.execute(
                "SELECT array_agg(a.privilege_type::text) FROM pg_class c, aclexplode(c.relacl) a "
                "WHERE c.oid = %s::regclass AND a.grantee = 0",
                (table,),
            ).fetchone()[0]
            assert (public or []) == (["SELECT"] if table == "citrus_meta" else []), (table, public)


def test_the_owner_role_owns_everything_and_nobody_uses_the_sequences(pg_url):
    for name, kind, owner, _column in relations(pg_url):
        assert owner == "citrus_owner", (name, owner)
        if kind == "S":
            with raw(pg_url) as conn:
                for group in GROUPS.values():
                    for privilege in ("USAGE", "SELECT", "UPDATE"):
                        held = conn.execute(
                            "SELECT has_sequence_privilege(%s, %s, %s)", (group, name, privilege)
                        ).fetchone()[0]
                        assert not held, (name, group, privilege)


EXECUTERS: dict[str, set[str]] = {
    "citrus_fold(text)": {"reader", "editor", "admin"},  # the key of a text: the app and triggers
    "citrus_begin_batch(text,text,text)": {"editor", "admin"},  # each write's history batch
    "citrus_batch_id()": set(),  # inside the history triggers only
}
"""Function (``name(argument types)``) → the roles that may call it. Trigger functions are called by
their triggers only (PostgreSQL does not check EXECUTE then), so nobody is given them."""


def test_our_functions_are_owned_called_only_as_decided_and_definers_pin_their_search_path(pg_url):
    with raw(pg_url) as conn:
        functions = conn.execute(
            """SELECT p.oid::regprocedure::text, pg_get_userbyid(p.proowner), p.prosecdef,
                      p.proconfig, p.prorettype = 'trigger'::regtype
               FROM pg_proc p
               WHERE p.pronamespace = 'public'::regnamespace
                 AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                 AND d.objid = p.oid AND d.deptype = 'e')"""
        ).fetchall()
        assert functions, "v3's change announcer at least"
        undecided = [name for name, *_rest, trigger in functions if not trigger and name not in EXECUTERS]
        assert not undecided, f"functions without decided callers: {undecided}; say here who calls them"
        for name, owner, definer, config, _trigger in functions:
            assert owner == "citrus_owner", name
            if definer:
                # Pinned, so the caller's search path never applies (nobody may create temporary
                # tables or schemas either: test_only_citrus_roles_connect_…).
                assert any(c.startswith("search_path=") for c in config or []), name
            public = conn.execute(
                "SELECT count(*) FROM pg_proc p, aclexplode(p.proacl) a "
                "WHERE p.oid = %s::regprocedure AND a.grantee = 0",
                (name,),
            ).fetchone()[0]
            assert (
                public == 0
                and conn.execute(
                    "SELECT proacl IS NOT NULL FROM pg_proc WHERE oid = %s::regprocedure", (name,)
                ).fetchone()[0]
            ), f"{name} may be called by everyone"
            for role, group in GROUPS.items():
                held = conn.execute("SELECT has_function_privilege(%s, %s, 'EXECUTE')", (group, name))
                assert held.fetchone()[0] == (role in EXECUTERS.get(name, set())), (name, role)


def test_only_citrus_roles_connect_and_nobody_makes_temporary_tables(pg_url):
    with raw(pg_url) as conn:
        public = conn.execute(
            "SELECT array_agg(a.privilege_type::text) FROM pg_database d, aclexplode(d.datacl) a "
            "WHERE d.datname = current_database() AND a.grantee = 0"
        ).fetchone()[0]
        assert public is None
        for group in GROUPS.values():
            connect = "SELECT has_database_privilege(%s, current_database(), 'CONNECT')"
            assert conn.execute(connect, (group,)).fetchone()[0]
            for privilege in ("TEMPORARY", "CREATE"):
                held = conn.execute(
                    "SELECT has_database_privilege(%s, current_database(), %s)", (group, privilege)
                ).fetchone()[0]
                assert not held, (group, privilege)
            assert not conn.execute(
                "SELECT has_schema_privilege(%s, 'public', 'CREATE')", (group,)
            ).fetchone()[0]


@pytest.mark.parametrize("role", ["reader", "editor", "admin"])
def test_psql_insert_update_delete_truncate_on_every_table(pg_url, logins, role):
    login = logins(role)
    found = tables(pg_url)
    statements, expected = [], []
    for table, column in found:
        allowed = RIGHTS[table][role]
        for privilege, statement in (
            ("SELECT", f"SELECT * FROM {table} LIMIT 1"),
            ("INSERT", f"INSERT INTO {table} {INSERTED.get(table, 'DEFAULT VALUES')}"),
            ("UPDATE", f"UPDATE {table} SET {column} = {column}"),
            ("DELETE", f"DELETE FROM {table}"),
            ("TRUNCATE", f"TRUNCATE {table} CASCADE"),
        ):
            statements.append(statement)
            expected.append(privilege in allowed)
    states = psql(login.url, statements)
    wrong = [
        (statement, state)
        for statement, state, allowed in zip(statements, states, expected, strict=True)
        if (state == DENIED) == allowed
    ]
    assert not wrong, wrong


def test_psql_sequences_cannot_be_moved_by_anyone(pg_url, logins):
    login = logins("admin")
    states = psql(
        login.url,
        [
            "SELECT nextval('customer_id_seq')",
            "SELECT setval('inventory_item_id_seq', 1)",
            "SELECT last_value FROM product_type_id_seq",
        ],
    )
    assert states == [DENIED] * 3


NEW_TYPE = "INSERT INTO product_type (name, name_key, created_at, updated_at) VALUES ('A', 'a', now(), now())"
SETUP = "INSERT INTO customer (name, name_key, created_at, updated_at) VALUES ('Ann', 'ann', now(), now())"


def test_psql_set_tricks_give_a_reader_nothing(logins):
    login = logins("reader")
    states = psql(
        login.url,
        [
            "SET ROLE citrus_editor",
            "SET ROLE citrus_owner",
            "SET SESSION AUTHORIZATION postgres",
            "SET session_replication_role = replica",
            # Settings the client may set decide nothing.
            "SELECT set_config('citrus.role', 'admin', false), set_config('citrus.actor', 'postgres', false);"
            + SETUP,
            "SET row_security = off; " + SETUP,
            "SET search_path = pg_temp, public; " + SETUP,
            "CREATE TEMP TABLE customer (name text)",
            "CREATE TABLE public.sneaky (a int)",
            "ALTER TABLE customer DISABLE TRIGGER ALL",
            "DROP TABLE inventory_item",
            f"GRANT INSERT ON customer TO {login.name}; " + SETUP,
            f"GRANT citrus_editor TO {login.name}",
            "COPY customer (name, name_key, created_at, updated_at) FROM PROGRAM 'true'",
            "LOCK TABLE customer IN EXCLUSIVE MODE",
        ],
    )
    assert states == [DENIED] * len(states), states


def test_psql_an_editor_works_but_cannot_touch_types_roles_or_the_owner(pg_url, logins):
    login = logins("editor")
    with raw(pg_url) as conn:
        type_id = conn.execute(
            "INSERT INTO product_type (name, name_key, created_at, updated_at) "
            "VALUES ('Printer', 'printer', now(), now()) RETURNING id"
        ).fetchone()[0]
    day = (
        "WITH c AS (INSERT INTO customer (name, name_key, created_at, updated_at) "
        "VALUES ('Acme', 'acme', now(), now()) RETURNING id), "
        "k AS (INSERT INTO contract (customer_id, code, code_key, created_at, updated_at) "
        "SELECT id, 'K-1', 'k-1', now(), now() FROM c RETURNING id, customer_id), "
        "s AS (INSERT INTO site (customer_id, name, name_key, created_at, updated_at) "
        "SELECT customer_id, 'HQ', 'hq', now(), now() FROM k RETURNING id, customer_id) "
        "INSERT INTO inventory_item (serial_number, serial_key, customer_id, contract_id, site_id, "
        "product_type_id, created_at, updated_at) "
        f"SELECT 'SN-1', 'sn-1', s.customer_id, k.id, s.id, {type_id}, now(), now() FROM s, k"
    )
    states = psql(
        login.url,
        [
            day,
            "UPDATE customer SET notes = 'x'",
            "DELETE FROM site",
            NEW_TYPE,
            "UPDATE product_type SET description = 'x'",
            "DELETE FROM product_type",
            "SET ROLE citrus_admin",
            "SET ROLE citrus_owner",
            f"GRANT citrus_admin TO {login.name}",
            f"GRANT citrus_reader TO {login.name}",
            "TRUNCATE inventory_item",
            "ALTER TABLE customer ADD COLUMN sneaky int",
        ],
    )
    assert states[:3] == ["00000"] * 3, states
    assert states[3:] == [DENIED] * (len(states) - 3), states


def test_psql_an_admin_changes_types_and_grants_but_never_becomes_the_owner(logins):
    login = logins("admin")
    other = logins(None, "other")
    states = psql(
        login.url,
        [
            NEW_TYPE,
            f"GRANT citrus_editor TO {other.name}",
            f"GRANT citrus_admin TO {other.name} WITH ADMIN OPTION",
            "SET ROLE citrus_owner",
            f"GRANT citrus_owner TO {login.name}",
            f"ALTER ROLE {login.name} CREATEROLE",
            "TRUNCATE customer CASCADE",
            "ALTER TABLE product_type DISABLE TRIGGER ALL",
            "DROP TABLE citrus_meta",
        ],
    )
    assert states[:3] == ["00000"] * 3, states
    assert states[3:] == [DENIED] * (len(states) - 3), states


def test_a_login_without_a_role_cannot_even_connect(pg_url, logins):
    nobody = logins(None)
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        raw(nobody.url).close()
