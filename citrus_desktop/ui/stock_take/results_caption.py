"""A site's stock-take results in words, for its dialog (until the history dialog shows them)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from citrus_desktop.domain.stock_takes import CountInfo, site_results
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.moments import short_moment

SHOWN = 3


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


def stock_take_caption(site_id: int) -> QLabel:
    """``siteStockTakes``: the site's last finished counts, newest first (hidden when none)."""
    label = QLabel()
    label.setObjectName("siteStockTakes")
    label.setProperty("role", "caption")
    label.setWordWrap(True)
    try:
        results = site_results(site_id)
    except KnownProblem:
        results = []
    label.setText("\n".join(result_text(info) for info in results[:SHOWN]))
    label.setVisible(bool(results))
    return label
