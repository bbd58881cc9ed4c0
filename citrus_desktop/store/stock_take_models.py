"""peewee models of the stock-take tables (schema v8; ``deleted_item_id`` v10)."""

from peewee import AutoField, BooleanField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField

from citrus_desktop.store.models import Customer, InventoryItem, Site, db


class StockTake(Model):
    """One count of a customer's site."""

    id = AutoField()  # peewee adds it anyway; declared so that type checkers know it
    customer = ForeignKeyField(Customer, column_name="customer_id")
    site = ForeignKeyField(Site, column_name="site_id")
    customer_id: int  # peewee's accessors for the columns, beside the related rows
    site_id: int
    state = TextField(default="open")
    started_at = DateTimeField()
    started_by = TextField(default="")
    paused_at = DateTimeField(null=True)
    finished_at = DateTimeField(null=True)
    finished_by = TextField(default="")
    expected_count = IntegerField(default=0)
    found_count = IntegerField(default=0)
    missing_count = IntegerField(default=0)
    unexpected_count = IntegerField(default=0)
    moved_count = IntegerField(default=0)

    class Meta:
        database = db
        table_name = "stock_take"


class StockTakeEntry(Model):
    """One serial of a count: an item expected at the site, or one scanned there unexpectedly."""

    id = AutoField()
    stock_take = ForeignKeyField(StockTake, column_name="stock_take_id", on_delete="CASCADE")
    item = ForeignKeyField(InventoryItem, column_name="item_id", null=True, on_delete="SET NULL")
    stock_take_id: int
    item_id: int | None
    deleted_item_id = IntegerField(null=True)
    """The item the line pointed at before it was deleted (schema v10): restoring it relinks the line."""
    serial_number = TextField()
    serial_key = TextField()
    state = TextField()
    expected = BooleanField(default=False)
    description = TextField(default="")
    place = TextField(default="")
    scanned_at = DateTimeField(null=True)
    scanned_by = TextField(default="")

    class Meta:
        database = db
        table_name = "stock_take_entry"


STOCK_TAKE_TABLES = ("stock_take", "stock_take_entry")
