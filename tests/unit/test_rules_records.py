"""DESIGN §1, Contract, Site and Product or Service Type rules, accept and refuse."""

from datetime import date

import pytest

from citrus_desktop.domain.contracts import ContractData, get_contract, save_contract
from citrus_desktop.domain.errors import ValidationError
from citrus_desktop.domain.product_types import ProductTypeData, get_product_type, save_product_type
from citrus_desktop.domain.sites import SiteData, get_site, save_site
from citrus_desktop.domain.text import UF_CODES


def refused(save, data, snapshot) -> dict[str, str]:
    """Save expecting a ValidationError; prove nothing was written; return its errors."""
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        save(data)
    assert snapshot() == before
    return caught.value.errors


# Contracts


def test_contract_code_is_unique_within_its_customer_ignoring_case(make, snapshot):
    customer = make.customer()
    save_contract(ContractData(customer_id=customer, code="CT-2024-001"))
    errors = refused(save_contract, ContractData(customer_id=customer, code=" ct-2024-001 "), snapshot)
    assert list(errors) == ["code"]
    assert "CT-2024-001" in errors["code"]


def test_the_same_contract_code_is_fine_for_another_customer(make):
    first, second = make.customer(), make.customer()
    save_contract(ContractData(customer_id=first, code="CT-1"))
    other = save_contract(ContractData(customer_id=second, code="ct-1"))
    assert get_contract(other).code == "ct-1"


def test_a_contract_keeps_its_own_code_on_update(make):
    contract_id = make.contract(make.customer(), code="CT-9")
    data = get_contract(contract_id)
    data.code = "ct-9"
    save_contract(data)
    assert get_contract(contract_id).code == "ct-9"


def test_contract_code_is_required_and_trimmed(make, snapshot):
    customer = make.customer()
    errors = refused(save_contract, ContractData(customer_id=customer, code="  "), snapshot)
    assert list(errors) == ["code"] and "Code" in errors["code"]
    assert get_contract(make.contract(customer, code="\tCT-7 ")).code == "CT-7"


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2024, 1, 1), date(2024, 1, 1)),
        (date(2024, 1, 1), date(2026, 6, 30)),
        (date(2024, 1, 1), None),
        (None, date(2024, 1, 1)),
        (None, None),
    ],
)
def test_contract_end_on_or_after_start_is_accepted(make, start, end):
    contract_id = make.contract(make.customer(), start_date=start, end_date=end)
    stored = get_contract(contract_id)
    assert (stored.start_date, stored.end_date) == (start, end)


def test_contract_ending_before_it_starts_is_refused(make, snapshot):
    data = ContractData(
        customer_id=make.customer(), code="CT-1", start_date=date(2024, 5, 2), end_date=date(2024, 5, 1)
    )
    errors = refused(save_contract, data, snapshot)
    assert list(errors) == ["end_date"]
    assert "end date" in errors["end_date"] and "start date" in errors["end_date"]


@pytest.mark.parametrize("customer_id", [None, 0, 9999])
def test_contract_needs_an_existing_customer(make, snapshot, customer_id):
    errors = refused(save_contract, ContractData(customer_id=customer_id, code="CT-1"), snapshot)
    assert list(errors) == ["customer_id"] and "customer" in errors["customer_id"]


def test_contract_cannot_move_to_another_customer(make, snapshot):
    contract_id = make.contract(make.customer())
    data = get_contract(contract_id)
    data.customer_id = make.customer()
    errors = refused(save_contract, data, snapshot)
    assert list(errors) == ["customer_id"]


# Sites


def test_site_name_is_unique_within_its_customer_ignoring_case(make, snapshot):
    customer = make.customer()
    save_site(SiteData(customer_id=customer, name="Matriz"))
    errors = refused(save_site, SiteData(customer_id=customer, name="MATRIZ "), snapshot)
    assert list(errors) == ["name"]
    assert "Matriz" in errors["name"]


def test_the_same_site_name_is_fine_for_another_customer(make):
    make.site(make.customer(), name="Matriz")
    assert get_site(make.site(make.customer(), name="matriz")).name == "matriz"


@pytest.mark.parametrize("name", ["", " \n "])
def test_site_name_is_required(make, snapshot, name):
    errors = refused(save_site, SiteData(customer_id=make.customer(), name=name), snapshot)
    assert list(errors) == ["name"] and "Name" in errors["name"]


@pytest.mark.parametrize("state", UF_CODES)
def test_every_brazilian_state_is_accepted(make, state):
    assert get_site(make.site(make.customer(), state=state)).state == state


@pytest.mark.parametrize(("state", "stored"), [("sp", "SP"), (" rj ", "RJ"), ("", "")])
def test_state_is_stored_in_capitals_or_empty(make, state, stored):
    assert get_site(make.site(make.customer(), state=state)).state == stored


@pytest.mark.parametrize("state", ["XX", "S", "SPX", "São Paulo", "1A"])
def test_a_state_that_is_not_a_uf_is_refused(make, snapshot, state):
    errors = refused(save_site, SiteData(customer_id=make.customer(), name="Matriz", state=state), snapshot)
    assert list(errors) == ["state"]
    assert "State" in errors["state"]


def test_site_cannot_move_to_another_customer(make, snapshot):
    data = get_site(make.site(make.customer()))
    data.customer_id = make.customer()
    assert list(refused(save_site, data, snapshot)) == ["customer_id"]


# Product or service types


def test_type_name_is_unique_ignoring_case(make, snapshot):
    save_product_type(ProductTypeData(name="Impressora Térmica"))
    errors = refused(save_product_type, ProductTypeData(name=" impressora térmica "), snapshot)
    assert list(errors) == ["name"]
    assert "Impressora Térmica" in errors["name"]


def test_a_type_keeps_its_own_name_on_update(make):
    type_id = make.product_type("Roteador")
    data = get_product_type(type_id)
    data.name = "ROTEADOR"
    save_product_type(data)
    assert get_product_type(type_id).name == "ROTEADOR"


@pytest.mark.parametrize("kind", ["product", "service"])
def test_type_kind_product_or_service_is_accepted(make, kind):
    assert get_product_type(make.product_type(kind=kind)).kind == kind


def test_type_kind_defaults_to_product(make):
    assert get_product_type(save_product_type(ProductTypeData(name="Nobreak"))).kind == "product"


@pytest.mark.parametrize("kind", ["", "goods", "Product", "SERVICE"])
def test_any_other_type_kind_is_refused(make, snapshot, kind):
    errors = refused(save_product_type, ProductTypeData(name="Nobreak", kind=kind), snapshot)
    assert list(errors) == ["kind"]
    assert "Kind" in errors["kind"]


@pytest.mark.parametrize("name", ["", "  ", "n" * 201])
def test_type_name_is_required_up_to_200(make, snapshot, name):
    errors = refused(save_product_type, ProductTypeData(name=name), snapshot)
    assert list(errors) == ["name"] and "Name" in errors["name"]


# The domain compares the Python-folded keys, so case is ignored in every alphabet (SQLite's
# lower() alone folds only ASCII letters).


@pytest.mark.parametrize("record", ["contract", "site", "product_type"])
def test_names_differing_only_in_case_of_accented_letters_clash(make, record):
    customer = make.customer()
    save = {
        "contract": lambda name: make.contract(customer, code=name),
        "site": lambda name: make.site(customer, name=name),
        "product_type": lambda name: make.product_type(name),
    }[record]
    save("área técnica")
    with pytest.raises(ValidationError):
        save("ÁREA TÉCNICA")
