from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLineEdit, QToolButton, QWidget

from tests.ui.helpers import click, find, navigate, type_text


def open_admin(qtbot, window):
    return navigate(qtbot, window, "administration")


def visible_options(panel) -> set[str]:
    return {
        b.objectName()
        for b in panel.findChildren(QToolButton)
        if b.objectName().startswith("adminOption_") and b.isVisible()
    }


def test_admin_panel_shows_the_three_blocks(qtbot, make_window):
    window = make_window()
    window.show()
    panel = open_admin(qtbot, window)
    for block in ("general", "lemondesk", "limesales"):
        assert find(panel, QFrame, f"adminBlock_{block}").isVisible()
    assert visible_options(panel) == {
        "adminOption_customers",
        "adminOption_recycleBin",
        "adminOption_inventory",
        "adminOption_productTypes",
        "adminOption_staff",
    }


def test_search_filters_options_and_hides_blocks_without_match(qtbot, make_window):
    window = make_window()
    window.show()
    panel = open_admin(qtbot, window)
    search = find(panel, QLineEdit, "adminSearch")
    qtbot.keyClicks(search, "INVENT")
    assert visible_options(panel) == {"adminOption_inventory"}
    assert find(panel, QFrame, "adminBlock_lemondesk").isVisible()
    assert not find(panel, QFrame, "adminBlock_general").isVisible()
    assert not find(panel, QFrame, "adminBlock_limesales").isVisible()
    search.clear()
    assert len(visible_options(panel)) == len(panel.options)


def test_search_ignores_accents_in_portuguese(qtbot, make_window):
    window = make_window("pt_BR")
    window.show()
    panel = open_admin(qtbot, window)
    type_text(qtbot, find(panel, QLineEdit, "adminSearch"), "serviço")
    assert visible_options(panel) == {"adminOption_productTypes"}


def test_search_without_match_says_so(qtbot, make_window):
    window = make_window()
    window.show()
    panel = open_admin(qtbot, window)
    qtbot.keyClicks(find(panel, QLineEdit, "adminSearch"), "zzz")
    assert visible_options(panel) == set()
    assert find(panel, QWidget, "adminNoMatch").isVisible()


def test_enter_opens_the_only_match(qtbot, make_window):
    window = make_window()
    window.show()
    panel = open_admin(qtbot, window)
    search = find(panel, QLineEdit, "adminSearch")
    qtbot.keyClicks(search, "types")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find(window, QWidget, "productTypesPage").isVisible())


def test_options_open_their_lists(qtbot, make_window):
    window = make_window()
    window.show()
    for option, page in (
        ("customers", "customersPage"),
        ("inventory", "inventoryPage"),
        ("productTypes", "productTypesPage"),
    ):
        panel = open_admin(qtbot, window)
        click(qtbot, find(panel, QToolButton, f"adminOption_{option}"))
        qtbot.waitUntil(lambda page=page: find(window, QWidget, page).isVisible())
