"""How an end date reads in the interface: words first ("Ended 3 days ago", "Ends in 12 days"),
then a tone (colour and icon) that only adds to them."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from citrus_desktop.domain.expiry import SOON_DAYS, needs_attention
from citrus_desktop.ui.style import tone_color

ENDED = "ended"
SOON = "soon"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Expiry", text, None, n)


def days_words(days: int | None) -> str:
    """The end date ``days`` away in words (negative: ended; None: no end date)."""
    if days is None:
        return ""
    if days == 0:
        return _tr("Ends today")
    if days == 1:
        return _tr("Ends tomorrow")
    if days == -1:
        return _tr("Ended yesterday")
    if days < 0:
        return _tr("Ended %n day(s) ago", -days)
    return _tr("Ends in %n day(s)", days)


def short_days_words(days: int | None) -> str:
    """The same, short, under a column that says "Ends" or "Ended": "in 12 days", "3 days ago"."""
    if days is None:
        return ""
    if days == 0:
        return _tr("today")
    if days == 1:
        return _tr("tomorrow")
    if days == -1:
        return _tr("yesterday")
    if days < 0:
        return _tr("%n day(s) ago", -days)
    return _tr("in %n day(s)", days)


def status_words(days: int | None) -> str:
    """A contract list's status: words only when the end date needs attention."""
    return days_words(days) if needs_attention(days) else ""


def band_words(band: int | None) -> str:
    if band is None:
        return ""
    return {
        30: _tr("≤ 30 days"),
        60: _tr("31–60 days"),
        90: _tr("61–90 days"),
    }[band]


def tone_of(days: int | None) -> str | None:
    """ENDED, SOON (within `SOON_DAYS`) or None."""
    if days is None or days > SOON_DAYS:
        return None
    return ENDED if days < 0 else SOON


def band_tone(band: int | None) -> str | None:
    return SOON if band == 30 else None


def color_of(tone: str | None) -> QColor | None:
    return tone_color(tone) if tone else None
