"""Writing rows with audit columns and optimistic locking; deleting with reference checks."""

from collections.abc import Callable, Iterable
from dataclasses import fields as dataclass_fields
from datetime import datetime
from typing import Any, TypeVar

from peewee import SQL, Field, IntegrityError, fn

from citrus_desktop.domain.errors import (
    ConflictError,
    InUseError,
    NotFoundError,
    UnavailableError,
    ValidationError,
)
from citrus_desktop.domain.session import actor
from citrus_desktop.i18n import translate
from citrus_desktop.store.models import BaseModel, db
from citrus_desktop.store.problems import DatabaseProblem

M = TypeVar("M", bound=BaseModel)


def write_row(model: type[M], record_id: int | None, version: int, values: dict[str, Any]) -> int:
    """Insert (``record_id`` None) or update the row whose version is still ``version``."""
    now = datetime.now().replace(microsecond=0)
    who = actor()
    if record_id is None:
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
        raise_stale(model, record_id)
    return record_id


def raise_stale(model: type[BaseModel], record_id: int) -> None:
    current = model.get_or_none(model.id == record_id)
    if current is None:
        raise NotFoundError(translate("Saving", "This record was deleted by someone else meanwhile."))
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
        with db.atomic():
            return write(validate())
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error
    except IntegrityError as error:
        # Another writer got there between our checks and our write: the checks now name the rule.
        with db.atomic():
            validate()
        raise ValidationError(
            {"": translate("Saving", "The database refused the record: %1").replace("%1", str(error))}
        ) from error


def delete_rows(
    model: type[BaseModel], ids: Iterable[int], blockers: Callable[[list[int]], list[str]]
) -> int:
    """Delete all of ``ids`` in one transaction, or none if ``blockers`` names reasons not to."""
    wanted = sorted(set(ids))
    if not wanted:
        return 0
    try:
        with db.atomic():
            reasons = blockers(wanted)
            if reasons:
                raise InUseError("\n".join(reasons))
            try:
                removed = model.delete().where(model.id.in_(wanted)).execute()
            except IntegrityError as error:
                raise InUseError(
                    translate("Saving", "Still in use by other records: %1").replace("%1", str(error))
                ) from error
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error
    if removed < len(wanted):
        # The rest is gone as asked, but the person must know someone else got there first.
        gone = len(wanted) - removed
        raise NotFoundError(
            translate(
                "Saving", "%1 of the selected records had already been deleted by someone else."
            ).replace("%1", str(gone))
        )
    return removed


def in_use_reasons(
    model: type[BaseModel],
    ids: list[int],
    sentence: str,
    references: list[tuple[Field, Callable[[int], str]]],
    label: Callable[[BaseModel], str] | None = None,
) -> list[str]:
    """One sentence per record of ``ids`` still referenced: ``sentence`` with %1 its label and %2
    the counts, each phrased by its reference's function (e.g. "3 items")."""
    counts = [(reference_counts(field, ids), phrase) for field, phrase in references]
    reasons = []
    for record in model.select().where(model.id.in_(ids)).order_by(model.id):
        parts = [phrase(found[record.id]) for found, phrase in counts if found.get(record.id)]
        if parts:
            name = label(record) if label else record.name
            reasons.append(sentence.replace("%1", name).replace("%2", ", ".join(parts)))
    return reasons


def reference_counts(field: Field, ids: list[int]) -> dict[int, int]:
    """How many rows of ``field``'s table point at each of ``ids``."""
    query = field.model.select(field, fn.COUNT(SQL("*"))).where(field.in_(ids)).group_by(field).tuples()
    return dict(query)


D = TypeVar("D")


def load(model: type[BaseModel], cls: type[D], record_id: int, missing: str) -> D:
    """The row ``record_id`` as a ``cls`` dataclass, whose field names are the row's attributes."""
    try:
        row = model.get_or_none(model.id == record_id)
    except DatabaseProblem as error:
        raise UnavailableError(str(error)) from error
    if row is None:
        raise NotFoundError(missing)
    return cls(**{field.name: getattr(row, field.name) for field in dataclass_fields(cls)})


def count_phrase(n: int, one: str, many: str) -> str:
    """``one`` for a single record, else ``many`` with %1 the count ("1 item", "3 items")."""
    return one if n == 1 else many.replace("%1", str(n))


def items_phrase(n: int) -> str:
    return count_phrase(n, translate("Delete", "1 item"), translate("Delete", "%1 items"))


def contracts_phrase(n: int) -> str:
    return count_phrase(n, translate("Delete", "1 contract"), translate("Delete", "%1 contracts"))


def sites_phrase(n: int) -> str:
    return count_phrase(n, translate("Delete", "1 site"), translate("Delete", "%1 sites"))
