"""Issue 11, 12 and 13's write paths under each team role, used as a person would on a real server:
Edit › Undo / Redo of a create, edit, delete, restore and import; the recycle bin; Preferences'
retention; the start-up retention; the import wizard; stock-taking; the read-only paths. What the
role may not do is disabled saying why, and whatever the server refuses is a clear message with
nothing half-applied (pytest-qt fails a test on any exception reaching Qt: the crash dialog's way).
"""

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QWidget,
    QWizard,
)

from citrus_desktop.app import create_main_window
from citrus_desktop.domain import access
from citrus_desktop.domain.contracts import get_contract, save_contract
from citrus_desktop.domain.errors import NotAllowedError
from citrus_desktop.domain.items import ItemData, delete_items, save_item
from citrus_desktop.domain.product_types import ProductTypeData, delete_product_types, save_product_type
from citrus_desktop.domain.recycle_bin import restore
from citrus_desktop.domain.sites import SiteData, save_site
from citrus_desktop.store import migrations
from citrus_desktop.store.database import DatabaseProblem, close_database, open_database
from citrus_desktop.store.schema import MIGRATIONS
from citrus_desktop.ui.tasks import wait_for_tasks
from citrus_desktop.ui.translations import install_translators
from tests.pg.logins import GROUP
from tests.pg.test_pg_roles_upgrade import NEW_TABLE
from tests.ui.helpers import (
    choose,
    click,
    column,
    double_click_row,
    find,
    message_box,
    row_of,
    select_rows,
    type_text,
)
from tests.ui.seed import seed_database
from tests.ui.test_nothing_lost import delete_rows, edit_observation, history_rows, open_bin
from tests.ui.test_transfer import next_page, wizard_of
from tests.unit.test_migrations import use


@pytest.fixture
def seed(pg_url):
    return seed_database(pg_url)


@pytest.fixture
def window_as(qtbot, qapp, logins, seed, pg_url):
    """The main window as a new login of ``role`` (or the ``login`` given), on the seeded server
    (with the default retention: the session's database keeps its settings between tests)."""
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DELETE FROM citrus_meta WHERE key = 'retention_days'")
    windows = []

    install_translators("en")  # English plurals ("1 item moved")

    def make(role: str, login=None):
        login = login or logins(role)
        window = create_main_window(login.url)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        wait_for_tasks()  # the start-up retention has run
        QApplication.processEvents()
        return window, login

    yield make
    for window in windows:
        window.close()
    wait_for_tasks()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    close_database()


def regrant(url: str, login: str, role: str) -> None:
    """An administrator changes ``login``'s role while its app runs."""
    with psycopg.connect(url, autocommit=True) as admin:
        for group in GROUP.values():
            admin.execute(f'REVOKE {group} FROM "{login}"')
        admin.execute(f'GRANT {GROUP[role]} TO "{login}"')


def one(url: str, query: str, params: tuple = ()) -> object:
    with psycopg.connect(url) as conn:
        row = conn.execute(query, params).fetchone()
    return row[0] if row else None


def inventory(qtbot, window):
    window.show_page("inventory")
    page = find(window, QWidget, "inventoryPage")
    table = page.table
    qtbot.waitUntil(lambda: "SN-0001" in column(table))
    return page, table


def keys(qtbot, window, table, shift: bool = False) -> None:
    """Ctrl+Z (Ctrl+Shift+Z) with the list focused, as a person presses it."""
    window.activateWindow()
    select_rows(qtbot, table, [0])
    qtbot.waitUntil(table.hasFocus)
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_Z, modifiers)


def observation_of(url: str, serial: str) -> str:
    return str(one(url, "SELECT observation FROM inventory_item WHERE serial_number = %s", (serial,)))


def test_an_editor_undoes_and_redoes_an_edit_a_delete_a_restore_and_an_import(
    qtbot, window_as, pg_url, tmp_path
):
    window, _login = window_as("editor")
    page, table = inventory(qtbot, window)
    undo, redo = window.undo_history.undo_action, window.undo_history.redo_action

    edit_observation(qtbot, page, table, "SN-0001", "editor's note")
    qtbot.waitUntil(lambda: undo.text() == "Undo edit of item “SN-0001”")
    keys(qtbot, window, table)
    qtbot.waitUntil(lambda: redo.isEnabled() and observation_of(pg_url, "SN-0001") == "")
    keys(qtbot, window, table, shift=True)
    qtbot.waitUntil(lambda: undo.isEnabled() and observation_of(pg_url, "SN-0001") == "editor's note")

    delete_rows(qtbot, page, table, ["SN-0002"])
    qtbot.waitUntil(lambda: undo.text() == "Undo delete of item “SN-0002”")
    undo.trigger()
    qtbot.waitUntil(lambda: "SN-0002" in column(table))
    assert one(pg_url, "SELECT count(*) FROM recycle_bin") == 0  # its bin entry went with it

    delete_rows(qtbot, page, table, ["SN-0003"])
    bin_page, bin_table = open_bin(qtbot, window)
    qtbot.waitUntil(lambda: bin_table.model().rowCount() == 1)
    select_rows(qtbot, bin_table, [0])
    click(qtbot, find(bin_page, QToolButton, "recycleBinRestore"))
    qtbot.waitUntil(lambda: bin_table.model().rowCount() == 0)
    qtbot.waitUntil(lambda: undo.text().startswith("Undo restore"))
    undo.trigger()  # the restore undone: back in the bin
    qtbot.waitUntil(lambda: bin_table.model().rowCount() == 1)
    redo.trigger()
    qtbot.waitUntil(lambda: bin_table.model().rowCount() == 0)

    sheet = tmp_path / "new-items.csv"
    sheet.write_text(
        "Serial number,Customer,Contract,Site,Type\n"
        "IMP-1,ACME Indústria Ltda.,CT-ACME-1,Matriz,Impressora térmica\n",
        encoding="utf-8",
    )
    page, table = inventory(qtbot, window)
    wizard = wizard_of(qtbot, page)
    type_text(qtbot, find(wizard, QLineEdit, "importFile"), str(sheet))
    for _page in range(3):
        next_page(qtbot, wizard)
    summary = find(wizard, QLabel, "importSummary")
    qtbot.waitUntil(
        lambda: summary.text().startswith("1 row: 1 new, 0 updated, 0 skipped, 0 in error."), timeout=5000
    )
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    message_box(qtbot, page, "importDone").accept()
    qtbot.waitUntil(lambda: "IMP-1" in column(table))
    qtbot.waitUntil(lambda: undo.text() == "Undo import of 1 item from new-items.csv")
    undo.trigger()
    qtbot.waitUntil(lambda: "IMP-1" not in column(table))
    redo.trigger()
    qtbot.waitUntil(lambda: "IMP-1" in column(table))
    assert not window.findChildren(QWidget, "undoRefused")


def test_an_undo_the_changed_role_refuses_is_told_and_the_stack_keeps_it(qtbot, window_as, pg_url):
    window, login = window_as("admin")
    window.show_page("productTypes")
    types = find(window, QWidget, "productTypesPage")
    click(qtbot, find(types, QToolButton, "productTypesNew"))
    dialog = find(window, QWidget, "productTypeDialog")
    qtbot.waitUntil(dialog.isVisible)
    type_text(qtbot, find(dialog, QLineEdit, "productTypeName"), "Leitor de código")
    click(qtbot, find(dialog, QPushButton, "productTypeSave"))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    undo = window.undo_history.undo_action
    qtbot.waitUntil(lambda: undo.text() == "Undo creation of type “Leitor de código”")

    regrant(pg_url, login.name, "editor")  # an administrator makes them an editor meanwhile
    undo.trigger()
    box = message_box(qtbot, window, "undoRefused")
    assert "nothing was changed" in box.text()
    assert "Only administrators change product and service types" in box.informativeText()
    box.accept()
    # Nothing applied, and the step is still there: it applies once the role allows it again.
    assert one(pg_url, "SELECT count(*) FROM product_type WHERE name = 'Leitor de código'") == 1
    assert window.undo_history.stack.index() == 1 and window.undo_history.stack.count() == 1
    assert undo.text() == "Undo creation of type “Leitor de código”"
    assert "Editor" in find(window, QLabel, "statusRole").text()  # the window learnt the new role
    # Now it knows: the step is disabled, saying why, and an editor's own steps are not.
    qtbot.waitUntil(lambda: not undo.isEnabled())
    assert "Only administrators change product and service types" in undo.toolTip()
    assert "Only administrators change product and service types" in undo.statusTip()
    page, table = inventory(qtbot, window)
    edit_observation(qtbot, page, table, "SN-0001", "an editor's own change")
    qtbot.waitUntil(lambda: undo.isEnabled() and undo.text() == "Undo edit of item “SN-0001”")
    undo.trigger()
    qtbot.waitUntil(lambda: observation_of(pg_url, "SN-0001") == "")
    qtbot.waitUntil(lambda: window.undo_history.stack.index() == 1)
    assert not undo.isEnabled() and "Only administrators" in undo.toolTip()
    redo = window.undo_history.redo_action
    assert redo.isEnabled() and redo.text() == "Redo edit of item “SN-0001”"

    regrant(pg_url, login.name, "admin")  # given back: once the window knows, the step applies
    access.refresh()
    qtbot.waitUntil(undo.isEnabled)
    undo.trigger()
    qtbot.waitUntil(
        lambda: one(pg_url, "SELECT count(*) FROM product_type WHERE name = 'Leitor de código'") == 0
    )


def test_a_reader_whose_undo_the_server_refuses_keeps_the_data_and_the_stack(qtbot, window_as, pg_url):
    window, login = window_as("editor")
    page, table = inventory(qtbot, window)
    edit_observation(qtbot, page, table, "SN-0001", "before the change of role")
    undo = window.undo_history.undo_action
    qtbot.waitUntil(undo.isEnabled)
    regrant(pg_url, login.name, "reader")
    keys(qtbot, window, table)
    box = message_box(qtbot, window, "undoRefused")
    assert "refused" in box.informativeText() and "Reader" in box.informativeText()
    box.accept()
    assert observation_of(pg_url, "SN-0001") == "before the change of role"
    assert window.undo_history.stack.count() == 1 and window.undo_history.stack.canUndo()
    assert not undo.isEnabled() and "Reader" in undo.toolTip()
    assert "Reader" in find(window, QLabel, "statusRole").text()


@pytest.fixture
def binned_type_and_item(pg_url, seed):
    """An unused type and an item, deleted by the server's administrator: both wait in the bin."""
    open_database(pg_url)
    spare = save_product_type(ProductTypeData(name="Tipo sem uso"))
    delete_product_types([spare])
    delete_items([int(one(pg_url, "SELECT id FROM inventory_item WHERE serial_number = 'SN-0001'"))])
    close_database()


def test_an_editor_restores_items_but_not_types_from_the_bin(qtbot, window_as, pg_url, binned_type_and_item):
    window, _login = window_as("editor")
    page, table = open_bin(qtbot, window)
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    restore_button = find(page, QToolButton, "recycleBinRestore")
    purge_button = find(page, QToolButton, "recycleBinPurge")
    select_rows(qtbot, table, [row_of(table, "Tipo sem uso", 1)])
    assert not restore_button.isEnabled()
    assert "Only administrators change product and service types" in restore_button.toolTip()
    assert "Only administrators change product and service types" in restore_button.statusTip()
    assert not purge_button.isEnabled() and "Only administrators purge" in purge_button.toolTip()
    select_rows(qtbot, table, [row_of(table, "Tipo sem uso", 1), row_of(table, "SN-0001", 1)])
    assert not restore_button.isEnabled()  # a type among the selection
    select_rows(qtbot, table, [row_of(table, "SN-0001", 1)])
    assert restore_button.isEnabled()
    click(qtbot, restore_button)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert column(table, 1) == ["Tipo sem uso"]


def test_a_restore_of_a_type_the_server_refuses_an_editor_is_told_not_a_crash(
    pg_url, binned_type_and_item, logins, monkeypatch
):
    open_database(logins("editor").url)
    access.detect()
    entry = int(one(pg_url, "SELECT id FROM recycle_bin WHERE table_name = 'product_type'"))
    with pytest.raises(NotAllowedError, match="Only administrators change product"):
        restore([entry])  # said before the server is asked
    monkeypatch.setattr("citrus_desktop.domain.recycle_bin.require_change", lambda tables: None)
    with pytest.raises(NotAllowedError, match=r"The server refused this change\. Only administrators"):
        restore([entry])  # the server's own refusal of the COPY, told the same way
    assert one(pg_url, "SELECT count(*) FROM recycle_bin") == 2
    assert one(pg_url, "SELECT count(*) FROM product_type WHERE name = 'Tipo sem uso'") == 0


NEW_TYPE_SHEET = (
    "Serial number,Customer,Contract,Site,Type\n"
    "IMP-1,ACME Indústria Ltda.,CT-ACME-1,Matriz,Impressora térmica\n"
    "IMP-2,ACME Indústria Ltda.,CT-ACME-1,Matriz,Scanner de mão\n"
)


def test_an_editors_import_naming_a_new_type_shows_that_row_in_error_and_imports_the_rest(
    qtbot, window_as, pg_url, tmp_path
):
    window, _login = window_as("editor")
    sheet = tmp_path / "with-a-new-type.csv"
    sheet.write_text(NEW_TYPE_SHEET, encoding="utf-8")
    page, table = inventory(qtbot, window)
    wizard = wizard_of(qtbot, page)
    type_text(qtbot, find(wizard, QLineEdit, "importFile"), str(sheet))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    create = find(wizard, QCheckBox, "importCreateMissing")
    create.setChecked(True)
    next_page(qtbot, wizard)
    summary = find(wizard, QLabel, "importSummary")
    qtbot.waitUntil(lambda: summary.text().startswith("2 rows"), timeout=5000)
    assert summary.text().splitlines()[0] == "2 rows: 1 new, 0 updated, 0 skipped, 1 in error."
    preview = find(wizard, QTableView, "importPreview")
    problem = column(preview, 2)[row_of(preview, "3")]
    assert "Scanner de mão" in problem and "Only administrators change product" in problem
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    message_box(qtbot, page, "importDone").accept()
    qtbot.waitUntil(lambda: "IMP-1" in column(table))
    assert "IMP-2" not in column(table)
    assert one(pg_url, "SELECT count(*) FROM product_type WHERE name = 'Scanner de mão'") == 0


def test_the_command_line_import_of_an_editor_names_the_row_the_role_may_not_create(
    pg_url, seed, logins, tmp_path
):
    sheet = tmp_path / "with-a-new-type.csv"
    sheet.write_text(NEW_TYPE_SHEET, encoding="utf-8")
    editor = logins("editor")
    done = subprocess.run(
        [sys.executable, "-m", "citrus_desktop", "--db", editor.url, "--lang", "en", "import", str(sheet),
         "--create-missing"],
        capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert "3: Type: There is no type “Scanner de mão”, and your role may not create it" in done.stdout
    assert one(pg_url, "SELECT count(*) FROM inventory_item WHERE serial_number = 'IMP-1'") == 1
    assert one(pg_url, "SELECT count(*) FROM product_type WHERE name = 'Scanner de mão'") == 0


def open_stock_take(qtbot, window):
    page, _table = inventory(qtbot, window)
    click(qtbot, find(page, QToolButton, "inventoryStockTake"))
    counting = page.stock_take
    qtbot.addWidget(counting)
    qtbot.waitUntil(counting.isVisible)
    choose(find(counting, QComboBox, "stockTakeCustomer"), "ACME Indústria Ltda.")
    choose(find(counting, QComboBox, "stockTakeSite"), "Matriz — São Paulo")
    qtbot.waitUntil(lambda: "SN-0001" in column(find(counting, QTableView, "stockTakeTable"), 1))
    return counting


def scan(qtbot, counting, serial: str) -> None:
    field = find(counting, QLineEdit, "stockTakeScan")
    qtbot.keyClicks(field, serial)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_an_editor_counts_a_site_moves_an_item_there_and_keeps_the_result(qtbot, window_as, pg_url, seed):
    open_database(pg_url)
    other = save_site(SiteData(customer_id=seed.acme, name="Depósito"))
    save_item(ItemData(serial_number="DEP-1", customer_id=seed.acme, contract_id=seed.acme_contract,
                       site_id=other, product_type_id=seed.printer))  # fmt: skip
    close_database()
    window, login = window_as("editor")
    counting = open_stock_take(qtbot, window)
    scan(qtbot, counting, "SN-0001")
    scan(qtbot, counting, "DEP-1")
    move = find(counting, QPushButton, "stockTakeMove")
    assert move.isEnabled()
    click(qtbot, move)
    assert "1 item moved" in find(counting, QLabel, "stockTakeStatus").text()
    assert one(pg_url, "SELECT site_id FROM inventory_item WHERE serial_number = 'DEP-1'") == seed.acme_site
    click(qtbot, find(counting, QPushButton, "stockTakeFinish"))
    box = message_box(qtbot, counting, "stockTakeFinishQuestion")
    click(qtbot, find(box, QPushButton, "stockTakeConfirmFinish"))
    qtbot.waitUntil(
        lambda: counting.report_file.dialog is not None and counting.report_file.dialog.isVisible()
    )
    counting.report_file.dialog.reject()
    assert one(pg_url, "SELECT finished_by FROM stock_take WHERE state = 'finished'") is not None
    assert one(pg_url, "SELECT b.db_user FROM history_batch b WHERE b.action = 'edit' "
               "ORDER BY b.id DESC LIMIT 1") == login.name  # fmt: skip
    # The move is an edit of the item, undone like any other.
    undo = window.undo_history.undo_action
    qtbot.waitUntil(lambda: undo.text() == "Undo edit of item “DEP-1”")
    undo.trigger()
    qtbot.waitUntil(
        lambda: one(pg_url, "SELECT site_id FROM inventory_item WHERE serial_number = 'DEP-1'") == other
    )


def test_a_count_whose_role_is_taken_away_says_so_and_stops_offering_to_scan(qtbot, window_as, pg_url):
    window, login = window_as("editor")
    counting = open_stock_take(qtbot, window)
    scan(qtbot, counting, "SN-0001")
    regrant(pg_url, login.name, "reader")
    scan(qtbot, counting, "SN-0002")
    said = find(counting, QLabel, "stockTakeLast").text()
    assert "refused" in said and "Reader" in said
    field = find(counting, QLineEdit, "stockTakeScan")
    qtbot.waitUntil(lambda: not field.isEnabled())
    assert "Reader" in field.toolTip()
    finish = find(counting, QPushButton, "stockTakeFinish")
    assert not finish.isEnabled() and "Reader" in finish.toolTip()
    assert find(counting, QPushButton, "stockTakeSaveReport").isEnabled()  # the report only reads
    assert one(pg_url, "SELECT count(*) FROM stock_take_entry WHERE state = 'found'") == 1


def preferences(qtbot, window):
    find(window, QAction, "actionPreferences").trigger()
    dialog = find(window, QWidget, "preferencesDialog")
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_only_an_administrator_changes_the_retention_in_preferences(qtbot, window_as, pg_url):
    window, _login = window_as("editor")
    dialog = preferences(qtbot, window)
    retention = find(dialog, QSpinBox, "preferencesRetention")
    assert not retention.isEnabled()
    assert "Only administrators purge the recycle bin or change how long" in retention.toolTip()
    name = find(dialog, QLineEdit, "preferencesStaffName")
    name.clear()
    type_text(qtbot, name, "Bruno")
    click(qtbot, find(dialog, QPushButton, "preferencesSave"))  # the editor's own settings still save
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert one(pg_url, "SELECT value FROM citrus_meta WHERE key = 'retention_days'") is None
    window.close()

    window, _login = window_as("admin")
    dialog = preferences(qtbot, window)
    retention = find(dialog, QSpinBox, "preferencesRetention")
    assert retention.isEnabled()
    retention.setValue(30)
    click(qtbot, find(dialog, QPushButton, "preferencesSave"))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert one(pg_url, "SELECT value FROM citrus_meta WHERE key = 'retention_days'") == "30"


def test_a_role_taken_away_while_preferences_are_open_keeps_them_open_saying_why(qtbot, window_as, pg_url):
    window, login = window_as("admin")
    dialog = preferences(qtbot, window)
    find(dialog, QSpinBox, "preferencesRetention").setValue(45)
    regrant(pg_url, login.name, "editor")
    click(qtbot, find(dialog, QPushButton, "preferencesSave"))
    assert dialog.isVisible()
    assert "Only administrators purge" in find(dialog, QLabel, "preferencesErrors").text()
    assert one(pg_url, "SELECT value FROM citrus_meta WHERE key = 'retention_days'") is None
    dialog.reject()


@pytest.fixture
def old_bin_entry(pg_url, seed):
    """An item deleted 200 days ago: the start-up retention (90 days) would erase it."""
    open_database(pg_url)
    delete_items([int(one(pg_url, "SELECT id FROM inventory_item WHERE serial_number = 'SN-0003'"))])
    close_database()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE recycle_bin SET deleted_at = deleted_at - interval '200 days'")


@pytest.mark.parametrize(("role", "erased"), [("reader", False), ("editor", False), ("admin", True)])
def test_the_start_up_retention_is_an_administrators_and_never_a_problem_for_others(
    qtbot, window_as, pg_url, old_bin_entry, role, erased
):
    window, _login = window_as(role)
    qtbot.waitUntil(lambda: window.safekeeping.last_upkeep is not None)
    upkeep = window.safekeeping.last_upkeep
    assert upkeep.prune_problem == ""  # not attempted by those the server would refuse
    assert (upkeep.purged == 1) == erased
    assert one(pg_url, "SELECT count(*) FROM recycle_bin") == (0 if erased else 1)
    assert "failed" not in window.statusBar().currentMessage()


def test_a_reader_reads_histories_the_dashboard_and_labels(qtbot, window_as, pg_url, seed):
    open_database(pg_url)
    ending = get_contract(seed.acme_contract)
    ending.end_date = date.today() + timedelta(days=10)
    save_contract(ending)
    close_database()
    window, _login = window_as("reader")
    page, table = inventory(qtbot, window)
    page.open_record(table.model().id_at(row_of(table, "SN-0001")))
    history = find(page.dialog, QPushButton, "itemHistory")
    assert history.isEnabled()
    click(qtbot, history)
    rows = history_rows(qtbot, page.dialog)
    assert rows and rows[-1][2] == "Created"
    find(page.dialog, QDialog, "historyDialog").reject()
    page.dialog.reject()

    undo = window.undo_history.undo_action
    assert not undo.isEnabled() and "Reader" in undo.toolTip()
    select_rows(qtbot, table, [row_of(table, "SN-0001")])
    labels = find(page, QToolButton, "inventoryLabels")
    assert labels.isEnabled()
    click(qtbot, labels)
    dialog = find(window, QWidget, "labelsDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert find(dialog, QPushButton, "labelsSavePdf").isEnabled()
    dialog.reject()

    window.show_page("dashboard")
    dashboard = find(window, QWidget, "dashboardPage")
    qtbot.waitUntil(dashboard.isVisible)
    expiring = find(dashboard, QTableView, "dashboardExpiring")
    qtbot.waitUntil(lambda: "CT-ACME-1" in column(expiring, 3))
    double_click_row(qtbot, expiring, row_of(expiring, "CT-ACME-1", 3))
    contract = find(dashboard, QWidget, "contractDialog")
    qtbot.waitUntil(contract.isVisible)
    save = find(contract, QPushButton, "contractSave")
    assert not save.isEnabled() and "Reader" in save.toolTip()
    assert find(contract, QLineEdit, "contractCode").isReadOnly()
    contract.reject()
    bin_page, _bin_table = open_bin(qtbot, window)
    assert not find(bin_page, QToolButton, "recycleBinRestore").isEnabled()


def test_a_staff_copy_of_a_newer_version_refuses_to_start_without_copying_or_upgrading(
    pg_url, seed, logins, monkeypatch, qapp
):
    copies: list[int] = []
    monkeypatch.setattr(migrations, "server_copy", lambda database, version: copies.append(version))
    use(monkeypatch, (*MIGRATIONS, NEW_TABLE))
    for role in ("reader", "editor", "admin"):
        with pytest.raises(DatabaseProblem, match="only the owner of its tables"):
            create_main_window(logins(role).url)
    assert copies == []
    assert int(str(one(pg_url, "SELECT value FROM citrus_meta WHERE key = 'schema_version'"))) == (
        NEW_TABLE.version - 1
    )


def test_an_import_whose_role_is_lowered_before_finish_says_so_and_imports_nothing(
    qtbot, window_as, pg_url, tmp_path
):
    window, login = window_as("editor")
    sheet = tmp_path / "late.csv"
    sheet.write_text(NEW_TYPE_SHEET.splitlines()[0] + "\n" + NEW_TYPE_SHEET.splitlines()[1] + "\n", "utf-8")
    page, _table = inventory(qtbot, window)
    wizard = wizard_of(qtbot, page)
    type_text(qtbot, find(wizard, QLineEdit, "importFile"), str(sheet))
    for _page in range(3):
        next_page(qtbot, wizard)
    summary = find(wizard, QLabel, "importSummary")
    qtbot.waitUntil(lambda: "1 new" in summary.text(), timeout=5000)
    regrant(pg_url, login.name, "reader")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    problem = find(wizard, QLabel, "importProblem")
    qtbot.waitUntil(problem.isVisible, timeout=5000)
    assert "Nothing was imported" in problem.text() and "Reader" in problem.text()
    assert wizard.isVisible()
    assert one(pg_url, "SELECT count(*) FROM inventory_item WHERE serial_number = 'IMP-1'") == 0
    wizard.reject()
    assert not window.undo_history.stack.canUndo()
