"""The import wizard's last page: every row checked (in the background, shown as it comes), the
counts, the rows in error saved to fix, and Finish, which imports in one transaction."""

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from citrus_desktop.domain.import_fields import ImportField
from citrus_desktop.domain.import_report import created_text, save_rows_in_error, totals_text
from citrus_desktop.domain.importing import (
    ImportCancelled,
    ImportChanged,
    Importer,
    ImportResult,
    ImportTotals,
    RowResult,
)
from citrus_desktop.domain.sheet_files import Row
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.transfer.import_preview_model import PreviewModel, ProblemsOnly
from citrus_desktop.ui.transfer.task import Cancelled, Progress, Task, Work


class _Arrivals(QObject):
    """Carries checked rows from the worker to the page, a chunk at a time."""

    rows = Signal(object)


class PreviewPage(QWizardPage):
    """Checks the rows with the chosen mapping and options; Finish writes them."""

    imported = Signal(object)
    """The ImportResult, once the rows are written."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importPreviewPage")
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("Every row as it will be imported. Nothing is written until you click Import.")
        )
        self.importer: Importer | None = None
        self.rows: list[Row] = []
        self.headers: list[str] = []
        self.list_name = "inventory"
        self.file_name = ""
        """The file's name, for the history's summary of the import."""
        self.result: ImportResult | None = None
        self.written: ImportResult | None = None
        self.task: Task | None = None
        self.writing = False
        self.errors_dialog: QFileDialog | None = None
        self.notice: QMessageBox | None = None
        self.model = PreviewModel([], self)
        self.filtered = ProblemsOnly(self)
        self.filtered.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setModel(self.filtered)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel()
        self.problem.setObjectName("importProblem")
        self.problem.setProperty("role", "errors")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.only_problems = QCheckBox(self.tr("Show only rows with problems"))
        self.only_problems.setObjectName("importOnlyProblems")
        self.only_problems.toggled.connect(self.filtered.show_only_problems)
        self.save_errors = QPushButton(self.tr("Save rows in error…"))
        self.save_errors.setObjectName("importSaveErrors")
        self.save_errors.setToolTip(
            self.tr("Save the rows in error as a CSV file, to fix them and import it again")
        )
        self.save_errors.clicked.connect(self._ask_errors_file)
        tools = QHBoxLayout()
        tools.addWidget(self.only_problems)
        tools.addStretch(1)
        tools.addWidget(self.save_errors)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.problem)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)

    # Checking
    def start(
        self,
        list_name: str,
        importer: Importer,
        headers: list[str],
        rows: list[Row],
        fields: list[tuple[ImportField, int]],
    ) -> None:
        """Check ``rows`` in the background, showing them as they come."""
        self.stop()
        self.list_name, self.importer, self.headers, self.rows = list_name, importer, headers, rows
        self.result = None
        self.model.fields = fields
        self.model.replace([])
        for column, width in enumerate((60, 90, 320)):
            self.table.setColumnWidth(column, width)
        self._say_problem("")
        self.save_errors.setEnabled(False)
        self.progress.setRange(0, len(rows))
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Checking the rows…"))
        arrivals = _Arrivals(self)
        arrivals.rows.connect(self.model.add)
        total = len(rows)

        def work(progress: Progress, cancelled: Cancelled) -> ImportResult:
            return importer.check(
                rows,
                total=total,
                keep="all",
                progress=progress,
                cancelled=cancelled,
                delivered=arrivals.rows.emit,
            )

        self._run(work, self._checked)
        self.completeChanged.emit()

    def stop(self) -> None:
        """Stop a check still running (Back, Cancel, another file)."""
        if self.task is not None and not self.writing:
            self.task.cancel()
            self.task = None

    def _run(self, work: Work, done: Callable[[object], None]) -> None:
        task = Task(work, self)
        task.progressed.connect(self._progressed)
        task.finished.connect(lambda result, t=task: self._ended(t, result, done))
        self.task = task
        task.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _ended(self, task: Task, result: object, done: Callable[[object], None]) -> None:
        task.deleteLater()
        if task is not self.task:
            return
        self.task = None
        done(result)

    def _checked(self, result: object) -> None:
        if isinstance(result, ImportCancelled):
            return
        if isinstance(result, KnownProblem):
            self.progress.hide()
            self.summary.setText("")
            self._say_problem(str(result))
            return
        if isinstance(result, BaseException):
            raise result
        assert isinstance(result, ImportResult)
        self.result = result
        self.progress.hide()
        self._summarise(result.totals)
        self.save_errors.setEnabled(result.totals.error > 0)
        self.completeChanged.emit()

    def _summarise(self, totals: ImportTotals) -> None:
        rows = self.tr("1 row: %2.") if totals.rows == 1 else self.tr("%1 rows: %2.")
        lines = [
            rows.replace("%1", QLocale().toString(totals.rows)).replace(
                "%2", totals_text(totals, self.list_name)
            )
        ]
        created = created_text(totals)
        if created:
            lines.append(self.tr("Creates %1.").replace("%1", created))
        if totals.error:
            lines.append(self.tr("Rows in error are left out; save them to fix them and import them again."))
        if not totals.written:
            lines.append(self.tr("Nothing to import."))
        self.summary.setText("\n".join(lines))

    def _say_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # Rows in error
    def _ask_errors_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the rows in error"))
        dialog.setObjectName("importErrorsDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("CSV, for Excel and LibreOffice (*.csv)")])
        dialog.setDefaultSuffix("csv")
        dialog.selectFile(self.tr("rows-in-error.csv"))
        dialog.fileSelected.connect(self.save_errors_to)
        self.errors_dialog = dialog
        dialog.open()

    def save_errors_to(self, path: str) -> None:
        assert self.result is not None
        try:
            count = save_rows_in_error(path, self.headers, self.result.rows, QLocale().name())
        except KnownProblem as problem:
            self._tell(QMessageBox.Icon.Warning, self.tr("Not saved"), str(problem), "importErrorsProblem")
            return
        self._tell(
            QMessageBox.Icon.Information,
            self.tr("Saved"),
            self.tr("%n row(s) in error saved to %1.", "", count).replace("%1", path),
            "importErrorsSaved",
        )

    def _tell(self, kind: QMessageBox.Icon, title: str, text: str, name: str) -> None:
        box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName(name)
        self.notice = box
        box.open()

    # Importing
    def isComplete(self) -> bool:
        return self.result is not None and self.result.totals.written > 0 and not self.writing

    def validatePage(self) -> bool:
        if self.written is not None:
            return True
        if self.result is None or self.importer is None or self.writing:
            return False
        importer, rows, expected = self.importer, self.rows, self.result.statuses
        total = len(rows)
        source = self.file_name

        def work(progress: Progress, cancelled: Cancelled) -> ImportResult:
            return importer.run(
                rows,
                total=total,
                keep="all",
                expected=expected,
                source=source,
                progress=progress,
                cancelled=cancelled,
            )

        self.writing = True
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Importing…"))
        self._say_problem("")
        self.completeChanged.emit()
        self._run(work, self._written)
        return False

    def _written(self, result: object) -> None:
        self.writing = False
        self.progress.hide()
        if isinstance(result, ImportChanged):
            self.result = result.result
            self.model.replace([row for row in result.result.rows])
            self._summarise(result.result.totals)
            self._say_problem(str(result))
            self.completeChanged.emit()
            return
        if isinstance(result, KnownProblem):
            assert self.result is not None
            self._summarise(self.result.totals)
            self._say_problem(str(result))
            self.completeChanged.emit()
            return
        if isinstance(result, BaseException):
            raise result
        assert isinstance(result, ImportResult)
        self.written = result
        self.imported.emit(result)
        wizard = self.wizard()
        if wizard is not None:
            wizard.accept()

    def cancel_writing(self) -> None:
        if self.task is not None and self.writing:
            self.task.cancel()

    def finished_rows(self) -> list[RowResult]:
        return self.model.rows
