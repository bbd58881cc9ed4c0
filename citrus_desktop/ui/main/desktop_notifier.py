"""Desktop notifications without QtDBus: org.freedesktop.Notifications over D-Bus on Linux (jeepney,
pure Python, in a worker thread), the system tray's message balloon elsewhere or as a fallback.

Where neither exists (no session bus, no notification service, no tray) nothing is shown and
nothing is said: the status bar carries the same notice.
"""

import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from citrus_desktop import APP_ID, APP_NAME
from citrus_desktop.resources_path import resource

log = logging.getLogger(__name__)
BUS_TIMEOUT_S = 3.0
TRAY_MESSAGE_MS = 12_000
NOTIFY_SIGNATURE = "susssasa{sv}i"


def freedesktop_notify(title: str, body: str) -> bool:
    """Send the notification to the session's notification service; False when there is none."""
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from jeepney.wrappers import unwrap_msg
    except ImportError:
        return False
    address = DBusAddress(
        "/org/freedesktop/Notifications",
        bus_name="org.freedesktop.Notifications",
        interface="org.freedesktop.Notifications",
    )
    icon = resource("icons", "citrus-desktop-128.png")
    hints = {"desktop-entry": ("s", APP_ID), "urgency": ("y", 1)}
    message = new_method_call(
        address,
        "Notify",
        NOTIFY_SIGNATURE,
        (APP_NAME, 0, icon.as_uri() if icon.exists() else "", title, body, [], hints, -1),
    )
    try:
        with open_dbus_connection(bus="SESSION") as connection:
            unwrap_msg(connection.send_and_get_reply(message, timeout=BUS_TIMEOUT_S))
    except Exception as error:  # no bus address, no daemon, no service, a timeout: all mean "none"
        log.info("no desktop notification service: %s", error)
        return False
    return True


class _Relay(QObject):
    done = Signal(bool)


class DesktopNotifier(QObject):
    """``notify(title, body)``; ``finished(shown)`` says whether any desktop service showed it."""

    finished = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.send_to_bus: Callable[[str, str], bool] = freedesktop_notify
        self.tray: QSystemTrayIcon | None = None
        self._relay = _Relay(self)
        self._pending: tuple[str, str] | None = None
        self._relay.done.connect(self._bus_answered)

    def notify(self, title: str, body: str) -> None:
        self._pending = (title, body)
        if not sys.platform.startswith("linux"):
            self._bus_answered(False)
            return
        send, relay = self.send_to_bus, self._relay

        def work() -> None:
            relay.done.emit(send(title, body))

        threading.Thread(target=work, name="citrus-notify", daemon=True).start()

    def _bus_answered(self, shown: bool) -> None:
        if self._pending is None:
            return
        title, body = self._pending
        self._pending = None
        if not shown:
            shown = self._tray_message(title, body)
        self.finished.emit(shown)

    def _tray_message(self, title: str, body: str) -> bool:
        if not (QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()):
            return False
        if self.tray is None:
            self.tray = QSystemTrayIcon(QApplication.windowIcon() or QIcon(), self)
            self.tray.setToolTip(APP_NAME)
        self.tray.show()
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS)
        QTimer.singleShot(TRAY_MESSAGE_MS + 3000, self.tray.hide)
        return True
