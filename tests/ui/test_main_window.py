import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QWidget,
)

from citrus_desktop.domain.session import actor
from citrus_desktop.store.models import InventoryItem
from citrus_desktop.ui.records.record_dialog import RecordDialog
from citrus_desktop.ui.settings.preferences_dialog import saved_language
from tests.ui.helpers import choose, choose_menu, click, find, navigate, open_dialog, select_rows, type_text


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
    dialog = open_dialog(qtbot, window, "itemDialog")
    assert find(dialog, QLineEdit, "itemSerial").text() == ""


def test_preferences_choose_the_language_and_the_staff_name(qtbot, make_window, seed):
    window = make_window()
    window.show()
    choose_menu(qtbot, window, "actionPreferences")
    dialog = open_dialog(qtbot, window, "preferencesDialog")
    choose(find(dialog, QComboBox, "preferencesLanguage"), "Português")
    type_text(qtbot, find(dialog, QLineEdit, "preferencesStaffName"), "Ana Souza")
    click(qtbot, find(dialog, QPushButton, "preferencesSave"))
    assert not dialog.isVisible()
    assert saved_language() == "pt_BR"
    assert actor() == "Ana Souza"
    page = navigate(qtbot, window, "inventory")
    click(qtbot, find(page, QToolButton, "inventoryNew"))
    item = open_dialog(qtbot, window, "itemDialog")
    type_text(qtbot, find(item, QLineEdit, "itemSerial"), "BY-ANA")
    choose(find(item, QComboBox, "itemCustomer"), "ACME")
    choose(find(item, QComboBox, "itemContract"), "CT-ACME-1")
    choose(find(item, QComboBox, "itemType"), "Impressora")
    click(qtbot, find(item, QPushButton, "itemSave"))
    saved = InventoryItem.get(InventoryItem.serial_number == "BY-ANA")
    assert (saved.created_by, saved.updated_by) == ("Ana Souza", "Ana Souza")


def test_about_dialog_names_the_database(qtbot, make_window, db_path):
    window = make_window()
    window.show()
    choose_menu(qtbot, window, "actionAbout")
    dialog = open_dialog(qtbot, window, "aboutDialog")
    assert str(db_path) in dialog.findChild(QWidget, "aboutDetails").text()


def test_800_by_600_fits_every_page(qtbot, make_window, seed):
    for language in ("en", "pt_BR"):
        window = make_window(language)
        window.resize(800, 600)
        window.show()
        for key in ("inventory", "customers", "productTypes", "administration"):
            page = navigate(qtbot, window, key)
            assert window.minimumSizeHint().width() <= 800, (language, key)
            assert window.width() == 800, (language, key)  # never pushed wider by a page
        panel = find(window, QWidget, "adminPanel")
        for block in ("general", "lemondesk", "limesales"):  # wrapped, each card whole in view
            card = find(panel, QWidget, f"adminBlock_{block}")
            assert card.mapTo(panel, card.rect().topRight()).x() <= panel.width(), (language, block)
        assert page is panel
        window.close()


def test_the_sidebar_keeps_a_usable_width(qtbot, make_window):
    window = make_window()
    window.resize(800, 600)
    window.show()
    splitter = find(window, QSplitter, "mainSplitter")
    handle = splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, pos=middle - QPoint(400, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle - QPoint(400, 0))
    button = find(window, QToolButton, "navAdministrationButton")
    assert splitter.sizes()[0] >= button.minimumSizeHint().width()
    assert button.isVisible() and button.width() >= button.minimumSizeHint().width()


def test_a_first_window_fits_the_screen(qtbot, make_window):
    window = make_window()  # nothing remembered yet: 1280×800, or the screen's free area if smaller
    window.show()
    free = window.screen().availableGeometry()
    assert window.width() == min(1280, free.width()) and window.height() == min(800, free.height())


def test_a_database_deep_in_folders_keeps_the_window_small(qtbot, make_window, tmp_path):
    deep = tmp_path.joinpath(*[f"Pasta de clientes número {n}" for n in range(6)])
    deep.mkdir(parents=True)
    window = make_window(database=str(deep / "inventário.db"))
    window.resize(800, 600)
    window.show()
    assert window.minimumSizeHint().width() <= 800 and window.width() == 800
    label = find(window, QLabel, "statusDatabase")
    assert "…" in label.text() and label.toolTip().endswith("inventário.db")


@pytest.mark.parametrize("language", ["en", "pt_BR"])
def test_every_window_fits_the_screen_and_shows_its_whole_form(qtbot, make_window, seed, language):
    window = make_window(language)
    window.resize(800, 600)
    window.show()
    free = window.screen().availableGeometry()
    page = navigate(qtbot, window, "inventory")
    select_rows(qtbot, page.table, [0])
    for button in ("inventoryNew", "inventoryLabels", "inventoryImport", "inventoryStockTake"):
        window.activateWindow()  # back to it, as the user's click on it does
        click(qtbot, find(page, QToolButton, button))

        def others() -> list[QWidget]:
            return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]

        qtbot.waitUntil(lambda: bool(others()))
        for shown in others():
            name = shown.objectName()
            assert shown.width() <= free.width() and shown.height() <= free.height(), name
            # Never narrower than its form (Qt's two thirds of the screen cut Portuguese forms)
            assert shown.width() >= min(shown.minimumSizeHint().width(), free.width()), name
            if isinstance(shown, RecordDialog):
                shown.mark_unchanged()
            shown.close()
        qtbot.waitUntil(lambda: not others())
    window.activateWindow()
    choose_menu(qtbot, window, "actionPreferences")
    preferences = open_dialog(qtbot, window, "preferencesDialog")
    assert preferences.width() >= preferences.sizeHint().width()


@pytest.mark.parametrize("width", [800, 1400])
def test_a_narrow_list_scrolls_sideways_rather_than_cut_names(qtbot, make_window, seed, width):
    window = make_window("pt_BR")
    window.resize(width, 600)
    window.show()
    page = navigate(qtbot, window, "customers")
    table = find(page, QTableView, "customersTable")
    header = table.horizontalHeader()
    name = 0
    starting = page._starting_width("name")
    qtbot.waitUntil(lambda: header.sectionSize(name) >= starting)
    total = sum(header.sectionSize(n) for n in range(header.count()) if not header.isSectionHidden(n))
    if width == 800:
        assert total > table.viewport().width() and table.horizontalScrollBar().isVisible()
    else:  # room for all: the name takes what is spare, nothing scrolls
        assert total == table.viewport().width() and not table.horizontalScrollBar().isVisible()
