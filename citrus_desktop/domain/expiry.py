"""Contract expiry date maths: days to an end date, the dashboard's bands, the months of a chart.

Everything takes the day it is computed for (``on``) so that month ends, leap days and the
passing of midnight are plain arguments; `today` is the one place that reads the clock.
"""

from collections.abc import Callable
from datetime import date, timedelta

SOON_DAYS = 30
"""An end date this many days away or fewer (or passed) needs attention."""
BANDS = (30, 60, 90)
"""The dashboard's bands, by their last day: ≤ 30, 31–60 and 61–90 days from today."""
HORIZON_DAYS = BANDS[-1]

_clock: Callable[[], date] = date.today


def today() -> date:
    """The local date now (tests set another clock with `set_clock`)."""
    return _clock()


def set_clock(clock: Callable[[], date] | None) -> None:
    """Read the date from ``clock`` (None: the system's again)."""
    global _clock
    _clock = clock or date.today


def days_left(end: date | None, on: date) -> int | None:
    """Days from ``on`` to ``end``: 0 when it ends that day, negative once ended, None for no date."""
    return None if end is None else (end - on).days


def needs_attention(days: int | None) -> bool:
    """Ended, or ending within `SOON_DAYS`."""
    return days is not None and days <= SOON_DAYS


def band_of(days: int | None) -> int | None:
    """The band (30, 60 or 90) of an end date ``days`` away; None when ended, later or undated."""
    if days is None or days < 0:
        return None
    return next((last for last in BANDS if days <= last), None)


def band_dates(band: int | None, on: date) -> tuple[date, date]:
    """The first and last end dates of ``band`` seen from ``on`` (None: all three bands)."""
    if band is None:
        return on, on + timedelta(days=HORIZON_DAYS)
    if band not in BANDS:
        raise ValueError(f"no band {band}")
    index = BANDS.index(band)
    first = 0 if index == 0 else BANDS[index - 1] + 1
    return on + timedelta(days=first), on + timedelta(days=band)


def add_months(month: date, count: int) -> date:
    """The first day of the month ``count`` months after (or before) ``month``'s."""
    number = month.year * 12 + month.month - 1 + count
    return date(number // 12, number % 12 + 1, 1)


def last_months(on: date, count: int = 12) -> list[date]:
    """The first days of the ``count`` months up to and including ``on``'s, oldest first."""
    return [add_months(on, offset) for offset in range(1 - count, 1)]


def month_key(month: date) -> str:
    """``YYYY-MM``, as the item month counts store it."""
    return f"{month.year:04d}-{month.month:02d}"
