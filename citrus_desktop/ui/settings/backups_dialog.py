"""File › Restore a backup…: every backup with its date, kind, size and item count."""

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.domain.backups import Listed, kind_label, listing
from citrus_desktop.store.backups import folder_of
from citrus_desktop.ui.moments import short_moment
from citrus_desktop.ui.tasks import run_in_background
from citrus_desktop.ui.window_size import fit_to_screen

PathRole = Qt.ItemDataRole.UserRole + 1


class RestoreBackupDialog(QDialog):
    """``restoreBackupDialog``: ``backupsTable``, ``backupsRestore``, ``backupsOpenFolder``.
    Emits ``chosen(path)`` once the person confirmed replacing the current data."""

    chosen = Signal(str)

    def __init__(self, database: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.database = database
        self.question: QMessageBox | None = None
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. The data as it is now is backed up first, so this "
                "can be undone by restoring that backup."
            )
        )
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("Items")]
        )
        self.table = QTableView()
        self.table.setObjectName("backupsTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.ask())
        self.status = QLabel(self.tr("Reading the backups…"))
        self.status.setObjectName("backupsStatus")
        self.status.setProperty("role", "caption")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("backupsRestore")
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("Open the folder"))
        self.folder_button.setObjectName("backupsOpenFolder")
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.ask)
        self.folder_button.clicked.connect(self.open_folder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, 420)
        self.loaded = False
        run_in_background(lambda: listing(database), self._show, self)

    def _show(self, result: object) -> None:
        self.loaded = True
        if isinstance(result, BaseException):
            self.status.setText(str(result))
            return
        found: list[Listed] = result  # type: ignore[assignment]
        locale = QLocale()
        for listed in found:
            backup = listed.backup
            cells = [
                short_moment(backup.made),
                kind_label(backup.kind),
                locale.formattedDataSize(backup.size),
                locale.toString(listed.items) if listed.items is not None else self.tr("unusable"),
            ]
            row = [QStandardItem(text) for text in cells]
            row[0].setData(str(backup.path), PathRole)
            for item in row:
                item.setToolTip(listed.problem or str(backup.path))
                item.setEnabled(listed.items is not None)
            self.model.appendRow(row)
        self.table.resizeColumnsToContents()
        for column in range(3):
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 24)
        folder = folder_of(self.database)
        self.status.setText(
            self.tr("%n backup(s) in %1", "", len(found)).replace("%1", str(folder))
            if found
            else self.tr("No backups yet in %1.").replace("%1", str(folder))
        )

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.model.item(rows[0].row(), 0)
        return item.data(PathRole) if item is not None and item.isEnabled() else None

    def ask(self) -> None:
        path = self.selected()
        if path is None:
            return
        made = self.model.item(self.table.selectionModel().selectedRows()[0].row(), 0).text()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore a backup"),
            self.tr("Replace the current data with the backup of %1?").replace("%1", made),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("backupsRestoreQuestion")
        box.setInformativeText(
            self.tr("The data as it is now is backed up first. Open windows show the restored data.")
        )
        confirm = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        confirm.setObjectName("backupsConfirmRestore")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.question = box

        def answered(_result: int) -> None:
            self.question = None
            if box.clickedButton() is confirm:
                self.chosen.emit(path)
                self.accept()

        box.finished.connect(answered)
        box.open()

    def open_folder(self) -> None:
        folder = folder_of(self.database)
        folder.mkdir(exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
