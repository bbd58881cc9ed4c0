"""Expiry date maths at month ends, leap days and band edges (no database)."""

from datetime import date, timedelta
from itertools import pairwise

import pytest

from citrus_desktop.domain.expiry import (
    add_months,
    band_dates,
    band_of,
    days_left,
    last_months,
    month_key,
    needs_attention,
)


@pytest.mark.parametrize(
    ("days", "band"),
    [
        (-1, None),
        (0, 30),
        (1, 30),
        (30, 30),
        (31, 60),
        (60, 60),
        (61, 90),
        (90, 90),
        (91, None),
        (None, None),
    ],
)
def test_each_day_falls_in_exactly_one_band(days, band):
    assert band_of(days) == band


@pytest.mark.parametrize(
    ("on", "end", "days"),
    [
        (date(2024, 2, 29), date(2025, 2, 28), 365),  # from a leap day to the next year's last of February
        (date(2024, 1, 31), date(2024, 3, 1), 30),  # across a leap February
        (date(2025, 1, 31), date(2025, 3, 2), 30),  # across a common February
        (date(2023, 3, 1), date(2024, 2, 29), 365),  # to a leap day
        (date(2024, 12, 31), date(2025, 1, 1), 1),  # across the year
        (date(2024, 3, 31), date(2024, 3, 31), 0),
        (date(2024, 3, 1), date(2024, 2, 29), -1),  # ended the day before
    ],
)
def test_days_left_counts_calendar_days(on, end, days):
    assert days_left(end, on) == days


def test_no_end_date_never_needs_attention():
    assert days_left(None, date(2024, 1, 1)) is None
    assert not needs_attention(None)
    assert needs_attention(-400) and needs_attention(0) and needs_attention(30)
    assert not needs_attention(31)


@pytest.mark.parametrize("on", [date(2024, 2, 29), date(2024, 1, 31), date(2025, 12, 31), date(2023, 2, 28)])
def test_bands_cover_the_next_90_days_without_gaps_or_overlaps(on):
    covered = []
    for band in (30, 60, 90):
        first, last = band_dates(band, on)
        covered.extend(first + timedelta(days=n) for n in range((last - first).days + 1))
        assert all(band_of(days_left(day, on)) == band for day in (first, last))
    assert covered == [on + timedelta(days=n) for n in range(91)]
    assert band_dates(None, on) == (on, on + timedelta(days=90))


@pytest.mark.parametrize(
    ("month", "count", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 1)),
        (date(2024, 3, 31), -1, date(2024, 2, 1)),
        (date(2024, 2, 29), -12, date(2023, 2, 1)),
        (date(2024, 2, 29), 12, date(2025, 2, 1)),
        (date(2024, 1, 15), -1, date(2023, 12, 1)),
        (date(2024, 12, 31), 1, date(2025, 1, 1)),
        (date(2024, 5, 31), -25, date(2022, 4, 1)),
    ],
)
def test_months_are_added_from_the_first_of_the_month(month, count, expected):
    assert add_months(month, count) == expected


@pytest.mark.parametrize("on", [date(2024, 2, 29), date(2024, 3, 31), date(2025, 1, 31), date(2024, 12, 1)])
def test_the_last_twelve_months_end_with_this_one_and_skip_none(on):
    months = last_months(on)
    assert len(months) == 12
    assert months[-1] == date(on.year, on.month, 1)
    assert all(later == add_months(earlier, 1) for earlier, later in pairwise(months))
    assert len({month_key(month) for month in months}) == 12


def test_month_keys_match_what_the_database_stores():
    assert month_key(date(2024, 2, 29)) == "2024-02"
    assert month_key(date(987, 11, 1)) == "0987-11"
