"""Where the data lives: this computer's file, or the team's shared PostgreSQL server.

Kept in QSettings, without the password: that goes to the OS keyring when one is available
(the optional ``keyring`` package); otherwise libpq's own PGPASSWORD or ~/.pgpass supply it.
"""

import contextlib
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QButtonGroup, QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox, QWidget

from citrus_desktop.store.database import describe
from citrus_desktop.store.postgres import check_server
from citrus_desktop.ui.records.record_dialog import RecordDialog

MODE_KEY = "database/mode"
PATH_KEY = "database/path"
SERVER_KEYS = ("host", "port", "name", "user")
KEYRING_SERVICE = "citrus-desktop"


def _keyring() -> Any:
    """The keyring module when it has a usable backend, else None."""
    try:
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring
    except ImportError:
        return None
    return None if isinstance(keyring.get_keyring(), NoKeyring) else keyring


def server_url(host: str, port: int, name: str, user: str, password: str = "") -> str:
    login = quote(user, safe="") + (f":{quote(password, safe='')}" if password else "")
    return f"postgresql://{login}@{host}:{port}/{quote(name, safe='')}"


def _password_key(host: str, port: int, name: str, user: str) -> str:
    return f"{user}@{host}:{port}/{name}"


def saved_target() -> str | None:
    """The database chosen in this dialog (a file path or URL), or None for the default file."""
    settings = QSettings()
    mode = str(settings.value(MODE_KEY, "local"))
    if mode == "server":
        host, port, name, user = (str(settings.value(f"database/{key}", "")) for key in SERVER_KEYS)
        if not (host and name):
            return None
        password = ""
        keyring = _keyring()
        if keyring is not None:
            try:
                password = (
                    keyring.get_password(KEYRING_SERVICE, _password_key(host, int(port), name, user)) or ""
                )
            except Exception:  # a locked or broken keyring: libpq may still find ~/.pgpass
                password = ""
        return server_url(host, int(port or 5432), name, user, password)
    path = str(settings.value(PATH_KEY, ""))
    return path or None


class ConnectionDialog(RecordDialog):
    """ "This computer" (a file) or "Shared server" (host, port, database, user, password)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("connection", "", parent)
        self.setWindowTitle(self.tr("Database connection"))
        settings = QSettings()
        self.local = QRadioButton(self.tr("This computer (a file)"))
        self.local.setObjectName("connectionLocal")
        self.server = QRadioButton(self.tr("Shared server (PostgreSQL, for a team)"))
        self.server.setObjectName("connectionServer")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.form.add("mode", self.tr("Data on"), self.local)
        self.form.layout.addRow("", self.server)
        self.path = self._line("connectionPath", str(settings.value(PATH_KEY, "")), self.tr("default file"))
        self.form.add("path", self.tr("File"), self.path)
        self.host = self._line("connectionHost", str(settings.value("database/host", "")), "db.example.local")
        self.form.add("host", self.tr("Server"), self.host)
        self.port = QSpinBox()
        self.port.setObjectName("connectionPort")
        self.port.setRange(1, 65535)
        self.port.setValue(int(str(settings.value("database/port", 5432) or 5432)))
        self.form.add("port", self.tr("Port"), self.port)
        self.database = self._line("connectionDatabase", str(settings.value("database/name", "")), "citrus")
        self.form.add("name", self.tr("Database"), self.database)
        self.user = self._line("connectionUser", str(settings.value("database/user", "")), "")
        self.form.add("user", self.tr("User"), self.user)
        self.password = self._line("connectionPassword", "", self.tr("kept in the system keyring"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add("password", self.tr("Password"), self.password)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("connectionTest")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("connectionTestResult")
        self.test_result.setWordWrap(True)
        self.form.layout.addRow(self.test_button, self.test_result)
        note = QLabel(self.tr("Applies the next time Citrus Desktop starts."))
        note.setProperty("role", "caption")
        self.form.layout.addRow("", note)
        (self.server if str(settings.value(MODE_KEY, "local")) == "server" else self.local).setChecked(True)
        self.server.toggled.connect(self._mode_changed)
        self._mode_changed()

    @staticmethod
    def _line(name: str, text: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _mode_changed(self) -> None:
        on_server = self.server.isChecked()
        self.path.setEnabled(not on_server)
        for widget in (self.host, self.port, self.database, self.user, self.password, self.test_button):
            widget.setEnabled(on_server)

    def url(self) -> str:
        return server_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.password.text(),
        )

    def test_connection(self) -> None:
        problem = check_server(self.url(), describe(self.url()))
        self.test_result.setText(problem or self.tr("Connected."))

    def save_record(self) -> int:
        if self.server.isChecked() and not (self.host.text().strip() and self.database.text().strip()):
            from citrus_desktop.domain.errors import ValidationError

            raise ValidationError({"host": self.tr("Enter the server and the database names.")})
        settings = QSettings()
        settings.setValue(MODE_KEY, "server" if self.server.isChecked() else "local")
        settings.setValue(PATH_KEY, self.path.text().strip())
        for key, value in zip(
            SERVER_KEYS,
            (
                self.host.text().strip(),
                self.port.value(),
                self.database.text().strip(),
                self.user.text().strip(),
            ),
            strict=True,
        ):
            settings.setValue(f"database/{key}", value)
        keyring = _keyring()
        if self.password.text() and keyring is not None:
            key = _password_key(
                self.host.text().strip(),
                self.port.value(),
                self.database.text().strip(),
                self.user.text().strip(),
            )
            # No usable keyring after all: libpq's PGPASSWORD or ~/.pgpass must supply it.
            with contextlib.suppress(Exception):
                keyring.set_password(KEYRING_SERVICE, key, self.password.text())
        return 0
