from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from citrus_desktop.domain.items import ItemData, get_item, save_item
from citrus_desktop.domain.list_sources import InventorySource
from citrus_desktop.store.database import close_database, open_database
from tests.ui.helpers import (
    choose,
    click,
    column,
    find,
    message_box,
    open_dialog,
    open_list,
    right_click,
    row_of,
    select_rows,
    type_text,
    wait_active,
    wait_focus,
)


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
    type_text(qtbot, field, "TERMICA")
    click(qtbot, find(page, QPushButton, "inventorySearch"))
    assert column(table) == ["SN-0001", "SN-0002", "SN-0003"]
    assert window.count_label.text() == "3 records match “TERMICA”"


def test_filter_matches_inside_words_and_customer_names_with_enter(qtbot, make_window, seed):
    _window, page, table = inventory(qtbot, make_window)
    click(qtbot, find(page, QToolButton, "inventoryFilter"))
    field = find(page, QLineEdit, "inventoryFilterText")
    type_text(qtbot, field, "comerc")
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
    type_text(qtbot, field, "nothing-like-this")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert table.model().rowCount() == 0
    assert "nothing-like-this" in find(page, QWidget, "inventoryEmpty").text()


def test_delete_asks_once_for_the_selection_then_deletes(qtbot, make_window, seed):
    _window, page, table = inventory(qtbot, make_window)
    select_rows(qtbot, table, [row_of(table, "SN-0001"), row_of(table, "SN-0003")])
    click(qtbot, find(page, QToolButton, "inventoryDelete"))
    box = message_box(qtbot, page, "inventoryDeleteQuestion")
    assert box.text() == "Delete 2 items?"
    assert box.informativeText().startswith("SN-0001, SN-0003\n")
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


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is now (shortcuts included)."""
    wait_active(widget)
    qtbot.keyClick(QApplication.focusWidget() or widget, key, modifier)


def test_ctrl_f_goes_back_to_the_open_filter_and_never_closes_it(qtbot, make_window, seed):
    _window, page, table = inventory(qtbot, make_window)
    field = find(page, QLineEdit, "inventoryFilterText")
    select_rows(qtbot, table, [0])
    press(qtbot, table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    wait_focus(qtbot, field)
    type_text(qtbot, field, "acme")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(column(table)) == 3)
    select_rows(qtbot, table, [0])
    press(qtbot, table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    wait_focus(qtbot, field)
    assert field.isVisible() and field.selectedText() == "acme" and len(column(table)) == 3
    click(qtbot, find(page, QToolButton, "inventoryFilter"))  # the button closes it
    assert not field.isVisible() and len(column(table)) == 4


def test_a_saved_item_becomes_the_only_selection_and_delete_names_it(qtbot, make_window, seed):
    window, page, table = inventory(qtbot, make_window)
    select_rows(qtbot, table, [row_of(table, "SN-0001")])
    press(qtbot, table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, window, "itemDialog")
    type_text(qtbot, find(dialog, QLineEdit, "itemSerial"), "NEW-9")
    choose(find(dialog, QComboBox, "itemCustomer"), "ACME")
    choose(find(dialog, QComboBox, "itemContract"), "CT-ACME-1")
    choose(find(dialog, QComboBox, "itemType"), "Impressora")
    press(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl held, as in the issue
    qtbot.waitUntil(lambda: not dialog.isVisible())
    selected = {index.row() for index in table.selectionModel().selectedRows()}
    assert selected == {row_of(table, "NEW-9")}
    assert window.statusBar().currentMessage() == "Item “NEW-9” saved."
    wait_active(table)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    box = message_box(qtbot, page, "inventoryDeleteQuestion")
    assert box.text() == "Delete item “NEW-9”?"
    click(qtbot, find(box, QPushButton, "inventoryConfirmDelete"))
    qtbot.waitUntil(lambda: "NEW-9" not in column(table))
    assert window.statusBar().currentMessage() == "1 item deleted."


def test_a_question_about_many_names_the_first_few_and_how_many_more(qtbot, make_window, seed, db_path):
    open_database(str(db_path))
    for number in range(4):
        save_item(
            ItemData(
                serial_number=f"SN-1{number}",
                customer_id=seed.acme,
                contract_id=seed.acme_contract,
                site_id=seed.acme_site,
                product_type_id=seed.printer,
            )
        )
    close_database()
    _window, page, table = inventory(qtbot, make_window)
    select_rows(qtbot, table, [0])
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, find(page, QToolButton, "inventoryDelete"))
    box = message_box(qtbot, page, "inventoryDeleteQuestion")
    assert box.text() == "Delete 8 items?"
    assert box.informativeText().startswith("LIC-9, SN-0001, SN-0002, SN-0003, SN-10 and 3 more\n")
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))


def header_menu(qtbot, page, table):
    header = table.horizontalHeader()
    right_click(qtbot, header.viewport(), header.viewport().rect().center())
    name = page.objectName().removesuffix("Page") + "Columns"
    qtbot.waitUntil(lambda: any(m.isVisible() for m in page.findChildren(QMenu, name)))
    return next(m for m in page.findChildren(QMenu, name) if m.isVisible())


def toggle_column(qtbot, page, table, key: str) -> None:
    menu = header_menu(qtbot, page, table)
    action = next(a for a in menu.actions() if a.objectName() == f"inventoryColumn_{key}")
    QTest.qWait(QApplication.doubleClickInterval() + 20)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not isValid(menu) or not menu.isVisible())  # closed, and then deleted


def shown_titles(table) -> list[str]:
    header = table.horizontalHeader()
    model = table.model()
    return [
        model.headerData(n, Qt.Orientation.Horizontal)
        for n in range(model.columnCount())
        if not header.isSectionHidden(n)
    ]


def test_columns_are_shown_and_hidden_from_the_header_and_remembered(qtbot, make_window, seed):
    window, page, table = inventory(qtbot, make_window)
    assert "Observation" not in shown_titles(table)  # hidden until wanted
    toggle_column(qtbot, page, table, "contract")
    toggle_column(qtbot, page, table, "observation")
    assert "Contract" not in shown_titles(table) and "Observation" in shown_titles(table)
    window.close()
    _again, _page, table = inventory(qtbot, make_window)
    assert shown_titles(table) == ["Serial number", "Customer", "Site", "Type", "Description", "Observation"]


def test_a_match_only_in_the_observation_is_shown(qtbot, make_window, seed, db_path):
    open_database(str(db_path))
    item = get_item(InventorySource().page(0, 1)[0][0])
    item.observation = "trocar a bobina em março"
    save_item(item)
    close_database()
    _window, page, table = inventory(qtbot, make_window)
    click(qtbot, find(page, QToolButton, "inventoryFilter"))
    field = find(page, QLineEdit, "inventoryFilterText")
    type_text(qtbot, field, "bobina")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: column(table) == [item.serial_number])
    assert "Observation" in shown_titles(table)
    observation = shown_titles(table).index("Observation")
    assert table.model().index(0, observation + 0).data() is not None
    assert "bobina" in column(table, table.model().columnCount() - 1)[0]
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(column(table)) == 4)
    assert "Observation" not in shown_titles(table)


def test_the_active_column_leaves_the_spare_width_to_the_names(qtbot, make_window, seed):
    window, _page, table = open_list(qtbot, make_window, "customers", "customersPage", "customers")
    window.resize(1280, 800)  # room for every column (narrower, the list scrolls sideways)
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch)  # Name
    assert header.sectionSize(4) < header.sectionSize(0)  # Active, narrow


def test_an_empty_list_leads_to_the_first_record(qtbot, make_window):
    window, page, _table = inventory(qtbot, make_window)
    button = find(page, QPushButton, "inventoryEmptyNew")
    wait_focus(qtbot, button)  # so the page's shortcuts work at once
    press(qtbot, button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, window, "itemDialog")
    qtbot.keyClick(find(dialog, QLineEdit, "itemSerial"), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.count_label.text() == "No records"
