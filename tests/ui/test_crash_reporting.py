"""An unhandled exception shows the crash dialog, lands in the log, and the app keeps running."""

import logging
import sys
import threading
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import Qt, qVersion, qWarning
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton

from citrus_desktop import __version__
from citrus_desktop.logs import LOG_NAME, log_folder, setup_logging, teardown_logging
from citrus_desktop.ui.crash_dialog import CrashDialog, current_crash_dialog, install_excepthook
from tests.ui.helpers import choose_menu, click, find, open_dialog


@pytest.fixture
def log_file(tmp_path: Path):
    """The rotating log, written to ``tmp_path/logs`` instead of the user's folder."""
    log = setup_logging(tmp_path / "logs")
    yield log
    teardown_logging()


@pytest.fixture
def crash_reporting(log_file: Path):
    """What run() installs: the log and the crash excepthook; undone after.

    Only for tests marked qt_no_exception_capture: pytest-qt's own hook must not be replaced
    in the others, or their errors would show a dialog instead of failing.
    """
    hook_before = sys.excepthook
    restore = install_excepthook()
    yield log_file
    dialog = current_crash_dialog()
    if dialog is not None:
        dialog.close()
    restore()
    assert sys.excepthook is hook_before


def crash_dialog(qtbot) -> CrashDialog:
    qtbot.waitUntil(lambda: current_crash_dialog() is not None, timeout=2000)
    dialog = current_crash_dialog()
    qtbot.addWidget(dialog)
    return dialog


def failing_button(qtbot) -> QPushButton:
    button = QPushButton("Break")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise ValueError("the printer caught fire")

    button.clicked.connect(broken_slot)
    button.show()
    return button


# pytest-qt would fail the test on the exception in the slot: here it is the point of the test.
@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_crash_dialog_and_is_logged(qtbot, crash_reporting):
    button = failing_button(qtbot)
    click(qtbot, button)

    dialog = crash_dialog(qtbot)
    assert dialog.objectName() == "crashDialog"
    details = find(dialog, QPlainTextEdit, "crashDetails")
    assert details.isReadOnly()
    assert "Traceback (most recent call last)" in details.toPlainText()
    assert "ValueError: the printer caught fire" in details.toPlainText()
    assert str(crash_reporting) in find(dialog, QLabel, "crashLogFolder").text()

    click(qtbot, find(dialog, QPushButton, "crashCopy"))
    assert "ValueError: the printer caught fire" in QApplication.clipboard().text()

    logged = crash_reporting.read_text(encoding="utf-8")
    assert "Unhandled exception" in logged
    assert "Traceback (most recent call last)" in logged
    assert "ValueError: the printer caught fire" in logged


@pytest.mark.qt_no_exception_capture
def test_the_app_keeps_running_and_a_second_error_joins_the_same_dialog(qtbot, crash_reporting):
    button = failing_button(qtbot)
    click(qtbot, button)
    dialog = crash_dialog(qtbot)
    click(qtbot, button)  # the window still answers

    assert current_crash_dialog() is dialog
    text = find(dialog, QPlainTextEdit, "crashDetails").toPlainText()
    assert text.count("ValueError: the printer caught fire") == 2
    click(qtbot, find(dialog, QPushButton, "crashClose"))
    assert current_crash_dialog() is None


def test_qt_messages_and_our_own_go_to_the_log_file(qtbot, log_file):
    logging.getLogger("citrus_desktop.test").info("hello from the test")
    qWarning("a Qt warning for the log")
    teardown_logging()  # flush and close before reading

    logged = log_file.read_text(encoding="utf-8")
    assert log_file.name == LOG_NAME
    assert "hello from the test" in logged
    assert "qt: a Qt warning for the log" in logged


def test_about_shows_the_log_folder_really_in_use(qtbot, make_window, log_file):
    window = make_window()
    window.show()
    choose_menu(qtbot, window, "actionAbout")
    about = open_dialog(qtbot, window, "aboutDialog")
    assert about.objectName() == "aboutDialog"
    assert about.windowModality() != Qt.WindowModality.NonModal  # opened with open()
    details = find(about, QLabel, "aboutDetails").text()
    assert str(log_folder()) == str(log_file.parent)
    assert str(log_file.parent) in details
    for shown in (__version__, qVersion(), PySide6.__version__, "Database", "Data folder"):
        assert shown in details
    assert "LGPL" in find(about, QLabel, "aboutLicences").text()
    about.close()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_worker_thread_is_logged(qtbot, crash_reporting):
    def work() -> None:
        raise RuntimeError("lost the connection")

    worker = threading.Thread(target=work, name="live-refresh")
    worker.start()
    worker.join()

    logged = crash_reporting.read_text(encoding="utf-8")
    assert "Unhandled exception in thread live-refresh" in logged
    assert "RuntimeError: lost the connection" in logged
