"""Deleting records in one transaction, refusing (with the reasons) those still referenced."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from peewee import SQL, Field, IntegrityError, fn

from citrus_desktop.domain.access import refused_message
from citrus_desktop.domain.errors import InUseError, NotAllowedError, NotFoundError, UnavailableError
from citrus_desktop.i18n import translate
from citrus_desktop.store.models import BaseModel
from citrus_desktop.store.problems import DatabaseProblem, NotAllowed
from citrus_desktop.store.transactions import writing

M = TypeVar("M", bound=BaseModel)


def delete_rows(
    model: type[BaseModel], ids: Iterable[int], blockers: Callable[[list[int]], list[str]]
) -> int:
    """Delete all of ``ids`` in one transaction, or none if ``blockers`` names reasons not to."""
    wanted = sorted(set(ids))
    if not wanted:
        return 0
    try:
        with writing("delete"):
            reasons = blockers(wanted)
            if reasons:
                raise InUseError("\n".join(reasons))
            try:
                removed = int(model.delete().where(model.id.in_(wanted)).execute())
            except IntegrityError as error:
                raise InUseError(
                    translate("Saving", "Still in use by other records: %1").replace("%1", str(error))
                ) from error
    except NotAllowed as error:
        raise NotAllowedError(refused_message(model._meta.table_name)) from error
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
    model: type[M],
    ids: list[int],
    sentence: str,
    references: list[tuple[Field[Any], Callable[[int], str]]],
    label: Callable[[M], str],
) -> list[str]:
    """One sentence per record of ``ids`` still referenced: ``sentence`` with %1 its label and %2
    the counts, each phrased by its reference's function (e.g. "3 items")."""
    counts = [(reference_counts(field, ids), phrase) for field, phrase in references]
    reasons = []
    for record in model.select().where(model.id.in_(ids)).order_by(model.id):
        parts = [phrase(found[record.id]) for found, phrase in counts if found.get(record.id)]
        if parts:
            reasons.append(sentence.replace("%1", label(record)).replace("%2", ", ".join(parts)))
    return reasons


def reference_counts(field: Field[Any], ids: list[int]) -> dict[int, int]:
    """How many rows of ``field``'s table point at each of ``ids``."""
    query = field.model.select(field, fn.COUNT(SQL("*"))).where(field.in_(ids)).group_by(field).tuples()
    return dict(query)
