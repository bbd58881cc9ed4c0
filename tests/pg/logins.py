"""Staff logins for the role tests, and plain SQL through ``psql`` as one of them.

Roles belong to the whole server, which several test runs share at once: every login made here
is named ``citrus_t<pid>_<random>_<what>`` and dropped after its test (and any a crashed run of
this process left behind, at the end of the session).
"""

import os
import secrets
import shutil
import subprocess
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import sql

from tests.pg.conftest import admin_connection

PREFIX = f"citrus_t{os.getpid()}_"
GROUP = {"reader": "citrus_reader", "editor": "citrus_editor", "admin": "citrus_admin"}


def as_user(url: str, user: str) -> str:
    """``url`` with ``user`` as its user name (the test server trusts every local login)."""
    parts = urlsplit(url)
    host = parts.hostname or "127.0.0.1"
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit((parts.scheme, f"{user}@{host}{port}", parts.path, parts.query, parts.fragment))


@dataclass(frozen=True)
class Login:
    name: str
    url: str
    """The test database's URL as this login."""


class Logins:
    """Makes logins for one test: ``logins("editor")`` → a new login with that role."""

    def __init__(self, database_url: str):
        self.database_url = database_url
        self.made: list[str] = []

    def __call__(self, role: str | None, what: str = "", **options: bool) -> Login:
        name = f"{PREFIX}{secrets.token_hex(3)}_{what or role or 'none'}"
        with admin_connection() as admin:
            extra = sql.SQL(" CREATEROLE") if options.get("createrole") else sql.SQL("")
            admin.execute(sql.SQL("CREATE ROLE {} LOGIN{}").format(sql.Identifier(name), extra))
            self.made.append(name)
            if role is not None:
                option = sql.SQL(" WITH ADMIN OPTION" if role == "admin" else "")
                admin.execute(
                    sql.SQL("GRANT {} TO {}{}").format(
                        sql.Identifier(GROUP[role]), sql.Identifier(name), option
                    )
                )
        return Login(name, as_user(self.database_url, name))

    def drop(self) -> None:
        drop_logins(self.made)
        self.made.clear()


def drop_logins(names: list[str]) -> None:
    with admin_connection() as admin:
        for name in names:
            # Its sessions first: a window or psql of a failed test may still be connected.
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (name,)
            )
            admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


@pytest.fixture(scope="session", autouse=True)
def _no_logins_left(pg_server):
    yield
    with admin_connection() as admin:
        left = [
            row[0]
            for row in admin.execute("SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)", (PREFIX,))
        ]
    drop_logins(left)


@pytest.fixture
def logins(pg_url):
    made = Logins(pg_url)
    yield made
    from citrus_desktop.store.database import close_database

    close_database()
    made.drop()


def group_member(login: str, role: str) -> bool:
    """Whether the server counts ``login`` a member of ``role``'s group."""
    with admin_connection() as admin:
        return bool(admin.execute("SELECT pg_has_role(%s, %s, 'MEMBER')", (login, GROUP[role])).fetchone()[0])


def psql(url: str, statements: list[str]) -> list[str]:
    """Run each statement through ``psql`` as written (one session, in order); the SQLSTATE of
    each (``00000`` when it succeeded). A statement that writes is rolled back afterwards."""
    program = shutil.which("psql")
    if program is None:
        pytest.fail("psql (Debian's postgresql-client) is needed for the role tests")
    script = []
    for number, statement in enumerate(statements):
        script += ["BEGIN;", statement.rstrip(";") + ";", f"\\echo @@ {number} :SQLSTATE", "ROLLBACK;"]
    done = subprocess.run(
        [program, "-X", "-q", "-d", url, "-v", "ON_ERROR_STOP=0"],
        input="\n".join(script) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    found = dict(line.split()[1:3] for line in done.stdout.splitlines() if line.startswith("@@ "))
    assert len(found) == len(statements), done.stdout + done.stderr
    return [found[str(number)] for number in range(len(statements))]


def session_psql(url: str, script: str) -> subprocess.CompletedProcess:
    """One psql session running ``script`` as is, committing; its output has the command tags
    (``UPDATE 0``)."""
    return subprocess.run(
        [shutil.which("psql") or "psql", "-X", "-d", url, "-v", "ON_ERROR_STOP=0"],
        input=script,
        capture_output=True,
        text=True,
        timeout=60,
    )


def raw(url: str) -> psycopg.Connection:
    return psycopg.connect(url, autocommit=True)
