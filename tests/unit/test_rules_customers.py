"""DESIGN §1, Customer: name 1–200 after trimming; tax id optional, digits, valid CPF/CNPJ, unique."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citrus_desktop.domain.customers import CustomerData, get_customer, save_customer
from citrus_desktop.domain.errors import ValidationError
from citrus_desktop.store.models import db

CPF = "529.982.247-25"
CNPJ = "11.222.333/0001-81"


def check_digit(numbers: list[int], wrap: bool) -> int:
    """Brazilian mod-11 check digit: weights 2, 3, 4… from the right (CNPJ wraps after 9)."""
    weights = [2 + (i % 8 if wrap else i) for i in range(len(numbers))]
    remainder = sum(n * w for n, w in zip(reversed(numbers), weights, strict=True)) % 11
    return 0 if remainder < 2 else 11 - remainder


def make_cpf(base9: str) -> str:
    numbers = [int(c) for c in base9]
    numbers.append(check_digit(numbers, wrap=False))
    numbers.append(check_digit(numbers, wrap=False))
    return "".join(map(str, numbers))


def make_cnpj(base12: str) -> str:
    numbers = [int(c) for c in base12]
    numbers.append(check_digit(numbers, wrap=True))
    numbers.append(check_digit(numbers, wrap=True))
    return "".join(map(str, numbers))


def test_the_test_helpers_agree_with_published_examples():
    assert make_cpf("529982247") == "52998224725"
    assert make_cpf("111444777") == "11144477735"
    assert make_cnpj("112223330001") == "11222333000181"
    assert make_cnpj("459974180001") == "45997418000153"


def refused(data: CustomerData, snapshot) -> dict[str, str]:
    """Save ``data`` expecting a ValidationError; prove nothing was written; return its errors."""
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        save_customer(data)
    assert snapshot() == before
    assert str(caught.value)  # the exception's text is the messages, for logs
    return caught.value.errors


@pytest.mark.parametrize(
    ("name", "stored"),
    [
        ("A", "A"),
        ("  Açaí Comércio Ltda \n", "Açaí Comércio Ltda"),
        ("x" * 200, "x" * 200),
        ("  " + "y" * 200 + "\t", "y" * 200),
    ],
)
def test_name_is_stored_trimmed(database, name, stored):
    customer = get_customer(save_customer(CustomerData(name=name)))
    assert customer.name == stored


@pytest.mark.parametrize("name", ["", "   ", "\t\n", "\u3000"])
def test_name_is_required(database, snapshot, name):
    errors = refused(CustomerData(name=name, tax_id=CPF), snapshot)
    assert list(errors) == ["name"]
    assert "Name" in errors["name"] and "required" in errors["name"]


def test_name_longer_than_200_is_refused(database, snapshot):
    errors = refused(CustomerData(name="z" * 201), snapshot)
    assert list(errors) == ["name"]
    assert "Name" in errors["name"] and "200" in errors["name"]


@pytest.mark.parametrize(("raw", "stored"), [(CPF, "52998224725"), (CNPJ, "11222333000181")])
def test_tax_id_is_stored_as_digits(database, raw, stored):
    customer = get_customer(save_customer(CustomerData(name="Acme", tax_id=f" {raw} ")))
    assert customer.tax_id == stored


def test_tax_id_is_optional(database):
    first = save_customer(CustomerData(name="No tax id"))
    second = save_customer(CustomerData(name="No tax id either", tax_id="   "))
    assert get_customer(first).tax_id == get_customer(second).tax_id == ""
    stored = db.obj.execute_sql("SELECT tax_id FROM customer ORDER BY id").fetchall()
    assert stored == [(None,), (None,)]  # NULL, so that "unique when present" allows many


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(base=st.text("0123456789", min_size=9, max_size=9), company=st.booleans())
def test_any_tax_id_with_right_check_digits_is_accepted(database, base, company):
    number = make_cnpj(base + "000") if company else make_cpf(base)
    if len(set(number)) == 1:  # 000.000.000-00 and the like pass the arithmetic but are invalid
        return
    with db.atomic() as transaction:
        assert get_customer(save_customer(CustomerData(name="X", tax_id=number))).tax_id == number
        transaction.rollback()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    base=st.text("0123456789", min_size=9, max_size=9),
    company=st.booleans(),
    position=st.integers(-2, -1),
    shift=st.integers(1, 9),
)
def test_a_wrong_check_digit_is_refused(database, base, company, position, shift):
    number = list(make_cnpj(base + "000") if company else make_cpf(base))
    number[position] = str((int(number[position]) + shift) % 10)
    with pytest.raises(ValidationError) as caught:
        save_customer(CustomerData(name="X", tax_id="".join(number)))
    assert list(caught.value.errors) == ["tax_id"]
    assert ("CNPJ" if company else "CPF") in caught.value.errors["tax_id"]
    assert db.obj.execute_sql("SELECT count(*) FROM customer").fetchone() == (0,)


@pytest.mark.parametrize(
    ("tax_id", "words"),
    [
        ("529.982.247-24", ["CPF", "check digits"]),
        ("11.222.333/0001-82", ["CNPJ", "check digits"]),
        ("111.111.111-11", ["CPF", "not valid"]),
        ("00.000.000/0000-00", ["CNPJ", "not valid"]),
        ("5299822472", ["11", "14"]),
        ("123456789012", ["11", "14"]),
        ("1122233300018100", ["11", "14"]),
        ("abc", ["digits"]),
        ("-./", ["digits"]),
    ],
)
def test_bad_tax_id_is_refused(database, snapshot, tax_id, words):
    errors = refused(CustomerData(name="Acme", tax_id=tax_id), snapshot)
    assert list(errors) == ["tax_id"]
    for word in words:
        assert word in errors["tax_id"]


def test_tax_id_is_unique_whatever_its_punctuation(database, snapshot):
    save_customer(CustomerData(name="Primeira Ltda", tax_id=CNPJ))
    errors = refused(CustomerData(name="Segunda Ltda", tax_id="11222333000181"), snapshot)
    assert list(errors) == ["tax_id"]
    assert "Primeira Ltda" in errors["tax_id"]


def test_a_customer_keeps_its_own_tax_id_on_update(database, snapshot):
    customer_id = save_customer(CustomerData(name="Acme", tax_id=CPF))
    data = get_customer(customer_id)
    data.phone = "(11) 5555-0000"
    save_customer(data)
    assert get_customer(customer_id).phone == "(11) 5555-0000"


def test_an_update_breaking_a_rule_changes_nothing(database, snapshot):
    customer_id = save_customer(CustomerData(name="Acme", tax_id=CPF))
    data = get_customer(customer_id)
    data.name, data.tax_id, data.notes = "", "123", "new notes"
    errors = refused(data, snapshot)
    assert set(errors) == {"name", "tax_id"}


@pytest.mark.parametrize("email", ["plain", "@example.com", "name@", "a b@example.com"])
def test_bad_email_is_refused(database, snapshot, email):
    errors = refused(CustomerData(name="Acme", email=email), snapshot)
    assert list(errors) == ["email"]
    assert "E-mail" in errors["email"]


def test_every_broken_rule_is_reported_at_once(database, snapshot):
    errors = refused(CustomerData(name=" ", tax_id="12", email="x", phone="9" * 41), snapshot)
    assert set(errors) == {"name", "tax_id", "email", "phone"}
