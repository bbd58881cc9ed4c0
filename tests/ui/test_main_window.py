from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSplitter, QTableView, QWidget

from citrus_desktop.domain.session import actor
from citrus_desktop.store.models import InventoryItem
from citrus_desktop.ui.settings.preferences_dialog import saved_language
from tests.ui.helpers import choose, click, find


def test_column_widths_and_splitter_are_remembered(qtbot, make_window, seed, db_path):
    window = make_window()
    window.show()
    table = find(window, QTableView, "inventoryTable")
    table.horizontalHeader().resizeSection(1, 333)
    find(window, QSplitter, "mainSplitter").setSizes([260, 900])
    window.close()
    again = make_window()
    again.show()
    assert find(again, QTableView, "inventoryTable").horizontalHeader().sectionSize(1) == 333
    assert find(again, QSplitter, "mainSplitter").sizes()[0] == 260


def test_ctrl_n_opens_a_new_item(qtbot, make_window, seed):
    window = make_window()
    window.show()
    table = find(window, QTableView, "inventoryTable")
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 0)).center()
    )
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = find(window, QWidget, "itemDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert find(dialog, QLineEdit, "itemSerial").text() == ""


def test_preferences_choose_the_language_and_the_staff_name(qtbot, make_window, seed):
    window = make_window()
    window.show()
    find(window, QAction, "actionPreferences").trigger()
    dialog = find(window, QWidget, "preferencesDialog")
    qtbot.waitUntil(dialog.isVisible)
    choose(find(dialog, QComboBox, "preferencesLanguage"), "Português")
    qtbot.keyClicks(find(dialog, QLineEdit, "preferencesStaffName"), "Ana Souza")
    click(qtbot, find(dialog, QPushButton, "preferencesSave"))
    assert not dialog.isVisible()
    assert saved_language() == "pt_BR"
    assert actor() == "Ana Souza"
    window.page("inventory").new_record()
    item = find(window, QWidget, "itemDialog")
    qtbot.keyClicks(find(item, QLineEdit, "itemSerial"), "BY-ANA")
    choose(find(item, QComboBox, "itemCustomer"), "ACME")
    choose(find(item, QComboBox, "itemContract"), "CT-ACME-1")
    choose(find(item, QComboBox, "itemSite"), "Matriz")
    choose(find(item, QComboBox, "itemType"), "Impressora")
    click(qtbot, find(item, QPushButton, "itemSave"))
    saved = InventoryItem.get(InventoryItem.serial_number == "BY-ANA")
    assert (saved.created_by, saved.updated_by) == ("Ana Souza", "Ana Souza")


def test_about_dialog_names_the_database(qtbot, make_window, db_path):
    window = make_window()
    window.show()
    find(window, QAction, "actionAbout").trigger()
    dialog = find(window, QWidget, "aboutDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert str(db_path) in dialog.findChild(QWidget, "aboutDetails").text()
