"""A finished count as a PDF report (A4): summary, then every line, what needs attention first."""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from citrus_desktop import APP_NAME
from citrus_desktop.domain.stock_take_report import report_entries, summary_lines
from citrus_desktop.domain.stock_takes import CountInfo, Entry, state_label
from citrus_desktop.i18n import translate
from citrus_desktop.printing.sheet import PDF_RESOLUTION

MARGIN = 15.0
COLUMNS = (0.2, 0.24, 0.26, 0.18, 0.12)
"""Shares of the width: serial, state, item, where it belongs, scanned."""


def write_report_pdf(
    path: Path, info: CountInfo, lines: list[Entry], when: Callable[[datetime | None], str]
) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_RESOLUTION)
        writer.setCreator(APP_NAME)
        writer.setTitle(translate("StockTake", "Stock-take report"))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        _paint(writer, info, lines, when)
        del writer
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _paint(
    writer: QPdfWriter, info: CountInfo, lines: list[Entry], when: Callable[[datetime | None], str]
) -> None:
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot write the report")
    try:
        k = writer.logicalDpiX() / 25.4
        width = (210 - 2 * MARGIN) * k
        bottom = (297 - MARGIN) * k

        def font(points: float, bold: bool = False) -> QFont:
            result = QFont()
            result.setPointSizeF(points)
            result.setBold(bold)
            return result

        y = MARGIN * k
        x = MARGIN * k
        title = font(16, True)
        painter.setFont(title)
        metrics = QFontMetricsF(title, writer)
        y += metrics.ascent()
        painter.drawText(QPointF(x, y), translate("StockTake", "Stock-take report"))
        y += metrics.descent() + 3 * k
        body = font(9.5)
        bold = font(9.5, True)
        metrics = QFontMetricsF(body, writer)
        step = metrics.height() * 1.25
        for label, value in summary_lines(info, when):
            painter.setFont(bold)
            painter.drawText(QPointF(x, y + metrics.ascent()), label)
            painter.setFont(body)
            painter.drawText(QPointF(x + 45 * k, y + metrics.ascent()), value)
            y += step
        y += 4 * k
        headers = (
            translate("StockTake", "Serial number"),
            translate("StockTake", "State"),
            translate("StockTake", "Item"),
            translate("StockTake", "Where it belongs"),
            translate("StockTake", "Scanned"),
        )
        small = font(8.5)
        small_bold = font(8.5, True)
        row_metrics = QFontMetricsF(small, writer)
        row_h = row_metrics.height() * 1.35

        def header_row(top: float) -> float:
            painter.setFont(small_bold)
            painter.fillRect(QRectF(x, top, width, row_h), QColor(230, 230, 230))
            left = x
            for share, text in zip(COLUMNS, headers, strict=True):
                painter.drawText(QPointF(left + 1 * k, top + row_h * 0.72), text)
                left += share * width
            return top + row_h

        y = header_row(y)
        painter.setFont(small)
        for number, entry in enumerate(report_entries(lines)):
            if y + row_h > bottom:
                writer.newPage()
                y = header_row(MARGIN * k)
                painter.setFont(small)
            if number % 2:
                painter.fillRect(QRectF(x, y, width, row_h), QColor(246, 246, 246))
            values = (
                entry.serial,
                state_label(entry.state),
                entry.description,
                entry.place,
                when(entry.scanned_at),
            )
            left = x
            for share, text in zip(COLUMNS, values, strict=True):
                cell = share * width - 2 * k
                painter.drawText(
                    QPointF(left + 1 * k, y + row_h * 0.72),
                    row_metrics.elidedText(text, Qt.TextElideMode.ElideRight, cell),
                )
                left += share * width
            y += row_h
    finally:
        painter.end()
