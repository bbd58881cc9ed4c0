"""A person who has never seen the app, on an empty database, makes the first item from the item
dialog alone: its customer, contract, site and type included."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from citrus_desktop.domain.list_sources import CustomerSource, InventorySource
from tests.ui.helpers import click, column, find, navigate, open_dialog, type_text, wait_focus


def create_with(qtbot, item_dialog, button: str, dialog_name: str, field: str, text: str, save_key=None):
    """Click ``button`` beside a picker, type ``text`` into the small dialog's first field, save."""
    click(qtbot, find(item_dialog, QToolButton, button))
    dialog = open_dialog(qtbot, item_dialog, dialog_name)
    first = find(dialog, QLineEdit, field)
    wait_focus(qtbot, first)
    type_text(qtbot, QApplication.focusWidget(), text)
    if save_key is None:
        click(qtbot, find(dialog, QPushButton, dialog_name.removesuffix("Dialog") + "Save"))
    else:
        qtbot.keyClick(first, *save_key)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_first_item_from_nothing(qtbot, make_window):
    window = make_window()
    window.show()
    page = navigate(qtbot, window, "inventory")
    new = find(page, QPushButton, "inventoryEmptyNew")
    wait_focus(qtbot, new)
    qtbot.keyClick(new, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    item = open_dialog(qtbot, window, "itemDialog")
    assert "No customers yet" in find(item, QLabel, "itemCustomerHint").text()
    assert "No product or service types yet" in find(item, QLabel, "itemTypeHint").text()

    create_with(
        qtbot,
        item,
        "itemNewCustomer",
        "customerDialog",
        "customerName",
        "Órion Logística",
        (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
    )
    assert find(item, QComboBox, "itemCustomer").currentText() == "Órion Logística"
    assert not find(item, QLabel, "itemCustomerHint").isVisible()
    create_with(qtbot, item, "itemNewContract", "contractDialog", "contractCode", "CT-1")
    create_with(qtbot, item, "itemNewSite", "siteDialog", "siteName", "Matriz", (Qt.Key.Key_Return,))
    create_with(qtbot, item, "itemNewType", "productTypeDialog", "productTypeName", "Impressora térmica")
    assert find(item, QComboBox, "itemContract").currentText() == "CT-1"
    assert find(item, QComboBox, "itemSite").currentText() == "Matriz"
    assert find(item, QComboBox, "itemType").currentText() == "Impressora térmica — Product"

    serial = find(item, QLineEdit, "itemSerial")
    click(qtbot, serial)
    type_text(qtbot, serial, "SN-1")
    click(qtbot, find(item, QPushButton, "itemSave"))
    qtbot.waitUntil(lambda: not item.isVisible())
    table = find(page, QTableView, "inventoryTable")
    qtbot.waitUntil(lambda: column(table) == ["SN-1"])
    assert table.selectionModel().isRowSelected(0)
    assert window.statusBar().currentMessage() == "Item “SN-1” saved."
    assert (InventorySource().count(), CustomerSource().count()) == (1, 1)


def test_ctrl_n_on_the_empty_customers_list(qtbot, make_window):
    window = make_window()
    window.show()
    page = navigate(qtbot, window, "customers")
    new = find(page, QPushButton, "customersEmptyNew")
    wait_focus(qtbot, new)
    qtbot.keyClick(new, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.customer_windows.values()))


def test_the_dashboard_of_an_empty_database_says_where_to_start(qtbot, make_window):
    window = make_window(start_page=None)  # the dashboard, as a newcomer sees it first
    window.show()
    page = find(window, QWidget, "dashboardPage")
    qtbot.waitUntil(page.isVisible)
    start = find(page, QWidget, "dashboardStart")
    assert start.isVisible() and "empty" in find(start, QLabel, "dashboardStartTitle").text()
    new = find(start, QPushButton, "dashboardStartNew")
    wait_focus(qtbot, new)  # Space or Enter starts at once
    qtbot.keyClick(new, Qt.Key.Key_Space)
    item = open_dialog(qtbot, window, "itemDialog")
    assert window.stack.currentWidget() is find(window, QWidget, "inventoryPage")
    click(qtbot, find(item, QPushButton, "itemCancel"))
    qtbot.waitUntil(lambda: not item.isVisible())
    navigate(qtbot, window, "dashboard")
    click(qtbot, find(start, QPushButton, "dashboardStartImport"))
    wizard = open_dialog(qtbot, window, "importWizard")
    wizard.reject()


def test_the_start_card_goes_once_there_are_items(qtbot, make_window, seed):
    window = make_window(start_page=None)
    window.show()
    page = find(window, QWidget, "dashboardPage")
    qtbot.waitUntil(page.isVisible)
    assert not find(page, QWidget, "dashboardStart").isVisible()
