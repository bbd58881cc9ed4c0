"""Live refresh when the database cannot be asked (busy, server lost): the status bar says changes
made elsewhere are not shown, and once it answers again every list is read afresh."""

from PySide6.QtWidgets import QTableView, QWidget

from citrus_desktop.store.failures import busy
from tests.ui.helpers import column, find


class FlakyFeed:
    def __init__(self):
        self.failing = True

    def poll(self) -> set[str]:
        if self.failing:
            raise busy()
        return set()

    def close(self) -> None:
        pass


def test_live_refresh_says_when_it_is_paused_and_catches_up(qtbot, make_window, seed, db_path):
    import sqlite3

    window = make_window()
    window.show()
    table = find(find(window, QWidget, "inventoryPage"), QTableView, "inventoryTable")
    qtbot.waitUntil(lambda: "SN-0001" in column(table))
    window.live.feed = FlakyFeed()
    window.live.poll()
    assert "not shown right now" in window.statusBar().currentMessage()
    other = sqlite3.connect(db_path)
    other.execute("UPDATE inventory_item SET serial_number = 'SN-0001-B' WHERE serial_number = 'SN-0001'")
    other.commit()
    other.close()
    window.live.feed.failing = False
    window.live.poll()
    assert window.statusBar().currentMessage() == ""
    qtbot.waitUntil(lambda: "SN-0001-B" in column(table))
