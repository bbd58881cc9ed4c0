"""Failures provoked for real, met as a user meets them: another program holding the write lock,
a full disk, a record someone deleted, a team server stopped and started. Each time the dialog stays
open with the edits, the message names the cause, no crash dialog opens, and the next try after the
cause is gone succeeds."""

import sqlite3

import psycopg
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
from citrus_desktop.store.models import InventoryItem, db
from citrus_desktop.ui.crash_dialog import current_crash_dialog
from tests.faults import own_postgres, small_disk, write_lock_held  # noqa: F401
from tests.ui.helpers import click, column, double_click_row, find, message_box, open_list, row_of
from tests.ui.seed import seed_database
from tests.ui.test_item_dialog import fill, open_new_item


def errors_of(dialog: QWidget) -> str:
    label = find(dialog, QLabel, "itemErrors")
    return label.text() if label.isVisible() else ""


def save(qtbot, dialog) -> None:
    click(qtbot, find(dialog, QPushButton, "itemSave"))


def open_item(qtbot, make_window, serial: str, database: str | None = None):
    window = make_window(database=database)
    window.show()
    window.show_page("inventory")
    page = find(window, QWidget, "inventoryPage")
    table = find(page, QTableView, "inventoryTable")
    qtbot.waitUntil(lambda: serial in column(table))
    double_click_row(qtbot, table, row_of(table, serial))
    dialog = find(window, QWidget, "itemDialog")
    qtbot.waitUntil(dialog.isVisible)
    return window, page, table, dialog


def test_a_save_while_another_program_writes_says_busy_then_works(qtbot, make_window, seed, db_path):
    _window, _page, dialog = open_new_item(qtbot, make_window)
    db.obj.execute_sql("PRAGMA busy_timeout = 300")  # the default waits 5 s first
    fill(qtbot, dialog, serial="BUSY-1")
    with write_lock_held(db_path):
        save(qtbot, dialog)
        assert dialog.isVisible()
        assert "busy" in errors_of(dialog) and "Try again" in errors_of(dialog)
        assert find(dialog, QLineEdit, "itemSerial").text() == "BUSY-1"
        assert current_crash_dialog() is None
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert InventoryItem.get(InventoryItem.serial_number == "BUSY-1")


def test_deleting_while_another_program_writes_says_busy(qtbot, make_window, seed, db_path):
    _window, page, table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    db.obj.execute_sql("PRAGMA busy_timeout = 300")
    qtbot.waitUntil(lambda: "SN-0001" in column(table))
    table.selectRow(row_of(table, "SN-0001"))
    with write_lock_held(db_path):
        page.delete_selected()
        click(qtbot, find(page.question, QPushButton, "inventoryConfirmDelete"))
        # The delete runs off the UI thread, on a connection with the usual busy timeout (5 s).
        qtbot.waitUntil(lambda: page.notice is not None, timeout=10_000)
        notice = message_box(qtbot, page, "inventoryNotice")
        assert "busy" in notice.text()
        notice.accept()
    assert "SN-0001" in column(table)


def test_a_full_disk_is_said_and_nothing_is_lost(qtbot, make_window, small_disk):  # noqa: F811
    path = small_disk.folder / "citrus.db"
    seed_database(str(path))
    _window, _page, _table, dialog = open_item(qtbot, make_window, "SN-0001", database=str(path))
    find(dialog, QPlainTextEdit, "itemObservation").setPlainText("revisado " * 2000)
    small_disk.fill()
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "disk is full" in errors_of(dialog)
    assert find(dialog, QPlainTextEdit, "itemObservation").toPlainText().startswith("revisado")
    assert current_crash_dialog() is None
    small_disk.free()
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert get_item(InventoryItem.get(InventoryItem.serial_number == "SN-0001").id).observation.startswith(
        "revisado"
    )


def test_opening_a_row_someone_deleted_says_so(qtbot, make_window, seed, db_path):
    window, page, table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    qtbot.waitUntil(lambda: "SN-0002" in column(table))
    other = sqlite3.connect(db_path)
    other.execute("DELETE FROM inventory_item WHERE serial_number = 'SN-0002'")
    other.commit()
    other.close()
    double_click_row(qtbot, table, row_of(table, "SN-0002"))  # the list has not refreshed yet
    notice = message_box(qtbot, page, "inventoryNotice")
    assert "no longer exists" in notice.text() + notice.informativeText()
    notice.accept()
    qtbot.waitUntil(lambda: "SN-0002" not in column(table))
    assert (
        window.findChild(QWidget, "itemDialog") is None
        or not window.findChild(QWidget, "itemDialog").isVisible()
    )
    assert current_crash_dialog() is None


def test_the_team_server_stopped_and_started_again(qtbot, make_window, own_postgres):  # noqa: F811
    url = own_postgres.create_database()
    seed_database(url)
    with psycopg.connect(url, autocommit=True) as raw:  # enough rows for a second page
        raw.execute(
            "INSERT INTO inventory_item (serial_number, customer_id, contract_id, site_id, product_type_id, "
            "search_text, created_at, updated_at) SELECT 'BULK-' || lpad(n::text, 4, '0'), 1, 1, 1, 1, "
            "'bulk-' || lpad(n::text, 4, '0'), now(), now() "
            "FROM generate_series(1, 450) n"
        )
    _window, page, table, dialog = open_item(qtbot, make_window, "SN-0001", database=url)
    find(dialog, QPlainTextEdit, "itemObservation").setPlainText("enquanto o servidor cai")
    own_postgres.stop()

    for _attempt in (1, 2):  # the first try meets the lost connection, the second a server still down
        save(qtbot, dialog)
        assert dialog.isVisible()
        assert "server" in errors_of(dialog) and "cannot be reached" in errors_of(dialog)
        assert find(dialog, QPlainTextEdit, "itemObservation").toPlainText() == "enquanto o servidor cai"
    serial = find(dialog, QLineEdit, "itemSerial")
    qtbot.keyClicks(serial, "X")
    hint = find(dialog, QLabel, "itemSerialHint")
    qtbot.waitUntil(
        lambda: hint.isVisible() and "Could not check" in hint.text() and "server" in hint.toolTip()
    )
    serial.setText("SN-0001")
    assert current_crash_dialog() is None

    own_postgres.start()
    save(qtbot, dialog)
    assert not dialog.isVisible()

    # A search while the server is down says it failed and offers Retry; the rows stay.
    before = column(table)[:5]
    own_postgres.stop()
    page.filter_button.setChecked(True)
    page.filter_text.setText("BULK-04")
    page.search()
    problem = find(page, QWidget, "inventoryProblem")
    assert problem.isVisible() and "failed" in find(page, QLabel, "inventoryProblemText").text()
    assert column(table)[:5] == before
    own_postgres.start()
    click(qtbot, find(page, QPushButton, "inventoryRetry"))
    qtbot.waitUntil(lambda: bool(column(table)) and all(v.startswith("BULK-04") for v in column(table)))
    assert not problem.isVisible()

    # A later page that cannot be read leaves the rows already read alone.
    page.clear_filter()
    qtbot.waitUntil(lambda: table.model().rowCount() == 454)
    first_page = [table.model().index(row, 0).data() for row in range(200)]
    own_postgres.stop()
    table.scrollToBottom()
    qtbot.wait(50)
    assert table.model().index(453, 0).data() is None
    assert [table.model().index(row, 0).data() for row in range(200)] == first_page
    qtbot.waitUntil(problem.isVisible)
    own_postgres.start()
    click(qtbot, find(page, QPushButton, "inventoryRetry"))
    qtbot.waitUntil(lambda: table.model().index(453, 0).data() is not None)
    assert current_crash_dialog() is None


def test_opening_a_customer_someone_deleted_says_so(qtbot, make_window, seed, db_path):
    window, _page, table = open_list(qtbot, make_window, "customers", "customersPage", "customers")
    qtbot.waitUntil(lambda: "Empty Clínica" in column(table))
    other = sqlite3.connect(db_path)
    other.execute("DELETE FROM customer WHERE name = 'Empty Clínica'")
    other.commit()
    other.close()
    double_click_row(qtbot, table, row_of(table, "Empty Clínica"))
    notice = message_box(qtbot, window, "mainNotice")
    assert "no longer exists" in notice.text()
    notice.accept()
    assert window.customer_windows == {}
    assert current_crash_dialog() is None


def test_customer_suggestions_while_the_team_server_is_down(qtbot, make_window, own_postgres):  # noqa: F811
    url = own_postgres.create_database()
    seed_database(url)
    window = make_window(database=url)
    window.show()
    open_list(qtbot, lambda _lang="en": window, "inventory", "inventoryPage", "inventory")
    click(qtbot, find(window, QToolButton, "inventoryNew"))
    dialog = find(window, QWidget, "itemDialog")
    qtbot.waitUntil(dialog.isVisible)
    customer = find(dialog, QComboBox, "itemCustomer")
    hint = find(dialog, QLabel, "itemCustomerHint")
    own_postgres.stop()
    customer.lineEdit().setFocus()
    qtbot.keyClicks(customer.lineEdit(), "beta")
    qtbot.waitUntil(hint.isVisible)
    assert hint.text() == "Customers cannot be suggested now." and "server" in hint.toolTip()
    qtbot.keyClick(customer.lineEdit(), Qt.Key.Key_Return)  # no match can be made: the text stays
    assert customer.currentText() == "beta" and customer.currentIndex() < 0
    assert dialog.isVisible() and current_crash_dialog() is None

    own_postgres.start()
    customer.lineEdit().setFocus()
    customer.lineEdit().selectAll()
    qtbot.keyClicks(customer.lineEdit(), "beta")
    popup = customer.lineEdit().completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert column(popup) == ["Beta Comércio S.A."]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert customer.currentText() == "Beta Comércio S.A."
    assert current_crash_dialog() is None
