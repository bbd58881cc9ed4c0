"""The app's lists, each a ListPage wired to its source and its edit dialog."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from citrus_desktop.domain.listing import ContractSource, InventorySource, ProductTypeSource, SiteSource
from citrus_desktop.ui.item_dialog import ItemDialog
from citrus_desktop.ui.list_page import ListPage
from citrus_desktop.ui.record_dialogs import ContractDialog, ProductTypeDialog, SiteDialog


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Lists", text, None, n)


class EditingListPage(ListPage):
    """A ListPage that opens its records in a dialog, kept in ``self.dialog`` while open."""

    dialog: QDialog | None = None

    def show_dialog(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.saved.connect(self._select_saved)
        dialog.open()

    def _select_saved(self, record_id: int) -> None:
        # The save was announced, so the list is fresh already; show the record if loaded.
        self.select_id(record_id)


def inventory_list(
    prefix: str, name: str, customer_id: int | None = None, parent: QWidget | None = None
) -> EditingListPage:
    """Every customer's items, or one customer's (whose new items then get that customer)."""
    page: EditingListPage

    def new() -> None:
        page.show_dialog(ItemDialog(locked_customer_id=customer_id, parent=page))

    def open_item(item_id: int) -> None:
        page.show_dialog(ItemDialog(item_id, locked_customer_id=customer_id, parent=page))

    page = EditingListPage(
        prefix,
        name,
        InventorySource(customer_id),
        _tr("Inventory") if customer_id is None else "",
        new,
        open_item,
        lambda n: _tr("Delete %n item(s)?", n),
        _tr("No items yet. Click New, or scan a barcode, to add the first one."),
        parent,
    )
    page.watched_tables = {"inventory_item", "customer", "contract", "site", "product_type"}
    return page


def contract_list(customer_id: int, parent: QWidget | None = None) -> EditingListPage:
    page: EditingListPage
    page = EditingListPage(
        "customerContracts",
        "customerContracts",
        ContractSource(customer_id),
        "",
        lambda: page.show_dialog(ContractDialog(customer_id, parent=page)),
        lambda contract_id: page.show_dialog(ContractDialog(customer_id, contract_id, parent=page)),
        lambda n: _tr("Delete %n contract(s)?", n),
        _tr("No contracts yet. Click New to add the customer's first contract."),
        parent,
    )
    page.watched_tables = {"contract"}
    return page


def site_list(customer_id: int, parent: QWidget | None = None) -> EditingListPage:
    page: EditingListPage
    page = EditingListPage(
        "customerSites",
        "customerSites",
        SiteSource(customer_id),
        "",
        lambda: page.show_dialog(SiteDialog(customer_id, parent=page)),
        lambda site_id: page.show_dialog(SiteDialog(customer_id, site_id, parent=page)),
        lambda n: _tr("Delete %n site(s)?", n),
        _tr("No sites yet. Click New to add a location, city, unit or block."),
        parent,
    )
    page.watched_tables = {"site"}
    return page


def product_type_list(parent: QWidget | None = None) -> EditingListPage:
    page: EditingListPage
    page = EditingListPage(
        "productTypes",
        "productTypesPage",
        ProductTypeSource(),
        _tr("Product or Service Types"),
        lambda: page.show_dialog(ProductTypeDialog(parent=page)),
        lambda type_id: page.show_dialog(ProductTypeDialog(type_id, parent=page)),
        lambda n: _tr("Delete %n type(s)?", n),
        _tr("No product or service types yet. Click New to add one."),
        parent,
    )
    page.watched_tables = {"product_type"}
    return page
