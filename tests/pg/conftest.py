"""PostgreSQL fixtures: one uniquely named database per session on the shared test server, emptied
before each test. Tests skip (with the reason) only when the server cannot be reached, unless
CITRUS_REQUIRE_PG is set, as on CI, where an unreachable server fails them."""

import os
import secrets

import psycopg
import pytest
from psycopg import sql

from citrus_desktop.store.changes import TABLES
from citrus_desktop.store.database import close_database, open_database
from tests.unit.conftest import Factory, table_rows

SERVER = os.environ.get("CITRUS_TEST_PG", "postgresql://postgres@127.0.0.1:5432")


def admin_connection() -> psycopg.Connection:
    return psycopg.connect(f"{SERVER}/postgres", autocommit=True, connect_timeout=3)


def create_database(name: str) -> str:
    with admin_connection() as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return f"{SERVER}/{name}"


def drop_database(name: str) -> None:
    with admin_connection() as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def unique_name(kind: str = "test") -> str:
    return f"citrus_{kind}_{os.getpid()}_{secrets.token_hex(4)}"


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The server's URL without a database; skips when it cannot be reached."""
    try:
        admin_connection().close()
    except psycopg.Error as error:
        reason = f"PostgreSQL not reachable at {SERVER}: {str(error).strip().splitlines()[0]}"
        if os.environ.get("CITRUS_REQUIRE_PG"):
            pytest.fail(reason)
        pytest.skip(reason)
    return SERVER


@pytest.fixture
def fresh_pg(pg_server):
    """Makes empty databases on demand (``fresh_pg()`` → URL); drops them after the test."""
    names = []

    def make(kind: str = "fresh") -> str:
        names.append(unique_name(kind))
        return create_database(names[-1])

    yield make
    close_database()
    for name in names:
        drop_database(name)


@pytest.fixture(scope="session")
def pg_session_url(pg_server):
    name = unique_name()
    url = create_database(name)
    open_database(url)  # migrate once
    close_database()
    yield url
    close_database()
    drop_database(name)


@pytest.fixture
def pg_url(pg_session_url) -> str:
    """The session's database, emptied, with ids starting again from 1."""
    with psycopg.connect(pg_session_url, autocommit=True) as conn:
        tables = (*TABLES, "history_batch", "history", "recycle_bin")
        conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
    return pg_session_url


@pytest.fixture
def database(pg_url):
    """Overrides the SQLite ``database`` fixture: the models bound to the PostgreSQL database."""
    handle = open_database(pg_url)
    yield handle
    close_database()


@pytest.fixture
def make(database) -> Factory:
    return Factory()


@pytest.fixture
def snapshot(database):
    return lambda: table_rows(database)


@pytest.fixture
def raw(pg_url):
    """A second connection that writes around the domain, as another program would."""
    with psycopg.connect(pg_url, autocommit=True) as conn:
        yield conn


# Staff logins for the role tests (made and dropped by tests/pg/logins.py).
from tests.pg.logins import _no_logins_left, logins  # noqa: E402, F401
