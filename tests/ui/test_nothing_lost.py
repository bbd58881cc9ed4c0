"""Nothing is lost, as a user meets it: History windows, the recycle bin, Ctrl+Z / Ctrl+Shift+Z,
File › Back up now and File › Restore a backup…"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QPushButton, QTableView, QToolButton, QWidget

from citrus_desktop.domain.items import get_item
from citrus_desktop.domain.list_sources import InventorySource
from citrus_desktop.store import backups
from citrus_desktop.ui.tasks import wait_for_tasks
from tests.ui.helpers import click, column, find, message_box, open_list, row_of, select_rows
from tests.unit.test_undo import colleague


def history_rows(qtbot, opener) -> list[list[str]]:
    dialog = find(opener, QDialog, "historyDialog")
    qtbot.waitUntil(dialog.isVisible)
    table = find(dialog, QTableView, "historyTable")
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def edit_observation(qtbot, page, table, serial: str, text: str) -> None:
    page.open_record(table.model().id_at(row_of(table, serial)))
    find(page.dialog, QPlainTextEdit, "itemObservation").setPlainText(text)
    click(qtbot, find(page.dialog, QPushButton, "itemSave"))
    qtbot.waitUntil(lambda: not page.dialog.isVisible())


def delete_rows(qtbot, page, table, serials: list[str]) -> None:
    select_rows(qtbot, table, [row_of(table, serial) for serial in serials])
    click(qtbot, find(page, QToolButton, "inventoryDelete"))
    box = message_box(qtbot, page, "inventoryDeleteQuestion")
    assert "recycle bin" in box.informativeText()
    click(qtbot, find(box, QPushButton, "inventoryConfirmDelete"))
    qtbot.waitUntil(lambda: not set(serials) & set(column(table)))


def open_bin(qtbot, window):
    window.show_page("administration")
    click(qtbot, find(window, QToolButton, "adminOption_recycleBin"))
    page = find(window, QWidget, "recycleBinPage")
    qtbot.waitUntil(page.isVisible)
    return page, find(page, QTableView, "recycleBinTable")


def test_the_item_history_shows_each_change_with_labels_and_values(qtbot, make_window, seed):
    _window, page, table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    edit_observation(qtbot, page, table, "SN-0001", "Na recepção")
    page.open_record(table.model().id_at(row_of(table, "SN-0001")))
    click(qtbot, find(page.dialog, QPushButton, "itemHistory"))
    rows = history_rows(qtbot, page.dialog)
    assert rows[0][2:] == ["Changed", "Observation", "—", "Na recepção"]
    assert rows[-1][2] == "Created" and rows[-1][1] == "tester"
    assert find(page.dialog, QLabel, "itemAudit").text().startswith("Created by")


def test_history_speaks_portuguese(qtbot, make_window, seed):
    _window, page, table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory", "pt_BR")
    edit_observation(qtbot, page, table, "SN-0001", "revisado")
    page.open_record(table.model().id_at(row_of(table, "SN-0001")))
    click(qtbot, find(page.dialog, QPushButton, "itemHistory"))
    rows = history_rows(qtbot, page.dialog)
    assert rows[0][2:4] == ["Alterado", "Observação"] and rows[-1][2] == "Criado"


def test_the_customer_window_has_its_history(qtbot, make_window, seed):
    window = make_window()
    window.show()
    customer = window.open_customer(seed.acme)
    qtbot.waitUntil(customer.isVisible)
    click(qtbot, find(customer, QPushButton, "customerHistory"))
    rows = history_rows(qtbot, customer)
    assert rows[-1][2] == "Created"
    assert find(customer, QLabel, "customerAudit").text().startswith("Created by")


def test_delete_goes_to_the_bin_and_restore_brings_it_back(qtbot, make_window, seed):
    window, page, table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    item = table.model().id_at(row_of(table, "SN-0002"))
    delete_rows(qtbot, page, table, ["SN-0002"])
    bin_page, bin_table = open_bin(qtbot, window)
    qtbot.waitUntil(lambda: "SN-0002" in column(bin_table, 1))
    row = row_of(bin_table, "SN-0002", 1)
    assert column(bin_table, 0)[row] == "Item" and column(bin_table, 2)[row] == "ACME Indústria Ltda."
    select_rows(qtbot, bin_table, [row])
    click(qtbot, find(bin_page, QToolButton, "recycleBinHistory"))
    assert history_rows(qtbot, bin_page)[0][2] == "Deleted (to the recycle bin)"
    find(bin_page, QDialog, "historyDialog").close()
    click(qtbot, find(bin_page, QToolButton, "recycleBinRestore"))
    qtbot.waitUntil(lambda: bin_table.model().rowCount() == 0)
    window.show_page("inventory")
    qtbot.waitUntil(lambda: "SN-0002" in column(table))
    assert get_item(item).serial_number == "SN-0002"
    assert "restored" in window.statusBar().currentMessage()


def test_a_refused_restore_names_the_record_and_why(qtbot, make_window, seed):
    window, page, table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    delete_rows(qtbot, page, table, ["SN-0003"])
    from citrus_desktop.domain.items import ItemData, save_item

    save_item(
        ItemData("SN-0003", seed.beta, seed.beta_contract, seed.beta_site, seed.licence)
    )  # the serial is taken meanwhile
    count = InventorySource().count()
    bin_page, bin_table = open_bin(qtbot, window)
    qtbot.waitUntil(lambda: "SN-0003" in column(bin_table, 1))
    select_rows(qtbot, bin_table, [row_of(bin_table, "SN-0003", 1)])
    click(qtbot, find(bin_page, QToolButton, "recycleBinRestore"))
    notice = message_box(qtbot, bin_page, "recycleBinNotice")
    assert notice.text() == "Nothing was restored."
    assert "SN-0003" in notice.informativeText() and "Beta Comércio" in notice.informativeText()
    assert notice.buttons() == [notice.button(notice.StandardButton.Ok)]
    assert InventorySource().count() == count and "SN-0003" in column(bin_table, 1)


def test_purge_asks_then_erases_for_good(qtbot, make_window, seed):
    window, page, table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    delete_rows(qtbot, page, table, ["SN-0001"])
    bin_page, bin_table = open_bin(qtbot, window)
    qtbot.waitUntil(lambda: bin_table.model().rowCount() == 1)
    select_rows(qtbot, bin_table, [0])
    click(qtbot, find(bin_page, QToolButton, "recycleBinPurge"))
    box = message_box(qtbot, bin_page, "recycleBinPurgeQuestion")
    assert box.text() == "Erase 1 record for good?"
    click(qtbot, find(box, QPushButton, "recycleBinConfirmPurge"))
    qtbot.waitUntil(lambda: bin_table.model().rowCount() == 0)


def test_ctrl_z_undoes_a_delete_and_ctrl_shift_z_redoes_it(qtbot, make_window, seed):
    window, page, table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    undo = window.findChild(type(window.undo_history.undo_action), "actionUndo")
    redo = window.findChild(type(window.undo_history.redo_action), "actionRedo")
    assert not undo.isEnabled()
    delete_rows(qtbot, page, table, ["SN-0001", "SN-0002"])
    qtbot.waitUntil(undo.isEnabled)
    assert undo.text() == "Undo delete of 2 items"
    qtbot.waitUntil(table.hasFocus)  # back in the list when the question closed
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: {"SN-0001", "SN-0002"} <= set(column(table)))
    qtbot.waitUntil(redo.isEnabled)
    assert redo.text() == "Redo delete of 2 items"
    assert window.statusBar().currentMessage() == "Undone: delete of 2 items."
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_Z, shift)
    qtbot.waitUntil(lambda: not {"SN-0001", "SN-0002"} & set(column(table)))
    qtbot.waitUntil(undo.isEnabled)
    assert undo.text() == "Undo delete of 2 items"
    assert window.statusBar().currentMessage() == "Redone: delete of 2 items."


def test_undo_of_an_edit_then_refused_after_a_colleagues_change(qtbot, make_window, seed, db_path):
    window, page, table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    item = table.model().id_at(row_of(table, "SN-0001"))
    edit_observation(qtbot, page, table, "SN-0001", "minha nota")
    undo = window.undo_history.undo_action
    qtbot.waitUntil(lambda: undo.text() == "Undo edit of item “SN-0001”")
    undo.trigger()
    qtbot.waitUntil(window.undo_history.redo_action.isEnabled)
    assert get_item(item).observation == ""
    window.undo_history.redo_action.trigger()
    qtbot.waitUntil(undo.isEnabled)
    assert get_item(item).observation == "minha nota"
    colleague(str(db_path), f"data = get_item({item})\ndata.description = 'Bruno mudou'\nsave_item(data)\n")
    undo.trigger()
    box = message_box(qtbot, window, "undoRefused")
    assert "Bruno" in box.informativeText() and "SN-0001" in box.informativeText()
    wait_for_tasks()
    assert get_item(item).observation == "minha nota" and get_item(item).description == "Bruno mudou"
    assert not undo.isEnabled() or undo.text() != "Undo edit of item “SN-0001”"


def test_back_up_now_and_restore_a_backup(qtbot, make_window, seed, db_path):
    window, page, table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    back_up = window.findChild(type(window.safekeeping.backup_action), "actionBackupNow")
    back_up.trigger()
    qtbot.waitUntil(lambda: "Backup saved" in window.statusBar().currentMessage(), timeout=5000)
    made = [b for b in backups.list_backups(db_path) if b.kind == "manual"]
    assert len(made) == 1
    delete_rows(qtbot, page, table, ["SN-0001", "SN-0002", "SN-0003", "LIC-9"])

    window.findChild(type(back_up), "actionRestoreBackup").trigger()
    dialog = find(window, QDialog, "restoreBackupDialog")
    listed = find(dialog, QTableView, "backupsTable")
    qtbot.waitUntil(lambda: listed.model().rowCount() >= 2)
    texts = [listed.model().index(r, 1).data() for r in range(listed.model().rowCount())]
    assert "Made by hand" in texts and "Daily" in texts
    row = texts.index("Made by hand")
    assert listed.model().index(row, 3).data() == "4"
    select_rows(qtbot, listed, [row])
    click(qtbot, find(dialog, QPushButton, "backupsRestore"))
    question = message_box(qtbot, dialog, "backupsRestoreQuestion")
    click(qtbot, find(question, QPushButton, "backupsConfirmRestore"))
    qtbot.waitUntil(lambda: len(column(table)) == 4, timeout=5000)
    assert any(b.kind == "before-restore" for b in backups.list_backups(db_path))
    assert not window.undo_history.undo_action.isEnabled()  # the undo steps were of the replaced data


def test_the_empty_bin_at_800_by_600_names_itself_and_offers_no_new(qtbot, make_window):
    window = make_window("pt_BR")
    window.resize(800, 600)
    window.show()
    page, _table = open_bin(qtbot, window)
    assert find(page, QLabel, "recycleBinTitle").isVisible()  # the sidebar says only Administração
    assert "vazia" in find(page, QLabel, "recycleBinEmpty").text()
    assert not find(page, QPushButton, "recycleBinEmptyNew").isVisible()
