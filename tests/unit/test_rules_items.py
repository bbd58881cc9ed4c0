"""DESIGN §1, Inventory item: serial required, trimmed, unique everywhere ignoring case; contract
and site of the item's customer; type required."""

import pytest

from citrus_desktop.domain.errors import ValidationError
from citrus_desktop.domain.items import (
    ItemData,
    find_serial,
    get_item,
    normalize_serial,
    save_item,
    validate_item,
)


@pytest.fixture
def acme(make) -> ItemData:
    """A complete, valid, unsaved item of a customer named Acme."""
    customer = make.customer("Acme")
    return ItemData(
        serial_number="SN-1",
        customer_id=customer,
        contract_id=make.contract(customer),
        site_id=make.site(customer),
        product_type_id=make.product_type(),
    )


def refused(data: ItemData, snapshot) -> dict[str, str]:
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        save_item(data)
    assert snapshot() == before
    assert validate_item(data) == caught.value.errors
    return caught.value.errors


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("7891234567895", "7891234567895"),
        ("  SN-2024-0001  ", "SN-2024-0001"),
        ("7891234567895\n", "7891234567895"),  # a USB scanner types the code and presses Enter
        ("7891234567895\r\n", "7891234567895"),
        ("\tAB 12 cd\t", "AB 12 cd"),  # inner spaces and case are kept as entered
    ],
)
def test_serial_is_stored_trimmed_as_entered(acme, typed, stored):
    assert normalize_serial(typed) == stored
    acme.serial_number = typed
    assert get_item(save_item(acme)).serial_number == stored


@pytest.mark.parametrize("serial", ["", "   ", "\n", "\r\n"])
def test_serial_is_required(acme, snapshot, serial):
    acme.serial_number = serial
    errors = refused(acme, snapshot)
    assert list(errors) == ["serial_number"]
    assert "Serial number" in errors["serial_number"] and "required" in errors["serial_number"]


def test_serial_up_to_100_characters(acme, snapshot):
    acme.serial_number = "9" * 100
    save_item(acme)
    acme.serial_number = "8" * 101
    errors = refused(acme, snapshot)
    assert list(errors) == ["serial_number"] and "100" in errors["serial_number"]


@pytest.mark.parametrize("again", ["SN-ABC-1", "sn-abc-1", "  Sn-AbC-1 ", "SN-ABC-1\n"])
def test_serial_is_unique_across_all_customers_ignoring_case(make, snapshot, again):
    make.item(make.customer("Primeira Ltda"), serial="SN-ABC-1")
    other = make.customer("Segunda Ltda")
    data = ItemData(
        serial_number=again,
        customer_id=other,
        contract_id=make.contract(other),
        site_id=make.site(other),
        product_type_id=make.product_type(),
    )
    errors = refused(data, snapshot)
    assert list(errors) == ["serial_number"]
    assert "SN-ABC-1" in errors["serial_number"] and "Primeira Ltda" in errors["serial_number"]


def test_find_serial_ignores_case_and_surrounding_spaces(make):
    item_id = make.item(make.customer("Acme"), serial="Zz-9")
    assert find_serial(" zZ-9\n") == (item_id, "Zz-9", "Acme")
    assert find_serial("zz-9", exclude_id=item_id) is None
    assert find_serial("zz-") is None
    assert find_serial("   ") is None


def test_an_item_keeps_its_own_serial_on_update(make):
    item_id = make.item(serial="ab-1")
    data = get_item(item_id)
    data.serial_number, data.description = "AB-1", "renamed"
    save_item(data)
    assert (get_item(item_id).serial_number, get_item(item_id).description) == ("AB-1", "renamed")


def test_contract_of_another_customer_is_refused(make, acme, snapshot):
    acme.contract_id = make.contract(make.customer("Other"))
    errors = refused(acme, snapshot)
    assert list(errors) == ["contract_id"]
    assert "contract" in errors["contract_id"] and "another customer" in errors["contract_id"]


def test_site_of_another_customer_is_refused(make, acme, snapshot):
    acme.site_id = make.site(make.customer("Other"))
    errors = refused(acme, snapshot)
    assert list(errors) == ["site_id"]
    assert "site" in errors["site_id"] and "another customer" in errors["site_id"]


def test_moving_an_item_to_another_customer_needs_that_customers_contract_and_site(make, snapshot):
    item_id = make.item(make.customer("Acme"))
    data = get_item(item_id)
    other = make.customer("Other")
    data.customer_id = other
    assert set(refused(data, snapshot)) == {"contract_id", "site_id"}
    data.contract_id, data.site_id = make.contract(other), make.site(other)
    save_item(data)
    assert get_item(item_id).customer_id == other


@pytest.mark.parametrize(
    ("field", "word"),
    [
        ("customer_id", "customer"),
        ("contract_id", "contract"),
        ("site_id", "site"),
        ("product_type_id", "type"),
    ],
)
@pytest.mark.parametrize("value", [None, 0, 99_999])
def test_every_reference_is_required_and_must_exist(acme, snapshot, field, word, value):
    setattr(acme, field, value)
    errors = refused(acme, snapshot)
    assert field in errors and word in errors[field]
    # A missing customer cannot make the contract or site "of another customer".
    assert set(errors) == {field}


def test_the_same_equipment_at_two_sites_is_two_items(make):
    customer = make.customer()
    contract, kind = make.contract(customer), make.product_type()
    for number, site in enumerate((make.site(customer), make.site(customer))):
        save_item(
            ItemData(
                serial_number=f"PRN-{number}",
                customer_id=customer,
                contract_id=contract,
                site_id=site,
                product_type_id=kind,
            )
        )
    assert find_serial("prn-0") and find_serial("prn-1")


def test_every_problem_is_reported_at_once(make, snapshot):
    make.item(serial="DUP")
    customer, other = make.customer(), make.customer()
    data = ItemData(
        serial_number="dup",
        customer_id=customer,
        contract_id=make.contract(other),
        site_id=make.site(other),
        product_type_id=None,
    )
    assert set(refused(data, snapshot)) == {"serial_number", "contract_id", "site_id", "product_type_id"}


def test_serials_differing_only_in_case_of_accented_letters_clash(make):
    make.item(serial="ÇÃO-1")
    with pytest.raises(ValidationError):
        make.item(serial="ção-1")
