"""Values as spreadsheet files hold them: written by export, read back by import.

A value a spreadsheet would run as a formula is written as text; words stand for yes/no and for
a type's kind, in either language; number cells come back as the digits the user sees; dates
are read day-first (or as chosen), never guessed.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from citrus_desktop.domain.text import fold
from citrus_desktop.i18n import translate

FORMULA_FIRST = "=+-@"
"""A cell starting with one of these is a formula to Excel and LibreOffice (CSV injection)."""
GUARD = "'"
"""Prefix that makes such a value text; `unguard` takes it off again on import."""
GUARD_FIRST = FORMULA_FIRST + GUARD
EXCEL_DIGITS = 15
"""Excel keeps 15 significant digits of a number; more were lost when the cell was typed."""

_TRUE = {"yes", "y", "sim", "s", "true", "verdadeiro", "v", "1", "x", "active", "ativo", "ativa"}
_FALSE = {"no", "n", "nao", "false", "falso", "f", "0", "inactive", "inativo", "inativa"}
_PRODUCT = {"product", "produto", "p"}
_SERVICE = {"service", "servico", "s"}
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$")
_DATE_PARTS = re.compile(
    r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)

DATE_ORDERS = ("dmy", "mdy")
"""How a date such as 03/04/2024 is read: day first (Brazil) or month first (United States).
Year-first dates (2024-04-03) are read the same either way."""


def guard_formula(text: str) -> str:
    """``text`` as a CSV cell that no spreadsheet runs as a formula."""
    if text and text[0] in GUARD_FIRST and text.lstrip(GUARD)[:1] in tuple(FORMULA_FIRST):
        return GUARD + text
    return text


def unguard(text: str) -> str:
    """The value `guard_formula` protected (files exported by the app import back unchanged)."""
    if text[:1] == GUARD and text.lstrip(GUARD)[:1] in tuple(FORMULA_FIRST):
        return text[1:]
    return text


def yes_no(value: object) -> str:
    return translate("Values", "Yes") if value else translate("Values", "No")


def parse_yes_no(text: str) -> bool | None:
    """True/False for the words and marks spreadsheets use (Yes, Sim, x, 1…); None when unknown."""
    folded = fold(text)
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    return None


def parse_kind(text: str) -> str | None:
    """``product`` or ``service`` from the word in either language; None when unknown."""
    folded = fold(text)
    if folded in _PRODUCT:
        return "product"
    if folded in _SERVICE:
        return "service"
    return None


@dataclass(frozen=True)
class CellText:
    text: str
    lost_digits: bool = False
    """A number cell longer than Excel keeps: its last digits are probably not the typed ones."""


def number_text(value: float | int) -> CellText:
    """A number cell as its digits, without ``.0`` or an exponent (an EAN read from Excel)."""
    if isinstance(value, float) and not value.is_integer():
        text = repr(value)
        if "e" in text or "E" in text:
            text = format(Decimal(text), "f")
        digits = len(text.replace("-", "").replace(".", "").lstrip("0"))
        return CellText(text, digits > EXCEL_DIGITS)
    whole = str(int(value))
    if isinstance(value, float) and len(whole.lstrip("-")) > EXCEL_DIGITS:
        # What the spreadsheet shows: 15 significant digits, then zeros (1234567890123460000).
        return CellText(format(Decimal(f"{value:.15g}"), "f"), True)
    return CellText(whole)


def cell_text(value: object) -> CellText:
    """The text of a cell as a spreadsheet program shows it (calamine gives numbers and dates)."""
    if isinstance(value, str):
        return CellText(value)
    if value is None:
        return CellText("")
    if isinstance(value, bool):
        return CellText(yes_no(value))
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, datetime):
        return CellText(value.isoformat(sep=" ", timespec="seconds").removesuffix(" 00:00:00"))
    if isinstance(value, date):
        return CellText(value.isoformat())
    return CellText(str(value))


def looks_scientific(text: str) -> bool:
    """Text like ``7,89123E+12``: a spreadsheet showed a long number in exponent form and saved
    what it showed, so the digits are gone."""
    return bool(_SCIENTIFIC.match(text.strip()))


class DateProblem(ValueError):
    """Text that is not a date in the chosen order; the message says what was expected."""


def parse_date(value: object, order: str = "dmy") -> date | None:
    """A date from a date cell or from text (``dd/mm/yyyy`` or as ``order`` says, or ISO
    ``yyyy-mm-dd``); None for an empty cell. Raises DateProblem, never guesses."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value).text.strip()
    if not text:
        return None
    match = _DATE_PARTS.match(text)
    if match is None:
        raise DateProblem(expected_date(order))
    first, second, third = match.groups()
    if len(first) == 4:
        year, month, day = int(first), int(second), int(third)
    elif len(third) == 4:
        day, month = (int(first), int(second)) if order == "dmy" else (int(second), int(first))
        year = int(third)
    else:
        raise DateProblem(translate("Import", "Write the year with four digits (%1).").replace("%1", text))
    try:
        return date(year, month, day)
    except ValueError:
        raise DateProblem(
            translate("Import", "“%1” is not a date (%2).")
            .replace("%1", text)
            .replace("%2", expected_date(order))
        ) from None


def expected_date(order: str) -> str:
    if order == "mdy":
        return translate("Import", "dates are read as month/day/year, e.g. 12/31/2025")
    return translate("Import", "dates are read as day/month/year, e.g. 31/12/2025")


def format_date(value: object, language: str) -> str:
    """A date as text for a CSV file: ``dd/mm/yyyy`` in Portuguese, ISO ``yyyy-mm-dd`` otherwise."""
    if value is None or value == "":
        return ""
    day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    return day.strftime("%d/%m/%Y") if language.startswith("pt") else day.isoformat()
