"""The customer picker holds the first customers by name and the chosen one; the others are found
by typing (item dialog and stock-take), driven as a user: keys into the field, arrows, Enter, Tab."""

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from citrus_desktop.domain.contracts import ContractData, save_contract
from citrus_desktop.domain.customers import CustomerData, get_customer, save_customer
from citrus_desktop.domain.items import ItemData, find_serial, get_item, save_item
from citrus_desktop.domain.sites import SiteData, save_site
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.ui.records.pickers import PAGE
from citrus_desktop.ui.stock_take.stock_take_window import StockTakeWindow
from tests.ui.helpers import choose, click, column, combo_texts, find, type_text, wait_focus
from tests.ui.test_item_dialog import fill, open_new_item, open_row


def saved_customer(serial: str) -> int:
    found = find_serial(serial)
    assert found is not None, f"{serial} was not saved"
    return get_item(found[0]).customer_id


def suggestions_shown(qtbot, combo: QComboBox, text: str) -> list[str]:
    """Type ``text`` into the combo's field and wait for its suggestions."""
    type_text(qtbot, combo.lineEdit(), text)
    popup = combo.lineEdit().completer().popup()
    qtbot.waitUntil(popup.isVisible)
    return column(popup)


def pick_with_keys(qtbot, combo: QComboBox, text: str, downs: int = 1) -> None:
    suggestions_shown(qtbot, combo, text)
    popup = combo.lineEdit().completer().popup()
    for _down in range(downs):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())


def test_part_of_a_name_picked_with_keys_then_tab_and_save(qtbot, make_window, seed):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    serial = find(dialog, QLineEdit, "itemSerial")
    type_text(qtbot, serial, "KEY-1")
    qtbot.keyClick(serial, Qt.Key.Key_Return)  # on to the customer, as a scanner does
    customer = find(dialog, QComboBox, "itemCustomer")
    wait_focus(qtbot, customer)
    assert suggestions_shown(qtbot, customer, "merc") == ["Beta Comércio S.A."]
    popup = customer.lineEdit().completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert customer.currentData() == seed.beta
    assert customer.currentText() == "Beta Comércio S.A."
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not focused)
    assert customer.currentData() == seed.beta  # leaving the field keeps the choice
    contract = find(dialog, QComboBox, "itemContract")
    assert combo_texts(contract)[1:] == ["CT-BETA-1 — Licenças"]
    fill(qtbot, dialog, serial=None, customer=None, contract="CT-BETA-1", site=None, kind="Licença")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert saved_customer("KEY-1") == seed.beta


def test_an_item_of_an_inactive_customer_shows_it_and_keeps_it(qtbot, make_window, seed, db_path):
    open_database(str(db_path))
    save_customer(replace(get_customer(seed.beta), active=False))
    close_database()
    window = make_window()
    window.show()
    _table, dialog = open_row(qtbot, window, "LIC-9")
    customer = find(dialog, QComboBox, "itemCustomer")
    assert customer.currentText() == "Beta Comércio S.A."
    assert customer.currentData() == seed.beta
    assert customer.isEnabled()
    assert combo_texts(find(dialog, QComboBox, "itemContract"))[1:] == ["CT-BETA-1 — Licenças"]
    observation = find(dialog, QWidget, "itemObservation")
    type_text(qtbot, observation, "conferido")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert get_item(dialog.data.id).customer_id == seed.beta


def test_an_inactive_customer_is_not_suggested(qtbot, make_window, seed, db_path):
    open_database(str(db_path))
    save_customer(replace(get_customer(seed.beta), active=False))
    close_database()
    _window, _page, dialog = open_new_item(qtbot, make_window)
    customer = find(dialog, QComboBox, "itemCustomer")
    assert not any("Beta" in text for text in combo_texts(customer))
    type_text(qtbot, customer.lineEdit(), "beta")
    qtbot.wait(50)
    assert customer.lineEdit().completer().suggestions() == []


@pytest.fixture
def many(seed, db_path: Path) -> int:
    """More active customers than the picker's first page; "Zeta Logística" (with a contract and a
    site) sorts after all of them."""
    open_database(str(db_path))
    try:
        for n in range(PAGE + 20):
            save_customer(CustomerData(name=f"Cliente {n:03d}"))
        zeta = save_customer(CustomerData(name="Zeta Logística"))
        save_contract(ContractData(customer_id=zeta, code="CT-ZETA-1"))
        save_site(SiteData(customer_id=zeta, name="Porto", city="Santos"))
        return zeta
    finally:
        close_database()


def test_a_customer_beyond_the_first_page_is_found_by_typing(qtbot, make_window, seed, many):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    customer = find(dialog, QComboBox, "itemCustomer")
    texts = combo_texts(customer)
    assert len(texts) == PAGE + 1  # the first page, then how to find the others
    assert texts[:3] == ["ACME Indústria Ltda.", "Beta Comércio S.A.", "Cliente 000"]
    assert texts[-1] == "Type part of a name to find the other customers…"
    assert not customer.model().item(PAGE).isEnabled()
    assert "Zeta Logística" not in texts
    choose(customer, "Cliente 001")  # browsing the list still picks
    assert customer.currentText() == "Cliente 001"
    customer.lineEdit().selectAll()
    pick_with_keys(qtbot, customer, "logistica")
    assert customer.currentData() == many
    assert customer.currentText() == "Zeta Logística"
    assert combo_texts(find(dialog, QComboBox, "itemContract"))[1:] == ["CT-ZETA-1"]
    assert find(dialog, QComboBox, "itemSite").currentText() == "Porto — Santos"
    fill(qtbot, dialog, serial="ZETA-1", customer=None, contract="CT-ZETA-1", site=None, kind="Impressora")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert saved_customer("ZETA-1") == many


def test_a_customer_beyond_the_first_page_typed_in_full_with_enter(qtbot, make_window, seed, many):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    customer = find(dialog, QComboBox, "itemCustomer")
    type_text(qtbot, customer.lineEdit(), "cliente 119")
    popup = customer.lineEdit().completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(customer.lineEdit(), Qt.Key.Key_Return)
    assert customer.currentText() == "Cliente 119"
    wait_focus(qtbot, find(dialog, QComboBox, "itemContract"))  # Enter moved on


def test_an_item_of_a_customer_beyond_the_first_page_opens_on_it(qtbot, make_window, seed, many, db_path):
    open_database(str(db_path))
    contract = save_contract(ContractData(customer_id=many, code="CT-ZETA-2"))
    site = save_site(SiteData(customer_id=many, name="Armazém"))
    save_item(
        ItemData(
            serial_number="Z-9",
            customer_id=many,
            contract_id=contract,
            site_id=site,
            product_type_id=seed.printer,
        )
    )
    close_database()
    window = make_window()
    window.show()
    _table, dialog = open_row(qtbot, window, "Z-9")
    customer = find(dialog, QComboBox, "itemCustomer")
    assert customer.currentText() == "Zeta Logística"
    assert combo_texts(customer)[-2:] == [
        "Zeta Logística",
        "Type part of a name to find the other customers…",
    ]
    assert find(dialog, QComboBox, "itemContract").currentText() == "CT-ZETA-2"


def test_from_the_customer_window_the_customer_is_the_only_entry(qtbot, make_window, seed, many):
    window = make_window()
    window.show()
    customer_window = window.open_customer(many)
    customer_window.tabs.setCurrentIndex(3)
    inventory = find(customer_window, QWidget, "customerInventory")
    click(qtbot, find(inventory, QWidget, "customerInventoryNew"))
    dialog = find(customer_window, QWidget, "itemDialog")
    qtbot.waitUntil(dialog.isVisible)
    combo = find(dialog, QComboBox, "itemCustomer")
    assert combo_texts(combo) == ["Zeta Logística"]
    assert not combo.isEnabled()
    assert not find(dialog, QLabel, "itemCustomerHint").isVisible()


def test_the_stock_take_finds_a_customer_beyond_the_first_page(qtbot, make_window, seed, many):
    window = make_window()
    window.show()
    counting = StockTakeWindow(parent=window)
    qtbot.addWidget(counting)
    counting.show()
    customer = find(counting, QComboBox, "stockTakeCustomer")
    assert len(combo_texts(customer)) == PAGE + 1
    customer.lineEdit().setFocus()
    pick_with_keys(qtbot, customer, "zeta")
    assert customer.currentData() == many
    assert combo_texts(find(counting, QComboBox, "stockTakeSite"))[1:] == ["Porto — Santos"]
