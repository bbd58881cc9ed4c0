from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
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
from tests.ui.helpers import (
    choose,
    click,
    column,
    combo_texts,
    discard,
    double_click_row,
    find,
    navigate,
    open_dialog,
    row_of,
    select_rows,
    type_and_enter,
    type_text,
    wait_focus,
)


def open_new_item(qtbot, make_window):
    window = make_window()
    window.show()
    page = navigate(qtbot, window, "inventory")
    click(qtbot, find(page, QToolButton, "inventoryNew"))
    return window, page, open_dialog(qtbot, window, "itemDialog")


def fill(
    qtbot, dialog, serial="NEW-1", customer="ACME", contract="CT-ACME-1", site="Matriz", kind="Impressora"
):
    if serial is not None:
        type_text(qtbot, find(dialog, QLineEdit, "itemSerial"), serial)
    if customer is not None:
        choose(find(dialog, QComboBox, "itemCustomer"), customer)
    if contract is not None:
        choose(find(dialog, QComboBox, "itemContract"), contract)
    if site is not None and find(dialog, QComboBox, "itemSite").currentData() is None:
        choose(find(dialog, QComboBox, "itemSite"), site)
    if kind is not None:
        choose(find(dialog, QComboBox, "itemType"), kind)


def open_row(qtbot, window, serial: str):
    table = find(window, QTableView, "inventoryTable")
    qtbot.waitUntil(lambda: serial in column(table))
    double_click_row(qtbot, table, row_of(table, serial))
    return table, open_dialog(qtbot, window, "itemDialog")


def test_creating_an_item_shows_it_in_the_list(qtbot, make_window, seed):
    _window, page, dialog = open_new_item(qtbot, make_window)
    fill(qtbot, dialog)
    type_text(qtbot, find(dialog, QPlainTextEdit, "itemDescription"), "Zebra nova")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    assert not dialog.isVisible()
    table = find(page, QTableView, "inventoryTable")
    qtbot.waitUntil(lambda: "NEW-1" in column(table))
    row = row_of(table, "NEW-1")
    assert column(table, 1)[row] == "ACME Indústria Ltda."
    assert column(table, 5)[row] == "Zebra nova"


def test_the_dialog_opens_on_the_serial(qtbot, make_window, seed):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    wait_focus(qtbot, find(dialog, QLineEdit, "itemSerial"))


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
    assert contract.currentData() is None  # a placeholder: the contract is chosen deliberately
    assert combo_texts(contract)[1:] == ["CT-ACME-1 — Locação", "CT-ACME-2 — Suporte"]
    assert combo_texts(site)[1:] == ["Matriz — São Paulo"]
    assert site.currentText() == "Matriz — São Paulo"  # ACME's only site: nothing to choose
    choose(contract, "CT-ACME-2")
    choose(find(dialog, QComboBox, "itemCustomer"), "Beta")
    assert contract.currentData() is None
    assert combo_texts(contract)[1:] == ["CT-BETA-1 — Licenças"]
    assert combo_texts(site)[1:] == ["Filial Norte — Belém"]
    assert site.currentText() == "Filial Norte — Belém"


def test_customer_typed_by_name_is_found(qtbot, make_window, seed):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    customer = find(dialog, QComboBox, "itemCustomer")
    type_and_enter(qtbot, customer, "Beta Comércio S.A.")
    assert customer.currentText() == "Beta Comércio S.A."
    assert combo_texts(find(dialog, QComboBox, "itemContract"))[1:] == ["CT-BETA-1 — Licenças"]
    wait_focus(qtbot, find(dialog, QComboBox, "itemContract"))  # Enter moved on


def test_customer_without_contracts_or_sites_is_told_and_can_create_them(qtbot, make_window, seed):
    window, _page, dialog = open_new_item(qtbot, make_window)
    choose(find(dialog, QComboBox, "itemCustomer"), "Empty")
    assert "no contracts" in find(dialog, QLabel, "itemContractHint").text()
    assert "no sites" in find(dialog, QLabel, "itemSiteHint").text()
    click(qtbot, find(dialog, QToolButton, "itemNewContract"))
    contract_dialog = open_dialog(qtbot, window, "contractDialog")
    type_text(qtbot, find(contract_dialog, QLineEdit, "contractCode"), "CT-NEW")
    click(qtbot, find(contract_dialog, QPushButton, "contractSave"))
    contract = find(dialog, QComboBox, "itemContract")
    assert contract.currentText() == "CT-NEW"
    assert not find(dialog, QLabel, "itemContractHint").isVisible()
    assert dialog.isVisible()
    wait_focus(qtbot, find(dialog, QComboBox, "itemSite"))  # on to the next field still empty
    click(qtbot, find(dialog, QToolButton, "itemNewSite"))
    site_dialog = open_dialog(qtbot, window, "siteDialog")
    name = find(site_dialog, QLineEdit, "siteName")
    type_text(qtbot, name, "Galpão")
    qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not site_dialog.isVisible())
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
    type_text(qtbot, serial, "SN-0002")
    qtbot.keyClick(serial, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter never saves a half-filled form
    assert InventorySource().count() == 4
    hint = find(dialog, QLabel, "itemSerialHint").text()
    assert hint == "Already used by item “SN-0002” of customer “ACME Indústria Ltda.”."
    customer = find(dialog, QComboBox, "itemCustomer")
    wait_focus(qtbot, customer)
    assert QApplication.focusWidget() is customer


def test_each_missing_required_field_is_refused(qtbot, make_window, seed):
    for missing, widget_name, message in (
        ("serial", "itemSerial", "Serial number is required."),
        ("customer", "itemCustomer", "Choose the customer."),
        ("contract", "itemContract", "Choose the contract."),
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
        discard(qtbot, dialog)
        assert not dialog.isVisible()


def test_a_site_chosen_then_left_empty_is_refused(qtbot, make_window, seed):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    fill(qtbot, dialog)
    choose(find(dialog, QComboBox, "itemSite"), "Choose a site")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    assert "Choose the site." in find(dialog, QLabel, "itemErrors").text()
    assert find(dialog, QComboBox, "itemSite").property("invalid") is True


def test_editing_an_item_by_double_click(qtbot, make_window, seed):
    window = make_window()
    window.show()
    navigate(qtbot, window, "inventory")
    table, dialog = open_row(qtbot, window, "SN-0002")
    item_id = dialog.data.id
    assert dialog.windowTitle() == "Item SN-0002"
    assert find(dialog, QLineEdit, "itemSerial").text() == "SN-0002"
    assert find(dialog, QComboBox, "itemContract").currentText().startswith("CT-ACME-1")
    description = find(dialog, QPlainTextEdit, "itemDescription")
    click(qtbot, description)
    qtbot.keyClick(description, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, description, "Elgin i9 revisada")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    qtbot.waitUntil(lambda: column(table, 5)[row_of(table, "SN-0002")] == "Elgin i9 revisada")
    assert get_item(item_id).description == "Elgin i9 revisada"


def test_enter_on_a_row_opens_it_and_cancel_discards(qtbot, make_window, seed):
    window = make_window()
    window.show()
    navigate(qtbot, window, "inventory")
    table = find(window, QTableView, "inventoryTable")
    select_rows(qtbot, table, [0])
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, window, "itemDialog")
    serial = find(dialog, QLineEdit, "itemSerial")
    type_text(qtbot, serial, "CHANGED")
    click(qtbot, find(dialog, QPushButton, "itemCancel"))
    discard(qtbot, dialog)
    assert column(table)[0] == "LIC-9"
    assert get_item(table.model().id_at(0)).serial_number == "LIC-9"


def test_dialog_says_who_created_and_changed_the_item(qtbot, make_window, seed):
    window = make_window()
    window.show()
    navigate(qtbot, window, "inventory")
    _table, dialog = open_row(qtbot, window, "SN-0001")
    history = find(dialog, QLabel, "itemAudit")
    assert history.text().startswith("Created by tester on ")
    assert "Last changed" not in history.text()
    type_text(qtbot, find(dialog, QPlainTextEdit, "itemObservation"), "revisado")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    _table, again = open_row(qtbot, window, "SN-0001")
    # The window applies the staff name from Preferences (none here: the OS login).
    assert f"Last changed by {actor()} on " in find(again, QLabel, "itemAudit").text()


def test_customer_suggestions_ignore_accents_and_pick_by_id(qtbot, make_window, seed):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    customer = find(dialog, QComboBox, "itemCustomer")
    type_text(qtbot, customer.lineEdit(), "comercio")
    popup = customer.lineEdit().completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert column(popup) == ["Beta Comércio S.A."]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert customer.currentText() == "Beta Comércio S.A."
    assert customer.currentData() == seed.beta
    assert combo_texts(find(dialog, QComboBox, "itemContract"))[1:] == ["CT-BETA-1 — Licenças"]


def test_customer_typed_without_accents_and_enter_is_taken(qtbot, make_window, seed):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    customer = find(dialog, QComboBox, "itemCustomer")
    type_text(qtbot, customer.lineEdit(), "acme industria")
    popup = customer.lineEdit().completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # the suggestions closed, the text kept
    qtbot.keyClick(customer.lineEdit(), Qt.Key.Key_Return)
    assert customer.currentData() == seed.acme
    assert find(dialog, QComboBox, "itemContract").isEnabled()
