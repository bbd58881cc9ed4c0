"""Staff roles (DESIGN §9): the server's logins, their Citrus role, granting and revoking.

The server's administrator creates each person's login (``CREATE ROLE ana LOGIN PASSWORD …``);
Citrus administrators choose what each may do. The server checks every grant itself: an admin
holds ADMIN OPTION on reader and editor through ``citrus_admin``, and on ``citrus_admin`` when
it was granted to them with it (as this module always grants it).
"""

from collections.abc import Sequence
from dataclasses import dataclass

from citrus_desktop.domain import access
from citrus_desktop.domain.access import ROLES, role_label, role_rights
from citrus_desktop.domain.errors import (
    DomainError,
    NotAllowedError,
    NotFoundError,
    UnavailableError,
    ValidationError,
)
from citrus_desktop.domain.list_sources import Column, ListSource, Row
from citrus_desktop.domain.text import fold
from citrus_desktop.i18n import translate
from citrus_desktop.store.models import db
from citrus_desktop.store.problems import DatabaseProblem, NotAllowed
from citrus_desktop.store.schema import dialect_of


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: str
    """reader, editor, admin, owner (members of citrus_owner), superuser or none."""
    superuser: bool
    granted: frozenset[str]
    """The roles granted to the login itself (what a revoke takes away)."""
    you: bool

    @property
    def role_text(self) -> str:
        return role_label(self.role)

    @property
    def note(self) -> str:
        """What a person reading the staff list should know about this login."""
        notes = []
        if self.you:
            notes.append(translate("Staff", "you"))
        if self.role == "owner":
            notes.append(translate("Staff", "owner of the tables: for upgrades, not for daily work"))
        else:
            notes.append(role_rights(self.role))
        return "; ".join(notes)


def _team() -> None:
    if db.obj is None or dialect_of(db.obj) != "postgres":
        raise DomainError(access.Access().staff_refusal() or "")


def people() -> list[Person]:
    """Every login of the server and its role, by name."""
    _team()
    from citrus_desktop.store.roles import staff

    me = access.current().user
    try:
        found = staff(db.obj)
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error
    return [Person(m.id, m.name, m.role, m.superuser, m.direct, m.name == me) for m in found]


def _person(user: str) -> Person:
    name = user.strip()
    if not name:
        raise ValidationError({"user": translate("Staff", "Choose the database user.")})
    found = next((p for p in people() if p.name == name), None)
    if found is None:
        raise ValidationError(
            {
                "user": translate(
                    "Staff",
                    "There is no database user “%1” on the server. The server's administrator "
                    "creates it first (README, “Team roles”).",
                ).replace("%1", name)
            }
        )
    if found.superuser:
        raise ValidationError(
            {
                "user": translate(
                    "Staff", "“%1” is a superuser: the server never limits them, so no role applies."
                ).replace("%1", name)
            }
        )
    return found


def _may_handle(roles: set[str], field: str) -> None:
    allowed = access.current().grants
    missing = sorted(roles - allowed, key=ROLES.index)
    if not missing:
        return
    if "admin" in missing and allowed:
        text = translate(
            "Staff",
            "You may not grant or take away the Administrator role: it was granted to you "
            "without the right to pass it on. Ask the administrator who granted it.",
        )
    else:
        text = translate("Access", "Only administrators manage staff roles (your role: %1).").replace(
            "%1", role_label(access.current().role)
        )
    raise ValidationError({field: text})


def _apply(name: str, role: str | None) -> None:
    from citrus_desktop.store.roles import set_role

    try:
        set_role(db.obj, name, role)
    except NotAllowed as error:
        raise NotAllowedError(access.refused_message(None)) from error
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error
    if name == access.current().user:
        access.refresh()


def grant(user: str, role: str) -> Person:
    """Make ``role`` (reader, editor or admin) the only Citrus role of login ``user``."""
    _team()
    if role not in ROLES:
        raise ValidationError({"role": translate("Staff", "Choose Reader, Editor or Administrator.")})
    person = _person(user)
    _may_handle({role} | set(person.granted), "role")
    _apply(person.name, role)
    return next(p for p in people() if p.name == person.name)


def revoke(user: str) -> Person:
    """Take every Citrus role from login ``user``."""
    _team()
    person = _person(user)
    if not person.granted:
        raise ValidationError(
            {
                "user": translate("Staff", "“%1” has no Citrus role of their own to take away (role: %2).")
                .replace("%1", person.name)
                .replace("%2", person.role_text)
            }
        )
    _may_handle(set(person.granted), "user")
    _apply(person.name, None)
    return next(p for p in people() if p.name == person.name)


RANK = ("none", "reader", "editor", "admin", "owner", "superuser")


class StaffSource(ListSource):
    """The staff list: every login of the server (a few dozen), filtered and sorted here."""

    @property
    def table(self) -> str:
        return "staff"

    def columns(self) -> list[Column]:
        return [
            Column("user", translate("Columns", "Database user")),
            Column("role", translate("Columns", "Role")),
            Column("note", translate("Columns", "What they may do")),
        ]

    def _people(self, keyword: str, sort: int = 0, descending: bool = False) -> list[Person]:
        folded = fold(keyword)
        found = [p for p in people() if folded in fold(f"{p.name} {p.role_text} {p.note}")]
        keys = (
            lambda p: fold(p.name),
            lambda p: (RANK.index(p.role) if p.role in RANK else 0, fold(p.name)),
            lambda p: fold(p.note),
        )
        return sorted(found, key=keys[sort], reverse=descending)

    @staticmethod
    def _row(person: Person) -> Row:
        return (person.id, person.name, person.role_text, person.note)

    def count(self, keyword: str = "") -> int:
        return len(self._people(keyword))

    def page(
        self,
        offset: int,
        limit: int,
        keyword: str = "",
        sort: int = 0,
        descending: bool = False,
        total: int | None = None,
    ) -> list[Row]:
        return [self._row(p) for p in self._people(keyword, sort, descending)[offset : offset + limit]]

    def rows(self, ids: Sequence[int]) -> list[Row]:
        found = {p.id: p for p in people()}
        return [self._row(found[i]) for i in ids if i in found]

    def ordered_ids(self, keyword: str = "", sort: int = 0, descending: bool = False) -> list[int]:
        return [p.id for p in self._people(keyword, sort, descending)]

    def delete(self, ids: list[int]) -> int:
        """Revoke the roles of the logins ``ids``."""
        names = [p.name for p in people() if p.id in set(ids)]
        for name in names:
            revoke(name)
        return len(names)


def person(person_id: int) -> Person:
    found = next((p for p in people() if p.id == person_id), None)
    if found is None:
        raise NotFoundError(translate("Staff", "This database user no longer exists on the server."))
    return found
