"""File › Copy the database to…: everything (records, history, bin) into a new SQLite file or an
empty PostgreSQL database, in the background, with progress and Cancel."""

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.domain.database_copy import CopyCancelled, CopyReport, copy_database
from citrus_desktop.errors import KnownProblem
from citrus_desktop.store.database import is_postgres_url
from citrus_desktop.ui.transfer.task import Cancelled, Progress, Task
from citrus_desktop.ui.window_size import fit_to_screen


class CopyDialog(QDialog):
    """Where to copy the open database; the copy runs in a worker and is checked table by table."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("copyDatabaseDialog")
        self.setWindowTitle(self.tr("Copy the database"))
        self.task: Task | None = None
        self.report: CopyReport | None = None
        self.file_dialog: QFileDialog | None = None
        intro = QLabel(
            self.tr(
                "Copies everything — records, history and recycle bin, with their ids and dates — into an "
                "empty database: a solo file onto the team's server, or the server's data into a file."
            )
        )
        intro.setWordWrap(True)
        self.to_file = QRadioButton(self.tr("A new &SQLite file"))
        self.to_file.setObjectName("copyToFile")
        self.to_server = QRadioButton(self.tr("An empty &PostgreSQL database"))
        self.to_server.setObjectName("copyToServer")
        group = QButtonGroup(self)
        group.addButton(self.to_file)
        group.addButton(self.to_server)
        self.to_file.setChecked(True)
        self.path = QLineEdit()
        self.path.setObjectName("copyFilePath")
        self.path.setPlaceholderText(self.tr("Path of the new file, e.g. /home/me/inventario-copia.db"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setObjectName("copyBrowse")
        self.browse.clicked.connect(self._browse)
        self.url = QLineEdit()
        self.url.setObjectName("copyServerUrl")
        self.url.setPlaceholderText("postgresql://user@server:5432/citrus")
        for field in (self.path, self.url):
            field.textChanged.connect(self._update)
        for button in (self.to_file, self.to_server):
            button.toggled.connect(self._update)
        self.progress = QProgressBar()
        self.progress.setObjectName("copyProgress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("copyStatus")
        self.status.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("copyProblem")
        self.problem.setProperty("role", "errors")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.start = QPushButton(self.tr("&Copy"))
        self.start.setObjectName("copyStart")
        self.start.setDefault(True)
        self.start.clicked.connect(self.copy)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("copyCancel")
        self.close_button.clicked.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(self.to_file, 0, 0, 1, 2)
        grid.addWidget(self.path, 1, 0)
        grid.addWidget(self.browse, 1, 1)
        grid.addWidget(self.to_server, 2, 0, 1, 2)
        grid.addWidget(self.url, 3, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addLayout(buttons)
        fit_to_screen(self, 560, 320)
        self._update()

    def target(self) -> str:
        return self.url.text().strip() if self.to_server.isChecked() else self.path.text().strip()

    def _update(self) -> None:
        server = self.to_server.isChecked()
        self.path.setEnabled(not server)
        self.browse.setEnabled(not server)
        self.url.setEnabled(server)
        target = self.target()
        ready = bool(target) and (not server or is_postgres_url(target))
        self.start.setEnabled(ready and self.task is None)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("The new database file"))
        dialog.setObjectName("copyFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Citrus Desktop database (*.db)")])
        dialog.setDefaultSuffix("db")
        dialog.fileSelected.connect(self.path.setText)
        self.file_dialog = dialog
        dialog.open()

    def copy(self) -> None:
        target = self.target()
        if not target or self.task is not None:
            return

        def work(progress: Progress, cancelled: Cancelled) -> CopyReport:
            return copy_database(
                target, progress=lambda done, total, _table: progress(done, total), cancelled=cancelled
            )

        self.problem.hide()
        self.status.setText(self.tr("Copying…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.close_button.setText(self.tr("Cancel"))
        task = Task(work, self)
        task.progressed.connect(self._progressed)
        task.finished.connect(self._finished)
        self.task = task
        self._update()
        task.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Copying… %1 of %2 rows")
            .replace("%1", QLocale().toString(done))
            .replace("%2", QLocale().toString(total))
        )

    def _finished(self, result: object) -> None:
        self.task = None
        self.progress.hide()
        self.close_button.setText(self.tr("Close"))
        self._update()
        if isinstance(result, CopyCancelled):
            self.status.setText(str(result))
            return
        if isinstance(result, KnownProblem):
            self.status.clear()
            self.problem.setText(str(result))
            self.problem.show()
            return
        if isinstance(result, BaseException):
            raise result
        assert isinstance(result, CopyReport)
        self.report = result
        locale = QLocale()
        self.status.setText(
            self.tr(
                "Copied into %1: %2 items, %3 customers, %4 rows in all; every table's count checked. "
                "To work on the copy, choose it in File › Preferences › Database connection."
            )
            .replace("%1", result.target)
            .replace("%2", locale.toString(result.count("inventory_item")))
            .replace("%3", locale.toString(result.count("customer")))
            .replace("%4", locale.toString(result.rows))
        )
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()  # the target's transaction is rolled back; the dialog stays until it is
            return
        super().reject()
