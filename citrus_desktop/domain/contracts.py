"""Contracts (Contratos) of a customer: validation and use cases."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from citrus_desktop.domain.checks import Checks, customer_of, problems_of
from citrus_desktop.domain.deleting import delete_rows, in_use_reasons
from citrus_desktop.domain.keys import KeyCheck, check_key
from citrus_desktop.domain.phrases import items_phrase
from citrus_desktop.domain.saving import load, save_checked, write_row
from citrus_desktop.i18n import translate
from citrus_desktop.store.models import Contract, Customer, InventoryItem, tuple_rows


@dataclass
class ContractData:
    customer_id: int | None = None
    code: str = ""
    description: str = ""
    start_date: date | None = None
    end_date: date | None = None
    notes: str = ""
    id: int | None = None
    version: int = 0


class ContractLookups:
    """What contract validation asks about other records: the database by default; an import
    answers from what it has read and what it is about to create."""

    def customer_exists(self, customer_id: int) -> bool:
        return Customer.select().where(Customer.id == customer_id).exists()

    def contract_code_check(self, customer_id: int, code: str, exclude_id: int | None) -> KeyCheck:
        """The code's key and the customer's other contract that already has it, if any."""
        return check_key(Contract, Contract.code_key, code, exclude_id, (Contract.customer, customer_id))

    def contract_customer(self, contract_id: int) -> int | None:
        """The customer of the contract, None when there is no such contract."""
        return customer_of(Contract, contract_id)


def check_contract(data: ContractData, lookups: ContractLookups | None = None) -> dict[str, Any]:
    """The values to store for ``data``; raises ValidationError naming every broken rule."""
    lookups = lookups or ContractLookups()
    checks = Checks()
    code = checks.text(
        "code", data.code, translate("Fields", "Code"), required=True, longest=100, one_line=True
    )
    description = checks.text(
        "description", data.description, translate("Fields", "Description"), strip=False
    )
    notes = checks.text("notes", data.notes, translate("Fields", "Notes"), strip=False)
    exists = bool(data.customer_id) and lookups.customer_exists(data.customer_id or 0)
    checks.reference("customer_id", data.customer_id, translate("Fields", "customer"), exists)
    key = ""
    if code and checks.ok("code") and exists and data.customer_id is not None:
        found = lookups.contract_code_check(data.customer_id, code, data.id)
        key = found.key
        if found.twin is not None:
            checks.fail(
                "code",
                translate("Validation", "This customer already has a contract “%1”.").replace(
                    "%1", found.twin.code
                ),
            )
    if data.start_date and data.end_date and data.end_date < data.start_date:
        checks.fail("end_date", translate("Validation", "The end date cannot be before the start date."))
    if data.id is not None and exists:
        stored = lookups.contract_customer(data.id)
        if stored is not None and stored != data.customer_id:
            checks.fail("customer_id", translate("Validation", "A contract cannot move to another customer."))
    checks.done()
    return {
        "customer": data.customer_id,
        "code": code,
        "code_key": key,
        "description": description,
        "start_date": data.start_date,
        "end_date": data.end_date,
        "notes": notes,
    }


def validate_contract(data: ContractData) -> dict[str, str]:
    """The problems ``data`` has (field → message), without writing anything."""
    return problems_of(lambda: check_contract(data))


def save_contract(data: ContractData) -> int:
    """Create (no id) or update the contract; returns its id."""
    return save_checked(
        lambda: check_contract(data), lambda values: write_row(Contract, data.id, data.version, values)
    )


def get_contract(contract_id: int) -> ContractData:
    return load(Contract, ContractData, contract_id, translate("Saving", "This contract no longer exists."))


def delete_contracts(ids: list[int]) -> int:
    """Delete contracts no item refers to; if any is referenced, none is deleted."""
    return delete_rows(
        Contract,
        ids,
        lambda wanted: in_use_reasons(
            Contract,
            wanted,
            translate("Delete", "Contract “%1” is still used by %2."),
            [(InventoryItem.contract, items_phrase)],
            label=lambda contract: contract.code,
        ),
    )


def contract_choices(customer_id: int) -> list[tuple[int, str, str]]:
    """(id, code, description) of the customer's contracts, by code."""
    query = (
        Contract.select(Contract.id, Contract.code, Contract.description)
        .where(Contract.customer == customer_id)
        .order_by(Contract.code_key)
    )
    return tuple_rows(query)


def contract_item_count(contract_id: int) -> int:
    """How many items the contract covers (from its summary row, kept by the database)."""
    from citrus_desktop.store.item_counts import ContractItemCount

    found = ContractItemCount.get_or_none(ContractItemCount.contract_id == contract_id)
    return int(found.items) if found else 0
