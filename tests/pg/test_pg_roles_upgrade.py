"""Team databases made by earlier versions upgrade cleanly to the roles; later tables are covered."""

import psycopg
import pytest
from psycopg import sql

from citrus_desktop.domain import access
from citrus_desktop.domain.customers import CustomerData, get_customer, save_customer
from citrus_desktop.store import migrations
from citrus_desktop.store.database import DatabaseProblem, close_database, open_database
from citrus_desktop.store.migrations import current_version
from citrus_desktop.store.models import db
from citrus_desktop.store.schema import MIGRATIONS, SCHEMA_VERSION, Migration
from tests.pg.conftest import admin_connection, drop_database, unique_name
from tests.pg.logins import as_user
from tests.unit.test_migrations import use

BEFORE_ROLES = tuple(m for m in MIGRATIONS if m.version < 9)


@pytest.fixture
def legacy(pg_server, logins, monkeypatch):
    """A team database made by a version before roles: created and owned by one shared login,
    which every staff machine used; it holds a customer."""
    owner = logins(None, "legacy")
    name = unique_name("legacy")
    with admin_connection() as admin:
        admin.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(name), sql.Identifier(owner.name))
        )
    url = as_user(f"{pg_server}/{name}", owner.name)
    with monkeypatch.context() as old_version:
        use(old_version, BEFORE_ROLES)
        open_database(url)
        save_customer(CustomerData(name="Kept since v4"))
        close_database()
    yield owner, url, name
    close_database()
    drop_database(name)


def owners(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        return {
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class "
                "WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S')"
            )
        }


def test_the_shared_login_of_an_old_database_cannot_set_up_roles_and_nothing_changes(legacy):
    owner, url, _name = legacy
    with pytest.raises(DatabaseProblem, match="team roles") as refused:
        open_database(url)
    assert "superuser" in str(refused.value) and "previous version keeps working" in str(refused.value)
    assert owners(url) == {owner.name}
    with psycopg.connect(url) as conn:
        version = conn.execute("SELECT value FROM citrus_meta WHERE key = 'schema_version'").fetchone()[0]
    assert int(version) == BEFORE_ROLES[-1].version


def test_a_superuser_upgrades_it_and_the_old_login_keeps_every_right(legacy, pg_server):
    _owner, url, name = legacy
    open_database(f"{pg_server}/{name}")  # the server's administrator, once
    assert current_version(db.obj) == SCHEMA_VERSION
    close_database()
    assert owners(url) == {"citrus_owner"}

    open_database(url)  # the staff's old shared login, as before
    assert access.detect().role == "owner"
    kept = save_customer(CustomerData(name="Saved after the upgrade"))
    assert get_customer(kept).name == "Saved after the upgrade"
    assert get_customer(1).name == "Kept since v4"


def test_the_database_owner_allowed_to_create_roles_upgrades_it_alone(pg_server, logins):
    creator = logins(None, "creator", createrole=True)
    name = unique_name("creator")
    with admin_connection() as admin:
        admin.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(name), sql.Identifier(creator.name))
        )
    try:
        url = as_user(f"{pg_server}/{name}", creator.name)
        open_database(url)
        assert current_version(db.obj) == SCHEMA_VERSION
        assert access.detect().role == "owner"
        close_database()
        assert owners(url) == {"citrus_owner"}
    finally:
        close_database()
        drop_database(name)


NEW_TABLE = Migration(
    SCHEMA_VERSION + 1,
    "test only: a table added after the roles",
    lambda dialect: ["CREATE TABLE later_notes (id BIGINT PRIMARY KEY, note TEXT NOT NULL)"],
)


def test_a_later_migration_runs_as_the_owner_and_its_table_is_read_only_by_default(
    fresh_pg,
    logins,
    monkeypatch,
):
    url = fresh_pg("later")
    open_database(url)
    close_database()
    editor = as_user(url, logins("editor").name)
    use(monkeypatch, (*MIGRATIONS, NEW_TABLE))
    with pytest.raises(DatabaseProblem, match="only the owner of its tables"):
        open_database(editor)  # staff cannot upgrade; the database is left as it was
    assert migrations.current_version(open_database(url)) == NEW_TABLE.version  # a superuser can
    close_database()
    with psycopg.connect(url) as conn:
        owner, reader_select, editor_insert, public_select = conn.execute(
            "SELECT pg_get_userbyid(relowner), "
            "has_table_privilege('citrus_reader', 'later_notes', 'SELECT'), "
            "has_table_privilege('citrus_editor', 'later_notes', 'INSERT'), "
            "(SELECT count(*) FROM aclexplode(relacl) WHERE grantee = 0) "
            "FROM pg_class WHERE oid = 'later_notes'::regclass"
        ).fetchone()
    assert (owner, reader_select, editor_insert, public_select) == ("citrus_owner", True, False, 0)
