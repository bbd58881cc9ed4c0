"""Customers (Clientes): validation and use cases."""

from dataclasses import dataclass
from typing import Any

from citrus_desktop.domain.checks import Checks, problems_of
from citrus_desktop.domain.deleting import delete_rows, in_use_reasons
from citrus_desktop.domain.phrases import contracts_phrase, items_phrase, sites_phrase
from citrus_desktop.domain.saving import load, save_checked, write_row
from citrus_desktop.domain.search import contains
from citrus_desktop.domain.tax_ids import TaxIdProblem, canonical, problem
from citrus_desktop.domain.text import fold
from citrus_desktop.i18n import translate
from citrus_desktop.store.models import Contract, Customer, InventoryItem, Site, db


@dataclass
class CustomerData:
    name: str = ""
    tax_id: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    active: bool = True
    id: int | None = None
    version: int = 0


def _tax_id_message(found: TaxIdProblem) -> str:
    return {
        TaxIdProblem.BAD_CHARACTERS: translate(
            "Validation", "CPF/CNPJ may hold only digits and letters (dots, slash and hyphen are fine)."
        ),
        TaxIdProblem.BAD_LENGTH: translate(
            "Validation", "CPF/CNPJ must have 11 digits (CPF) or 14 digits and capital letters (CNPJ)."
        ),
        TaxIdProblem.CPF_LETTERS: translate(
            "Validation", "CPF/CNPJ: a CPF holds digits only, and 11 characters are too few for a CNPJ."
        ),
        TaxIdProblem.CPF_CHECK_DIGITS: translate(
            "Validation", "This CPF is not valid (check digits do not match)."
        ),
        TaxIdProblem.CNPJ_CHECK_DIGITS: translate(
            "Validation", "This CNPJ is not valid (check digits do not match)."
        ),
    }[found]


class CustomerLookups:
    """What customer validation asks about other customers: the database by default; an import
    answers from what it has read and what it is about to create."""

    def tax_id_user(self, tax_id: str, exclude_id: int | None) -> str | None:
        """The name of another customer with this CPF/CNPJ (as stored), if any."""
        other = Customer.get_or_none((Customer.tax_id == tax_id) & (Customer.id != (exclude_id or 0)))
        return other.name if other is not None else None


def check_customer(data: CustomerData, lookups: CustomerLookups | None = None) -> dict[str, Any]:
    """The values to store for ``data``; raises ValidationError naming every broken rule."""
    lookups = lookups or CustomerLookups()
    checks = Checks()
    name = checks.text("name", data.name, translate("Fields", "Name"), required=True, longest=200)
    raw_tax_id = checks.text("tax_id", data.tax_id, translate("Fields", "CPF/CNPJ"), longest=40)
    email = checks.text("email", data.email, translate("Fields", "E-mail"), longest=254)
    phone = checks.text("phone", data.phone, translate("Fields", "Phone"), longest=40)
    notes = checks.text("notes", data.notes, translate("Fields", "Notes"), strip=False)
    tax_id = canonical(raw_tax_id) if checks.ok("tax_id") else ""
    found = problem(tax_id) if tax_id else None
    if raw_tax_id and checks.ok("tax_id") and not tax_id:
        checks.fail("tax_id", _tax_id_message(TaxIdProblem.BAD_LENGTH))
    elif found is not None:
        checks.fail("tax_id", _tax_id_message(found))
    elif tax_id:
        other = lookups.tax_id_user(tax_id, data.id)
        if other is not None:
            checks.fail(
                "tax_id",
                translate("Validation", "This CPF/CNPJ already belongs to customer “%1”.").replace(
                    "%1", other
                ),
            )
    if (
        email
        and checks.ok("email")
        and ("@" not in email or email.startswith("@") or email.endswith("@") or " " in email)
    ):
        checks.fail("email", translate("Validation", "E-mail must look like name@example.com."))
    checks.done()
    return {
        "name": name,
        "name_key": fold(name),
        "tax_id": tax_id or None,
        "email": email,
        "phone": phone,
        "notes": notes,
        "active": bool(data.active),
    }


def validate_customer(data: CustomerData) -> dict[str, str]:
    """The problems ``data`` has (field → message), without writing anything."""
    return problems_of(lambda: check_customer(data))


def save_customer(data: CustomerData) -> int:
    """Create (no id) or update the customer; returns its id."""
    return save_checked(
        lambda: check_customer(data), lambda values: write_row(Customer, data.id, data.version, values)
    )


def get_customer(customer_id: int) -> CustomerData:
    data = load(Customer, CustomerData, customer_id, translate("Saving", "This customer no longer exists."))
    data.tax_id = data.tax_id or ""
    data.active = bool(data.active)
    return data


def _blockers(ids: list[int]) -> list[str]:
    return in_use_reasons(
        Customer,
        ids,
        translate("Delete", "Customer “%1” still has %2."),
        [
            (InventoryItem.customer, items_phrase),
            (Contract.customer, contracts_phrase),
            (Site.customer, sites_phrase),
        ],
        label=lambda customer: customer.name,
    )


def delete_customers(ids: list[int]) -> int:
    """Delete customers that nothing references; if any is referenced, none is deleted."""
    return delete_rows(Customer, ids, _blockers)


def customer_choices(keyword: str = "", limit: int | None = None) -> list[tuple[int, str]]:
    """(id, name) of the active customers whose name contains ``keyword`` (case and accents
    ignored), by name, at most ``limit``: a customer picker's list (instant at 20,000)."""
    folded = fold(keyword)
    query = Customer.select(Customer.id, Customer.name).where(Customer.active)
    if folded:
        query = query.where(contains(Customer.name_key, folded))
    query = query.order_by(Customer.name_key, Customer.id)
    # Straight from the cursor: peewee's row wrapping doubles the time for 20,000 names.
    return [tuple(row) for row in db.obj.execute(query.limit(limit) if limit else query).fetchall()]
