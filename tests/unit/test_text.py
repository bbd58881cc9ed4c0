"""Any Unicode text goes through every text field unchanged (names, codes, serials trimmed); NUL
is refused with a message naming the field; serials are normalized."""

import string
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from citrus_desktop.domain import contracts, customers, items, product_types, sites
from citrus_desktop.domain.errors import ValidationError
from citrus_desktop.domain.items import ItemData, find_serial, save_item
from citrus_desktop.domain.text import has_control, storable
from citrus_desktop.store.models import db

EXAMPLES = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@dataclass(frozen=True)
class Field:
    """One text field: how to build a valid record around a value, save it and read it back."""

    kind: str
    name: str
    trimmed: bool
    longest: int
    required: bool = False
    one_line: bool = False
    """A key (serial, code, name): newlines, tabs and other control characters are refused."""

    def save(self, make, value: str) -> int:
        data = BUILD[self.kind](make)
        setattr(data, self.name, value)
        return SAVE[self.kind](data)

    def read(self, record_id: int) -> str:
        return getattr(GET[self.kind](record_id), self.name)

    def __str__(self) -> str:
        return f"{self.kind}.{self.name}"


BUILD: dict[str, Callable[[Any], Any]] = {
    "customer": lambda make: customers.CustomerData(name="Acme"),
    "contract": lambda make: contracts.ContractData(customer_id=make.customer(), code="CT-1"),
    "site": lambda make: sites.SiteData(customer_id=make.customer(), name="Matriz"),
    "product_type": lambda make: product_types.ProductTypeData(name="Nobreak"),
    "item": lambda make: items.get_item(make.item(serial="SN-1")),
}
SAVE = {
    "customer": customers.save_customer,
    "contract": contracts.save_contract,
    "site": sites.save_site,
    "product_type": product_types.save_product_type,
    "item": items.save_item,
}
GET = {
    "customer": customers.get_customer,
    "contract": contracts.get_contract,
    "site": sites.get_site,
    "product_type": product_types.get_product_type,
    "item": items.get_item,
}
LONG = 20_000
FIELDS = [
    Field("customer", "name", trimmed=True, longest=200, required=True),
    Field("customer", "phone", trimmed=True, longest=40),
    Field("customer", "notes", trimmed=False, longest=LONG),
    Field("contract", "code", trimmed=True, longest=100, required=True, one_line=True),
    Field("contract", "description", trimmed=False, longest=LONG),
    Field("contract", "notes", trimmed=False, longest=LONG),
    Field("site", "name", trimmed=True, longest=200, required=True, one_line=True),
    Field("site", "address", trimmed=True, longest=500),
    Field("site", "city", trimmed=True, longest=200),
    Field("site", "notes", trimmed=False, longest=LONG),
    Field("product_type", "name", trimmed=True, longest=200, required=True, one_line=True),
    Field("product_type", "description", trimmed=False, longest=LONG),
    Field("item", "serial_number", trimmed=True, longest=100, required=True, one_line=True),
    Field("item", "description", trimmed=False, longest=LONG),
    Field("item", "observation", trimmed=False, longest=LONG),
]
# Lone surrogates (category Cs) are not Unicode text: Python cannot even encode them as UTF-8.
NO_NUL = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=300)


@pytest.mark.parametrize("field", FIELDS, ids=str)
@EXAMPLES
@given(text=NO_NUL)
def test_text_round_trips(make, field, text):
    expected = text.strip() if field.trimmed else text
    assume(not field.one_line or not has_control(expected))
    assume(len(expected) <= field.longest)
    assume(expected or not field.required)
    with db.atomic() as transaction:
        assert field.read(field.save(make, text)) == expected
        transaction.rollback()


@pytest.mark.parametrize("field", [f for f in FIELDS if not f.trimmed], ids=str)
def test_long_free_text_round_trips_up_to_its_limit(make, snapshot, field):
    text = " Linha com acentuação: ÇÃÕ ✓ 🍋\r\n" * (field.longest // 32)
    text += "x" * (field.longest - len(text))
    record_id = field.save(make, text)
    assert field.read(record_id) == text
    data = GET[field.kind](record_id)
    setattr(data, field.name, text + "x")
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        SAVE[field.kind](data)
    assert list(caught.value.errors) == [field.name]
    assert str(field.longest) in caught.value.errors[field.name]
    assert snapshot() == before


@EXAMPLES
@given(
    local=st.text(
        st.characters(blacklist_categories=["Z", "Cc", "Cs"], blacklist_characters="@"), min_size=1
    ),
    domain=st.text(
        st.characters(blacklist_categories=["Z", "Cc", "Cs"], blacklist_characters="@"), min_size=1
    ),
)
def test_email_round_trips(database, local, domain):
    email = f"{local}@{domain}"
    assume(len(email) <= 254)
    with db.atomic() as transaction:
        customer = customers.save_customer(customers.CustomerData(name="Acme", email=f" {email} "))
        assert customers.get_customer(customer).email == email
        transaction.rollback()


@pytest.mark.parametrize(
    "field",
    [*FIELDS, Field("customer", "tax_id", True, 40), Field("customer", "email", True, 254)],
    ids=str,
)
@pytest.mark.parametrize("where", ["\x00", "a\x00", "\x00b", "a\x00b"])
def test_nul_is_refused_with_a_message(make, snapshot, field, where):
    data = BUILD[field.kind](make)
    before = snapshot()
    setattr(data, field.name, where)
    with pytest.raises(ValidationError) as caught:
        SAVE[field.kind](data)
    assert list(caught.value.errors) == [field.name]
    assert "NUL" in caught.value.errors[field.name]
    assert snapshot() == before


# Serial normalization

SERIAL = st.text(string.ascii_letters + string.digits + "-_./ ", min_size=1, max_size=90).map(str.strip)
SPACE = st.text(" \t\r\n\u00a0\u2003", max_size=5)


@EXAMPLES
@given(serial=SERIAL, before=SPACE, after=SPACE)
def test_serial_is_found_whatever_its_case_and_surrounding_space(make, serial, before, after):
    assume(serial)
    with db.atomic() as transaction:
        item_id = make.item(serial=before + serial + after)
        assert items.get_item(item_id).serial_number == serial
        assert find_serial(f" {serial.swapcase()}\n") == (item_id, serial, items_customer(item_id))
        transaction.rollback()


@EXAMPLES
@given(serial=SERIAL, after=SPACE)
def test_a_serial_differing_only_in_case_or_space_is_refused(make, serial, after):
    assume(serial)
    with db.atomic() as transaction:
        make.item(serial=serial)
        other = make.customer()
        data = ItemData(
            serial_number=serial.swapcase() + after,
            customer_id=other,
            contract_id=make.contract(other),
            site_id=make.site(other),
            product_type_id=make.product_type(),
        )
        with pytest.raises(ValidationError) as caught:
            save_item(data)
        assert list(caught.value.errors) == ["serial_number"]
        transaction.rollback()


def items_customer(item_id: int) -> str:
    return customers.get_customer(items.get_item(item_id).customer_id).name


def test_lone_surrogate_is_refused_with_a_message(database):
    from citrus_desktop.domain.customers import CustomerData, save_customer
    from citrus_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        save_customer(CustomerData(name="ACME \ud800 Ltda."))
    assert refused.value.errors == {"name": "Name contains a character that cannot be stored."}


@pytest.mark.parametrize("field", [f for f in FIELDS if f.one_line], ids=str)
@pytest.mark.parametrize("inner", ["\n", "\t", "\r", "\x07", "\x1b", "\x85"])
def test_a_key_with_a_newline_or_control_character_is_refused(make, snapshot, field, inner):
    data = BUILD[field.kind](make)
    before = snapshot()
    setattr(data, field.name, f"AB{inner}12")
    with pytest.raises(ValidationError) as caught:
        SAVE[field.kind](data)
    assert list(caught.value.errors) == [field.name]
    assert "one line" in caught.value.errors[field.name]
    assert snapshot() == before


@pytest.mark.parametrize("field", FIELDS, ids=str)
@pytest.mark.parametrize("bad", ["\ud800", "a\udfffb", "\x00"])
def test_unstorable_characters_are_refused_before_any_query(make, snapshot, field, bad, monkeypatch):
    """A lone surrogate or NUL is refused by the text checks: the duplicate-name query never sees it."""
    data = BUILD[field.kind](make)
    before = snapshot()
    setattr(data, field.name, bad)
    real = db.obj.execute_sql

    def no_text_with(sql, params=None, *args, **kwargs):
        unstorable = [p for p in params or () if isinstance(p, str) and storable(p) != p]
        assert not unstorable, sql
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(db.obj, "execute_sql", no_text_with)
    with pytest.raises(ValidationError) as caught:
        SAVE[field.kind](data)
    monkeypatch.undo()
    assert list(caught.value.errors) == [field.name]
    assert snapshot() == before
