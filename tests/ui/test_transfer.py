"""Export and the import wizard as a user meets them: the list's buttons, the save dialog, typing
the file's path, stepping through, reading the preview, finishing, and the list showing it."""

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWizard,
)

from citrus_desktop.domain.sheet_files import open_sheet, read_rows
from tests.ui.helpers import choose, click, column, find, message_box, open_list, type_text

DATA = Path(__file__).resolve().parents[1] / "data"


def the_dialog(qtbot, name: str) -> QFileDialog:
    found: list[QFileDialog] = []

    def shown() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.objectName() == name
        ]
        return bool(found) and found[0].isVisible()

    qtbot.waitUntil(shown, timeout=3000)
    return found[0]


def test_export_writes_the_filtered_list_with_portuguese_headers(qtbot, make_window, seed, tmp_path):
    _window, page, table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory", "pt_BR")
    click(qtbot, find(page, QToolButton, "inventoryFilter"))
    type_text(qtbot, find(page, QLineEdit, "inventoryFilterText"), "térmica")
    click(qtbot, find(page, QPushButton, "inventorySearch"))
    assert column(table) == ["SN-0001", "SN-0002", "SN-0003"]
    click(qtbot, find(page, QToolButton, "inventoryExport"))
    dialog = the_dialog(qtbot, "exportFileDialog")
    target = tmp_path / "termicas.csv"
    dialog.selectFile(str(target))
    dialog.accept()
    done = message_box(qtbot, page, "exportDone")
    assert "3" in done.text() and str(target) in done.text()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Número de série;Cliente;Contrato;Site;Tipo;Descrição;Observação"
    assert [line.split(";")[0] for line in lines[1:]] == ["SN-0001", "SN-0002", "SN-0003"]


def test_customers_export_to_xlsx_from_the_save_dialog(qtbot, make_window, seed, tmp_path):
    _window, page, _table = open_list(qtbot, make_window, "customers", "customersPage", "customers")
    click(qtbot, find(page, QToolButton, "customersExport"))
    dialog = the_dialog(qtbot, "exportFileDialog")
    choose(find(dialog, QComboBox, "fileTypeCombo"), "Excel workbook")
    assert dialog.selectedFiles()[0].endswith("customers.xlsx")  # the suggested name follows the type
    dialog.selectFile(str(tmp_path / "clientes.xlsx"))
    dialog.accept()
    message_box(qtbot, page, "exportDone")
    rows = list(read_rows(open_sheet(tmp_path / "clientes.xlsx")))
    assert rows[0][1][:2] == ["Name", "CPF/CNPJ"]
    assert [cells[0] for _line, cells in rows[1:]] == [
        "ACME Indústria Ltda.",
        "Beta Comércio S.A.",
        "Empty Clínica",
    ]


def wizard_of(qtbot, page) -> QWizard:
    click(qtbot, find(page, QToolButton, "inventoryImport"))
    wizard = page.importer.wizard
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.objectName() == "importWizard"
    return wizard


def next_page(qtbot, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=5000)
    click(qtbot, button)


def test_the_wizard_imports_an_excel_csv_as_a_user_steps_through(qtbot, make_window, seed):
    window, page, table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    wizard = wizard_of(qtbot, page)
    path_field = find(wizard, QLineEdit, "importFile")
    type_text(qtbot, path_field, str(DATA / "inventario-excel-cp1252.csv"))
    status = find(wizard, QLabel, "importFileStatus")
    qtbot.waitUntil(lambda: "row" in status.text(), timeout=5000)
    assert status.text() == "4 rows below the header row."
    assert find(wizard, QComboBox, "importEncoding").currentText() == "Windows-1252 (Excel, Western)"
    assert find(wizard, QComboBox, "importSeparator").currentText() == "Semicolon (;)"
    sample = find(wizard, QTableView, "importSample")
    assert column(sample, 0)[2] == "PAT-ÇÃO-7"  # the accents read right
    next_page(qtbot, wizard)

    mapping = find(wizard, QTableView, "importMapping")
    assert column(mapping, 0)[:2] == ["Número de Série*", "Cliente*"]
    observation = find(wizard, QComboBox, "importMappingField_6")
    assert observation.currentText() == "Observation"
    choose(observation, "(not imported)")
    next_page(qtbot, wizard)

    assert find(wizard, QComboBox, "importExisting").currentData() == "skip"
    assert not find(wizard, QCheckBox, "importCreateMissing").isChecked()
    next_page(qtbot, wizard)

    summary = find(wizard, QLabel, "importSummary")
    qtbot.waitUntil(lambda: summary.text().startswith("4 rows"), timeout=5000)
    assert summary.text().splitlines()[0] == "4 rows: 3 new, 0 updated, 1 skipped, 0 in error."
    preview = find(wizard, QTableView, "importPreview")
    assert column(preview, 0) == ["2", "4", "5", "6"]
    assert column(preview, 1) == ["New", "New", "New", "Skip"]
    assert column(preview, 2)[3] == "already in the database (skipped)"
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Import"
    click(qtbot, finish)
    done = message_box(qtbot, page, "importDone")
    assert done.text() == "Imported: 3 new, 0 updated, 1 skipped, 0 in error."
    qtbot.waitUntil(lambda: "7891234567895" in column(table))
    assert column(table) == [
        "7891234567895",
        "LIC-9",
        "PAT-ÇÃO-7",
        "SN-0001",
        "SN-0002",
        "SN-0003",
        "SN-2025-0101",
    ]
    # The import is one step of Undo, named by what it wrote; undone, the list is as it was.
    undo = find(window, QAction, "actionUndo")
    qtbot.waitUntil(lambda: undo.text() == "Undo import of 3 items from inventario-excel-cp1252.csv")
    done.accept()
    undo.trigger()
    qtbot.waitUntil(lambda: column(table) == ["LIC-9", "SN-0001", "SN-0002", "SN-0003"], timeout=5000)
    redo = find(window, QAction, "actionRedo")
    assert redo.text() == "Redo import of 3 items from inventario-excel-cp1252.csv"
    # The mapping chosen comes back for the next file of the same shape.
    again = wizard_of(qtbot, page)
    type_text(qtbot, find(again, QLineEdit, "importFile"), str(DATA / "inventario-excel-cp1252.csv"))
    next_page(qtbot, again)
    assert find(again, QComboBox, "importMappingField_6").currentText() == "(not imported)"
    again.reject()


def test_problems_are_shown_before_anything_is_written_and_saved_to_fix(qtbot, make_window, seed, tmp_path):
    _window, page, table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory", "pt_BR")
    wizard = wizard_of(qtbot, page)
    type_text(qtbot, find(wizard, QLineEdit, "importFile"), str(DATA / "inventario-problemas-cp1252.csv"))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    choose(find(wizard, QComboBox, "importExisting"), "Apontar como erro")
    next_page(qtbot, wizard)
    summary = find(wizard, QLabel, "importSummary")
    qtbot.waitUntil(lambda: summary.text().startswith("10 linhas"), timeout=5000)
    assert summary.text().splitlines()[0] == "10 linhas: 2 novos, 0 atualizados, 0 ignorados, 8 com erro."
    click(qtbot, find(wizard, QCheckBox, "importOnlyProblems"))
    preview = find(wizard, QTableView, "importPreview")
    assert column(preview, 0) == ["2", "4", "5", "6", "7", "8", "9", "10"]
    assert set(column(preview, 1)) == {"Erro"}
    assert column(preview, 2)[0] == "Número de série: Número de série é obrigatório."
    assert column(table) == ["LIC-9", "SN-0001", "SN-0002", "SN-0003"]  # nothing written yet
    click(qtbot, find(wizard, QPushButton, "importSaveErrors"))
    dialog = the_dialog(qtbot, "importErrorsDialog")
    target = tmp_path / "corrigir.csv"
    dialog.selectFile(str(target))
    dialog.accept()
    saved = message_box(qtbot, wizard, "importErrorsSaved")
    assert saved.text().startswith("8 linhas com erro salvas em")
    rows = list(read_rows(open_sheet(target)))
    assert rows[0][1][-1] == "Problema" and len(rows) == 9
    wizard.reject()
    assert column(table) == ["LIC-9", "SN-0001", "SN-0002", "SN-0003"]


def test_a_required_field_without_a_column_keeps_the_wizard_on_the_columns(qtbot, make_window, seed):
    _window, page, _table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    wizard = wizard_of(qtbot, page)
    type_text(qtbot, find(wizard, QLineEdit, "importFile"), str(DATA / "inventory-utf8-bom.csv"))
    next_page(qtbot, wizard)
    choose(find(wizard, QComboBox, "importMappingField_3"), "(not imported)")
    problems = find(wizard, QLabel, "importMappingProblems")
    assert problems.text() == "Choose the column of: Site."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    choose(find(wizard, QComboBox, "importMappingField_3"), "Site")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


def test_a_file_that_cannot_be_read_says_why(qtbot, make_window, seed, tmp_path):
    _window, page, _table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    wizard = wizard_of(qtbot, page)
    broken = tmp_path / "quebrada.xlsx"
    broken.write_bytes(b"PK\x03\x04 nothing inside")
    type_text(qtbot, find(wizard, QLineEdit, "importFile"), str(broken))
    problem = find(wizard, QLabel, "importFileProblem")
    qtbot.waitUntil(problem.isVisible, timeout=3000)
    assert "cannot be read as a spreadsheet" in problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


def test_the_database_is_copied_into_a_new_file_from_the_file_menu(qtbot, make_window, seed, tmp_path):
    window = make_window()
    window.show()
    find(window, QAction, "actionCopyDatabase").trigger()
    dialog = window.dialog
    assert dialog.objectName() == "copyDatabaseDialog"
    start = find(dialog, QPushButton, "copyStart")
    assert not start.isEnabled()
    target = tmp_path / "copia.db"
    type_text(qtbot, find(dialog, QLineEdit, "copyFilePath"), str(target))
    click(qtbot, start)
    status = find(dialog, QLabel, "copyStatus")
    qtbot.waitUntil(lambda: status.text().startswith("Copied"), timeout=10_000)
    assert "4 items, 3 customers" in status.text()
    assert target.exists()
    click(qtbot, start)  # again: the file now holds records
    problem = find(dialog, QLabel, "copyProblem")
    qtbot.waitUntil(problem.isVisible, timeout=10_000)
    assert "already holds records" in problem.text()
