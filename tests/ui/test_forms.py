"""Every form: opens on its first field, saves with Ctrl+S, never drops typing unasked, shows its
problems next to the fields and lets them go as soon as they are fixed."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from citrus_desktop.domain.list_sources import InventorySource, SiteSource
from tests.ui.helpers import (
    answer,
    choose,
    click,
    discard,
    find,
    navigate,
    open_dialog,
    type_text,
    wait_focus,
)


def new_item(qtbot, make_window, language="en"):
    window = make_window(language)
    window.show()
    page = navigate(qtbot, window, "inventory")
    click(qtbot, find(page, QToolButton, "inventoryNew"))
    return window, open_dialog(qtbot, window, "itemDialog")


def type_where_the_focus_is(qtbot, text: str) -> None:
    """Type as a person does: into whatever has the focus."""
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)


def test_a_sub_dialog_takes_the_typing_and_space_never_saves_it(qtbot, make_window, seed):
    window, dialog = new_item(qtbot, make_window)
    choose(find(dialog, QComboBox, "itemCustomer"), "ACME")
    click(qtbot, find(dialog, QToolButton, "itemNewSite"))
    site = open_dialog(qtbot, window, "siteDialog")
    name = find(site, QLineEdit, "siteName")
    wait_focus(qtbot, name)
    type_where_the_focus_is(qtbot, "Filial ")  # the space too: it must not press Save
    assert site.isVisible() and name.text() == "Filial "
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not site.isVisible())
    assert [row[1] for row in SiteSource(seed.acme).page(0, 10)] == ["Filial", "Matriz"]
    assert find(dialog, QComboBox, "itemSite").currentText() == "Filial"


def test_escape_asks_before_dropping_what_was_typed(qtbot, make_window, seed):
    _window, dialog = new_item(qtbot, make_window)
    serial = find(dialog, QLineEdit, "itemSerial")
    type_text(qtbot, serial, "TYPED-1")
    qtbot.keyClick(serial, Qt.Key.Key_Escape)
    answer(qtbot, dialog, "itemDiscardQuestion", "itemKeepEditing")
    assert dialog.isVisible() and serial.text() == "TYPED-1"
    click(qtbot, find(dialog, QPushButton, "itemCancel"))
    discard(qtbot, dialog)
    assert InventorySource().count() == 4


def test_closing_the_window_asks_too(qtbot, make_window, seed):
    _window, dialog = new_item(qtbot, make_window)
    type_text(qtbot, find(dialog, QLineEdit, "itemSerial"), "TYPED-2")
    dialog.close()  # the title bar's close button: the platform's, out of the tests' reach
    answer(qtbot, dialog, "itemDiscardQuestion", "itemKeepEditing")
    assert dialog.isVisible()


def test_an_unchanged_form_closes_at_once(qtbot, make_window, seed):
    _window, dialog = new_item(qtbot, make_window)
    qtbot.keyClick(find(dialog, QLineEdit, "itemSerial"), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_problem_goes_as_soon_as_its_field_is_fixed(qtbot, make_window, seed):
    _window, dialog = new_item(qtbot, make_window)
    serial = find(dialog, QLineEdit, "itemSerial")
    type_text(qtbot, serial, "SN-0001")
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    errors = find(dialog, QLabel, "itemErrors")
    assert "already used" in errors.text() and serial.property("invalid") is True
    choose(find(dialog, QComboBox, "itemType"), "Impressora")  # fixes another field only
    assert "already used" in errors.text() and serial.property("invalid") is True
    assert "Choose the product or service type." not in errors.text()
    click(qtbot, serial)
    qtbot.keyClick(serial, Qt.Key.Key_End)
    type_text(qtbot, serial, "-B")
    assert serial.property("invalid") is False
    assert "already used" not in errors.text() and "Choose the customer." in errors.text()
    choose(find(dialog, QComboBox, "itemCustomer"), "ACME")
    assert "Choose the customer." not in errors.text()
    assert find(dialog, QComboBox, "itemContract").property("invalid") is True  # not chosen yet


def test_the_focus_shows_on_a_field_in_error(qtbot, make_window, seed):
    _window, dialog = new_item(qtbot, make_window)
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    serial = find(dialog, QLineEdit, "itemSerial")
    wait_focus(qtbot, serial)

    def inside() -> tuple[int, int]:
        """The colour inside the field, away from its text and cursor, and of its border."""
        image = serial.grab().toImage()
        middle = image.height() // 2
        return image.pixel(image.width() - 30, middle), image.pixel(1, middle)

    focused = inside()
    qtbot.keyClick(serial, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not serial.hasFocus())
    assert serial.property("invalid") is True
    assert inside()[1] == focused[1]  # the red border says "in error" either way...
    assert inside()[0] != focused[0]  # ...and the field with the focus looks it


FIELDS = (
    "itemSerial",
    "itemCustomer",
    "itemContract",
    "itemSite",
    "itemType",
    "itemDescription",
    "itemObservation",
)


def content_rect(widget: QWidget, content: QWidget) -> QRect:
    return QRect(widget.mapTo(content, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("language", ["en", "pt_BR"])
@pytest.mark.parametrize("height", [None, 320])
def test_problems_never_overlap_the_fields(qtbot, make_window, seed, language, height):
    _window, dialog = new_item(qtbot, make_window, language)
    type_text(qtbot, find(dialog, QLineEdit, "itemSerial"), "SN-0001")
    qtbot.keyClick(find(dialog, QLineEdit, "itemSerial"), Qt.Key.Key_Return)  # shows the used-serial hint
    if height is not None:
        dialog.resize(dialog.width(), height)  # a short screen, or the user's choice
    click(qtbot, find(dialog, QPushButton, "itemSave"))
    QTest.qWait(50)
    content = find(dialog, QWidget, "itemForm")
    names = (*FIELDS, "itemSerialHint", "itemErrors")
    shown = [w for w in (find(dialog, QWidget, name) for name in names) if w.isVisible()]
    assert find(dialog, QLabel, "itemErrors") in shown
    for number, one in enumerate(shown):
        for other in shown[number + 1 :]:
            overlap = content_rect(one, content).intersected(content_rect(other, content))
            assert overlap.isEmpty(), (one.objectName(), other.objectName())
    scrolled = content.parentWidget()  # the fields scroll above the buttons, never under them
    save = find(dialog, QPushButton, "itemSave")
    assert (
        scrolled.mapTo(dialog, scrolled.rect().bottomLeft()).y()
        < save.mapTo(dialog, save.rect().topLeft()).y()
    )
