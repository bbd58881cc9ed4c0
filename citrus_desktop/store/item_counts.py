"""Summary rows of schema v7: items per customer, contract, type and month, kept by triggers.

Every reader (dashboard, contract lists) takes counts from here instead of counting items; the
triggers in `store.schema` keep them right for any program that writes. `check_item_counts`
repairs them after something no trigger sees (SQLite's INSERT OR REPLACE without recursive
triggers, triggers dropped by hand).
"""

import logging

from peewee import BigIntegerField, DatabaseError, Model, TextField

from citrus_desktop.store.models import db
from citrus_desktop.store.schema import dialect_of, rebuild_item_counts
from citrus_desktop.store.transactions import writing

log = logging.getLogger(__name__)


class _CountModel(Model):
    items = BigIntegerField()

    class Meta:
        database = db


class CustomerItemCount(_CountModel):
    customer_id = BigIntegerField(primary_key=True)

    class Meta:
        table_name = "customer_item_count"


class ContractItemCount(_CountModel):
    contract_id = BigIntegerField(primary_key=True)

    class Meta:
        table_name = "contract_item_count"


class ProductTypeItemCount(_CountModel):
    product_type_id = BigIntegerField(primary_key=True)

    class Meta:
        table_name = "product_type_item_count"


class ItemMonthCount(_CountModel):
    month = TextField(primary_key=True)
    """``YYYY-MM`` of the items' ``created_at``."""

    class Meta:
        table_name = "item_month_count"


def rebuild() -> None:
    """Recount every summary row from the items (one GROUP BY a table), in one transaction."""
    database = db.obj
    with writing("repair", "Item counts recounted"):
        for statement in rebuild_item_counts(dialect_of(database)):
            database.execute_sql(statement)


def counts_agree() -> bool:
    """The summed type counts equal the number of items (one statement: one snapshot)."""
    row = db.obj.execute_sql(
        "SELECT (SELECT count(*) FROM inventory_item), "
        "(SELECT coalesce(sum(items), 0) FROM product_type_item_count)"
    ).fetchone()
    return int(row[0]) == int(row[1])


def check_item_counts() -> bool:
    """Rebuild the summaries if they disagree with the items; True when they were rebuilt.

    A database user without write rights (a reader) only logs the disagreement.
    """
    if counts_agree():
        return False
    log.warning("item summary counts disagree with the items: rebuilding them")
    try:
        rebuild()
    except DatabaseError:
        log.exception("could not rebuild the item summary counts")
        return False
    return True
