"""Preferences › Database connection: choose the shared server, test it, start on it."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox

from citrus_desktop.ui.settings import connection_dialog
from citrus_desktop.ui.settings.connection_dialog import saved_target
from tests.ui.helpers import choose_menu, click, find, open_dialog, type_text


class FakeKeyring:
    """The system keyring, as the optional keyring package offers it."""

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, key: str, password: str) -> None:
        self.passwords[(service, key)] = password

    def get_password(self, service: str, key: str) -> str | None:
        return self.passwords.get((service, key))


def open_connection_dialog(qtbot, make_window):
    window = make_window()
    window.show()
    choose_menu(qtbot, window, "actionPreferences")
    preferences = open_dialog(qtbot, window, "preferencesDialog")
    click(qtbot, find(preferences, QPushButton, "preferencesConnection"))
    return open_dialog(qtbot, preferences, "connectionDialog")


def fill_server(qtbot, dialog, password: str = "s3cret") -> None:
    click(qtbot, find(dialog, QRadioButton, "connectionServer"))
    type_text(qtbot, find(dialog, QLineEdit, "connectionHost"), "127.0.0.1")
    port = find(dialog, QSpinBox, "connectionPort")
    click(qtbot, port)
    qtbot.keyClick(port, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, port, "1")
    type_text(qtbot, find(dialog, QLineEdit, "connectionDatabase"), "citrus")
    type_text(qtbot, find(dialog, QLineEdit, "connectionUser"), "ana")
    type_text(qtbot, find(dialog, QLineEdit, "connectionPassword"), password)


def settings_text() -> str:
    """Everything the settings file holds, as written on disk."""
    settings = QSettings()
    settings.sync()
    return Path(settings.fileName()).read_text(encoding="utf-8")


@pytest.mark.parametrize("has_keyring", [False, True], ids=["no keyring", "keyring"])
def test_the_shared_server_is_remembered_without_its_password(qtbot, make_window, monkeypatch, has_keyring):
    keyring = FakeKeyring() if has_keyring else None
    monkeypatch.setattr(connection_dialog, "_keyring", lambda: keyring)
    dialog = open_connection_dialog(qtbot, make_window)
    assert saved_target() is None
    fill_server(qtbot, dialog)

    click(qtbot, find(dialog, QPushButton, "connectionTest"))
    assert "cannot be reached" in find(dialog, QLabel, "connectionTestResult").text()

    click(qtbot, find(dialog, QPushButton, "connectionSave"))
    assert not dialog.isVisible()
    assert "127.0.0.1" in settings_text() and "s3cret" not in settings_text()
    if keyring is None:  # nowhere to keep it: PGPASSWORD or ~/.pgpass must supply it
        assert saved_target() == "postgresql://ana@127.0.0.1:1/citrus"
    else:
        assert list(keyring.passwords.values()) == ["s3cret"]
        assert saved_target() == "postgresql://ana:s3cret@127.0.0.1:1/citrus"


def test_a_server_without_a_database_name_is_refused(qtbot, make_window):
    dialog = open_connection_dialog(qtbot, make_window)
    click(qtbot, find(dialog, QRadioButton, "connectionServer"))
    click(qtbot, find(dialog, QPushButton, "connectionSave"))
    assert dialog.isVisible()
    assert find(dialog, QLabel, "connectionErrors").isVisible()
    assert saved_target() is None
