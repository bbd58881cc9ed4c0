"""A site's last stock-take results, in its dialog, each with a link that saves its report again.

The site's History lists every finished count too (in words, among the site's changes); this
caption is the quick look — the last few results — and the one place a past count's report
(PDF or CSV, with every line) can be had again.
"""

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from citrus_desktop.domain import stock_takes as st
from citrus_desktop.domain.stock_take_report import write_report_csv
from citrus_desktop.domain.stock_takes import CountInfo, site_results
from citrus_desktop.errors import KnownProblem
from citrus_desktop.printing.stock_take_report import write_report_pdf
from citrus_desktop.ui.moments import short_moment

SHOWN = 3
LINK = "count:"


def result_text(info: CountInfo) -> str:
    moment = short_moment(info.finished_at)
    return (
        QCoreApplication.translate(
            "StockTakeResults",
            "Stock-take of %1 by %2: %3 of %4 found, %5 not found, %6 unexpected, %7 moved here.",
        )
        .replace("%1", moment)
        .replace("%2", info.finished_by or "?")
        .replace("%3", str(info.counts.found))
        .replace("%4", str(info.counts.expected))
        .replace("%5", str(info.counts.missing))
        .replace("%6", str(info.counts.unexpected))
        .replace("%7", str(info.counts.moved))
    )


class StockTakeResults(QLabel):
    """``siteStockTakes``: the site's last finished counts, newest first (hidden when none); each
    one's link "Report…" opens ``stockTakeReportDialog`` to save its report (PDF or CSV)."""

    def __init__(self, site_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("siteStockTakes")
        self.setProperty("role", "caption")
        self.setWordWrap(True)
        self.setTextFormat(self.textFormat().RichText)
        self.setOpenExternalLinks(False)
        self.file_dialog: QFileDialog | None = None
        self.notice: QMessageBox | None = None
        try:
            self.results = site_results(site_id)
        except KnownProblem:
            self.results = []
        link = html.escape(self.tr("Report…"))
        self.setText(
            "<br>".join(
                f'{html.escape(result_text(info))} <a href="{LINK}{info.id}">{link}</a>'
                for info in self.results[:SHOWN]
            )
        )
        self.setToolTip(self.tr("Save a count's report again (PDF or CSV); every count is in the History"))
        self.setVisible(bool(self.results))
        self.linkActivated.connect(self._link)

    def _link(self, target: str) -> None:
        if target.startswith(LINK):
            self.ask_report_file(int(target[len(LINK) :]))

    def ask_report_file(self, count_id: int) -> None:
        info = next((found for found in self.results if found.id == count_id), None)
        if info is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stamp = (info.finished_at or datetime.now()).strftime("%Y-%m-%d")
        name = self.tr("Stock-take %1 %2").replace("%1", info.site).replace("%2", stamp)
        name = "".join(ch for ch in name if ch not in '\\/:*?"<>|')
        pdf, csv = self.tr("PDF report (*.pdf)"), self.tr("CSV for spreadsheets (*.csv)")
        dialog = QFileDialog(self, self.tr("Save the stock-take report"), str(Path(folder) / f"{name}.pdf"))
        dialog.setObjectName("stockTakeReportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([pdf, csv])
        dialog.setDefaultSuffix("pdf")
        dialog.filterSelected.connect(
            lambda chosen: dialog.setDefaultSuffix("csv" if chosen == csv else "pdf")
        )
        dialog.fileSelected.connect(lambda path: self.save_report(count_id, Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def save_report(self, count_id: int, path: Path) -> None:
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
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Report not saved"),
                self.tr("The report was not saved."),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("stockTakeReportProblem")
            box.setInformativeText(f"{path}: {text}")
            self.notice = box
            box.open()


def stock_take_caption(site_id: int) -> QLabel:
    """``siteStockTakes`` for the site dialog."""
    return StockTakeResults(site_id)
