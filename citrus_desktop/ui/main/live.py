"""Live lists: changes saved on other machines are announced on the app's change bus."""

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from citrus_desktop.errors import KnownProblem
from citrus_desktop.store.changes import ChangeFeed
from citrus_desktop.ui.events import announce

POLL_MS = 500


class LiveRefresh(QObject):
    """Polls ``feed`` every POLL_MS and announces each table others changed; stops with its parent."""

    def __init__(self, feed: ChangeFeed, parent: QObject):
        super().__init__(parent)
        self.setObjectName("liveRefresh")
        self.feed = feed
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    problem = ""
    """Why changes from elsewhere are not followed right now ("" while they are)."""

    def poll(self) -> None:
        try:
            changed = self.feed.poll()
        except KnownProblem as error:
            # The database cannot be asked now (busy, lost): say so in the window, try again later.
            self._say(self.tr("Changes made elsewhere are not shown right now: %1").replace("%1", str(error)))
            return
        if self.problem:
            self._say("")
            changed = changed | {"customer", "contract", "site", "product_type", "inventory_item"}
        for table in sorted(changed):
            announce(table)

    def _say(self, text: str) -> None:
        self.problem = text
        window = self.parent()
        if isinstance(window, QMainWindow):
            if text:
                window.statusBar().showMessage(text)
            else:
                window.statusBar().clearMessage()

    def stop(self) -> None:
        self.timer.stop()
        self.feed.close()
