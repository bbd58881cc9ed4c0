"""A site deleted with its stock-takes, as a user meets it: deleted from the customer's Sites list,
found in the recycle bin with its counts, restored — its finished count in the site's History
and its caption (whose link saves the report again), its paused count resumed — and Ctrl+Z after
the delete. tests/pg/test_pg_stock_take_bin_window.py runs the same on a server."""

import csv
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QToolButton, QWidget

from citrus_desktop.domain import stock_takes as st
from citrus_desktop.domain.sites import SiteData, save_site
from citrus_desktop.store.database import open_database
from tests.ui.helpers import click, column, double_click_row, find, message_box, row_of, select_rows
from tests.ui.test_nothing_lost import history_rows, open_bin

SITE = "Depósito"


def counted_site(url: str, seed) -> tuple[int, int, int]:
    """ACME's site Depósito (no items) with a finished count (SN-0001 of Matriz scanned there) and
    a paused one (an unknown serial scanned)."""
    open_database(url)
    site = save_site(SiteData(customer_id=seed.acme, name=SITE, city="Santos"))
    finished = st.start_or_resume(seed.acme, site)
    st.record_scan(finished, "SN-0001")
    st.finish(finished)
    paused = st.start_or_resume(seed.acme, site)
    st.record_scan(paused, "CAIXA-77")
    st.pause(paused)
    return site, finished, paused


def sites_list(qtbot, window, seed) -> tuple[QWidget, QWidget, QTableView]:
    customer = window.open_customer(seed.acme)
    qtbot.waitUntil(customer.isVisible)
    customer.tabs.setCurrentIndex(2)
    sites = find(customer, QWidget, "customerSites")
    table = find(sites, QTableView, "customerSitesTable")
    qtbot.waitUntil(lambda: SITE in column(table))
    return customer, sites, table


def delete_site(qtbot, sites: QWidget, table: QTableView) -> None:
    select_rows(qtbot, table, [row_of(table, SITE)])
    click(qtbot, find(sites, QToolButton, "customerSitesDelete"))
    box = message_box(qtbot, sites, "customerSitesDeleteQuestion")
    assert "2 stock-takes of the site go to the recycle bin too" in box.informativeText()
    click(qtbot, find(box, QPushButton, "customerSitesConfirmDelete"))
    qtbot.waitUntil(lambda: SITE not in column(table))


def deleted_restored_and_counted_again(qtbot, window, seed, site: int, finished: int, tmp_path) -> None:
    _customer, sites, table = sites_list(qtbot, window, seed)
    delete_site(qtbot, sites, table)
    assert st.site_results(site) == [] and st.unfinished(site) is None

    bin_page, bin_table = open_bin(qtbot, window)
    label = f"{SITE} — {datetime.now():%Y-%m-%d}"
    qtbot.waitUntil(lambda: SITE in column(bin_table, 1))
    assert sorted(zip(column(bin_table, 0), column(bin_table, 1), strict=True)) == [
        ("Site", SITE), ("Stock-take", label), ("Stock-take", label),
    ]  # fmt: skip
    assert set(column(bin_table, 2)) == {"ACME Indústria Ltda."}
    select_rows(qtbot, bin_table, [row_of(bin_table, SITE, 1)])
    click(qtbot, find(bin_page, QToolButton, "recycleBinRestore"))
    qtbot.waitUntil(lambda: bin_table.model().rowCount() == 0)
    assert "3 records restored" in window.statusBar().currentMessage()

    # The site is back with its counts: the finished one in its dialog and its History.
    qtbot.waitUntil(lambda: SITE in column(table))
    double_click_row(qtbot, table, row_of(table, SITE))
    dialog = sites.dialog
    qtbot.waitUntil(dialog.isVisible)
    caption = find(dialog, QLabel, "siteStockTakes")
    assert caption.isVisible() and "1 of 0 found" not in caption.text()
    assert "0 of 0 found, 0 not found, 1 unexpected" in caption.text()
    click(qtbot, find(dialog, QPushButton, "siteHistory"))
    whats = [row[2] for row in history_rows(qtbot, dialog)]
    assert "Stock-take" in " ".join(whats) and "Restored" in " ".join(whats)
    assert any(what.startswith("Deleted") for what in whats)
    dialog.history_dialog.close() if hasattr(dialog, "history_dialog") and dialog.history_dialog else None
    # The caption's link saves that count's report again.
    caption.linkActivated.emit(f"count:{finished}")
    files = caption.report_file.dialog
    qtbot.waitUntil(files.isVisible)
    sheet = tmp_path / "again.csv"
    files.selectFile(str(sheet))
    files.accept()
    with sheet.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=","))
    assert any(row[:1] == ["SN-0001"] for row in rows)
    click(qtbot, find(dialog, QPushButton, "siteCancel"))
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The paused count resumes where it stopped.
    select_rows(qtbot, table, [row_of(table, SITE)])
    action = next(a for a in sites.actions() if a.objectName() == "actionStockTake")
    assert isinstance(action, QAction)
    action.trigger()
    counting = sites.stock_take
    qtbot.addWidget(counting)
    qtbot.waitUntil(counting.isVisible)
    assert "Resumed" in find(counting, QLabel, "stockTakeStatus").text()
    assert "CAIXA-77" in column(find(counting, QTableView, "stockTakeTable"), 1)
    counting.close()


def ctrl_z_brings_them_back(qtbot, window, seed, site: int, finished: int, paused: int) -> None:
    customer, sites, table = sites_list(qtbot, window, seed)
    delete_site(qtbot, sites, table)
    undo = window.undo_history.undo_action
    qtbot.waitUntil(undo.isEnabled)
    assert undo.text() == f"Undo delete of site “{SITE}”"
    customer.activateWindow()
    select_rows(qtbot, table, [0])
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: SITE in column(table))
    assert [info.id for info in st.site_results(site)] == [finished]
    assert st.unfinished(site) == paused


@pytest.fixture
def counted(seed, db_path):
    return counted_site(str(db_path), seed)


def test_a_site_deleted_with_its_counts_comes_back_with_them_from_the_bin(
    qtbot, make_window, seed, counted, tmp_path
):
    site, finished, _paused = counted
    window = make_window()
    window.show()
    deleted_restored_and_counted_again(qtbot, window, seed, site, finished, tmp_path)


def test_ctrl_z_after_deleting_a_site_brings_its_counts_back(qtbot, make_window, seed, counted):
    window = make_window()
    window.show()
    ctrl_z_brings_them_back(qtbot, window, seed, *counted)
