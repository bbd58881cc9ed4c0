"""Opening a file from before schema v5 that holds twins: the window names them, the twin's dialog
says which item shares its serial, and its other fields save as usual."""

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton

from citrus_desktop.domain.items import get_item
from citrus_desktop.store.schema import MIGRATIONS
from tests.ui.helpers import click, find, message_box
from tests.ui.test_faults import open_item
from tests.unit.test_migrations import use
from tests.unit.test_upgrade_twins import item_id, v4_file_with_twins


def test_the_twins_are_named_and_stay_editable(qtbot, make_window, db_path, monkeypatch):
    v4_file_with_twins(monkeypatch, db_path)
    use(monkeypatch, MIGRATIONS)
    window, _page, _table, dialog = open_item(qtbot, make_window, "área-1")
    notice = message_box(qtbot, window, "clashNotice")
    assert "“ÁREA-1” (Cliente 1 São João), “área-1” (Cliente 2 São João)" in notice.informativeText()
    assert "STRASSE-9" in notice.informativeText() and "CT-Ç" in notice.informativeText()
    notice.accept()
    hint = find(dialog, QLabel, "itemSerialHint")
    assert hint.isVisible() and "ÁREA-1" in hint.text()
    find(dialog, QPlainTextEdit, "itemDescription").setPlainText("só a descrição")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    assert not dialog.isVisible()
    assert get_item(item_id(db_path, "área-1")).description == "só a descrição"
