from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton, QToolButton, QWidget

from citrus_desktop.domain.list_sources import InventorySource
from tests.ui.helpers import click, column, find, message_box, open_list, row_of, select_rows


def inventory(qtbot, make_window, language="en"):
    return open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory", language)


def test_lists_every_customers_items(qtbot, make_window, seed):
    _window, _page, table = inventory(qtbot, make_window)
    assert column(table) == ["LIC-9", "SN-0001", "SN-0002", "SN-0003"]
    assert column(table, 1)[0] == "Beta Comércio S.A."
    headers = [
        table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(table.model().columnCount())
    ]
    assert headers[:4] == ["Serial number", "Customer", "Contract", "Site"]


def test_status_bar_counts_records(qtbot, make_window, seed):
    window, _page, _table = inventory(qtbot, make_window)
    assert window.count_label.text() == "4 records"


def test_filter_reveals_field_and_searches_ignoring_case_and_accents(qtbot, make_window, seed):
    window, page, table = inventory(qtbot, make_window)
    field = find(page, QLineEdit, "inventoryFilterText")
    assert not field.isVisible()
    click(qtbot, find(page, QToolButton, "inventoryFilter"))
    assert field.isVisible()
    qtbot.keyClicks(field, "TERMICA")
    click(qtbot, find(page, QPushButton, "inventorySearch"))
    assert column(table) == ["SN-0001", "SN-0002", "SN-0003"]
    assert window.count_label.text() == "3 records match “TERMICA”"


def test_filter_matches_inside_words_and_customer_names_with_enter(qtbot, make_window, seed):
    _window, page, table = inventory(qtbot, make_window)
    click(qtbot, find(page, QToolButton, "inventoryFilter"))
    field = find(page, QLineEdit, "inventoryFilterText")
    qtbot.keyClicks(field, "comerc")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert column(table) == ["LIC-9"]
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert column(table) == ["LIC-9", "SN-0001", "SN-0002", "SN-0003"]
    assert not field.isVisible()


def test_filter_with_no_match_says_so(qtbot, make_window, seed):
    _window, page, table = inventory(qtbot, make_window)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 0)).center()
    )
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = find(page, QLineEdit, "inventoryFilterText")
    assert field.isVisible()
    qtbot.keyClicks(field, "nothing-like-this")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert table.model().rowCount() == 0
    assert "nothing-like-this" in find(page, QWidget, "inventoryEmpty").text()


def test_delete_asks_once_for_the_selection_then_deletes(qtbot, make_window, seed):
    _window, page, table = inventory(qtbot, make_window)
    select_rows(qtbot, table, [row_of(table, "SN-0001"), row_of(table, "SN-0003")])
    click(qtbot, find(page, QToolButton, "inventoryDelete"))
    box = message_box(qtbot, page, "inventoryDeleteQuestion")
    assert box.text() == "Delete 2 items?"
    click(qtbot, find(box, QPushButton, "inventoryConfirmDelete"))
    qtbot.waitUntil(lambda: column(table) == ["LIC-9", "SN-0002"])
    assert InventorySource().count() == 2


def test_cancelled_delete_keeps_everything(qtbot, make_window, seed):
    _window, page, table = inventory(qtbot, make_window)
    select_rows(qtbot, table, [0])
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    box = message_box(qtbot, page, "inventoryDeleteQuestion")
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    assert InventorySource().count() == 4
    assert len(column(table)) == 4


def test_delete_is_disabled_without_selection(qtbot, make_window, seed):
    _window, page, table = inventory(qtbot, make_window)
    table.clearSelection()
    assert not find(page, QToolButton, "inventoryDelete").isEnabled()


def test_empty_inventory_invites_to_create(qtbot, make_window):
    _window, page, _table = inventory(qtbot, make_window)
    assert "New" in find(page, QWidget, "inventoryEmpty").text()


def test_list_model_passes_qt_model_checks(qtbot, make_window, seed, qtmodeltester):
    _window, _page, table = inventory(qtbot, make_window)
    qtmodeltester.check(table.model())
