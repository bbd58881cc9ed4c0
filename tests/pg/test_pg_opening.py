"""Opening the shared database: one-line reasons for every refusal, and machines starting together."""

import threading

import psycopg
import pytest

from citrus_desktop.store import migrations
from citrus_desktop.store.database import DatabaseProblem, close_database, open_database
from citrus_desktop.store.postgres import open_team_database
from citrus_desktop.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.unit.conftest import cli_env, run_cli  # noqa: F401  (fixtures)


def refused(url: str) -> str:
    with pytest.raises(DatabaseProblem) as caught:
        open_database(url)
    message = str(caught.value)
    assert "\n" not in message
    return message


def tables_of(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    return {row[0] for row in rows}


def test_a_new_database_is_created_and_migrated(fresh_pg):
    url = fresh_pg()
    open_database(url)
    close_database()
    with psycopg.connect(url) as conn:
        meta = dict(conn.execute("SELECT key, value FROM citrus_meta").fetchall())
    assert meta == {"app": "citrus-desktop", "schema_version": str(SCHEMA_VERSION)}
    open_database(url)  # a second start changes nothing and refuses nothing


def test_an_unreachable_server_is_one_clear_line(pg_server):
    message = refused("postgresql://someone:secret@127.0.0.1:1/citrus")
    assert "cannot be reached" in message
    assert message.startswith("postgresql://someone@127.0.0.1:1/citrus:")
    assert "secret" not in message


def test_an_unknown_user_is_told(pg_server):
    assert "user name" in refused("postgresql://no_such_user_xyz@127.0.0.1:5432/postgres")


def test_a_missing_database_is_told(pg_server):
    assert "does not exist on the server" in refused(f"{pg_server}/citrus_no_such_database")


def test_another_programs_database_is_refused_untouched(fresh_pg):
    url = fresh_pg()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    assert "not a Citrus Desktop database" in refused(url)
    assert tables_of(url) == {"invoices"}


def test_a_newer_schema_is_refused_untouched(fresh_pg):
    url = fresh_pg()
    open_database(url)
    close_database()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE citrus_meta SET value = '999' WHERE key = 'schema_version'")
    before = tables_of(url)
    message = refused(url)
    assert "newer Citrus Desktop" in message and "999" in message
    assert tables_of(url) == before


def test_two_machines_starting_together_migrate_once(fresh_pg):
    url = fresh_pg()
    start = threading.Barrier(2)
    applied: list[list[int]] = []
    failures: list[BaseException] = []

    def machine() -> None:
        database = open_team_database(url, "test")
        try:
            start.wait(timeout=10)
            applied.append(migrations.migrate(database))
        except BaseException as error:
            failures.append(error)
        finally:
            database.close()

    threads = [threading.Thread(target=machine) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []
    assert sorted(applied, key=len) == [[], [migration.version for migration in MIGRATIONS]]


def test_the_command_line_exits_2_without_a_traceback(pg_server, run_cli):  # noqa: F811
    result = run_cli("--db", "postgresql://root@127.0.0.1:1/citrus", "--smoke-test")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines == [lines[0]] and "cannot be reached" in lines[0]
