"""Live lists: changes saved on other machines are announced on the app's change bus."""

from PySide6.QtCore import QObject, QTimer

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

    def poll(self) -> None:
        for table in sorted(self.feed.poll()):
            announce(table)

    def stop(self) -> None:
        self.timer.stop()
        self.feed.close()
