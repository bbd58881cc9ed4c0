"""The dashboard as a user meets it: the start page, its lists by band, its cards and charts."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolTip,
    QWidget,
)

from citrus_desktop.domain.contracts import get_contract, save_contract
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.ui.dashboard.bar_chart import BarChart
from tests.ui.helpers import choose, click, column, double_click_row, find, row_of


@pytest.fixture
def dated(seed, db_path):
    """The seed's contracts dated: CT-ACME-1 ends in 10 days (3 items), CT-ACME-2 in 45 (none),
    CT-BETA-1 ended 5 days ago (1 item)."""
    open_database(str(db_path))
    today = date.today()
    for contract_id, offset in (
        (seed.acme_contract, 10),
        (seed.acme_contract2, 45),
        (seed.beta_contract, -5),
    ):
        data = get_contract(contract_id)
        data.end_date = today + timedelta(days=offset)
        save_contract(data)
    close_database()
    return seed


def dashboard(qtbot, make_window, language="en"):
    window = make_window(language, start_page=None)
    window.resize(1400, 900)
    window.show()
    page = find(window, QWidget, "dashboardPage")
    qtbot.waitUntil(page.isVisible)
    return window, page


def test_the_dashboard_is_the_start_page_and_reached_from_the_navigation(qtbot, make_window, dated):
    window, page = dashboard(qtbot, make_window)
    assert window.stack.currentWidget() is page
    go_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "Go" in a.text())
    assert "navDashboard" in [a.objectName() for a in go_menu.actions()]
    table = find(page, QTableView, "dashboardExpiring")
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 3)).center()
    )
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget().objectName() == "inventoryPage"
    click(qtbot, find(window, QAbstractButton, "navDashboardButton"))
    assert window.stack.currentWidget() is page
    assert find(window, QAction, "navDashboard").isChecked()
    # The keyboard lands back on the contracts that need attention: Down, Enter opens the next.
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert find(page.dialog, QWidget, "contractCode").text() == "CT-ACME-2"  # below the one clicked
    page.dialog.reject()


def test_preferences_make_the_inventory_the_start_page(qtbot, make_window, dated):
    window, _page = dashboard(qtbot, make_window)
    find(window, QAction, "actionPreferences").trigger()
    dialog = find(window, QWidget, "preferencesDialog")
    qtbot.waitUntil(dialog.isVisible)
    choose(find(dialog, QComboBox, "preferencesStartPage"), "Inventory")
    click(qtbot, find(dialog, QPushButton, "preferencesSave"))
    window.close()
    again = make_window(start_page=None)
    again.show()
    assert again.stack.currentWidget().objectName() == "inventoryPage"


def test_contracts_ending_are_listed_once_in_their_band_and_open_in_one_action(qtbot, make_window, dated):
    _window, page = dashboard(qtbot, make_window)
    table = find(page, QTableView, "dashboardExpiring")
    assert column(table, 3) == ["CT-ACME-1", "CT-ACME-2"]
    assert column(table, 0) == ["≤ 30 days", "31–60 days"]
    assert column(table, 2) == ["in 10 days", "in 45 days"]
    assert column(table, 5) == ["3", "0"]
    assert table.model().index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert table.model().index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    assert find(page, QAbstractButton, "dashboardBand30").text() == "≤ 30 days (1)"
    click(qtbot, find(page, QAbstractButton, "dashboardBand60"))
    assert column(table, 3) == ["CT-ACME-2"]
    click(qtbot, find(page, QAbstractButton, "dashboardBand90"))
    assert find(page, QLabel, "dashboardExpiringEmpty").isVisible()
    click(qtbot, find(page, QAbstractButton, "dashboardBandAll"))

    ended = find(page, QTableView, "dashboardEnded")
    assert column(ended, 2) == ["CT-BETA-1"]
    assert column(ended, 1) == ["5 days ago"]

    double_click_row(qtbot, table, row_of(table, "CT-ACME-1", 3))
    dialog = find(page, QWidget, "contractDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert find(dialog, QLabel, "contractItems").text() == "Covers 3 items"
    assert find(dialog, QLabel, "contractEndStatus").text() == "Ends in 10 days"
    # Renewed for a year: it leaves the list.
    end = find(dialog, QWidget, "contractEnd")
    end.set_value(date.today() + timedelta(days=375))
    assert not find(dialog, QLabel, "contractEndStatus").isVisible()
    click(qtbot, find(dialog, QPushButton, "contractSave"))
    qtbot.waitUntil(lambda: column(table, 3) == ["CT-ACME-2"], timeout=3000)
    assert find(page, QAbstractButton, "dashboardBand30").text() == "≤ 30 days (0)"

    ended.setFocus()
    ended.selectRow(0)
    qtbot.keyClick(ended, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert find(page.dialog, QWidget, "contractCode").text() == "CT-BETA-1"
    assert find(page.dialog, QLabel, "contractEndStatus").text() == "Ended 5 days ago"
    page.dialog.reject()


def test_a_row_menu_opens_the_customer(qtbot, make_window, dated):
    _window, page = dashboard(qtbot, make_window)
    ended = find(page, QTableView, "dashboardEnded")
    point = ended.visualRect(ended.model().index(0, 0)).center()
    ended.customContextMenuRequested.emit(point)
    menu = find(page, QMenu, "dashboardRowMenu")
    qtbot.waitUntil(menu.isVisible)
    next(a for a in menu.actions() if a.text() == "Open the customer").trigger()
    customer = next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "customerWindow" and w.isVisible()
    )
    assert find(customer, QWidget, "customerName").text() == "Beta Comércio S.A."


def test_totals_say_their_numbers_and_lead_to_their_pages(qtbot, make_window, dated):
    window, page = dashboard(qtbot, make_window)
    cards = {
        name: find(page, QAbstractButton, f"dashboardTotal{name}") for name in ("Items", "Soon", "Ended")
    }
    assert cards["Items"].accessibleName() == "items: 4"
    assert cards["Soon"].accessibleName() == "end within 30 days: 1"
    assert cards["Ended"].accessibleName() == "ended with items: 1"
    click(qtbot, cards["Soon"])
    assert find(page, QAbstractButton, "dashboardBand30").isChecked()
    assert column(find(page, QTableView, "dashboardExpiring"), 3) == ["CT-ACME-1"]
    click(qtbot, cards["Items"])
    assert window.stack.currentWidget().objectName() == "inventoryPage"


def test_charts_give_each_number_by_hover_click_keys_and_as_a_table(qtbot, make_window, dated):
    _window, page = dashboard(qtbot, make_window)
    chart = find(page, BarChart, "dashboardByType")
    caption = find(page, QLabel, "dashboardByTypeCaption")
    assert [(bar.label, bar.value) for bar in chart.bars] == [
        ("Impressora térmica", 3),
        ("Licença Microsoft 365", 1),
    ]
    assert chart.accessibleName() == "Items by type (top 10)"
    assert chart.accessibleDescription().splitlines() == [
        "Impressora térmica: 3 items (75% of all)",
        "Licença Microsoft 365: 1 item (25% of all)",
    ]
    second = chart.bar_rect(1).center()
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, second, chart.mapToGlobal(second)))
    assert QToolTip.text() == "Licença Microsoft 365: 1 item (25% of all)"
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(0).center())
    assert caption.text() == "Impressora térmica: 3 items (75% of all)"
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert caption.text() == "Licença Microsoft 365: 1 item (25% of all)"
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.current == 0

    click(qtbot, find(page, QAbstractButton, "dashboardByTypeTableButton"))
    table = find(page, QTableView, "dashboardByTypeTable")
    assert table.isVisible() and not chart.isVisible()
    assert [column(table, n) for n in range(3)] == [
        ["Impressora térmica", "Licença Microsoft 365"],
        ["3", "1"],
        ["75%", "25%"],
    ]

    months = find(page, BarChart, "dashboardByMonth")
    assert len(months.bars) == 12 and months.bars[-1].value == 4

    customers = find(page, BarChart, "dashboardByCustomer")
    qtbot.mouseDClick(customers, Qt.MouseButton.LeftButton, pos=customers.bar_rect(1).center())
    opened = [
        w for w in QApplication.topLevelWidgets() if w.objectName() == "customerWindow" and w.isVisible()
    ]
    assert [find(w, QWidget, "customerName").text() for w in opened] == ["Beta Comércio S.A."]


def test_the_page_follows_new_items_and_reads_in_portuguese(qtbot, make_window, dated):
    from citrus_desktop.domain.items import ItemData, save_item
    from citrus_desktop.ui.events import announce

    _window, page = dashboard(qtbot, make_window, "pt_BR")
    table = find(page, QTableView, "dashboardExpiring")
    assert column(table, 2) == ["em 10 dias", "em 45 dias"]
    assert find(page, QAbstractButton, "dashboardTotalItems").accessibleName() == "itens: 4"
    save_item(
        ItemData(
            serial_number="NEW-1",
            customer_id=dated.acme,
            contract_id=dated.acme_contract2,
            site_id=dated.acme_site,
            product_type_id=dated.licence,
        )
    )
    announce("inventory_item")
    qtbot.waitUntil(lambda: column(table, 5) == ["3", "1"], timeout=3000)
    assert find(page, QAbstractButton, "dashboardTotalItems").accessibleName() == "itens: 5"
    assert (
        find(page, BarChart, "dashboardByType")
        .accessibleDescription()
        .splitlines()[1]
        .startswith("Licença Microsoft 365: 2 itens")
    )


@pytest.mark.parametrize("size", [(800, 600), (1400, 900)])
def test_the_page_fits_small_and_large_windows(qtbot, make_window, dated, size, tmp_path):
    window, page = dashboard(qtbot, make_window)
    window.resize(*size)
    qtbot.waitUntil(lambda: page.width() < size[0])
    QApplication.processEvents()
    expiring = find(page, QTableView, "dashboardExpiring")
    # The table that needs attention is on screen without scrolling, whole columns wide.
    top = expiring.mapTo(page, QPoint(0, 0)).y()
    assert 0 < top < page.height() - 100
    assert expiring.width() >= 400
    assert page.grab().save(str(tmp_path / "dashboard.png"))


def test_left_open_overnight_the_page_moves_to_the_new_day(qtbot, make_window, dated):
    from citrus_desktop.domain import expiry

    _window, page = dashboard(qtbot, make_window)
    table = find(page, QTableView, "dashboardExpiring")
    try:
        expiry.set_clock(lambda: date.today() + timedelta(days=11))
        page.day_timer.timeout.emit()
        # CT-ACME-1 ended yesterday (seen from then) and moved to the ended list.
        assert column(table, 3) == ["CT-ACME-2"]
        assert column(table, 2) == ["in 34 days"]
        assert column(find(page, QTableView, "dashboardEnded"), 1) == ["yesterday", "16 days ago"]
    finally:
        expiry.set_clock(None)


def test_counts_that_went_wrong_are_recounted_when_the_page_opens(qtbot, make_window, dated, db_path):
    import sqlite3

    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE product_type_item_count SET items = items + 5")
    _window, page = dashboard(qtbot, make_window)
    items = find(page, QAbstractButton, "dashboardTotalItems")
    qtbot.waitUntil(lambda: items.accessibleName() == "items: 4", timeout=3000)
