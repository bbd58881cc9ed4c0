"""The app's lists, each a ListPage wired to its source and its edit dialog or window."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QToolButton, QWidget

from citrus_desktop.domain.list_sources import (
    ContractSource,
    CustomerSource,
    InventorySource,
    ProductTypeSource,
    SiteSource,
)
from citrus_desktop.ui.lists.list_page import ListPage
from citrus_desktop.ui.records.contract_dialog import ContractDialog
from citrus_desktop.ui.records.item_dialog import ItemDialog
from citrus_desktop.ui.records.product_type_dialog import ProductTypeDialog
from citrus_desktop.ui.records.site_dialog import SiteDialog


class DialogListPage(ListPage):
    """A ListPage that edits its records in a dialog, kept in ``self.dialog`` while open."""

    dialog: QDialog | None = None

    def make_dialog(self, record_id: int | None) -> QDialog:
        raise NotImplementedError

    def new_record(self) -> None:
        self.show_dialog(self.make_dialog(None))

    def open_record(self, record_id: int) -> None:
        self.show_dialog(self.make_dialog(record_id))

    def show_dialog(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        # The save was announced on the change bus, so the list is fresh: just show the record.
        dialog.saved.connect(self.select_id)
        dialog.open()


def import_button(page: ListPage, list_name: str) -> QToolButton:
    """The Import button of a list (``PImport``): opens the import wizard over the page."""
    from citrus_desktop.ui.transfer.import_action import ListImport

    page.importer = ListImport(list_name, page)
    button = page.tool_button(
        "Import",
        QCoreApplication.translate("ListImport", "Import"),
        "import",
        None,
        QCoreApplication.translate("ListImport", "Add or update records from a CSV, Excel or ODS file"),
    )
    button.clicked.connect(page.importer.open)
    return button


class InventoryList(DialogListPage):
    """Every customer's items, or one customer's (whose new items then get that customer)."""

    def __init__(self, prefix: str, name: str, customer_id: int | None = None, parent: QWidget | None = None):
        self.customer_id = customer_id
        super().__init__(prefix, name, InventorySource(customer_id), parent)
        self.watched_tables = {"inventory_item", "customer", "contract", "site", "product_type"}
        if customer_id is not None:
            self.table.hideColumn(1)  # every row is this customer's

    def title_text(self) -> str:
        return self.tr("Inventory") if self.customer_id is None else ""

    def export_name(self) -> str:
        return self.tr("Inventory")

    def extra_tools(self) -> list[QToolButton]:
        tools = super().extra_tools()
        return [*tools, import_button(self, "inventory")] if self.customer_id is None else tools

    def empty_text(self) -> str:
        return self.tr("No items yet. Click New, or scan a barcode, to add the first one.")

    def confirm_text(self, count: int) -> str:
        return self.tr("Delete %n item(s)?", "", count)

    def make_dialog(self, record_id: int | None) -> QDialog:
        return ItemDialog(record_id, locked_customer_id=self.customer_id, parent=self)


class ContractList(DialogListPage):
    def __init__(self, customer_id: int, parent: QWidget | None = None):
        self.customer_id = customer_id
        super().__init__("customerContracts", "customerContracts", ContractSource(customer_id), parent)

    def empty_text(self) -> str:
        return self.tr("No contracts yet. Click New to add the customer's first contract.")

    def export_name(self) -> str:
        return self.tr("Contracts")

    def confirm_text(self, count: int) -> str:
        return self.tr("Delete %n contract(s)?", "", count)

    def make_dialog(self, record_id: int | None) -> QDialog:
        return ContractDialog(self.customer_id, record_id, parent=self)


class SiteList(DialogListPage):
    def __init__(self, customer_id: int, parent: QWidget | None = None):
        self.customer_id = customer_id
        super().__init__("customerSites", "customerSites", SiteSource(customer_id), parent)

    def empty_text(self) -> str:
        return self.tr("No sites yet. Click New to add a location, city, unit or block.")

    def export_name(self) -> str:
        return self.tr("Sites")

    def confirm_text(self, count: int) -> str:
        return self.tr("Delete %n site(s)?", "", count)

    def make_dialog(self, record_id: int | None) -> QDialog:
        return SiteDialog(self.customer_id, record_id, parent=self)


class ProductTypeList(DialogListPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("productTypes", "productTypesPage", ProductTypeSource(), parent)

    def title_text(self) -> str:
        return self.tr("Product or Service Types")

    def empty_text(self) -> str:
        return self.tr("No product or service types yet. Click New to add one.")

    def confirm_text(self, count: int) -> str:
        return self.tr("Delete %n type(s)?", "", count)

    def make_dialog(self, record_id: int | None) -> QDialog:
        return ProductTypeDialog(record_id, parent=self)


class CustomerList(ListPage):
    """Customers; each opens in its own customer window, through ``open_window(id or None)``."""

    def __init__(self, open_window: Callable[[int | None], object], parent: QWidget | None = None):
        self._open_window = open_window
        super().__init__("customers", "customersPage", CustomerSource(), parent)
        self.watched_tables = {"customer"}

    def title_text(self) -> str:
        return self.tr("Customers")

    def extra_tools(self) -> list[QToolButton]:
        return [*super().extra_tools(), import_button(self, "customers")]

    def empty_text(self) -> str:
        return self.tr("No customers yet. Click New to add the first one.")

    def confirm_text(self, count: int) -> str:
        return self.tr("Delete %n customer(s)?", "", count)

    def new_record(self) -> None:
        self._open_window(None)

    def open_record(self, record_id: int) -> None:
        self._open_window(record_id)
