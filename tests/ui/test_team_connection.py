"""Preferences › Database connection: choose the shared server, test it, start on it."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox, QWidget

from citrus_desktop.ui.settings.connection_dialog import saved_target
from tests.ui.helpers import click, find


def open_connection_dialog(qtbot, make_window):
    window = make_window()
    window.show()
    window.open_preferences()
    preferences = find(window, QWidget, "preferencesDialog")
    click(qtbot, find(preferences, QPushButton, "preferencesConnection"))
    dialog = find(preferences, QWidget, "connectionDialog")
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_shared_server_is_remembered_without_its_password(qtbot, make_window):
    dialog = open_connection_dialog(qtbot, make_window)
    assert saved_target() is None
    click(qtbot, find(dialog, QRadioButton, "connectionServer"))
    qtbot.keyClicks(find(dialog, QLineEdit, "connectionHost"), "127.0.0.1")
    find(dialog, QSpinBox, "connectionPort").setValue(1)
    qtbot.keyClicks(find(dialog, QLineEdit, "connectionDatabase"), "citrus")
    qtbot.keyClicks(find(dialog, QLineEdit, "connectionUser"), "ana")
    qtbot.keyClicks(find(dialog, QLineEdit, "connectionPassword"), "s3cret")

    click(qtbot, find(dialog, QPushButton, "connectionTest"))
    assert "cannot be reached" in find(dialog, QLabel, "connectionTestResult").text()

    click(qtbot, find(dialog, QPushButton, "connectionSave"))
    assert not dialog.isVisible()
    settings = QSettings()
    assert "s3cret" not in [str(settings.value(key)) for key in settings.allKeys()]
    assert saved_target().replace(":s3cret@", "@") == "postgresql://ana@127.0.0.1:1/citrus"


def test_a_server_without_a_database_name_is_refused(qtbot, make_window):
    dialog = open_connection_dialog(qtbot, make_window)
    click(qtbot, find(dialog, QRadioButton, "connectionServer"))
    click(qtbot, find(dialog, QPushButton, "connectionSave"))
    assert dialog.isVisible()
    assert find(dialog, QLabel, "connectionErrors").isVisible()
    assert saved_target() is None
