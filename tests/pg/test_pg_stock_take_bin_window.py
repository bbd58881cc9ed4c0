"""A site deleted with its stock-takes on a team's server, as a user meets it: the bin, Restore,
its counts back (History, caption, resumed count), and Ctrl+Z after the delete."""

import pytest
from PySide6.QtWidgets import QApplication

from citrus_desktop.app import create_main_window
from citrus_desktop.store.database import close_database
from citrus_desktop.ui.tasks import wait_for_tasks
from citrus_desktop.ui.translations import install_translators
from tests.ui.seed import seed_database
from tests.ui.test_stock_take_bin import (
    counted_site,
    ctrl_z_brings_them_back,
    deleted_restored_and_counted_again,
)


@pytest.fixture
def team(qtbot, qapp, pg_url):
    install_translators("en")  # English plurals ("3 records"), as the window shows them
    seed = seed_database(pg_url)
    counts = counted_site(pg_url, seed)
    window = create_main_window(pg_url)
    qtbot.addWidget(window)
    window.show()
    yield window, seed, counts
    window.close()
    wait_for_tasks()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    close_database()


def test_a_site_deleted_with_its_counts_comes_back_with_them_on_the_server(qtbot, team, tmp_path):
    window, seed, (site, finished, _paused) = team
    deleted_restored_and_counted_again(qtbot, window, seed, site, finished, tmp_path)


def test_ctrl_z_after_deleting_a_site_brings_its_counts_back_on_the_server(qtbot, team):
    window, seed, counts = team
    ctrl_z_brings_them_back(qtbot, window, seed, *counts)
