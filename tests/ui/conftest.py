"""UI fixtures: the main window on a fresh database, registered with qtbot."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from citrus_desktop.app import create_main_window
from citrus_desktop.store.database import close_database
from citrus_desktop.ui.records.record_dialog import RecordDialog
from citrus_desktop.ui.settings.preferences_dialog import START_PAGE_KEY
from citrus_desktop.ui.translations import install_translators
from tests.ui.seed import Seed, seed_database


@pytest.fixture(autouse=True)
def quick_double_click(qapp):
    """A quick hand: a double-click within 100 ms (helpers wait that long where Qt ignores a click
    that follows another, as in a combo box's list just opened)."""
    hints = QGuiApplication.styleHints()
    before = hints.mouseDoubleClickInterval()
    hints.setMouseDoubleClickInterval(100)
    yield
    hints.setMouseDoubleClickInterval(before)


@pytest.fixture
def make_window(qtbot, qapp, db_path: Path):
    """Build the main window on ``db_path`` (after optional seeding), in ``language``.

    It starts on ``start_page`` ("inventory", as the tests written before the dashboard expect;
    None: whatever Preferences say, the dashboard by default).
    """
    windows = []

    def make(language: str = "en", database: str | None = None, start_page: str | None = "inventory"):
        install_translators(language)
        if start_page is not None:
            QSettings().setValue(START_PAGE_KEY, start_page)
        window = create_main_window(database or str(db_path))
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        for child in list(window.customer_windows.values()):
            child._dirty = False
        window.close()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordDialog):
            widget.mark_unchanged()  # else it asks before closing, stays open, and its timers fire later
        widget.close()
    install_translators("en")
    close_database()


@pytest.fixture
def seed(db_path: Path) -> Seed:
    return seed_database(str(db_path))
