"""Live lists: what another machine saves shows in open lists within 2 seconds, selection kept."""

import socket
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from citrus_desktop.app import create_main_window
from citrus_desktop.domain.customers import CustomerData, save_customer
from citrus_desktop.store.changes import PostgresChangeFeed, SqliteChangeFeed, open_feed
from citrus_desktop.store.database import close_database, open_database
from tests.ui.helpers import column, find, row_of, select_rows

OTHER_MACHINE = """
import sys
from citrus_desktop.domain.customers import CustomerData, save_customer
from citrus_desktop.domain.session import set_actor
from citrus_desktop.store.database import close_database, open_database
open_database(sys.argv[1])
set_actor("Ana")
save_customer(CustomerData(name=sys.argv[2]))
close_database()
"""


def another_machine_saves_customer(database: str, name: str) -> None:
    subprocess.run([sys.executable, "-c", OTHER_MACHINE, database, name], check=True, timeout=60)


def polled(feed, seconds: float = 2.0) -> set[str]:
    deadline = time.monotonic() + seconds
    seen: set[str] = set()
    while time.monotonic() < deadline and not seen:
        seen = feed.poll()
        time.sleep(0.05)
    return seen


def test_the_feed_reports_other_connections_changes_not_our_own(database, raw):
    feed = open_feed(database)
    assert isinstance(feed, PostgresChangeFeed)
    save_customer(CustomerData(name="Ours"))
    assert polled(feed, 0.5) == set()
    raw.execute("UPDATE customer SET phone = '1'")
    assert polled(feed) == {"customer"}


def test_the_feed_listens_again_after_losing_its_connection(database, raw):
    feed = open_feed(database)
    raw.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'")
    assert polled(feed, 0.5) == set()
    assert "customer" in polled(feed, 3.0)  # back, and everything may have changed meanwhile
    assert feed.connected


def test_a_change_by_another_process_reaches_the_feed(pg_url, database):
    feed = open_feed(database)
    another_machine_saves_customer(pg_url, "From elsewhere")
    assert polled(feed) == {"customer"}


def test_sqlite_a_second_process_on_the_same_file_is_noticed(tmp_path):
    path = str(tmp_path / "shared.db")
    handle = open_database(path)
    try:
        feed = open_feed(handle)
        assert isinstance(feed, SqliteChangeFeed)
        save_customer(CustomerData(name="Ours"))
        assert feed.poll() == set()
        another_machine_saves_customer(path, "From elsewhere")
        assert "customer" in polled(feed)
    finally:
        close_database()


@pytest.fixture
def main_window(qtbot, qapp):
    windows = []

    def make(database: str):
        window = create_main_window(database)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    close_database()


@pytest.mark.parametrize("kind", ["postgresql", "sqlite"])
def test_an_open_customers_list_follows_another_machine(qtbot, main_window, pg_url, tmp_path, kind):
    target = pg_url if kind == "postgresql" else str(tmp_path / "shared.db")
    open_database(target)
    for name in ("Alpha", "Beta", "Gamma"):
        save_customer(CustomerData(name=name))
    close_database()
    window = main_window(target)
    window.show_page("customers")
    page = find(window, QWidget, "customersPage")
    table = find(page, QTableView, "customersTable")
    qtbot.waitUntil(lambda: "Gamma" in column(table))
    select_rows(qtbot, table, [row_of(table, "Beta")])

    another_machine_saves_customer(target, "Aardvark")  # sorts first: Beta's row moves down
    qtbot.waitUntil(lambda: "Aardvark" in column(table), timeout=2000)
    assert [column(table)[index.row()] for index in table.selectionModel().selectedRows()] == ["Beta"]


def test_reconnecting_to_a_silent_server_never_blocks_the_poll(database, raw):
    """A server that accepts but never answers: the retry waits in the background, not in poll()."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    feed = open_feed(database)
    try:
        raw.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'")
        assert polled(feed, 0.5) == set()
        port = feed.database.connect_params.get("port")
        feed.database.connect_params["port"] = silent.getsockname()[1]
        feed._next_try = 0.0
        slowest = 0.0
        for _ in range(20):
            started = time.monotonic()
            feed.poll()
            slowest = max(slowest, time.monotonic() - started)
            time.sleep(0.05)
        assert slowest < 0.2
        assert not feed.connected
        feed.database.connect_params["port"] = port
    finally:
        feed.close()
        silent.close()
