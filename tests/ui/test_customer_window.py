from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStatusBar,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)

from citrus_desktop.domain.list_sources import ContractSource, CustomerSource
from tests.ui.helpers import (
    choose,
    click,
    click_tab,
    column,
    double_click_row,
    find,
    message_box,
    open_dialog,
    open_list,
    row_of,
    select_rows,
    type_text,
    wait_focus,
)


def customers_page(qtbot, make_window):
    return open_list(qtbot, make_window, "customers", "customersPage", "customers")


def customer_window(qtbot, window):
    qtbot.waitUntil(lambda: bool([w for w in window.customer_windows.values() if w.isVisible()]))
    found = [w for w in window.customer_windows.values() if w.isVisible()]
    assert found[-1].objectName() == "customerWindow"
    return found[-1]


def test_new_customer_enables_the_tabs_after_save(qtbot, make_window):
    window, page, table = customers_page(qtbot, make_window)
    click(qtbot, find(page, QToolButton, "customersNew"))
    customer = customer_window(qtbot, window)
    tabs = find(customer, QTabWidget, "customerTabs")
    assert [tabs.isTabEnabled(i) for i in range(4)] == [True, False, False, False]
    wait_focus(qtbot, find(customer, QLineEdit, "customerName"))
    type_text(qtbot, find(customer, QLineEdit, "customerName"), "Órion Logística Ltda.")
    type_text(qtbot, find(customer, QLineEdit, "customerTaxId"), "11.222.333/0001-81")
    click(qtbot, find(customer, QPushButton, "customerSave"))
    assert customer.isVisible()
    assert [tabs.isTabEnabled(i) for i in range(4)] == [True, True, True, True]
    qtbot.waitUntil(lambda: "Órion Logística Ltda." in column(table))
    assert column(table, 1)[row_of(table, "Órion Logística Ltda.")] == "11.222.333/0001-81"


def test_customer_errors_show_in_the_window(qtbot, make_window):
    window, page, _table = customers_page(qtbot, make_window)
    click(qtbot, find(page, QToolButton, "customersNew"))
    customer = customer_window(qtbot, window)
    type_text(qtbot, find(customer, QLineEdit, "customerTaxId"), "123")
    click(qtbot, find(customer, QPushButton, "customerSave"))
    errors = find(customer, QLabel, "customerErrors").text()
    assert "Name is required." in errors
    assert "11 digits (CPF) or 14" in errors
    assert CustomerSource().count() == 0


def test_tabs_list_the_customers_records_and_new_item_locks_the_customer(qtbot, make_window, seed):
    window, _page, table = customers_page(qtbot, make_window)
    double_click_row(qtbot, table, row_of(table, "ACME Indústria Ltda."))
    customer = customer_window(qtbot, window)
    assert find(customer, QLineEdit, "customerName").text() == "ACME Indústria Ltda."
    tabs = find(customer, QTabWidget, "customerTabs")
    click_tab(qtbot, tabs, "customerTab_contracts")
    assert column(find(customer, QTableView, "customerContractsTable")) == ["CT-ACME-1", "CT-ACME-2"]
    click_tab(qtbot, tabs, "customerTab_sites")
    assert column(find(customer, QTableView, "customerSitesTable")) == ["Matriz"]
    click_tab(qtbot, tabs, "customerTab_inventory")
    assert column(find(customer, QTableView, "customerInventoryTable")) == ["SN-0001", "SN-0002", "SN-0003"]
    click(qtbot, find(customer, QToolButton, "customerInventoryNew"))
    dialog = open_dialog(qtbot, customer, "itemDialog")
    combo = find(dialog, QComboBox, "itemCustomer")
    assert combo.currentText() == "ACME Indústria Ltda."
    assert not combo.isEnabled()


def test_contracts_tab_creates_a_contract(qtbot, make_window, seed):
    window, _page, table = customers_page(qtbot, make_window)
    double_click_row(qtbot, table, row_of(table, "Empty Clínica"))
    customer = customer_window(qtbot, window)
    click_tab(qtbot, find(customer, QTabWidget, "customerTabs"), "customerTab_contracts")
    contracts = find(customer, QWidget, "customerContracts")
    click(qtbot, find(contracts, QToolButton, "customerContractsNew"))
    dialog = open_dialog(qtbot, customer, "contractDialog")
    type_text(qtbot, find(dialog, QLineEdit, "contractCode"), "ct-acme-1")  # another customer's code is fine
    click(qtbot, find(dialog, QPushButton, "contractSave"))
    contracts_table = find(contracts, QTableView, "customerContractsTable")
    qtbot.waitUntil(lambda: column(contracts_table) == ["ct-acme-1"])
    assert ContractSource(seed.empty).count() == 1


def test_sites_tab_refuses_a_duplicate_name_ignoring_case(qtbot, make_window, seed):
    window, _page, table = customers_page(qtbot, make_window)
    double_click_row(qtbot, table, row_of(table, "ACME Indústria Ltda."))
    customer = customer_window(qtbot, window)
    click_tab(qtbot, find(customer, QTabWidget, "customerTabs"), "customerTab_sites")
    click(qtbot, find(customer, QToolButton, "customerSitesNew"))
    dialog = open_dialog(qtbot, customer, "siteDialog")
    type_text(qtbot, find(dialog, QLineEdit, "siteName"), "MATRIZ")
    click(qtbot, find(dialog, QPushButton, "siteSave"))
    assert dialog.isVisible()
    assert "already has a site" in find(dialog, QLabel, "siteErrors").text()


def test_referenced_customer_is_not_deleted_and_the_user_is_told_why(qtbot, make_window, seed):
    _window, page, table = customers_page(qtbot, make_window)
    select_rows(qtbot, table, [row_of(table, "ACME Indústria Ltda."), row_of(table, "Empty Clínica")])
    click(qtbot, find(page, QToolButton, "customersDelete"))
    box = message_box(qtbot, page, "customersDeleteQuestion")
    assert box.text() == "Delete 2 customers?"
    assert box.informativeText().startswith("ACME Indústria Ltda., Empty Clínica\n")
    click(qtbot, find(box, QPushButton, "customersConfirmDelete"))
    notice = message_box(qtbot, page, "customersNotice")
    assert "ACME Indústria Ltda." in notice.informativeText()
    assert "3 items" in notice.informativeText() and "2 contracts" in notice.informativeText()
    assert "1 site" in notice.informativeText()
    assert CustomerSource().count() == 3


def test_unreferenced_customer_is_deleted(qtbot, make_window, seed):
    _window, page, table = customers_page(qtbot, make_window)
    select_rows(qtbot, table, [row_of(table, "Empty Clínica")])
    click(qtbot, find(page, QToolButton, "customersDelete"))
    box = message_box(qtbot, page, "customersDeleteQuestion")
    assert box.text() == "Delete customer “Empty Clínica”?"
    click(qtbot, find(box, QPushButton, "customersConfirmDelete"))
    qtbot.waitUntil(lambda: "Empty Clínica" not in column(table))


def test_an_item_made_in_the_customers_inventory_is_selected_there(qtbot, make_window, seed):
    window, _page, table = customers_page(qtbot, make_window)
    double_click_row(qtbot, table, row_of(table, "ACME Indústria Ltda."))
    customer = customer_window(qtbot, window)
    click_tab(qtbot, find(customer, QTabWidget, "customerTabs"), "customerTab_inventory")
    click(qtbot, find(customer, QToolButton, "customerInventoryNew"))
    dialog = open_dialog(qtbot, customer, "itemDialog")
    type_text(qtbot, find(dialog, QLineEdit, "itemSerial"), "SN-0000")
    choose(find(dialog, QComboBox, "itemContract"), "CT-ACME-2")
    choose(find(dialog, QComboBox, "itemType"), "Licença")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    items = find(customer, QTableView, "customerInventoryTable")
    qtbot.waitUntil(lambda: "SN-0000" in column(items))
    assert {i.row() for i in items.selectionModel().selectedRows()} == {row_of(items, "SN-0000")}
    assert find(customer, QStatusBar, "customerStatus").currentMessage() == "Item “SN-0000” saved."


def test_the_customer_window_fits_a_small_screen(qtbot, make_window, seed):
    window, _page, table = customers_page(qtbot, make_window)
    double_click_row(qtbot, table, row_of(table, "ACME Indústria Ltda."))
    customer = customer_window(qtbot, window)
    room = customer.screen().availableGeometry()
    assert customer.width() <= room.width() and customer.height() <= room.height()
