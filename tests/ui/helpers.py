"""Doing what a user does: find widgets by object name, click, type, read tables."""

import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)


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
    """Pick the entry whose text contains ``text`` as a user does: click the combo box (its arrow,
    when it is editable) to open the list, scroll to the entry and click it."""
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, f"{text!r} not among {combo_texts(combo)}"
    assert combo.isEnabled() and combo.isVisible(), f"{combo.objectName()} cannot be used"
    wait_active(combo)
    if combo.isEditable():
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        arrow = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, combo
        )
        QTest.mouseClick(combo, Qt.MouseButton.LeftButton, pos=arrow.center())
    else:
        QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    assert _wait(view.isVisible), f"{combo.objectName()}'s list did not open"
    # The list ignores a click that comes within a double-click of opening it.
    QTest.qWait(QApplication.doubleClickInterval() + 20)
    entry = combo.model().index(index, combo.modelColumn())
    for _attempt in range(3):  # a click lost on a busy machine is clicked again, as a person would
        view.scrollTo(entry)
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(entry).center())
        if _wait(lambda: not view.isVisible(), 700):
            break
    assert not view.isVisible(), f"{combo.objectName()}'s list stayed open"
    assert combo.currentIndex() == index, f"{combo.objectName()} shows {combo.currentText()!r}"


def type_and_enter(qtbot, combo: QComboBox, text: str) -> None:
    """Type ``text`` into an editable combo box and press Enter, as a user who knows the name."""
    edit = combo.lineEdit()
    assert edit is not None, f"{combo.objectName()} is not editable"
    edit.selectAll()
    type_text(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def wait_active(widget: QWidget) -> None:
    """Wait until ``widget``'s window is the active one, as it is for a user about to click in it
    (a window that becomes active later closes the popups opened meanwhile)."""
    assert _wait(lambda: QApplication.activeWindow() is widget.window()), (
        f"{widget.window().objectName()} never became the active window"
    )


def _wait(condition, timeout_ms: int = 2000) -> bool:
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            return False
        QTest.qWait(5)
    return True


def click_tab(qtbot, tabs: QTabWidget, page_name: str) -> QWidget:
    """Click the tab of the page called ``page_name``; returns the page, once shown."""
    page = find(tabs, QWidget, page_name)
    index = tabs.indexOf(page)
    assert index >= 0 and tabs.isTabEnabled(index), f"tab {page_name} cannot be clicked"
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(page.isVisible)
    return page


def choose_menu(qtbot, window: QMainWindow, action_name: str) -> None:
    """Open the menu (in the menu bar) holding the action ``action_name`` and click the action."""
    bar = window.menuBar()
    for menu_action in bar.actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        action = next((a for a in menu.actions() if a.objectName() == action_name), None)
        if action is None:
            continue
        wait_active(bar)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu_action).center())
        assert _wait(menu.isVisible), f"the menu {menu_action.text()!r} did not open"
        QTest.qWait(QApplication.doubleClickInterval() + 20)
        assert action.isEnabled(), f"{action_name} is disabled"
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        assert _wait(lambda menu=menu: not menu.isVisible()), f"the menu {menu_action.text()!r} stayed open"
        return
    raise AssertionError(f"no menu holds {action_name}")


def navigate(qtbot, window: QWidget, key: str) -> QWidget:
    """Go to page ``key`` with the sidebar as a user does (types: Administration, then its option)."""
    names = {
        "dashboard": ("navDashboardButton", "dashboardPage"),
        "inventory": ("navInventoryButton", "inventoryPage"),
        "customers": ("navCustomersButton", "customersPage"),
        "administration": ("navAdministrationButton", "adminPanel"),
        "productTypes": ("navAdministrationButton", "productTypesPage"),
    }
    button, page_name = names[key]
    click(qtbot, find(window, QToolButton, button))
    if key == "productTypes":
        panel = find(window, QWidget, "adminPanel")
        qtbot.waitUntil(panel.isVisible)
        click(qtbot, find(panel, QToolButton, "adminOption_productTypes"))
    page = find(window, QWidget, page_name)
    qtbot.waitUntil(page.isVisible)
    return page


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
    """Show the main window and go to the list ``key`` with the sidebar; returns (window, page, table)."""
    window = make_window(language)
    window.show()
    page = navigate(qtbot, window, key)
    assert page.objectName() == page_name
    return window, page, find(page, QTableView, f"{prefix}Table")


def open_dialog(qtbot, parent: QWidget, name: str) -> QWidget:
    """The dialog ``name`` that just opened over ``parent``, once it is shown and active."""
    found: list[QWidget] = []

    def shown() -> bool:
        found[:] = [w for w in parent.findChildren(QWidget, name) if w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=2000)
    wait_active(found[-1])
    return found[-1]


def wait_focus(qtbot, widget: QWidget) -> None:
    """Wait until ``widget`` has the keyboard focus in its active window."""
    wait_active(widget)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def answer(qtbot, parent: QWidget, box_name: str, button_name: str) -> None:
    """Click ``button_name`` in the question ``box_name`` that ``parent`` just asked."""
    box = message_box(qtbot, parent, box_name)
    click(qtbot, find(box, QPushButton, button_name))
    qtbot.waitUntil(lambda: not box.isVisible())


def discard(qtbot, dialog: QWidget) -> None:
    """Answer Discard when the dialog asks about its unsaved changes."""
    prefix = dialog.objectName().removesuffix("Dialog")
    answer(qtbot, dialog, f"{prefix}DiscardQuestion", f"{prefix}Discard")
    qtbot.waitUntil(lambda: not dialog.isVisible())


def right_click(qtbot, widget: QWidget, pos) -> None:
    """A right click at ``pos``: the press and release, then the context menu request the
    window system sends with them."""
    wait_active(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.RightButton, pos=pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
