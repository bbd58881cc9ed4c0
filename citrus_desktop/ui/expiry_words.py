"""How an end date reads in the interface: words first ("Ended 3 days ago", "Ends in 12 days"),
then a tone (colour and icon) that only adds to them."""

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from citrus_desktop.domain.expiry import SOON_DAYS, needs_attention
from citrus_desktop.ui.style import tone_color

ENDED = "ended"
SOON = "soon"


class ExpiryWords(QObject):
    """The phrases (a QObject so that lupdate sees their plural forms in ``self.tr``)."""

    def days(self, days: int) -> str:
        if days == 0:
            return self.tr("Ends today")
        if days == 1:
            return self.tr("Ends tomorrow")
        if days == -1:
            return self.tr("Ended yesterday")
        if days < 0:
            return self.tr("Ended %n day(s) ago", "", -days)
        return self.tr("Ends in %n day(s)", "", days)

    def short_days(self, days: int) -> str:
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        if days == -1:
            return self.tr("yesterday")
        if days < 0:
            return self.tr("%n day(s) ago", "", -days)
        return self.tr("in %n day(s)", "", days)

    def band(self, band: int) -> str:
        return {30: self.tr("≤ 30 days"), 60: self.tr("31–60 days"), 90: self.tr("61–90 days")}[band]


_words: ExpiryWords | None = None


def _phrases() -> ExpiryWords:
    global _words
    if _words is None:
        _words = ExpiryWords()
    return _words


def days_words(days: int | None) -> str:
    """The end date ``days`` away in words (negative: ended; None: no end date)."""
    return "" if days is None else _phrases().days(days)


def short_days_words(days: int | None) -> str:
    """The same, short, under a column that says "Ends" or "Ended": "in 12 days", "3 days ago"."""
    return "" if days is None else _phrases().short_days(days)


def status_words(days: int | None) -> str:
    """A contract list's status: words only when the end date needs attention."""
    return days_words(days) if needs_attention(days) else ""


def band_words(band: int | None) -> str:
    return "" if band is None else _phrases().band(band)


def tone_of(days: int | None) -> str | None:
    """ENDED, SOON (within `SOON_DAYS`) or None."""
    if days is None or days > SOON_DAYS:
        return None
    return ENDED if days < 0 else SOON


def band_tone(band: int | None) -> str | None:
    return SOON if band == 30 else None


def color_of(tone: str | None) -> QColor | None:
    return tone_color(tone) if tone else None
