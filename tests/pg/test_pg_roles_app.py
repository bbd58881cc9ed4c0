"""What the window offers each role, used as a person would, on a real server."""

import psycopg
import pytest
from PySide6.QtCore import QEvent, Qt
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

from citrus_desktop.app import create_main_window
from citrus_desktop.store.database import close_database
from citrus_desktop.ui.access import ASK_AGAIN_AFTER_S
from tests.pg.logins import group_member
from tests.pg.test_pg_roles_domain import world
from tests.ui.helpers import choose, click, column, double_click_row, find, message_box, row_of, select_rows


@pytest.fixture
def window_as(qtbot, qapp, pg_url, logins):
    """The main window connected as a new login of ``role``, on the session's database with an item."""
    world(pg_url)
    windows = []

    def make(role: str):
        login = logins(role)
        window = create_main_window(login.url)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window, login

    yield make
    for window in windows:
        window.close()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    close_database()


def inventory(qtbot, window):
    window.show_page("inventory")
    table = find(window, QTableView, "inventoryTable")
    qtbot.waitUntil(lambda: "SN-1" in column(table))
    return table


def open_item(qtbot, window, table):
    double_click_row(qtbot, table, row_of(table, "SN-1"))
    dialog = find(window, QWidget, "itemDialog")
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def refused(button: QToolButton | QPushButton, words: str) -> bool:
    return not button.isEnabled() and words in button.toolTip() and words in button.statusTip()


def test_a_reader_looks_everything_up_and_is_told_why_nothing_can_change(qtbot, window_as):
    window, login = window_as("reader")
    status = find(window, QLabel, "statusRole")
    assert login.name in status.text() and "Reader" in status.text()
    assert "changes nothing" in status.toolTip()
    table = inventory(qtbot, window)
    assert refused(find(window, QToolButton, "inventoryNew"), "Reader")
    select_rows(qtbot, table, [row_of(table, "SN-1")])
    assert refused(find(window, QToolButton, "inventoryDelete"), "Reader")
    assert refused(find(window, QToolButton, "inventoryStockTake"), "Reader")
    assert refused(find(window, QToolButton, "inventoryImport"), "Reader")
    assert find(window, QToolButton, "inventoryExport").isEnabled()  # reading is a reader's
    scan = find(window, QLineEdit, "scanField")
    qtbot.keyClicks(scan, "NO-SUCH-SERIAL")
    qtbot.keyClick(scan, Qt.Key.Key_Return)
    unknown = message_box(qtbot, window, "scanUnknown")
    assert refused(find(unknown, QPushButton, "scanCreate"), "Reader")
    unknown.reject()

    dialog = open_item(qtbot, window, table)
    assert refused(find(dialog, QPushButton, "itemSave"), "Reader")
    serial = find(dialog, QLineEdit, "itemSerial")
    assert serial.isReadOnly() and serial.text() == "SN-1"
    assert find(dialog, QPlainTextEdit, "itemDescription").isReadOnly()
    assert not find(dialog, QComboBox, "itemSite").isEnabled()
    assert not find(dialog, QToolButton, "itemNewSite").isEnabled()
    assert "Reader" in find(dialog, QLabel, "itemAccess").text()
    close = find(dialog, QPushButton, "itemCancel")
    assert close.isEnabled() and close.text() == "Close"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(serial, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S anyway
    assert dialog.isVisible() and "Reader" in find(dialog, QLabel, "itemErrors").text()
    click(qtbot, close)
    assert not dialog.isVisible()

    window.show_page("customers")
    customers = find(window, QTableView, "customersTable")
    qtbot.waitUntil(lambda: len(column(customers)) == 1)
    assert refused(find(window, QToolButton, "customersNew"), "Reader")
    double_click_row(qtbot, customers, 0)
    customer = find(window, QWidget, "customerWindow")
    qtbot.waitUntil(customer.isVisible)
    assert refused(find(customer, QPushButton, "customerSave"), "Reader")
    assert find(customer, QLineEdit, "customerName").isReadOnly()
    assert refused(find(customer, QToolButton, "customerSitesNew"), "Reader")
    customer.close()

    window.show_page("administration")
    assert refused(find(window, QToolButton, "adminOption_staff"), "Only administrators")


def test_an_editor_does_a_days_work_but_not_the_catalogue(qtbot, window_as):
    window, _login = window_as("editor")
    assert "Editor" in find(window, QLabel, "statusRole").text()
    table = inventory(qtbot, window)
    assert find(window, QToolButton, "inventoryNew").isEnabled()
    dialog = open_item(qtbot, window, table)
    assert refused(find(dialog, QToolButton, "itemNewType"), "Only administrators change product")
    assert find(dialog, QToolButton, "itemNewSite").isEnabled()
    description = find(dialog, QPlainTextEdit, "itemDescription")
    description.clear()
    qtbot.keyClicks(description, "checked by the editor")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: "checked by the editor" in column(table, 5))

    window.show_page("productTypes")
    types = find(window, QTableView, "productTypesTable")
    qtbot.waitUntil(lambda: len(column(types)) == 1)
    assert refused(find(window, QToolButton, "productTypesNew"), "Only administrators change product")
    double_click_row(qtbot, types, 0)
    type_dialog = find(window, QWidget, "productTypeDialog")
    qtbot.waitUntil(type_dialog.isVisible)
    assert refused(find(type_dialog, QPushButton, "productTypeSave"), "Only administrators")
    type_dialog.reject()
    window.show_page("administration")
    assert refused(find(window, QToolButton, "adminOption_staff"), "Only administrators")


def test_an_admin_grants_a_role_from_the_staff_page_and_revokes_it(qtbot, window_as, logins):
    window, login = window_as("admin")
    newcomer = logins(None, "newcomer")
    window.show_page("productTypes")
    assert find(window, QToolButton, "productTypesNew").isEnabled()
    window.show_page("administration")
    click(qtbot, find(window, QToolButton, "adminOption_staff"))
    page = find(window, QWidget, "staffPage")
    qtbot.waitUntil(page.isVisible)
    table = find(page, QTableView, "staffTable")
    qtbot.waitUntil(lambda: newcomer.name in column(table))
    assert column(table, 1)[row_of(table, newcomer.name)] == "No role"
    assert "you" in column(table, 2)[row_of(table, login.name)]

    click(qtbot, find(page, QToolButton, "staffNew"))
    dialog = find(window, QWidget, "staffDialog")
    qtbot.waitUntil(dialog.isVisible)
    choose(find(dialog, QComboBox, "staffUser"), newcomer.name)
    choose(find(dialog, QComboBox, "staffRole"), "Editor")
    click(qtbot, find(dialog, QPushButton, "staffSave"))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert group_member(newcomer.name, "editor")
    qtbot.waitUntil(lambda: column(table, 1)[row_of(table, newcomer.name)] == "Editor")

    select_rows(qtbot, table, [row_of(table, newcomer.name)])
    click(qtbot, find(page, QToolButton, "staffDelete"))
    question = message_box(qtbot, page, "staffRevokeQuestion")
    assert newcomer.name in question.informativeText()
    click(qtbot, find(question, QPushButton, "staffConfirmRevoke"))
    qtbot.waitUntil(lambda: column(table, 1)[row_of(table, newcomer.name)] == "No role")
    assert not group_member(newcomer.name, "reader")


def test_a_role_revoked_while_the_app_runs_is_a_clear_message_and_the_window_follows(
    qtbot, window_as, pg_url
):
    window, login = window_as("editor")
    table = inventory(qtbot, window)
    dialog = open_item(qtbot, window, table)
    description = find(dialog, QPlainTextEdit, "itemDescription")
    qtbot.keyClicks(description, "typed before the revoke")

    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f'REVOKE citrus_editor FROM "{login.name}"; GRANT citrus_reader TO "{login.name}"')
    click(qtbot, find(dialog, QPushButton, "itemSave"))

    assert dialog.isVisible()
    errors = find(dialog, QLabel, "itemErrors")
    assert "refused" in errors.text() and "Reader" in errors.text()
    assert "typed before the revoke" in description.toPlainText()
    assert refused(find(dialog, QPushButton, "itemSave"), "Reader")
    assert refused(find(window, QToolButton, "inventoryNew"), "Reader")
    assert "Reader" in find(window, QLabel, "statusRole").text()


def test_a_reader_whose_role_is_taken_away_is_told_when_opening_a_record(qtbot, window_as, pg_url):
    window, login = window_as("reader")
    table = inventory(qtbot, window)
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f'REVOKE citrus_reader FROM "{login.name}"')
    double_click_row(qtbot, table, row_of(table, "SN-1"))
    notice = message_box(qtbot, window, "inventoryNotice")
    assert "not allowed" in notice.text()
    assert not any(d.isVisible() for d in window.findChildren(QWidget, "itemDialog"))


def test_a_role_raised_while_the_app_runs_shows_when_the_app_comes_back_to_the_front(
    qtbot, window_as, pg_url
):
    window, login = window_as("editor")
    window.show_page("productTypes")
    new_type = find(window, QToolButton, "productTypesNew")
    assert refused(new_type, "Only administrators")
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f'REVOKE citrus_editor FROM "{login.name}"; GRANT citrus_admin TO "{login.name}"')
    window.role_watch._asked_at -= ASK_AGAIN_AFTER_S  # a minute later, the person comes back to it
    QApplication.sendEvent(QApplication.instance(), QEvent(QEvent.Type.ApplicationActivate))
    qtbot.waitUntil(new_type.isEnabled)
    assert "Administrator" in find(window, QLabel, "statusRole").text()
