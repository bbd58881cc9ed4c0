"""What the person connected may do, and why not: the team roles of DESIGN §9, as the server has them.

On a shared PostgreSQL database the server decides (``store.roles``); this module asks it once at
start (`detect`) and again whenever the server refuses a write (`refresh`), so the window offers
what the server accepts. On SQLite there are no roles: one person, all rights.

Listeners (`on_change`) hear about a new answer; the UI re-applies its enabled states then.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from citrus_desktop.i18n import translate
from citrus_desktop.store.models import MODELS, db
from citrus_desktop.store.problems import DatabaseProblem
from citrus_desktop.store.schema import dialect_of
from citrus_desktop.store.stock_take_models import STOCK_TAKE_TABLES

ROLES = ("reader", "editor", "admin")
"""The roles an administrator grants, lowest first."""

WATCHED_TABLES: tuple[str, ...] = (
    *(model._meta.table_name for model in MODELS),
    *STOCK_TAKE_TABLES,
)
"""Tables whose write rights the window needs to know."""


def role_label(role: str) -> str:
    """The role's name in the UI language."""
    labels = {
        "reader": translate("Access", "Reader"),
        "editor": translate("Access", "Editor"),
        "admin": translate("Access", "Administrator"),
        "owner": translate("Access", "Owner"),
        "superuser": translate("Access", "Superuser"),
        "none": translate("Access", "No role"),
        "solo": translate("Access", "Only user"),
    }
    return labels.get(role, role)


def role_rights(role: str) -> str:
    """One line on what the role may do."""
    rights = {
        "reader": translate("Access", "looks up everything, changes nothing"),
        "editor": translate(
            "Access", "creates, edits, deletes and restores items, contracts, sites and customers"
        ),
        "admin": translate("Access", "everything editors do, plus types, the recycle bin and staff roles"),
        "owner": translate("Access", "owns the tables: the server does not limit this user"),
        "superuser": translate("Access", "server superuser: the server does not limit this user"),
        "none": translate("Access", "cannot use this database"),
        "solo": translate("Access", "this computer's own database: every right"),
    }
    return rights.get(role, "")


@dataclass(frozen=True)
class Access:
    """The connected person's rights. ``changeable`` None: every table (SQLite)."""

    team: bool = False
    user: str = ""
    role: str = "solo"
    changeable: frozenset[str] | None = None
    grants: frozenset[str] = field(default_factory=lambda: frozenset(ROLES))
    purges: bool = True

    def may_change(self, table: str) -> bool:
        return self.changeable is None or table in self.changeable

    def refusal(self, table: str) -> str | None:
        """Why records of ``table`` cannot be created, changed or deleted (None: they can)."""
        if self.may_change(table):
            return None
        if self.role == "reader":
            return translate(
                "Access",
                "Your role is Reader: you can look everything up but not change it. Ask an "
                "administrator for the Editor role.",
            )
        if self.role == "editor" and table == "product_type":
            return translate(
                "Access", "Only administrators change product and service types (your role: Editor)."
            )
        return (
            translate("Access", "Your database user %1 may not change these records (role: %2).")
            .replace("%1", self.user)
            .replace("%2", role_label(self.role))
        )

    def purge_refusal(self) -> str | None:
        """Why the recycle bin cannot be purged nor its retention changed (None: they can)."""
        if self.purges:
            return None
        return translate(
            "Access",
            "Only administrators purge the recycle bin or change how long it keeps records (your role: %1).",
        ).replace("%1", role_label(self.role))

    def staff_refusal(self) -> str | None:
        """Why staff roles cannot be managed here (None: they can)."""
        if not self.team:
            return translate(
                "Access",
                "Staff roles exist on a shared PostgreSQL database; on this computer's own file "
                "you have every right.",
            )
        if not self.grants:
            return translate("Access", "Only administrators manage staff roles (your role: %1).").replace(
                "%1", role_label(self.role)
            )
        return None

    def badge(self) -> str:
        """Who is connected, with which role, in a few words (the status bar)."""
        if not self.team:
            return ""
        return translate("Access", "%1 · %2").replace("%1", self.user).replace("%2", role_label(self.role))

    def summary(self) -> str:
        """Who is connected, the role and what it allows (the status bar's tooltip)."""
        if not self.team:
            return ""
        return (
            translate("Access", "%1 · %2: %3")
            .replace("%1", self.user)
            .replace("%2", role_label(self.role))
            .replace("%3", role_rights(self.role))
        )


_current = Access()
_asked: object = None
"""The database `_current` was learnt from: another one (or none) has not been asked."""
_listeners: list[Callable[[Access], None]] = []


def current() -> Access:
    """The rights on the open database (all of them until `detect` asked the server)."""
    return _current if _asked is not None and _asked is db.obj else Access()


def on_change(listener: Callable[[Access], None]) -> Callable[[], None]:
    """Call ``listener`` with each new answer; returns a function that stops it."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def _ask() -> Access:
    database = db.obj
    if database is None or dialect_of(database) != "postgres":
        return Access()
    from citrus_desktop.store.roles import server_rights

    rights = server_rights(database, WATCHED_TABLES)
    return Access(True, rights.user, rights.role, rights.changeable, rights.grants, rights.purges)


def detect() -> Access:
    """Ask the database just opened (at start). Raises DatabaseProblem for a login without a role."""
    found = _ask()
    if found.team and found.role == "none" and not found.changeable:
        raise DatabaseProblem(
            translate(
                "Access",
                "Your database user %1 has no Citrus role on this database. Ask an administrator "
                "to grant you Reader, Editor or Administrator.",
            ).replace("%1", found.user)
        )
    _set(found)
    return found


def refresh() -> Access:
    """Ask again (after the server refused something); listeners hear of any change."""
    database = db.obj
    if database is not None and database.in_transaction():
        return current()  # inside a failed transaction nothing can be asked: the caller's answer stands
    try:
        found = _ask()
    except DatabaseProblem:
        return current()  # the server cannot be asked now: keep what we knew
    _set(found)
    return found


def ask() -> Access | None:
    """The rights as the server tells them now (from any thread), None if it cannot be asked;
    `adopt` them on the UI thread."""
    try:
        return _ask()
    except DatabaseProblem:
        return None


def adopt(found: Access) -> None:
    """Take ``found`` (from `ask`) as the rights now; listeners hear of any change."""
    _set(found)


def _set(found: Access) -> None:
    global _current, _asked
    changed = found != current()
    _current, _asked = found, db.obj
    if changed:
        for listener in list(_listeners):
            listener(found)


def first_refusal(tables: Iterable[str]) -> tuple[str, str] | None:
    """(table, why) for the first of ``tables`` whose records the person may not change, by what
    the window knows (None: every one of them may change)."""
    found = current()
    for table in sorted(set(tables)):
        reason = found.refusal(table)
        if reason is not None:
            return table, reason
    return None


def require_change(tables: Iterable[str]) -> None:
    """Refuse (NotAllowedError, before the server is asked) an action that would change records
    of a table the person's role may not change: restoring or undoing types as an editor."""
    from citrus_desktop.domain.errors import NotAllowedError

    refused = first_refusal(tables)
    if refused is not None:
        raise NotAllowedError(refused[1])


def refused_for(tables: Iterable[str]) -> str:
    """`refused_message` for an action that changes records of several ``tables``: the reason
    names the first the (newly learnt) role may not change."""
    wanted = sorted(set(tables))
    found = refresh()
    refused = first_refusal(wanted)
    return _refused_text(found, refused[0] if refused else None)


def refused_message(table: str | None, purging: bool = False) -> str:
    """What to tell a person whose write (or purge) the server refused, after asking it again
    what they may do."""
    return _refused_text(refresh(), table, purging)


def _refused_text(found: Access, table: str | None, purging: bool = False) -> str:
    if purging:
        reason = found.purge_refusal()
    elif table is not None:
        reason = found.refusal(table)
    else:  # refused before any table was touched (e.g. the history batch): say what the role allows
        reason = found.refusal(WATCHED_TABLES[0]) if not found.changeable and found.team else None
    if reason is None and found.team:
        reason = translate("Access", "Your database user %1 is not allowed to do this.").replace(
            "%1", found.user
        )
    return translate("Access", "The server refused this change. %1").replace("%1", reason or "")
