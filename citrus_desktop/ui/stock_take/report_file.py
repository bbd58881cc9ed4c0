"""Saving a stock-take's report as PDF or CSV (the stock-take window's and the site caption's):
the file dialog ``stockTakeReportDialog``, the writing, and ``stockTakeReportProblem`` if it fails."""

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from citrus_desktop.domain import stock_takes as st
from citrus_desktop.domain.stock_take_report import write_report_csv
from citrus_desktop.errors import KnownProblem
from citrus_desktop.printing.stock_take_report import write_report_pdf
from citrus_desktop.ui.moments import short_moment


class ReportFile(QObject):
    """Asks where to save a count's report and writes it; ``saved(path)`` once written."""

    saved = Signal(str)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.window = parent
        self.dialog: QFileDialog | None = None
        self.notice: QMessageBox | None = None

    def ask(self, count_id: int) -> None:
        """Open the file dialog for the report of count ``count_id`` (PDF by default, or CSV)."""
        try:
            info = st.count_info(count_id)
        except KnownProblem as error:
            self._tell(str(error))
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stamp = (info.finished_at or datetime.now()).strftime("%Y-%m-%d")
        name = self.tr("Stock-take %1 %2").replace("%1", info.site).replace("%2", stamp)
        name = "".join(ch for ch in name if ch not in '\\/:*?"<>|')
        pdf, csv = self.tr("PDF report (*.pdf)"), self.tr("CSV for spreadsheets (*.csv)")
        dialog = QFileDialog(
            self.window, self.tr("Save the stock-take report"), str(Path(folder) / f"{name}.pdf")
        )
        dialog.setObjectName("stockTakeReportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([pdf, csv])
        dialog.setDefaultSuffix("pdf")
        dialog.filterSelected.connect(
            lambda chosen: dialog.setDefaultSuffix("csv" if chosen == csv else "pdf")
        )
        dialog.fileSelected.connect(lambda path: self.save(count_id, Path(path)))
        self.dialog = dialog
        dialog.open()

    def save(self, count_id: int, path: Path) -> bool:
        """Write the report to ``path`` (CSV by its suffix, else PDF); False, after saying why."""
        try:
            info = st.count_info(count_id)
            lines = st.entries(count_id)
            if path.suffix.lower() == ".csv":
                delimiter = ";" if QLocale().decimalPoint() == "," else ","
                write_report_csv(path, info, lines, delimiter, short_moment)
            else:
                write_report_pdf(path, info, lines, short_moment)
        except (OSError, KnownProblem) as error:
            text = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self._tell(f"{path}: {text}")
            return False
        self.saved.emit(str(path))
        return True

    def _tell(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Report not saved"),
            self.tr("The report was not saved."),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("stockTakeReportProblem")
        box.setInformativeText(text)
        self.notice = box
        box.open()
