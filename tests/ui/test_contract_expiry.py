"""A customer's contract list and the contract dialog say how many items a contract covers and
when it ends, in words and colour."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableView, QTabWidget, QWidget

from citrus_desktop.store.models import Contract
from citrus_desktop.ui.style import tone_color
from tests.ui.helpers import click, column, double_click_row, find, row_of, wait_focus
from tests.ui.test_dashboard import dated  # noqa: F401  (fixture)


def contracts_tab(qtbot, make_window, customer_id):
    window = make_window()
    window.show()
    customer = window.open_customer(customer_id)
    qtbot.addWidget(customer)
    tabs = find(customer, QTabWidget, "customerTabs")
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center())
    table = find(customer, QTableView, "customerContractsTable")
    qtbot.waitUntil(find(customer, QWidget, "customerContracts").isVisible)
    return customer, table


def test_the_contract_list_counts_items_and_marks_ending_contracts(qtbot, make_window, dated):  # noqa: F811
    _customer, table = contracts_tab(qtbot, make_window, dated.acme)
    headers = [
        table.model().headerData(n, Qt.Orientation.Horizontal) for n in range(table.model().columnCount())
    ]
    assert headers[-2:] == ["Status", "Items"]
    assert column(table, 0) == ["CT-ACME-1", "CT-ACME-2"]
    assert column(table, 4) == ["Ends in 10 days", ""]  # 45 days away needs no mark
    assert column(table, 5) == ["3", "0"]
    status = table.model().index(0, 4)
    assert status.data(Qt.ItemDataRole.ForegroundRole) == tone_color("soon")
    assert not status.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert table.model().index(1, 4).data(Qt.ItemDataRole.ForegroundRole) is None


def test_an_ended_contract_says_so_in_its_list_and_dialog(qtbot, make_window, dated):  # noqa: F811
    customer, table = contracts_tab(qtbot, make_window, dated.beta)
    assert column(table, 4) == ["Ended 5 days ago"]
    assert table.model().index(0, 4).data(Qt.ItemDataRole.ForegroundRole) == tone_color("ended")
    double_click_row(qtbot, table, row_of(table, "CT-BETA-1"))
    dialog = find(customer, QWidget, "contractDialog")
    qtbot.waitUntil(dialog.isVisible)
    status = find(dialog, QLabel, "contractEndStatus")
    assert status.text() == "Ended 5 days ago" and tone_color("ended").name() in status.styleSheet()
    assert find(dialog, QLabel, "contractItems").text() == "Covers 1 item"
    end = find(dialog, QWidget, "contractEnd")
    end.set_value(date.today())
    assert status.text() == "Ends today"
    end.set_value(date.today() + timedelta(days=30))
    assert status.text() == "Ends in 30 days"
    end.set_value(date.today() + timedelta(days=31))
    assert not status.isVisible()
    end.set_value(None)
    assert not status.isVisible()
    click(qtbot, find(dialog, QPushButton, "contractCancel"))


def test_a_new_contract_has_no_item_count(qtbot, make_window, dated):  # noqa: F811
    customer, _table = contracts_tab(qtbot, make_window, dated.empty)
    click(qtbot, find(customer, QWidget, "customerContractsNew"))
    dialog = find(customer, QWidget, "contractDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.findChild(QLabel, "contractItems") is None
    assert not find(dialog, QLabel, "contractEndStatus").isVisible()


@pytest.mark.parametrize(
    ("language", "typed", "shown"), [("en", "12152026", "12/15/2026"), ("pt_BR", "15122026", "15/12/2026")]
)
def test_a_date_typed_into_an_empty_date_field_is_taken(qtbot, make_window, dated, language, typed, shown):  # noqa: F811
    window = make_window(language)
    window.show()
    customer = window.open_customer(dated.empty)
    qtbot.addWidget(customer)
    tabs = find(customer, QTabWidget, "customerTabs")
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center())
    qtbot.waitUntil(find(customer, QWidget, "customerContracts").isVisible)
    click(qtbot, find(customer, QWidget, "customerContractsNew"))
    dialog = find(customer, QWidget, "contractDialog")
    qtbot.waitUntil(dialog.isVisible)
    code = find(dialog, QLineEdit, "contractCode")
    wait_focus(qtbot, code)
    qtbot.keyClicks(code, "CT-TYPED")
    end = find(dialog, QWidget, "contractEnd")
    for _ in range(8):  # Tab on through Description and Start (whose sections take Tabs too)
        if end.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert end.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), typed)  # digits alone, as people type a date
    assert end.lineEdit().text() == shown
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert Contract.get(Contract.code == "CT-TYPED").end_date == date(2026, 12, 15)
