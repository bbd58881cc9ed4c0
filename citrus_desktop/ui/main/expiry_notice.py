"""The notice of contracts ending soon: in the status bar at start and every hour, and as a desktop
notification once a day (Preferences can turn that off). No cron job to set up: the app tells."""

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QToolButton

from citrus_desktop.domain.dashboard import contracts_ending_soon
from citrus_desktop.domain.expiry import BANDS, today
from citrus_desktop.ui.events import bus
from citrus_desktop.ui.expiry_words import SOON, color_of
from citrus_desktop.ui.icons import icon
from citrus_desktop.ui.main.desktop_notifier import DesktopNotifier
from citrus_desktop.ui.settings.preferences_dialog import notify_daily

if TYPE_CHECKING:
    from citrus_desktop.ui.main.main_window import MainWindow

CHECK_EVERY_MS = 3_600_000
LAST_SHOWN_KEY = "notifications/expiringShownOn"


class ExpiryNotice(QObject):
    """``statusExpiring`` in ``window``'s status bar; clicking it opens the dashboard's ≤ 30 days."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.setObjectName("expiryNotice")
        self.window = window
        self.count = 0
        self.button = QToolButton()
        self.button.setObjectName("statusExpiring")
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setToolTip(self.tr("Show them on the dashboard"))
        self.button.clicked.connect(self.show_contracts)
        self.button.hide()
        # Permanent (first of them, left of the role and the database): a normal widget shown
        # again on a refresh would overlap the status bar's messages ("1 item deleted").
        window.statusBar().insertPermanentWidget(1, self.button)
        self.notifier = DesktopNotifier(self)
        self.notifier.finished.connect(self._notified)
        self._tried_on: date | None = None
        self._before: object = ""
        self.timer = QTimer(self)
        self.timer.setObjectName("expiryTimer")
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self._hourly)
        self.timer.start()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(500)
        self._debounce.timeout.connect(self._contracts_changed)
        bus().changed.connect(self._changed)
        self.check()

    def _changed(self, table: str) -> None:
        if table == "contract":
            self._debounce.start()

    def _hourly(self) -> None:
        if self.window.isVisible():  # a closed window's database may be closed too
            self.check()

    def _contracts_changed(self) -> None:
        if self.window.isVisible():
            self.check(notify=False)

    def text(self, count: int) -> str:
        return self.tr("%Ln contract(s) end within 30 days", "", count)

    def check(self, notify: bool = True) -> None:
        """Count the contracts ending within 30 days; tell the status bar, and the desktop once a day."""
        on = today()
        self.count = contracts_ending_soon(on)
        self.button.setText(self.text(self.count))
        self.button.setIcon(icon("warning", color_of(SOON)))
        self.button.setVisible(self.count > 0)
        if notify and self.count and self._due(on):
            self._tried_on = on
            # Marked before the answer comes, so that a second start meanwhile does not tell again.
            self._before = QSettings().value(LAST_SHOWN_KEY, "")
            QSettings().setValue(LAST_SHOWN_KEY, on.isoformat())
            body = self.tr("Open Citrus Desktop's dashboard to renew them or act on their items.")
            self.notifier.notify(self.text(self.count), body)

    def _due(self, on: date) -> bool:
        if not notify_daily() or self._tried_on == on:
            return False
        return str(QSettings().value(LAST_SHOWN_KEY, "")) != on.isoformat()

    def _notified(self, shown: bool) -> None:
        if not shown:  # nothing on this desktop shows notifications: the day was not told
            QSettings().setValue(LAST_SHOWN_KEY, self._before)

    def show_contracts(self) -> None:
        self.window.show_expiring(BANDS[0])

    def stop(self) -> None:
        self.timer.stop()
