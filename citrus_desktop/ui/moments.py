"""Dates and times as the user's language writes them."""

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def short_moment(moment: datetime | None) -> str:
    """``moment`` in the locale's short date and time ("01/12/2026 11:44"); empty for None."""
    if moment is None:
        return ""
    shown = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def short_date(value: date) -> str:
    """``value`` in the locale's short date format."""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
