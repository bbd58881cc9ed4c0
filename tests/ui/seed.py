"""A small known data set for UI tests, written through the domain."""

from dataclasses import dataclass

from citrus_desktop.domain.contracts import ContractData, save_contract
from citrus_desktop.domain.customers import CustomerData, save_customer
from citrus_desktop.domain.items import ItemData, save_item
from citrus_desktop.domain.product_types import ProductTypeData, save_product_type
from citrus_desktop.domain.sites import SiteData, save_site
from citrus_desktop.store.database import close_database, open_database


@dataclass
class Seed:
    acme: int
    beta: int
    empty: int
    acme_contract: int
    acme_contract2: int
    beta_contract: int
    acme_site: int
    beta_site: int
    printer: int
    licence: int


def seed_database(path: str) -> Seed:
    """Customers ACME (2 contracts, 1 site, 3 items), Beta (1 contract, 1 site, 1 item), Empty (nothing)."""
    open_database(path)
    try:
        acme = save_customer(CustomerData(name="ACME Indústria Ltda.", tax_id="11.222.333/0001-81"))
        beta = save_customer(CustomerData(name="Beta Comércio S.A."))
        empty = save_customer(CustomerData(name="Empty Clínica"))
        acme_contract = save_contract(ContractData(customer_id=acme, code="CT-ACME-1", description="Locação"))
        acme_contract2 = save_contract(
            ContractData(customer_id=acme, code="CT-ACME-2", description="Suporte")
        )
        beta_contract = save_contract(
            ContractData(customer_id=beta, code="CT-BETA-1", description="Licenças")
        )
        acme_site = save_site(SiteData(customer_id=acme, name="Matriz", city="São Paulo", state="SP"))
        beta_site = save_site(SiteData(customer_id=beta, name="Filial Norte", city="Belém", state="PA"))
        printer = save_product_type(ProductTypeData(name="Impressora térmica"))
        licence = save_product_type(ProductTypeData(name="Licença Microsoft 365", kind="service"))
        for serial, description in (
            ("SN-0001", "Zebra ZD220"),
            ("SN-0002", "Elgin i9"),
            ("SN-0003", "Bematech"),
        ):
            save_item(
                ItemData(
                    serial_number=serial,
                    customer_id=acme,
                    contract_id=acme_contract,
                    site_id=acme_site,
                    product_type_id=printer,
                    description=description,
                )
            )
        save_item(
            ItemData(
                serial_number="LIC-9",
                customer_id=beta,
                contract_id=beta_contract,
                site_id=beta_site,
                product_type_id=licence,
                description="Business Standard",
            )
        )
        return Seed(
            acme,
            beta,
            empty,
            acme_contract,
            acme_contract2,
            beta_contract,
            acme_site,
            beta_site,
            printer,
            licence,
        )
    finally:
        close_database()
