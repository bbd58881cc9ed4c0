"""CPF and CNPJ, numeric and alphanumeric, against what no one here wrote: python-stdnum's and
validate-docbr's numbers, an independent implementation of the Receita Federal's published
algorithm for the alphanumeric CNPJ, and its published example. Letters are never dropped."""

import random
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum.br import cnpj as stdnum_cnpj
from stdnum.br import cpf as stdnum_cpf
from validate_docbr import CNPJ, CPF

from citrus_desktop.domain.customers import CustomerData, get_customer, save_customer
from citrus_desktop.domain.errors import ValidationError
from citrus_desktop.domain.tax_ids import canonical, format_tax_id, is_valid_cnpj, is_valid_cpf

RECEITA_EXAMPLE = "12.ABC.345/01DE-35"
"""The example of the Receita's technical note on the alphanumeric CNPJ."""


def receita_check_digits(base: str) -> str:
    """The Receita's algorithm as published, written apart from the app's: each character's ASCII
    code minus 48, weights 2 to 9 from the right restarting at 2, remainder of 11 (0 or 1 give 0)."""
    digits = ""
    for _round in range(2):
        text = base + digits
        total = 0
        weight = 2
        for char in reversed(text):
            total += (ord(char) - 48) * weight
            weight = 2 if weight == 9 else weight + 1
        remainder = total % 11
        digits += "0" if remainder in (0, 1) else str(11 - remainder)
    return digits


def random_alphanumeric_cnpjs(count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    alphabet = string.digits + string.ascii_uppercase
    found = []
    while len(found) < count:
        base = "".join(rng.choice(alphabet) for _ in range(12))
        if len(set(base)) > 1:
            found.append(base + receita_check_digits(base))
    return found


def test_the_receitas_example_is_valid():
    assert canonical(RECEITA_EXAMPLE) == "12ABC34501DE35"
    assert is_valid_cnpj("12ABC34501DE35")
    assert receita_check_digits("12ABC34501DE") == "35"
    assert format_tax_id("12ABC34501DE35") == RECEITA_EXAMPLE


def test_alphanumeric_cnpjs_of_the_reference_algorithm_are_valid_and_agree_with_stdnum():
    for number in random_alphanumeric_cnpjs(3000):
        assert is_valid_cnpj(number), number
        assert stdnum_cnpj.is_valid(number), number


def test_validate_docbr_numbers_are_accepted():
    cnpj, cpf = CNPJ(), CPF()
    for _ in range(500):
        assert is_valid_cnpj(canonical(cnpj.generate(mask=True, digits_only=False)))
        assert is_valid_cnpj(canonical(cnpj.generate(mask=True)))
        assert is_valid_cpf(canonical(cpf.generate(mask=True)))


@settings(max_examples=2000, deadline=None)
@given(number=st.text(string.digits + string.ascii_uppercase, min_size=14, max_size=14))
def test_any_14_characters_are_judged_as_stdnum_and_the_reference_do(number):
    reference = number[12:] == receita_check_digits(number[:12]) and len(set(number)) > 1
    assert is_valid_cnpj(number) == reference
    if len(set(number)) > 1:
        assert is_valid_cnpj(number) == stdnum_cnpj.is_valid(number)


@settings(max_examples=2000, deadline=None)
@given(number=st.text(string.digits, min_size=11, max_size=11))
def test_any_11_digits_are_judged_as_stdnum_and_validate_docbr_do(number):
    if len(set(number)) > 1:
        assert is_valid_cpf(number) == stdnum_cpf.is_valid(number) == CPF().validate(number)


def one_changed(number: str, rng: random.Random) -> str:
    position = rng.randrange(len(number))
    pool = string.digits if position >= 12 or len(number) == 11 else string.digits + string.ascii_uppercase
    return number[:position] + rng.choice(pool.replace(number[position], "")) + number[position + 1 :]


def test_one_wrong_character_is_refused(database):
    rng = random.Random(3)
    random.seed(3)  # validate-docbr draws its CPFs from the random module
    valid = random_alphanumeric_cnpjs(50) + [canonical(CPF().generate()) for _ in range(50)]
    for number in valid:
        wrong = one_changed(number, rng)
        if len(wrong) == 14 and wrong[12:] == receita_check_digits(wrong[:12]):
            continue  # letters 11 apart ("K" and "V") give the same check digits: still valid
        if len(wrong) == 11 and stdnum_cpf.is_valid(wrong):
            continue  # check digits 0 stand for remainders 0 and 1: some changes keep a CPF valid
        assert not stdnum_cnpj.is_valid(wrong) and not stdnum_cpf.is_valid(wrong)
        with pytest.raises(ValidationError) as refused:
            save_customer(CustomerData(name="Gama", tax_id=wrong))
        assert list(refused.value.errors) == ["tax_id"]


def test_alphanumeric_cnpjs_are_stored_canonical_and_shown_formatted(database):
    customer = save_customer(CustomerData(name="Receita", tax_id="12.abc.345/01de-35"))
    assert get_customer(customer).tax_id == "12ABC34501DE35"
    other = CNPJ().generate(mask=True, digits_only=False)
    second = save_customer(CustomerData(name="Outra", tax_id=f" {other} "))
    assert format_tax_id(get_customer(second).tax_id) == other.upper()
    with pytest.raises(ValidationError) as refused:
        save_customer(CustomerData(name="Cópia", tax_id="12ABC34501DE35"))
    assert "already belongs" in refused.value.errors["tax_id"]


def test_the_cnpj_that_once_became_a_cpf_keeps_its_letters(database):
    """79.361.7HY/048N-00 used to lose its letters and pass as the CPF 793.617.048-00."""
    assert is_valid_cpf("79361704800")
    assert receita_check_digits("793617HY048N") == "00" and stdnum_cnpj.is_valid("793617HY048N00")
    customer = save_customer(CustomerData(name="Com letras", tax_id="79.361.7HY/048N-00"))
    assert get_customer(customer).tax_id == "793617HY048N00"
    with pytest.raises(ValidationError) as refused:  # its letters lost, it is a CPF, not this CNPJ
        save_customer(CustomerData(name="Com letras", tax_id="79.361.7HY/048N-01"))
    assert "CNPJ" in refused.value.errors["tax_id"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(string.digits + string.ascii_letters + "./- ", min_size=1, max_size=24))
def test_no_value_with_letters_is_ever_stored_without_them(database, typed):
    from citrus_desktop.store.models import db

    with db.atomic() as transaction:
        try:
            stored = get_customer(save_customer(CustomerData(name="X", tax_id=typed))).tax_id
        except ValidationError as refused:
            assert list(refused.errors) == ["tax_id"]
            stored = None
        if stored == "":  # blank: no tax id
            assert not typed.strip()
        elif stored is not None:
            assert stored == canonical(typed)
            assert (len(stored) == 11 and stored.isdigit()) or len(stored) == 14
        transaction.rollback()
