"""peewee models over the schema created by `store.schema` (table and column names are public)."""

from datetime import datetime
from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

db = DatabaseProxy()


def tuple_rows(query: Any) -> list[tuple[Any, ...]]:
    """The rows of a peewee query as plain tuples (peewee's stubs type ``.tuples()`` as models)."""
    return list(query.tuples())


class BaseModel(Model):
    """Common columns: optimistic-locking version and who changed the row, when."""

    id = AutoField()  # peewee adds it anyway; declared so that type checkers know it
    version = IntegerField(default=1)
    created_at = DateTimeField(default=datetime.now)
    created_by = TextField(default="")
    updated_at = DateTimeField(default=datetime.now)
    updated_by = TextField(default="")

    class Meta:
        database = db
        legacy_table_names = False


class Customer(BaseModel):
    """A business customer (Cliente)."""

    name = TextField()
    name_key = TextField()
    tax_id = TextField(null=True)
    email = TextField(default="")
    phone = TextField(default="")
    notes = TextField(default="")
    active = BooleanField(default=True)

    class Meta:
        table_name = "customer"


class Contract(BaseModel):
    """A contract (Contrato) of one customer."""

    customer = ForeignKeyField(Customer, column_name="customer_id", backref="contracts")
    customer_id: int  # peewee's accessor for the column, beside the related row
    code = TextField()
    code_key = TextField()
    code_clash = BooleanField(default=False)
    description = TextField(default="")
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    notes = TextField(default="")

    class Meta:
        table_name = "contract"


class Site(BaseModel):
    """A site (location, city, unit or block) of one customer."""

    customer = ForeignKeyField(Customer, column_name="customer_id", backref="sites")
    customer_id: int
    name = TextField()
    name_key = TextField()
    name_clash = BooleanField(default=False)
    address = TextField(default="")
    city = TextField(default="")
    state = TextField(default="")
    notes = TextField(default="")

    class Meta:
        table_name = "site"


class ProductType(BaseModel):
    """A product or service type (Tipo de Produto ou Serviço)."""

    name = TextField()
    name_key = TextField()
    name_clash = BooleanField(default=False)
    kind = TextField(default="product")
    description = TextField(default="")
    active = BooleanField(default=True)

    class Meta:
        table_name = "product_type"


class InventoryItem(BaseModel):
    """One contracted item of a customer, at one of its sites, under one of its contracts."""

    serial_number = TextField()
    serial_key = TextField(default="")
    serial_clash = BooleanField(default=False)
    """A twin kept from an older file (schema v5): exempt from the unique key until its serial changes."""
    customer = ForeignKeyField(Customer, column_name="customer_id", backref="items")
    contract = ForeignKeyField(Contract, column_name="contract_id", backref="items")
    site = ForeignKeyField(Site, column_name="site_id", backref="items")
    product_type = ForeignKeyField(ProductType, column_name="product_type_id", backref="items")
    customer_id: int
    contract_id: int
    site_id: int
    product_type_id: int
    description = TextField(default="")
    observation = TextField(default="")
    search_text = TextField(default="")

    class Meta:
        table_name = "inventory_item"


MODELS: tuple[type[BaseModel], ...] = (Customer, Contract, Site, ProductType, InventoryItem)
