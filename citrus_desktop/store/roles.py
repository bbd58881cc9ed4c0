"""The connected login's rights and the staff's roles, read from (and granted on) the server.

Rights are what the server itself would allow (``has_table_privilege``), so the app offers
exactly what PostgreSQL accepts, however the administrator arranged the grants. The role name is
for people: the highest Citrus group the login belongs to.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from peewee import Database

from citrus_desktop.store.role_schema import ADMIN, EDITOR, GROUPS, OWNER, READER

ROLE_GROUPS = {"reader": READER, "editor": EDITOR, "admin": ADMIN}
"""The role words people use, and the PostgreSQL group each stands for."""


@dataclass(frozen=True)
class ServerRights:
    user: str
    role: str
    """superuser, owner (a member of citrus_owner), admin, editor, reader or none."""
    superuser: bool
    changeable: frozenset[str]
    """Tables this login may insert into, update and delete from."""
    grants: frozenset[str]
    """Role words (reader, editor, admin) this login may grant and revoke."""
    purges: bool
    """May erase from the recycle bin and the history for good (schema v6 on)."""


@dataclass(frozen=True)
class StaffMember:
    """A login role of the server and its Citrus role."""

    id: int
    name: str
    role: str
    """superuser, owner, admin, editor, reader or none (as `ServerRights.role`)."""
    superuser: bool
    direct: frozenset[str]
    """Role words granted to the login itself (what a revoke removes)."""


def _quoted(name: str) -> str:
    if "\x00" in name:
        raise ValueError("a role name cannot hold NUL")
    return '"' + name.replace('"', '""') + '"'


def _member_sql(role_column: str) -> str:
    """SQL: the role word of the login in ``role_column`` (an oid or name expression)."""
    cases = [f"WHEN pg_has_role({role_column}, '{OWNER}', 'MEMBER') THEN 'owner'"]
    cases += [
        f"WHEN pg_has_role({role_column}, '{group}', 'MEMBER') THEN '{word}'"
        for word, group in reversed(ROLE_GROUPS.items())
    ]
    return "CASE " + " ".join(cases) + " ELSE 'none' END"


def server_rights(database: Database, tables: Iterable[str]) -> ServerRights:
    """What the connected login may do on ``tables`` and with roles (schema v9 or later)."""
    tables = list(tables)
    checks = ", ".join(
        f"has_table_privilege(current_user, '{t}', 'INSERT') AND "
        f"has_table_privilege(current_user, '{t}', 'UPDATE') AND "
        f"has_table_privilege(current_user, '{t}', 'DELETE')"
        for t in tables
    )
    grantable = ", ".join(
        f"pg_has_role(current_user, '{group}', 'MEMBER WITH ADMIN OPTION')" for group in GROUPS
    )
    purges = (
        "CASE WHEN to_regclass('history') IS NULL THEN false "
        "ELSE has_table_privilege(current_user, 'history', 'DELETE') END"
    )
    row = database.execute_sql(
        f"SELECT current_user, r.rolsuper, {_member_sql('current_user')}, {purges}, {grantable}, {checks} "
        "FROM pg_roles r WHERE r.rolname = current_user"
    ).fetchone()
    user, superuser, purges_allowed = row[0], bool(row[1]), bool(row[3])
    role = "superuser" if superuser else row[2]
    admin_options = row[4 : 4 + len(GROUPS)]
    words = list(ROLE_GROUPS)
    changeable = frozenset(t for t, allowed in zip(tables, row[4 + len(GROUPS) :], strict=True) if allowed)
    grants = frozenset(w for w, allowed in zip(words, admin_options, strict=True) if allowed or superuser)
    return ServerRights(user, role, superuser, changeable, grants, purges_allowed)


def staff(database: Database) -> list[StaffMember]:
    """Every login of the server (except PostgreSQL's own), with its Citrus role, by name."""
    direct = ", ".join(
        f"EXISTS (SELECT FROM pg_auth_members m WHERE m.member = r.oid AND m.roleid = '{group}'::regrole)"
        for group in GROUPS
    )
    rows = database.execute_sql(
        f"SELECT r.oid, r.rolname, r.rolsuper, {_member_sql('r.oid')}, {direct} "
        "FROM pg_roles r WHERE r.rolcanlogin AND left(r.rolname, 3) <> 'pg_' ORDER BY r.rolname"
    ).fetchall()
    words = list(ROLE_GROUPS)
    return [
        StaffMember(
            int(oid),
            name,
            "superuser" if superuser else role,
            bool(superuser),
            frozenset(w for w, held in zip(words, held_groups, strict=True) if held),
        )
        for oid, name, superuser, role, *held_groups in rows
    ]


def set_role(database: Database, user: str, role: str | None) -> None:
    """Make ``role`` (a word of ROLE_GROUPS, or None: no role) the login ``user``'s only Citrus role.

    Only the groups granted to it directly are revoked (revoking another needs ADMIN OPTION on it
    for nothing); an admin gets ADMIN OPTION, so that they grant admin in turn.
    """
    held = next((member.direct for member in staff(database) if member.name == user), frozenset())
    with database.atomic():
        for word in sorted(held - {role}):
            database.execute_sql(f"REVOKE {ROLE_GROUPS[word]} FROM {_quoted(user)}")
        if role is not None:
            option = " WITH ADMIN OPTION" if role == "admin" else ""
            database.execute_sql(f"GRANT {ROLE_GROUPS[role]} TO {_quoted(user)}{option}")
