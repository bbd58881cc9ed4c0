from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from citrus_desktop.domain.items import get_item
from citrus_desktop.domain.list_sources import InventorySource
from citrus_desktop.domain.session import actor
from tests.ui.helpers import choose, click, column, combo_texts, double_click_row, find, row_of, type_text


def open_new_item(qtbot, make_window):
    window = make_window()
    window.show()
    window.show_page("inventory")
    page = find(window, QWidget, "inventoryPage")
    click(qtbot, find(page, QToolButton, "inventoryNew"))
    dialog = find(window, QWidget, "itemDialog")
    qtbot.waitUntil(dialog.isVisible)
    return window, page, dialog


def fill(
    qtbot, dialog, serial="NEW-1", customer="ACME", contract="CT-ACME-1", site="Matriz", kind="Impressora"
):
    if serial is not None:
        qtbot.keyClicks(find(dialog, QLineEdit, "itemSerial"), serial)
    if customer is not None:
        choose(find(dialog, QComboBox, "itemCustomer"), customer)
    if contract is not None:
        choose(find(dialog, QComboBox, "itemContract"), contract)
    if site is not None:
        choose(find(dialog, QComboBox, "itemSite"), site)
    if kind is not None:
        choose(find(dialog, QComboBox, "itemType"), kind)


def test_creating_an_item_shows_it_in_the_list(qtbot, make_window, seed):
    _window, page, dialog = open_new_item(qtbot, make_window)
    fill(qtbot, dialog)
    qtbot.keyClicks(find(dialog, QPlainTextEdit, "itemDescription"), "Zebra nova")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    assert not dialog.isVisible()
    table = find(page, QTableView, "inventoryTable")
    qtbot.waitUntil(lambda: "NEW-1" in column(table))
    row = row_of(table, "NEW-1")
    assert column(table, 1)[row] == "ACME Indústria Ltda."
    assert column(table, 5)[row] == "Zebra nova"


def test_required_fields_are_marked(qtbot, make_window, seed):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    for required in ("Serial number *", "Customer *", "Contract *", "Site *", "Product or service type *"):
        assert required in labels
    assert "Description" in labels


def test_contract_and_site_follow_the_customer(qtbot, make_window, seed):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    contract = find(dialog, QComboBox, "itemContract")
    site = find(dialog, QComboBox, "itemSite")
    assert not contract.isEnabled()
    choose(find(dialog, QComboBox, "itemCustomer"), "ACME")
    assert contract.currentData() is None and site.currentData() is None  # a placeholder: choose deliberately
    assert combo_texts(contract)[1:] == ["CT-ACME-1 — Locação", "CT-ACME-2 — Suporte"]
    assert combo_texts(site)[1:] == ["Matriz — São Paulo"]
    choose(contract, "CT-ACME-2")
    choose(site, "Matriz")
    choose(find(dialog, QComboBox, "itemCustomer"), "Beta")
    assert contract.currentData() is None and site.currentData() is None
    assert combo_texts(contract)[1:] == ["CT-BETA-1 — Licenças"]
    assert combo_texts(site)[1:] == ["Filial Norte — Belém"]


def test_customer_typed_by_name_is_found(qtbot, make_window, seed):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    customer = find(dialog, QComboBox, "itemCustomer")
    qtbot.keyClicks(customer.lineEdit(), "Beta Comércio S.A."[:4])
    assert customer.findText("Beta Comércio S.A.") >= 0
    customer.lineEdit().setText("Beta Comércio S.A.")
    qtbot.keyClick(customer.lineEdit(), Qt.Key.Key_Return)
    assert customer.currentText() == "Beta Comércio S.A."
    assert combo_texts(find(dialog, QComboBox, "itemContract"))[1:] == ["CT-BETA-1 — Licenças"]


def test_customer_without_contracts_or_sites_is_told_and_can_create_them(qtbot, make_window, seed):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    choose(find(dialog, QComboBox, "itemCustomer"), "Empty")
    assert "no contracts" in find(dialog, QLabel, "itemContractHint").text()
    assert "no sites" in find(dialog, QLabel, "itemSiteHint").text()
    click(qtbot, find(dialog, QToolButton, "itemNewContract"))
    contract_dialog = dialog.sub_dialog
    qtbot.waitUntil(contract_dialog.isVisible)
    qtbot.keyClicks(find(contract_dialog, QLineEdit, "contractCode"), "CT-NEW")
    click(qtbot, find(contract_dialog, QPushButton, "contractSave"))
    contract = find(dialog, QComboBox, "itemContract")
    assert contract.currentText() == "CT-NEW"
    assert not find(dialog, QLabel, "itemContractHint").isVisible()
    assert dialog.isVisible()
    click(qtbot, find(dialog, QToolButton, "itemNewSite"))
    site_dialog = dialog.sub_dialog
    type_text(qtbot, find(site_dialog, QLineEdit, "siteName"), "Galpão")
    click(qtbot, find(site_dialog, QPushButton, "siteSave"))
    assert find(dialog, QComboBox, "itemSite").currentText() == "Galpão"


def test_duplicate_serial_is_refused_inside_the_dialog(qtbot, make_window, seed):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    fill(qtbot, dialog, serial="  sn-0001 ")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    assert dialog.isVisible()
    errors = find(dialog, QLabel, "itemErrors")
    assert errors.isVisible()
    assert "SN-0001" in errors.text() and "already used" in errors.text()
    assert find(dialog, QLineEdit, "itemSerial").property("invalid") is True
    assert InventorySource().count() == 4


def test_scanner_enter_moves_on_and_warns_about_a_used_serial(qtbot, make_window, seed):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    serial = find(dialog, QLineEdit, "itemSerial")
    qtbot.keyClicks(serial, "SN-0002")
    qtbot.keyClick(serial, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter never saves a half-filled form
    assert InventorySource().count() == 4
    assert "already used" in find(dialog, QLabel, "itemSerialHint").text().lower()
    assert find(dialog, QComboBox, "itemCustomer").lineEdit().hasFocus() or not serial.hasFocus()


def test_each_missing_required_field_is_refused(qtbot, make_window, seed):
    for missing, widget_name, message in (
        ("serial", "itemSerial", "Serial number is required."),
        ("customer", "itemCustomer", "Choose the customer."),
        ("contract", "itemContract", "Choose the contract."),
        ("site", "itemSite", "Choose the site."),
        ("kind", "itemType", "Choose the product or service type."),
    ):
        _window, _page, dialog = open_new_item(qtbot, make_window)
        values = {
            "serial": "X-1",
            "customer": "ACME",
            "contract": "CT-ACME-1",
            "site": "Matriz",
            "kind": "Impressora",
        }
        values[missing] = None
        if missing == "customer":  # without a customer there is no contract or site to choose
            values["contract"] = values["site"] = None
        fill(qtbot, dialog, **values)
        click(qtbot, find(dialog, QPushButton, "itemSave"))
        assert dialog.isVisible(), missing
        assert message in find(dialog, QLabel, "itemErrors").text(), missing
        assert find(dialog, QWidget, widget_name).property("invalid") is True, missing
        assert InventorySource().count() == 4
        click(qtbot, find(dialog, QPushButton, "itemCancel"))
        assert not dialog.isVisible()


def test_editing_an_item_by_double_click(qtbot, make_window, seed):
    window = make_window()
    window.show()
    window.show_page("inventory")
    table = find(window, QTableView, "inventoryTable")
    row = row_of(table, "SN-0002")
    item_id = table.model().id_at(row)
    double_click_row(qtbot, table, row)
    dialog = find(window, QWidget, "itemDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert find(dialog, QLineEdit, "itemSerial").text() == "SN-0002"
    assert find(dialog, QComboBox, "itemContract").currentText().startswith("CT-ACME-1")
    description = find(dialog, QPlainTextEdit, "itemDescription")
    description.selectAll()
    qtbot.keyClicks(description, "Elgin i9 revisada")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    qtbot.waitUntil(lambda: column(table, 5)[row_of(table, "SN-0002")] == "Elgin i9 revisada")
    assert get_item(item_id).description == "Elgin i9 revisada"


def test_enter_on_a_row_opens_it_and_cancel_discards(qtbot, make_window, seed):
    window = make_window()
    window.show()
    window.show_page("inventory")
    table = find(window, QTableView, "inventoryTable")
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = find(window, QWidget, "itemDialog")
    qtbot.waitUntil(dialog.isVisible)
    serial = find(dialog, QLineEdit, "itemSerial")
    serial.setText("CHANGED")
    click(qtbot, find(dialog, QPushButton, "itemCancel"))
    assert column(table)[0] == "LIC-9"


def test_dialog_says_who_created_and_changed_the_item(qtbot, make_window, seed):
    window = make_window()
    window.show()
    page = window.page("inventory")
    table = find(page, QTableView, "inventoryTable")
    page.open_record(table.model().id_at(row_of(table, "SN-0001")))
    history = find(page.dialog, QLabel, "itemAudit")
    assert history.text().startswith("Created by tester on ")
    assert "Last changed" not in history.text()
    find(page.dialog, QPlainTextEdit, "itemObservation").setPlainText("revisado")
    click(qtbot, find(page.dialog, QPushButton, "itemSave"))
    page.open_record(table.model().id_at(row_of(table, "SN-0001")))
    # The window applies the staff name from Preferences (none here: the OS login).
    assert f"Last changed by {actor()} on " in find(page.dialog, QLabel, "itemAudit").text()


def test_customer_suggestions_ignore_accents_and_pick_by_id(qtbot, make_window, seed):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    customer = find(dialog, QComboBox, "itemCustomer")
    qtbot.keyClicks(customer.lineEdit(), "comercio")
    assert dialog.customer_completer.suggestions() == ["Beta Comércio S.A."]
    popup = dialog.customer_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert customer.currentText() == "Beta Comércio S.A."
    assert customer.currentData() == seed.beta
    assert combo_texts(find(dialog, QComboBox, "itemContract"))[1:] == ["CT-BETA-1 — Licenças"]


def test_customer_typed_without_accents_and_enter_is_taken(qtbot, make_window, seed):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    customer = find(dialog, QComboBox, "itemCustomer")
    qtbot.keyClicks(customer.lineEdit(), "acme industria")
    dialog.customer_completer.popup().hide()
    qtbot.keyClick(customer.lineEdit(), Qt.Key.Key_Return)
    assert customer.currentData() == seed.acme
    assert find(dialog, QComboBox, "itemContract").isEnabled()
