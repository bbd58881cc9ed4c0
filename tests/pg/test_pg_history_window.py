"""The window on a team's server: the backup menu says whose job server backups are; delete, the
bin and undo work as on SQLite."""

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from citrus_desktop.app import create_main_window
from citrus_desktop.store.database import close_database
from citrus_desktop.ui.tasks import wait_for_tasks
from tests.ui.helpers import click, column, find, message_box, row_of, select_rows
from tests.ui.seed import seed_database


@pytest.fixture
def team_window(qtbot, qapp, pg_url):
    seed_database(pg_url)
    window = create_main_window(pg_url)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    wait_for_tasks()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    close_database()


def test_server_backups_are_the_administrators(team_window):
    for name in ("actionBackupNow", "actionRestoreBackup"):
        action = team_window.findChild(QAction, name)
        assert not action.isEnabled() and "pg_dump" in action.toolTip()


def test_delete_to_the_bin_undo_and_restore_on_the_server(qtbot, team_window):
    window = team_window
    window.show_page("inventory")
    page = find(window, QWidget, "inventoryPage")
    table = page.table
    qtbot.waitUntil(lambda: "SN-0001" in column(table))
    select_rows(qtbot, table, [row_of(table, "SN-0001")])
    click(qtbot, find(page, QToolButton, "inventoryDelete"))
    click(
        qtbot,
        message_box(qtbot, page, "inventoryDeleteQuestion").findChild(QWidget, "inventoryConfirmDelete"),
    )
    qtbot.waitUntil(lambda: "SN-0001" not in column(table))
    undo = window.undo_history.undo_action
    qtbot.waitUntil(undo.isEnabled)
    assert undo.text() == "Undo delete of item “SN-0001”"
    undo.trigger()
    qtbot.waitUntil(lambda: "SN-0001" in column(table))
    window.undo_history.redo_action.trigger()
    qtbot.waitUntil(lambda: "SN-0001" not in column(table))

    window.show_page("recycleBin")
    bin_page = find(window, QWidget, "recycleBinPage")
    qtbot.waitUntil(lambda: "SN-0001" in column(bin_page.table, 1))
    select_rows(qtbot, bin_page.table, [row_of(bin_page.table, "SN-0001", 1)])
    click(qtbot, find(bin_page, QToolButton, "recycleBinRestore"))
    qtbot.waitUntil(lambda: bin_page.table.model().rowCount() == 0)
    window.show_page("inventory")
    qtbot.waitUntil(lambda: "SN-0001" in column(table))
