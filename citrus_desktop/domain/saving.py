"""Writing rows with audit columns and optimistic locking, and loading one row for a dialog."""

from collections.abc import Callable
from dataclasses import fields as dataclass_fields
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from peewee import IntegrityError

from citrus_desktop.domain.access import refused_message
from citrus_desktop.domain.errors import (
    ConflictError,
    NotAllowedError,
    NotFoundError,
    UnavailableError,
    ValidationError,
)
from citrus_desktop.domain.session import actor
from citrus_desktop.i18n import translate
from citrus_desktop.store.models import BaseModel, db
from citrus_desktop.store.problems import DatabaseProblem, NotAllowed
from citrus_desktop.store.transactions import current_batch, fresh_id, writing

M = TypeVar("M", bound=BaseModel)


def write_row(model: type[M], record_id: int | None, version: int, values: dict[str, Any]) -> int:
    """Insert (``record_id`` None) or update the row whose version is still ``version``."""
    try:
        return _write_row(model, record_id, version, values)
    except NotAllowed as refused:
        refused.table = model._meta.table_name  # type: ignore[attr-defined]
        raise


def _write_row(model: type[M], record_id: int | None, version: int, values: dict[str, Any]) -> int:
    now = datetime.now().replace(microsecond=0)
    who = actor()
    batch = current_batch()
    if batch is not None and batch.action == "save":
        batch.action = "create" if record_id is None else "edit"
    if record_id is None:
        new_id = fresh_id(model._meta.table_name)
        if new_id is not None:
            values = {**values, "id": new_id}
        return int(
            model.insert(
                **values, version=1, created_at=now, created_by=who, updated_at=now, updated_by=who
            ).execute()
        )
    changed = (
        model.update(**values, version=model.version + 1, updated_at=now, updated_by=who)
        .where(model.id == record_id, model.version == version)
        .execute()
    )
    if not changed:
        raise_stale(model, record_id, version)
    return record_id


_INSERTS: dict[tuple[Any, ...], str] = {}


def insert_row(model: type[M], values: dict[str, Any], now: datetime, who: str) -> int:
    """Insert a new row as `write_row` does (version 1, created and updated by ``who`` at ``now``)
    and return its id, with the statement built once per table and set of fields: an import
    creates thousands of records, and building each query would be most of their cost."""
    database = db.obj
    names = tuple(values)
    key = (model, names, database.param)
    sql = _INSERTS.get(key)
    fields = model._meta.fields
    if sql is None:
        columns = [fields[name].column_name for name in names]
        columns += ["version", "created_at", "created_by", "updated_at", "updated_by"]
        marks = ", ".join([database.param] * len(columns))
        sql = _INSERTS[key] = (
            f"INSERT INTO {model._meta.table_name} ({', '.join(columns)}) VALUES ({marks}) RETURNING id"
        )
    params = [fields[name].db_value(values[name]) for name in names] + [1, now, who, now, who]
    return int(database.execute_sql(sql, params).fetchone()[0])


def raise_stale(model: type[BaseModel], record_id: int, version: int | None = None) -> None:
    """Say why an update of ``record_id`` at ``version`` matched no row: deleted, changed by
    someone, or (the row unchanged) refused, as a row-security policy refuses without an error."""
    current = model.get_or_none(model.id == record_id)
    if current is None:
        raise NotFoundError(translate("Saving", "This record was deleted by someone else meanwhile."))
    if version is not None and current.version == version:
        raise NotAllowedError(refused_message(None))
    raise ConflictError(
        translate("Saving", "This record was changed by %1 at %2 after you opened it.")
        .replace("%1", current.updated_by or translate("Saving", "someone else"))
        .replace("%2", str(current.updated_at)),
        current.updated_by,
        current.updated_at,
    )


def save_checked(validate: Callable[[], dict[str, Any]], write: Callable[[dict[str, Any]], int]) -> int:
    """Validate and write in one transaction; a constraint hit by a racing writer is re-validated."""
    try:
        with writing("save"):
            return write(validate())
    except NotAllowed as error:
        raise NotAllowedError(refused_message(getattr(error, "table", None))) from error
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error
    except IntegrityError as error:
        # Another writer got there between our checks and our write: the checks now name the rule.
        with db.atomic():
            validate()
        raise ValidationError(
            {"": translate("Saving", "The database refused the record: %1").replace("%1", str(error))}
        ) from error


if TYPE_CHECKING:
    from _typeshed import DataclassInstance

D = TypeVar("D", bound="DataclassInstance")


def load(model: type[BaseModel], cls: type[D], record_id: int, missing: str) -> D:
    """The row ``record_id`` as a ``cls`` dataclass, whose field names are the row's attributes."""
    try:
        row = model.get_or_none(model.id == record_id)
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error
    if row is None:
        raise NotFoundError(missing)
    return cls(**{field.name: getattr(row, field.name) for field in dataclass_fields(cls)})
