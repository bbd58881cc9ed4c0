"""Scan to find, driven as a USB scanner does: keys typed into the field, then Enter."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton

from tests.ui.helpers import choose, click, find, message_box


def scan(qtbot, window, text: str) -> QLineEdit:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    field = find(window, QLineEdit, "scanField")
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return field


def test_a_scanned_serial_opens_its_item_ignoring_case_and_spaces(qtbot, make_window, seed):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    field = scan(qtbot, window, "  sn-0002 ")
    dialog = field.dialog
    assert dialog is not None and dialog.objectName() == "itemDialog"
    qtbot.waitUntil(dialog.isVisible)
    assert find(dialog, QLineEdit, "itemSerial").text() == "SN-0002"
    assert find(dialog, QComboBox, "itemCustomer").currentText() == "ACME Indústria Ltda."
    dialog.reject()
    qtbot.waitUntil(field.hasFocus)
    assert field.selectedText() == "  sn-0002 "  # the next scan replaces it


def test_an_unknown_serial_offers_a_new_item_with_it(qtbot, make_window, seed):
    window = make_window()
    window.show()
    field = scan(qtbot, window, "NEW-77")
    box = message_box(qtbot, window, "scanUnknown")
    assert "NEW-77" in box.text()
    click(qtbot, find(box, QPushButton, "scanCreate"))
    dialog = field.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert find(dialog, QLineEdit, "itemSerial").text() == "NEW-77"
    # A scanner's Enter in the form moves on; it never saves a half-filled item.
    qtbot.keyClick(find(dialog, QLineEdit, "itemSerial"), Qt.Key.Key_Return)
    assert dialog.isVisible()
    choose(find(dialog, QComboBox, "itemCustomer"), "Beta")
    choose(find(dialog, QComboBox, "itemContract"), "CT-BETA-1")
    choose(find(dialog, QComboBox, "itemSite"), "Filial Norte")
    choose(find(dialog, QComboBox, "itemType"), "Licença")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    assert not dialog.isVisible()
    field = scan(qtbot, window, "new-77")
    qtbot.waitUntil(lambda: field.dialog is not None and field.dialog.isVisible())
    assert find(field.dialog, QLineEdit, "itemSerial").text() == "NEW-77"


def test_cancelling_the_offer_returns_to_the_field(qtbot, make_window, seed):
    window = make_window()
    window.show()
    field = scan(qtbot, window, "NOPE")
    box = message_box(qtbot, window, "scanUnknown")
    box.reject()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    assert field.dialog is None
