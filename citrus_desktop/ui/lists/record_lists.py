"""The app's lists, each a ListPage wired to its source and its edit dialog or window."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QToolButton, QWidget

from citrus_desktop.domain.list_sources import (
    ContractSource,
    CustomerSource,
    InventorySource,
    ProductTypeSource,
    SiteSource,
)
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.lists.list_page import ListPage
from citrus_desktop.ui.records.contract_dialog import ContractDialog
from citrus_desktop.ui.records.item_dialog import ItemDialog
from citrus_desktop.ui.records.product_type_dialog import ProductTypeDialog
from citrus_desktop.ui.records.record_dialog import RecordDialog
from citrus_desktop.ui.records.site_dialog import SiteDialog

MANY_LABELS = 2000
"""Labelling every row shown asks first above this many (a million labels is 33,334 sheets)."""


class DialogListPage(ListPage):
    """A ListPage that edits its records in a dialog, kept in ``self.dialog`` while open (or
    another of its dialogs: labels); ``stock_take`` is the stock-take window it opened."""

    dialog: QDialog | None = None
    stock_take: QWidget | None = None

    def make_dialog(self, record_id: int | None) -> RecordDialog:
        raise NotImplementedError

    def new_record(self) -> None:
        self._open(None)

    def open_record(self, record_id: int) -> None:
        self._open(record_id)

    def _open(self, record_id: int | None) -> None:
        try:
            dialog = self.make_dialog(record_id)
        except KnownProblem as error:
            # Deleted by someone a moment ago, or the database cannot be read: say so, re-read.
            self._notify(self.tr("Cannot open"), str(error), "")
            for orphan in self.findChildren(QDialog):
                if orphan is not self.dialog and not orphan.isVisible() and orphan.parent() is self:
                    orphan.deleteLater()  # the half-built dialog
            self.refresh()
            return
        self.show_dialog(dialog)

    def show_dialog(self, dialog: RecordDialog) -> None:
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
    page.guard(button, page.model.source.table)
    return button


class InventoryList(DialogListPage):
    """Every customer's items, or one customer's (whose new items then get that customer)."""

    def __init__(self, prefix: str, name: str, customer_id: int | None = None, parent: QWidget | None = None):
        self.customer_id = customer_id
        super().__init__(prefix, name, InventorySource(customer_id), parent)
        self.watched_tables = {"inventory_item", "customer", "contract", "site", "product_type"}
        if customer_id is not None:
            self.locked_columns.add(1)  # every row is this customer's
            self.table.hideColumn(1)
            self.fit_columns()
        # With Labels and Stock-take in the toolbar a narrow window still fits: the page's heading
        # wraps and its buttons keep only their icons (ListPage._fit_toolbar).

    def title_text(self) -> str:
        return self.tr("Inventory") if self.customer_id is None else ""

    def export_name(self) -> str:
        return self.tr("Inventory")

    def extra_tools(self) -> list[QToolButton]:
        labels = self.tool_button(
            "Labels",
            self.tr("Labels"),
            "labels",
            "Ctrl+P",
            self.tr("Print labels of the selected items, or of every item shown (Ctrl+P)"),
        )
        labels.clicked.connect(self.open_labels)
        tools = [*super().extra_tools(), labels]
        if self.customer_id is None:
            tools.insert(0, import_button(self, "inventory"))
            tools.append(stock_take_button(self, lambda: open_stock_take(self)))
        return tools

    def labels_ids(self) -> list[int]:
        """The selected items, or every item shown (filter and sort applied) when none is selected."""
        selected = self.selected_ids()
        if selected:
            return selected
        header = self.table.horizontalHeader()
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        return self.model.source.ordered_ids(
            self.model.keyword, max(0, header.sortIndicatorSection()), descending
        )

    def open_labels(self) -> None:
        count = self.model.rowCount()
        if self.selected_ids() or count <= MANY_LABELS:
            self._show_labels()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Labels"),
            self.tr("Make labels for all %n item(s) shown?", "", count),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName(self.prefix + "LabelsQuestion")
        box.setInformativeText(
            self.tr("To label only some, select their rows first (Ctrl+click, Shift+click).")
        )
        make = box.addButton(self.tr("Make labels"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.question = box
        box.finished.connect(lambda _r: self._show_labels() if box.clickedButton() is make else None)
        box.open()

    def _show_labels(self) -> None:
        from citrus_desktop.ui.labels.labels_dialog import LabelsDialog

        if self.dialog is not None:
            self.dialog.deleteLater()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a million ids take a moment
        try:
            dialog = self.dialog = LabelsDialog(self.labels_ids(), self)
        finally:
            QApplication.restoreOverrideCursor()
        dialog.open()

    def empty_text(self) -> str:
        return self.tr("No items yet. Click New, or scan a barcode, to add the first one.")

    def confirm_text(self, count: int) -> str:
        return self.tr("Delete %n item(s)?", "", count)

    def confirm_one_text(self, label: str) -> str:
        return self.tr("Delete item “%1”?").replace("%1", label)

    def deleted_text(self, count: int) -> str:
        return self.tr("%n item(s) deleted.", "", count)

    def make_dialog(self, record_id: int | None) -> RecordDialog:
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

    def confirm_one_text(self, label: str) -> str:
        return self.tr("Delete contract “%1”?").replace("%1", label)

    def deleted_text(self, count: int) -> str:
        return self.tr("%n contract(s) deleted.", "", count)

    def make_dialog(self, record_id: int | None) -> RecordDialog:
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

    def confirm_one_text(self, label: str) -> str:
        return self.tr("Delete site “%1”?").replace("%1", label)

    def deleted_text(self, count: int) -> str:
        return self.tr("%n site(s) deleted.", "", count)

    def delete_note(self, ids: list[int]) -> str:
        from citrus_desktop.domain.stock_take_bin import kept_counts
        from citrus_desktop.errors import KnownProblem

        try:
            counts = kept_counts(ids)
        except KnownProblem:
            return ""  # the delete itself will say what is wrong
        if not counts:
            return ""
        return self.tr(
            "%n stock-take(s) of the site go to the recycle bin too, and come back on Restore or Ctrl+Z.",
            "",
            counts,
        )

    def make_dialog(self, record_id: int | None) -> RecordDialog:
        return SiteDialog(self.customer_id, record_id, parent=self)

    def extra_tools(self) -> list[QToolButton]:
        return [*super().extra_tools(), stock_take_button(self, self._stock_take)]

    def _stock_take(self) -> None:
        selected = self.selected_ids()
        open_stock_take(self, self.customer_id, selected[0] if selected else None)


def stock_take_button(page: ListPage, slot: Callable[[], object]) -> QToolButton:
    """The toolbar button of ``actionStockTake`` (Conferência: count what is at a site)."""
    button = page.tool_button(
        "StockTake",
        QCoreApplication.translate("StockTake", "Stock-take"),
        "stock-take",
        None,
        QCoreApplication.translate("StockTake", "Check a site's items by scanning them"),
    )
    page.actions()[-1].setObjectName("actionStockTake")
    button.clicked.connect(slot)
    page.guard(button, "stock_take")
    return button


def open_stock_take(
    page: DialogListPage, customer_id: int | None = None, site_id: int | None = None
) -> QWidget:
    """The stock-take window, preset to the customer and site given; kept in ``page.stock_take``."""
    from citrus_desktop.ui.stock_take.stock_take_window import StockTakeWindow

    window = StockTakeWindow(customer_id, site_id, page.window())
    page.stock_take = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window


class ProductTypeList(DialogListPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("productTypes", "productTypesPage", ProductTypeSource(), parent)

    def title_text(self) -> str:
        return self.tr("Product or Service Types")

    def empty_text(self) -> str:
        return self.tr("No product or service types yet. Click New to add one.")

    def confirm_text(self, count: int) -> str:
        return self.tr("Delete %n type(s)?", "", count)

    def confirm_one_text(self, label: str) -> str:
        return self.tr("Delete type “%1”?").replace("%1", label)

    def deleted_text(self, count: int) -> str:
        return self.tr("%n type(s) deleted.", "", count)

    def make_dialog(self, record_id: int | None) -> RecordDialog:
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

    def confirm_one_text(self, label: str) -> str:
        return self.tr("Delete customer “%1”?").replace("%1", label)

    def deleted_text(self, count: int) -> str:
        return self.tr("%n customer(s) deleted.", "", count)

    def new_record(self) -> None:
        self._open_window(None)

    def open_record(self, record_id: int) -> None:
        self._open_window(record_id)
