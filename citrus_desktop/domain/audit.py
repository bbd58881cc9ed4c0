"""Who created and last changed a record, and when (the audit columns every table carries)."""

from dataclasses import dataclass
from datetime import datetime

from citrus_desktop.store.models import MODELS

_BY_TABLE = {model._meta.table_name: model for model in MODELS}


@dataclass(frozen=True)
class AuditTrail:
    created_by: str
    created_at: datetime | None
    updated_by: str
    updated_at: datetime | None
    version: int


def audit_trail(table: str, record_id: int) -> AuditTrail | None:
    """The audit trail of row ``record_id`` of ``table``, or None if it no longer exists."""
    model = _BY_TABLE[table]
    row = (
        model.select(model.created_by, model.created_at, model.updated_by, model.updated_at, model.version)
        .where(model.id == record_id)
        .tuples()
        .first()
    )
    return AuditTrail(*row) if row else None
