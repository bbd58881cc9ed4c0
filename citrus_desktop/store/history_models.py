"""peewee models over schema v6's history tables (`store.history_schema` describes them)."""

import json
from datetime import UTC, datetime
from typing import Any

from peewee import AutoField, Field, IntegerField, Model, TextField

from citrus_desktop.store.models import db
from citrus_desktop.store.schema import dialect_of


def local_time(value: Any) -> datetime | None:
    """A stored moment (seconds since 1970 in SQLite, ``timestamptz`` in PostgreSQL) as a naive
    local datetime, the way the app shows every other time."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone().replace(tzinfo=None) if value.tzinfo else value
    return datetime.fromtimestamp(int(value), UTC).astimezone().replace(tzinfo=None)


class MomentField(Field):
    """A point in time: an integer in SQLite, ``timestamptz`` in PostgreSQL; local datetimes in Python."""

    field_type = "INTEGER"

    def db_value(self, value: Any) -> Any:
        if value is None or not isinstance(value, datetime):
            return value
        aware = value if value.tzinfo else value.astimezone()
        if dialect_of(db.obj) == "postgres":
            return aware
        return int(aware.timestamp())

    def python_value(self, value: Any) -> Any:
        return local_time(value)


class JsonValue(Field):
    """A JSON column: text in SQLite; in PostgreSQL ``jsonb`` (the bin) or ``json`` (the history,
    schema v11); Python objects either way."""

    field_type = "TEXT"

    def python_value(self, value: Any) -> Any:
        return json.loads(value) if isinstance(value, str) else value


class _HistoryModel(Model):
    id = AutoField()  # peewee adds it anyway; declared so that type checkers know it

    class Meta:
        database = db
        legacy_table_names = False


class HistoryBatch(_HistoryModel):
    """One user action: who, when, what."""

    action = TextField()
    summary = TextField(default="")
    actor = TextField(null=True)
    db_user = TextField(null=True)
    at = MomentField()
    first_entry = IntegerField(null=True)
    last_entry = IntegerField(null=True)

    class Meta:
        table_name = "history_batch"


class HistoryEntry(_HistoryModel):
    """One record created (c), changed (u, with ``changes``) or deleted (d)."""

    batch_id = IntegerField(null=True)
    table_name = TextField()
    row_id = IntegerField()
    version = IntegerField(null=True)
    kind = TextField()
    at = MomentField()
    changes = JsonValue(null=True)

    class Meta:
        table_name = "history"


class BinEntry(_HistoryModel):
    """A deleted row, kept as JSON until it is restored or purged."""

    batch_id = IntegerField(null=True)
    table_name = TextField()
    row_id = IntegerField()
    label = TextField(default="")
    customer_id = IntegerField(null=True)
    deleted_at = MomentField()
    data = JsonValue()

    class Meta:
        table_name = "recycle_bin"


def of_batch(batch_id: int) -> Any:
    """The condition selecting batch ``batch_id``'s history entries, by their id range where the
    batch recorded it (SQLite, no index on batch_id), else by the batch id's index."""
    found = (
        HistoryBatch.select(HistoryBatch.first_entry, HistoryBatch.last_entry)
        .where(HistoryBatch.id == batch_id)
        .tuples()
        .first()
    )
    condition = HistoryEntry.batch_id == batch_id
    if found and found[0] is not None:
        condition &= HistoryEntry.id.between(found[0], found[1])
    return condition
