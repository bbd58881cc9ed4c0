from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QToolButton

from citrus_desktop.domain.list_sources import ProductTypeSource
from tests.ui.helpers import (
    choose,
    click,
    column,
    find,
    message_box,
    open_dialog,
    open_list,
    row_of,
    select_rows,
    type_text,
)


def types_page(qtbot, make_window):
    return open_list(qtbot, make_window, "productTypes", "productTypesPage", "productTypes")


def test_new_type_is_product_by_default_and_listed(qtbot, make_window):
    _window, page, table = types_page(qtbot, make_window)
    click(qtbot, find(page, QToolButton, "productTypesNew"))
    dialog = open_dialog(qtbot, page, "productTypeDialog")
    kind = find(dialog, QComboBox, "productTypeKind")
    assert kind.currentText() == "Product"
    type_text(qtbot, find(dialog, QLineEdit, "productTypeName"), "Nobreak")
    click(qtbot, find(dialog, QPushButton, "productTypeSave"))
    qtbot.waitUntil(lambda: column(table) == ["Nobreak"])
    assert column(table, 1) == ["Product"]


def test_service_type_and_duplicate_name(qtbot, make_window, seed):
    _window, page, table = types_page(qtbot, make_window)
    click(qtbot, find(page, QToolButton, "productTypesNew"))
    dialog = open_dialog(qtbot, page, "productTypeDialog")
    type_text(qtbot, find(dialog, QLineEdit, "productTypeName"), "licença MICROSOFT 365")
    choose(find(dialog, QComboBox, "productTypeKind"), "Service")
    click(qtbot, find(dialog, QPushButton, "productTypeSave"))
    assert dialog.isVisible()
    assert "There is already a type" in find(dialog, QLabel, "productTypeErrors").text()
    name = find(dialog, QLineEdit, "productTypeName")
    qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, name, "Backup em nuvem")
    click(qtbot, find(dialog, QPushButton, "productTypeSave"))
    qtbot.waitUntil(lambda: "Backup em nuvem" in column(table))
    assert column(table, 1)[row_of(table, "Backup em nuvem")] == "Service"


def test_type_in_use_is_not_deleted(qtbot, make_window, seed):
    _window, page, table = types_page(qtbot, make_window)
    select_rows(qtbot, table, [row_of(table, "Impressora térmica")])
    click(qtbot, find(page, QToolButton, "productTypesDelete"))
    click(
        qtbot,
        find(
            message_box(qtbot, page, "productTypesDeleteQuestion"), QPushButton, "productTypesConfirmDelete"
        ),
    )
    notice = message_box(qtbot, page, "productTypesNotice")
    assert "Impressora térmica" in notice.informativeText() and "3 items" in notice.informativeText()
    assert ProductTypeSource().count() == 2
