from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView, QToolButton, QWidget

from citrus_desktop.domain.demo import fill_demo
from citrus_desktop.store.database import close_database, open_database
from tests.ui.helpers import click, find, navigate, open_dialog


def test_portuguese_interface(qtbot, make_window, seed):
    window = make_window("pt_BR")
    window.show()
    page = navigate(qtbot, window, "inventory")
    assert find(page, QToolButton, "inventoryNew").text() == "Novo"
    assert find(page, QToolButton, "inventoryDelete").text() == "Excluir"
    assert find(page, QToolButton, "inventoryFilter").text() == "Filtro"
    assert find(page, QPushButton, "inventorySearch").text() == "Pesquisar"
    assert find(window, QAction, "navAdministration").text() == "Administração"
    table = find(page, QTableView, "inventoryTable")
    assert table.model().headerData(0, Qt.Orientation.Horizontal) == "Número de série"
    assert window.count_label.text() == "4 registros"
    click(qtbot, find(page, QToolButton, "inventoryNew"))
    dialog = open_dialog(qtbot, window, "itemDialog")
    assert find(dialog, QPushButton, "itemSave").text() == "Salvar"  # Qt's own qtbase_pt_BR
    assert find(dialog, QPushButton, "itemCancel").text() == "Cancelar"
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    errors = find(dialog, QLabel, "itemErrors").text()
    assert "Número de série é obrigatório." in errors
    assert "Escolha o cliente." in errors


def test_portuguese_admin_panel(qtbot, make_window):
    window = make_window("pt_BR")
    window.show()
    panel = navigate(qtbot, window, "administration")
    assert "Configurações Gerais" in [label.text() for label in panel.findChildren(QLabel)]
    assert find(panel, QLineEdit, "adminSearch").placeholderText() == "Buscar configurações…"


def test_english_interface(qtbot, make_window, seed):
    window = make_window("en")
    window.show()
    page = find(window, QWidget, "inventoryPage")
    assert find(page, QToolButton, "inventoryNew").text() == "New"
    assert window.count_label.text() == "4 records"


def test_record_counts_use_the_languages_digit_grouping(qtbot, make_window, db_path):
    open_database(str(db_path))
    fill_demo(1200)
    close_database()
    window = make_window("pt_BR")
    window.show()
    assert window.count_label.text() == "1.200 registros"


def test_values_computed_at_run_time_are_translated(qtbot, make_window, seed):
    window = make_window("pt_BR")
    window.show()
    table = find(navigate(qtbot, window, "customers"), QTableView, "customersTable")
    assert table.model().headerData(4, Qt.Orientation.Horizontal) == "Ativo"
    assert {table.model().index(row, 4).data() for row in range(table.model().rowCount())} == {"Sim"}
