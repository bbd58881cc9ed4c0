"""Stock-taking at a customer's site, driven as a scanner does: keys into the field, then Enter."""

import csv

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QPushButton, QTableView, QWidget

from citrus_desktop.domain.items import ItemData, get_item, save_item
from citrus_desktop.domain.session import actor
from citrus_desktop.domain.stock_takes import site_results
from citrus_desktop.store.database import open_database
from citrus_desktop.ui.stock_take.stock_take_window import StockTakeWindow
from tests.pdf_reading import page_count
from tests.ui.helpers import choose, click, column, find, message_box, open_list, row_of, select_rows

FOUND, MISSING = "Found", "Not found yet"


def scan(qtbot, window: QWidget, serial: str) -> None:
    field = find(window, QLineEdit, "stockTakeScan")
    qtbot.keyClicks(field, serial)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def states(table: QTableView) -> dict[str, str]:
    return dict(zip(column(table, 1), column(table, 0), strict=True))


def open_from_sites_tab(qtbot, make_window, seed) -> tuple[QWidget, StockTakeWindow]:
    window = make_window()
    window.show()
    customer = window.open_customer(seed.acme)
    customer.tabs.setCurrentIndex(2)
    sites = find(customer, QWidget, "customerSites")
    table = find(sites, QTableView, "customerSitesTable")
    select_rows(qtbot, table, [row_of(table, "Matriz")])
    action = next(a for a in sites.actions() if a.objectName() == "actionStockTake")
    assert isinstance(action, QAction)
    action.trigger()
    counting = sites.stock_take
    qtbot.addWidget(counting)
    qtbot.waitUntil(counting.isVisible)
    assert counting.objectName() == "stockTakeWindow"
    return window, counting


def test_a_site_is_counted_with_a_scanner_alone_from_start_to_report(
    qtbot, make_window, seed, tmp_path, monkeypatch
):
    played: list[str] = []
    monkeypatch.setattr(
        "citrus_desktop.ui.stock_take.sound.Sounds.play", lambda self, kind: played.append(kind)
    )
    _window, counting = open_from_sites_tab(qtbot, make_window, seed)
    assert find(counting, QComboBox, "stockTakeCustomer").currentText() == "ACME Indústria Ltda."
    assert find(counting, QComboBox, "stockTakeSite").currentText() == "Matriz — São Paulo"
    table = find(counting, QTableView, "stockTakeTable")
    assert states(table) == {"SN-0001": MISSING, "SN-0002": MISSING, "SN-0003": MISSING}
    qtbot.waitUntil(find(counting, QLineEdit, "stockTakeScan").hasFocus)

    scan(qtbot, counting, "sn-0001")
    scan(qtbot, counting, "SN-0003 ")
    scan(qtbot, counting, "SN-0003")
    scan(qtbot, counting, "LIC-9")
    scan(qtbot, counting, "ZZZ-404")
    last = find(counting, QLabel, "stockTakeLast")
    assert "ZZZ-404" in last.text() and "no item" in last.text()
    assert played == ["found", "found", "again", "other_customer", "unknown"]
    assert states(table) == {
        "SN-0001": FOUND, "SN-0002": MISSING, "SN-0003": FOUND,
        "LIC-9": "Unexpected: another customer's item", "ZZZ-404": "Unknown serial",
    }  # fmt: skip
    assert "Found 2 of 3" in find(counting, QLabel, "stockTakeCounts").text()

    qtbot.keyClick(
        find(counting, QLineEdit, "stockTakeScan"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    box = message_box(qtbot, counting, "stockTakeFinishQuestion")
    assert "1 expected item was not found" in box.informativeText()
    click(qtbot, find(box, QPushButton, "stockTakeConfirmFinish"))
    files = counting.report_file.dialog
    assert isinstance(files, QFileDialog)
    qtbot.waitUntil(files.isVisible)
    report = tmp_path / "report.pdf"
    files.selectFile(str(report))
    files.accept()
    assert page_count(report) == 1
    [result] = site_results(seed.acme_site)
    assert (result.counts.expected, result.counts.found, result.counts.missing, result.counts.unexpected) == (
        3,
        2,
        1,
        2,
    )
    assert result.finished_by == actor() != ""

    click(qtbot, find(counting, QPushButton, "stockTakeSaveReport"))
    files = counting.report_file.dialog
    qtbot.waitUntil(files.isVisible)
    sheet = tmp_path / "report.csv"
    files.selectFile(str(sheet))
    files.accept()
    with sheet.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=","))
    assert ["Items found", "2"] in rows
    assert any(row[:2] == ["SN-0002", MISSING] for row in rows)


def test_an_item_of_another_site_moves_here_in_one_action(qtbot, make_window, seed, tmp_path):
    open_database(str(tmp_path / "citrus.db"))
    from citrus_desktop.domain.sites import SiteData, save_site

    other = save_site(SiteData(customer_id=seed.acme, name="Depósito"))
    stray = save_item(ItemData(serial_number="DEP-1", customer_id=seed.acme, contract_id=seed.acme_contract,
                               site_id=other, product_type_id=seed.printer))  # fmt: skip
    _window, counting = open_from_sites_tab(qtbot, make_window, seed)
    scan(qtbot, counting, "dep-1")
    table = find(counting, QTableView, "stockTakeTable")
    assert states(table)["DEP-1"] == "Unexpected: another site of this customer"
    assert column(table, 3)[row_of(table, "DEP-1", 1)] == "Depósito"
    move = find(counting, QPushButton, "stockTakeMove")
    assert move.isEnabled()  # the scanned row is selected
    click(qtbot, move)
    assert states(table)["DEP-1"] == "Found, moved here"
    assert get_item(stray).site_id == seed.acme_site
    assert "1 item moved" in find(counting, QLabel, "stockTakeStatus").text()


def test_a_paused_count_resumes_where_it_stopped(qtbot, make_window, seed):
    window, counting = open_from_sites_tab(qtbot, make_window, seed)
    scan(qtbot, counting, "SN-0002")
    click(qtbot, find(counting, QPushButton, "stockTakePause"))
    assert not counting.isVisible()
    _page = open_list(qtbot, lambda _lang="en": window, "inventory", "inventoryPage", "inventory")[1]
    action = next(a for a in _page.actions() if a.objectName() == "actionStockTake")
    action.trigger()
    again = _page.stock_take
    qtbot.addWidget(again)
    choose(find(again, QComboBox, "stockTakeCustomer"), "ACME")
    choose(find(again, QComboBox, "stockTakeSite"), "Matriz")
    assert "Resumed" in find(again, QLabel, "stockTakeStatus").text()
    table = find(again, QTableView, "stockTakeTable")
    assert states(table)["SN-0002"] == FOUND
    scan(qtbot, again, "SN-0001")
    assert "Found 2 of 3" in find(again, QLabel, "stockTakeCounts").text()


def test_the_sites_dialog_shows_its_finished_counts(qtbot, make_window, seed, tmp_path):
    from citrus_desktop.domain import stock_takes as st
    from tests.ui.helpers import double_click_row

    open_database(str(tmp_path / "citrus.db"))
    count = st.start_or_resume(seed.acme, seed.acme_site)
    st.record_scan(count, "SN-0001")
    st.finish(count)
    window = make_window()
    window.show()
    customer = window.open_customer(seed.acme)
    customer.tabs.setCurrentIndex(2)
    sites = find(customer, QWidget, "customerSites")
    table = find(sites, QTableView, "customerSitesTable")
    double_click_row(qtbot, table, row_of(table, "Matriz"))
    dialog = sites.dialog
    qtbot.waitUntil(dialog.isVisible)
    text = find(dialog, QLabel, "siteStockTakes").text()
    assert "1 of 3 found, 2 not found, 0 unexpected" in text


def test_looking_at_a_site_without_scanning_leaves_no_count(qtbot, make_window, seed):
    from citrus_desktop.domain import stock_takes as st

    _window, counting = open_from_sites_tab(qtbot, make_window, seed)
    assert st.unfinished(seed.acme_site) is not None  # started, so that the first scan is quick
    counting.close()
    assert st.unfinished(seed.acme_site) is None


def test_the_customer_can_be_typed_without_accents(qtbot, make_window, seed):
    window = make_window()
    window.show()
    page = open_list(qtbot, lambda _lang="en": window, "inventory", "inventoryPage", "inventory")[1]
    next(a for a in page.actions() if a.objectName() == "actionStockTake").trigger()
    counting = page.stock_take
    qtbot.addWidget(counting)
    customer = find(counting, QComboBox, "stockTakeCustomer")
    customer.lineEdit().setText("beta comercio")
    qtbot.keyClick(customer.lineEdit(), Qt.Key.Key_Return)
    assert customer.currentText() == "Beta Comércio S.A."
    choose(find(counting, QComboBox, "stockTakeSite"), "Filial Norte")
    scan(qtbot, counting, "lic-9")
    assert states(find(counting, QTableView, "stockTakeTable")) == {"LIC-9": FOUND}
