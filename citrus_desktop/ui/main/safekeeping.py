"""File › Back up now and File › Restore a backup…, the day's backup and the retention at start.

SQLite: a backup is made on the first start of each day (and, for a window left open across
midnight or a machine that slept, within the hour after), written off the UI thread. PostgreSQL:
the server's backups are its administrator's (``pg_dump``); the two menu entries say so.
"""

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

from citrus_desktop.domain.backups import back_up, daily_if_due, database_file, restore
from citrus_desktop.domain.maintenance import Upkeep, start_up
from citrus_desktop.domain.record_kinds import KINDS
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.events import announce
from citrus_desktop.ui.tasks import run_in_background, wait_for_tasks

CHECK_EVERY_MS = 30 * 60 * 1000
STATUS_MS = 8000


class Safekeeping(QObject):
    """The backup actions of ``window`` (``actionBackupNow``, ``actionRestoreBackup``) and the upkeep."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.database: Path | None = database_file()
        self.busy = False
        self.notice: QMessageBox | None = None
        self.dialog: QObject | None = None
        self.last_upkeep: Upkeep | None = None
        self.backup_action = QAction(self.tr("&Back up now"), window)
        self.backup_action.setObjectName("actionBackupNow")
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore a backup…"), window)
        self.restore_action.setObjectName("actionRestoreBackup")
        self.restore_action.triggered.connect(self.choose_backup)
        if self.database is None:
            why = self.tr(
                "The shared server's backups are made by its administrator (pg_dump), not by Citrus Desktop."
            )
            for action in (self.backup_action, self.restore_action):
                action.setEnabled(False)
                action.setToolTip(why)
                action.setStatusTip(why)
        else:
            self.backup_action.setStatusTip(
                self.tr("Copy the database into the backups folder beside it (%1)").replace(
                    "%1", str(self.database.parent / "backups")
                )
            )
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self._daily)

    def actions(self) -> list[QAction]:
        return [self.backup_action, self.restore_action]

    def start(self) -> None:
        """The day's backup and the retention, in the task thread; then a check every half hour."""
        from citrus_desktop.store import migrations

        if migrations.last_server_copy is not None:
            self.window.statusBar().showMessage(
                self.tr("Before updating the server's database, its data was copied to %1").replace(
                    "%1", str(migrations.last_server_copy)
                )
            )
            migrations.last_server_copy = None
        database = self.database

        def finished(result: object) -> None:
            if isinstance(result, Upkeep):
                self.last_upkeep = result
                if result.backup_problem:
                    self._status(self.tr("The daily backup failed: %1").replace("%1", result.backup_problem))
                if result.purged:
                    announce("recycle_bin")
            elif isinstance(result, BaseException):
                raise result

        run_in_background(lambda: start_up(database), finished, self)
        if database is not None:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        wait_for_tasks()

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _daily(self) -> None:
        database = self.database
        if database is None or self.busy:
            return
        run_in_background(lambda: daily_if_due(database), lambda _result: None, self)

    def back_up_now(self) -> None:
        database = self.database
        if database is None or self.busy:
            return
        self._set_busy(True)
        self._status(self.tr("Backing up…"))

        def finished(result: object) -> None:
            self._set_busy(False)
            if isinstance(result, KnownProblem):
                self._tell(self.tr("Not backed up"), str(result))
            elif isinstance(result, BaseException):
                raise result
            else:
                self._status(self.tr("Backup saved: %1").replace("%1", str(result.path)))  # type: ignore[attr-defined]

        run_in_background(lambda: back_up(database), finished, self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for action in self.actions():
            action.setEnabled(not busy and self.database is not None)

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("backupNotice")
        self.notice = box
        box.open()

    def choose_backup(self) -> None:
        if self.database is None or self.busy:
            return
        from citrus_desktop.ui.settings.backups_dialog import RestoreBackupDialog

        dialog = RestoreBackupDialog(self.database, self.window)
        dialog.chosen.connect(self.restore_backup)
        self.dialog = dialog
        dialog.open()

    def restore_backup(self, backup: str) -> None:
        """Put ``backup``'s data in place (the current data backed up first), then re-open."""
        database = self.database
        if database is None or self.busy:
            return
        window = self.window
        for child in list(getattr(window, "customer_windows", {}).values()):
            if child.isVisible() and not child.close():
                return  # unsaved changes the person wants to keep: nothing restored
        self._set_busy(True)
        self._status(self.tr("Restoring the backup…"))

        def finished(result: object) -> None:
            self._set_busy(False)
            reopened = self._reopen()
            if isinstance(result, KnownProblem):
                self._tell(self.tr("Not restored"), str(result))
                return
            if isinstance(result, BaseException):
                raise result
            if reopened:
                self._status(
                    self.tr("Backup restored. The data it replaced was saved to %1").replace(
                        "%1",
                        str(result.path),  # type: ignore[attr-defined]
                    )
                )

        run_in_background(lambda: restore(database, Path(backup)), finished, self)

    def _reopen(self) -> bool:
        """Open the restored file (migrating an older backup) and show its data everywhere."""
        from citrus_desktop.store.changes import open_feed
        from citrus_desktop.store.database import open_database
        from citrus_desktop.ui.main.live import LiveRefresh

        window = self.window
        live = getattr(window, "live", None)
        if live is not None:
            live.stop()
        try:
            handle = open_database(str(self.database))
        except KnownProblem as problem:
            self._tell(self.tr("The database cannot be opened"), str(problem))
            return False
        window.live = LiveRefresh(open_feed(handle), window)  # type: ignore[attr-defined]
        undo = getattr(window, "undo_history", None)
        if undo is not None:
            undo.clear()
        for kind in KINDS:
            announce(kind.table)
        announce("recycle_bin")
        return True
