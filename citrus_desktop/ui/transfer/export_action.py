"""Export from a list page: a save dialog (CSV or XLSX), then the rows the list shows, streamed
in a worker thread behind a progress dialog with Cancel, and a word when it is done."""

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from citrus_desktop.domain.exporting import ExportCancelled, ExportResult, export_list, format_of
from citrus_desktop.domain.list_sources import ListSource
from citrus_desktop.domain.text import fold
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.transfer.task import Cancelled, Progress, Task

FOLDER_KEY = "export/folder"
FORMAT_KEY = "export/format"
SHOW_PROGRESS_AFTER_MS = 400


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def file_stem(title: str) -> str:
    """A file name from a list's title: "Inventário" → "inventario"."""
    folded = fold(title).replace(" ", "-")
    return "".join(char for char in folded if char.isalnum() or char in "-_") or "export"


class ListExport(QObject):
    """One export of ``source`` as the page shows it (keyword and sort), named after ``title``."""

    def __init__(
        self, source: ListSource, keyword: str, sort: int, descending: bool, title: str, parent: QWidget
    ):
        super().__init__(parent)
        self.setObjectName("listExport")
        self.source, self.keyword, self.sort, self.descending = source, keyword, sort, descending
        self.title = title
        self.window = parent
        self.dialog: QFileDialog | None = None
        self.progress: QProgressDialog | None = None
        self.notice: QMessageBox | None = None
        self.task: Task | None = None
        self.result: ExportResult | None = None
        self.path = Path()

    def ask(self) -> None:
        """Open the save dialog; the export starts when a file is chosen."""
        settings = QSettings()
        folder = str(settings.value(FOLDER_KEY, "") or documents_folder())
        kind = str(settings.value(FORMAT_KEY, "csv"))
        filters = [self.tr("CSV, for Excel and LibreOffice (*.csv)"), self.tr("Excel workbook (*.xlsx)")]
        dialog = QFileDialog(self.window, self.tr("Export “%1”").replace("%1", self.title))
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters(filters)
        dialog.selectNameFilter(filters[1] if kind == "xlsx" else filters[0])
        dialog.setDirectory(folder)
        dialog.selectFile(f"{file_stem(self.title)}.{kind}")
        dialog.fileSelected.connect(self.export_to)
        self.dialog = dialog
        dialog.open()

    def export_to(self, path: str) -> None:
        """Write the list to ``path`` in the background."""
        if format_of(path) is None:  # no extension typed: the one of the chosen file type
            chosen = self.dialog.selectedNameFilter() if self.dialog is not None else ""
            path = f"{path}.{'xlsx' if '*.xlsx' in chosen else 'csv'}"
        self.path = Path(path)
        settings = QSettings()
        settings.setValue(FOLDER_KEY, str(Path(path).parent))
        settings.setValue(FORMAT_KEY, format_of(path))
        source, keyword, sort, descending = self.source, self.keyword, self.sort, self.descending
        language, title = QLocale().name(), self.title

        def work(progress: Progress, cancelled: Cancelled) -> ExportResult:
            return export_list(
                source,
                path,
                keyword=keyword,
                sort=sort,
                descending=descending,
                language=language,
                sheet_name=title,
                progress=progress,
                cancelled=cancelled,
            )

        progress = QProgressDialog(
            self.tr("Exporting to %1…").replace("%1", Path(path).name), self.tr("Cancel"), 0, 0, self.window
        )
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        self.task = Task(work, self)
        self.task.progressed.connect(self._progressed)
        self.task.finished.connect(lambda result: self._finished(result, path))
        progress.canceled.connect(self.task.cancel)
        self.task.start()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setLabelText(
            self.tr("Exporting to %1… %2 of %3 rows")
            .replace("%1", self.path.name)
            .replace("%2", QLocale().toString(done))
            .replace("%3", QLocale().toString(total))
        )

    def _finished(self, result: object, path: str) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        if isinstance(result, ExportCancelled):
            return
        if isinstance(result, KnownProblem):
            self._tell(QMessageBox.Icon.Warning, self.tr("Not exported"), str(result), "exportProblem")
            return
        if isinstance(result, BaseException):
            raise result
        assert isinstance(result, ExportResult)
        self.result = result
        box = self._tell(
            QMessageBox.Icon.Information,
            self.tr("Exported"),
            self.tr("%1 rows exported to %2.")
            .replace("%1", QLocale().toString(result.rows))
            .replace("%2", path),
            "exportDone",
        )
        opener = box.addButton(self.tr("Open the file"), QMessageBox.ButtonRole.ActionRole)
        opener.setObjectName("exportOpen")
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))

    def _tell(self, kind: QMessageBox.Icon, title: str, text: str, name: str) -> QMessageBox:
        box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName(name)
        self.notice = box
        box.open()
        return box
