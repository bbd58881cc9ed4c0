"""Who is working: the staff member's name written into created_by / updated_by."""

import getpass

from citrus_desktop.store import transactions

_actor: str | None = None


def set_actor(name: str | None) -> None:
    global _actor
    _actor = (name or "").strip() or None


def actor() -> str:
    if _actor:
        return _actor
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes and services
        return ""


transactions.who = actor  # every history batch names who is working
