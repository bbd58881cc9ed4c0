"""A site's last stock-take results, in its dialog, each with a link that saves its report again.

The site's History lists every finished count too (in words, among the site's changes); this
caption is the quick look — the last few results — and the one place a past count's report
(PDF or CSV, with every line) can be had again.
"""

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from citrus_desktop.domain.stock_takes import CountInfo, site_results
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.moments import short_moment
from citrus_desktop.ui.stock_take.report_file import ReportFile

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
        self.report_file = ReportFile(self)
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
        if any(found.id == count_id for found in self.results):
            self.report_file.ask(count_id)


def stock_take_caption(site_id: int) -> QLabel:
    """``siteStockTakes`` for the site dialog."""
    return StockTakeResults(site_id)
