"""Doing what a user does: find widgets by object name, click, type, read tables."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QMessageBox, QTableView, QWidget


def find(parent: QWidget, cls, name: str):
    widget = parent.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def column(table: QTableView, number: int = 0) -> list[str]:
    """The texts of one column, every row, as the user reads them."""
    model = table.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def row_of(table: QTableView, text: str, number: int = 0) -> int:
    values = column(table, number)
    assert text in values, f"{text!r} not in {values}"
    return values.index(text)


def double_click_row(qtbot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def select_rows(qtbot, table: QTableView, rows: list[int]) -> None:
    for n, row in enumerate(rows):
        rect = table.visualRect(table.model().index(row, 0))
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def choose(combo: QComboBox, text: str) -> None:
    """Pick the entry whose text contains ``text``, as a user picking from the list."""
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, f"{text!r} not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def combo_texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def message_box(qtbot, parent: QWidget, name: str) -> QMessageBox:
    box: list[QMessageBox] = []

    def shown() -> bool:
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
        ]
        if not found:
            found = [w for w in parent.findChildren(QMessageBox, name) if w.isVisible()]
        box[:] = found
        return bool(found)

    qtbot.waitUntil(shown, timeout=2000)
    return box[0]


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; accented letters go as key events (QTest.keyClicks aborts on them)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def open_list(qtbot, make_window, key: str, page_name: str, prefix: str, language: str = "en"):
    """Show the main window on the list ``key``; returns (window, page, table)."""
    window = make_window(language)
    window.show()
    window.show_page(key)
    page = find(window, QWidget, page_name)
    qtbot.waitUntil(page.isVisible)
    return window, page, find(page, QTableView, f"{prefix}Table")
