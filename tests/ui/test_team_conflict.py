"""Two people editing the same record: the second save is refused, keeps the edits, offers Reload."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableView, QToolButton, QWidget

from citrus_desktop.domain import session
from citrus_desktop.domain.customers import get_customer, save_customer
from citrus_desktop.domain.items import delete_items, get_item, save_item
from tests.ui.helpers import (
    click,
    column,
    double_click_row,
    find,
    message_box,
    navigate,
    row_of,
    select_rows,
    type_text,
)


def saved_by_someone_else(load, save, record_id, name="Ana", **changes):
    """Another staff member (another machine) saves the record meanwhile."""
    session.set_actor(name)
    try:
        data = load(record_id)
        for key, value in changes.items():
            setattr(data, key, value)
        save(data)
    finally:
        session.set_actor("tester")


def test_item_saved_meanwhile_keeps_my_edits_and_offers_their_version(qtbot, make_window, seed):
    window = make_window()
    window.show()
    page = find(window, QWidget, "inventoryPage")
    table = find(page, QTableView, "inventoryTable")
    qtbot.waitUntil(lambda: "SN-0001" in column(table))
    double_click_row(qtbot, table, row_of(table, "SN-0001"))
    dialog = find(window, QWidget, "itemDialog")
    qtbot.waitUntil(dialog.isVisible)
    item_id = dialog.data.id
    description = find(dialog, QPlainTextEdit, "itemDescription")
    click(qtbot, description)
    qtbot.keyClick(description, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, description, "mine")

    saved_by_someone_else(get_item, save_item, item_id, description="theirs")
    click(qtbot, find(dialog, QPushButton, "itemSave"))

    assert dialog.isVisible()
    errors = find(dialog, QLabel, "itemErrors")
    assert "Ana" in errors.text()
    assert description.toPlainText() == "mine"
    assert get_item(item_id).description == "theirs"
    reload = find(dialog, QPushButton, "itemReload")
    assert reload.isVisible()

    click(qtbot, reload)
    assert description.toPlainText() == "theirs"
    yours = find(dialog, QPlainTextEdit, "itemYourEdits")
    assert yours.isVisible()
    assert "mine" in yours.toPlainText()
    assert find(dialog, QLineEdit, "itemSerial").text() == "SN-0001"

    qtbot.keyClick(description, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, description, "theirs and mine")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    assert not dialog.isVisible()
    saved = get_item(item_id)
    assert (saved.description, saved.version) == ("theirs and mine", 3)


def test_customer_saved_meanwhile_is_refused_in_the_customer_window(qtbot, make_window, seed):
    window = make_window()
    window.show()
    table = find(navigate(qtbot, window, "customers"), QTableView, "customersTable")
    double_click_row(qtbot, table, row_of(table, "ACME Indústria Ltda."))
    qtbot.waitUntil(lambda: seed.acme in window.customer_windows)
    customer_window = window.customer_windows[seed.acme]
    phone = find(customer_window, QLineEdit, "customerPhone")
    type_text(qtbot, phone, "11 5555-0000")

    saved_by_someone_else(get_customer, save_customer, seed.acme, email="compras@acme.example")
    click(qtbot, find(customer_window, QPushButton, "customerSave"))

    assert "Ana" in find(customer_window, QLabel, "customerErrors").text()
    assert phone.text() == "11 5555-0000"
    assert get_customer(seed.acme).phone == ""
    click(qtbot, find(customer_window, QPushButton, "customerReload"))
    assert find(customer_window, QLineEdit, "customerEmail").text() == "compras@acme.example"
    assert "11 5555-0000" in find(customer_window, QPlainTextEdit, "customerYourEdits").toPlainText()


def test_deleting_an_item_someone_else_deleted_is_reported(qtbot, make_window, seed):
    window = make_window()
    window.show()
    page = find(window, QWidget, "inventoryPage")
    table = find(page, QTableView, "inventoryTable")
    qtbot.waitUntil(lambda: "SN-0002" in column(table))
    select_rows(qtbot, table, [row_of(table, "SN-0001"), row_of(table, "SN-0002")])
    gone = page.selected_ids()[0]
    delete_items([gone])  # someone else, meanwhile

    click(qtbot, find(page, QToolButton, "inventoryDelete"))
    question = message_box(qtbot, page, "inventoryDeleteQuestion")
    click(qtbot, find(question, QPushButton, "inventoryConfirmDelete"))

    notice = message_box(qtbot, page, "inventoryNotice")
    assert "already been deleted by someone else" in notice.text()
    qtbot.waitUntil(lambda: "SN-0001" not in column(table) and "SN-0002" not in column(table))
