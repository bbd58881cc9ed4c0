"""Serials, contract codes, site and type names are unique by their key (DESIGN §1, the rule of
`store.folding`): the key comes from the database itself, so the domain checks exactly what the
database's unique index keeps."""

from dataclasses import dataclass
from typing import Any

from peewee import Field

from citrus_desktop.store.folding import database_key
from citrus_desktop.store.models import BaseModel


@dataclass(frozen=True)
class KeyCheck:
    key: str
    twin: Any | None
    """Another row of the same key (and scope) that this save would duplicate, if any."""


def check_key(
    model: type[BaseModel],
    key_field: Field,
    text: str,
    record_id: int | None,
    scope: tuple[Field, int] | None = None,
) -> KeyCheck:
    """The key of ``text`` and the row it would clash with.

    A record keeping its key (and scope) is never refused for it: a twin kept from an older file
    (flagged ``*_clash``) can still have its other fields edited.
    """
    key = database_key(text)
    if record_id is not None:
        stored = model.get_or_none(model.id == record_id)
        same_scope = scope is None or (
            stored is not None and getattr(stored, scope[0].column_name) == scope[1]
        )
        if stored is not None and getattr(stored, key_field.name) == key and same_scope:
            return KeyCheck(key, None)
    query = model.select().where((key_field == key) & (model.id != (record_id or 0)))
    if scope is not None:
        query = query.where(scope[0] == scope[1])
    return KeyCheck(key, query.order_by(model.id).first())
