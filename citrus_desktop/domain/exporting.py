"""Export of a list to CSV or XLSX: the rows it shows (its filter and sort), every field of the
record, streamed from the database cursor into a temporary file that is renamed when complete.

CSV is what Excel in Brazil opens with its accents right: UTF-8 with a BOM, ``;`` between fields
in Portuguese (``,`` in English), headers in the UI language, yes/no and kinds as words, and
values that a spreadsheet would run as formulas written as text.
"""

import contextlib
import csv
import os
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from peewee import SQL, Case, DatabaseError, NodeList, Value, fn

from citrus_desktop.domain.cell_text import GUARD, format_date, yes_no
from citrus_desktop.domain.errors import DomainError
from citrus_desktop.domain.list_sources import Column, ListSource
from citrus_desktop.domain.product_types import kind_label
from citrus_desktop.domain.tax_ids import format_tax_id
from citrus_desktop.i18n import translate
from citrus_desktop.store.models import db
from citrus_desktop.store.problems import DatabaseProblem
from citrus_desktop.store.schema import dialect_of
from citrus_desktop.store.streaming import stream_query

FORMATS = ("csv", "xlsx")
XLSX_ROWS = 1_048_576
"""Rows in one Excel sheet, the header included."""
PROGRESS_EVERY = 1024
WIDTH_SAMPLE = 1000
"""XLSX column widths follow the header and the first rows."""
WIDEST = 60

Progress = Callable[[int, int], None]
"""(rows written, rows in all)"""


class ExportError(DomainError):
    """The file could not be written; nothing was left at its path."""


class ExportCancelled(DomainError):
    """Cancelled by the user; nothing was left at the path."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def format_of(path: Path | str) -> str | None:
    """``csv`` or ``xlsx`` from the file's extension, None for anything else."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def csv_separator(language: str) -> str:
    """``;`` where the decimal mark is a comma (what Excel in Brazil expects), else ``,``."""
    return ";" if language.startswith("pt") else ","


def export_list(
    source: ListSource,
    path: Path | str,
    *,
    keyword: str = "",
    sort: int = 0,
    descending: bool = False,
    language: str = "en",
    sheet_name: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the list's rows to ``path`` (format from its extension). Raises ExportError,
    ExportCancelled or UnavailableError; the file at ``path`` is then as it was."""
    path = Path(path)
    kind = format_of(path)
    if kind is None:
        raise ExportError(
            translate("Export", "%1: choose a file name ending in .csv or .xlsx.").replace("%1", str(path))
        )
    report = progress or (lambda _done, _total: None)
    stop = cancelled or (lambda: False)
    try:
        total = source.count(keyword)
        if kind == "xlsx" and total + 1 > XLSX_ROWS:
            raise ExportError(
                translate(
                    "Export", "An Excel sheet holds at most %1 rows and this list has %2: export it as CSV."
                )
                .replace("%1", f"{XLSX_ROWS - 1:,}")
                .replace("%2", f"{total:,}")
            )
        columns = source.export_columns()
        query = source.export_query(keyword, sort, descending)
        if kind == "csv":
            query = _guarded(query, columns)
        rows = stream_query(query)
        try:
            written = into_temporary(
                path,
                lambda target: (_write_csv if kind == "csv" else _write_xlsx)(
                    target, columns, rows, language, sheet_name, _Ticker(total, report, stop)
                ),
            )
        finally:
            rows.close()  # a PostgreSQL cursor and its transaction end here, not when collected
    except (DatabaseProblem, DatabaseError) as error:
        if stop():  # the query was interrupted (SQLite) or cancelled (PostgreSQL) by Cancel
            raise ExportCancelled(translate("Export", "Export cancelled; no file was written.")) from error
        raise
    return ExportResult(path, written)


class _Ticker:
    """Reports progress and honours Cancel every `PROGRESS_EVERY` rows."""

    def __init__(self, total: int, report: Progress, stop: Callable[[], bool]):
        self.total, self.report, self.stop = total, report, stop
        report(0, total)

    def __call__(self, done: int) -> None:
        if self.stop():
            raise ExportCancelled(translate("Export", "Export cancelled; no file was written."))
        self.report(done, max(self.total, done))


def into_temporary(path: Path, write: Callable[[Path], int]) -> int:
    """Run ``write`` on a temporary file beside ``path``, then put it in place (same folder, so
    the rename is atomic); on any failure the temporary file goes and ``path`` stays as it was."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        temporary.open("xb").close()  # exclusive, with the permissions any new file gets
    except OSError as error:
        raise ExportError(_cannot_write(path, error)) from error
    try:
        written = write(temporary)
        os.replace(temporary, path)
    except OSError as error:
        raise ExportError(_cannot_write(path, error)) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return written


def _cannot_write(path: Path, error: OSError) -> str:
    return (
        translate("Export", "%1 cannot be written: %2")
        .replace("%1", str(path))
        .replace("%2", error.strerror or str(error))
    )


def _text_of(column: Column, language: str, spreadsheet: bool) -> Callable[[Any], Any]:
    """How a raw database value of ``column`` becomes a cell (text; a date for XLSX)."""
    if column.kind == "bool":
        return lambda value: "" if value is None else yes_no(value)
    if column.kind == "tax_id":
        return lambda value: format_tax_id(value or "")
    if column.kind == "count":
        return lambda value: int(value or 0) if spreadsheet else str(int(value or 0))
    if column.kind == "product_kind":
        return lambda value: kind_label(value) if value else ""
    if column.kind == "date":
        if spreadsheet:
            return lambda value: (
                value if value is None or isinstance(value, date) else date.fromisoformat(value)
            )
        return lambda value: format_date(value, language)
    # Text: as it is (a CSV's is guarded against formulas in SQL, see `_guarded`).
    return lambda value: "" if value is None else str(value)


def _guarded(query: Any, columns: list[Column]) -> Any:
    """The export query without the id, its text columns guarded against formulas in SQL: rows
    then go from the cursor to csv.writer untouched (``'`` before a value whose first character,
    past any apostrophes, is one of ``= + - @``, as `guard_formula` does)."""
    selected = query.selected_columns[1:]
    guarded = [
        Case(None, [(_formula_like(field), Value(GUARD).concat(field))], field)
        if column.kind == "text"
        else field
        for column, field in zip(columns, selected, strict=True)
    ]
    return query.select(*guarded)


# The patterns below spell out FORMULA_FIRST ("=+-@") and GUARD ("'") in SQL.
_SQLITE_STARTS = "GLOB '[=+@-]*'"
_SQLITE_QUOTED = "GLOB '''*'"
_SQLITE_QUOTE = "''''"
_POSTGRES_LIKE = "~ '^''*[=+@-]'"


def _formula_like(field: Any) -> Any:
    """SQL: the value starts with ``= + - @`` after any apostrophes (GLOB in SQLite, a regular
    expression in PostgreSQL: a cheap test on every cell of a million rows)."""
    if dialect_of(db.obj) == "postgres":
        return NodeList((field, SQL(_POSTGRES_LIKE)))
    starts = NodeList((field, SQL(_SQLITE_STARTS)))
    quoted = NodeList((field, SQL(_SQLITE_QUOTED)))
    after_quotes = NodeList((fn.ltrim(field, SQL(_SQLITE_QUOTE)), SQL(_SQLITE_STARTS)))
    return starts | (quoted & after_quotes)


def _write_csv(
    target: Path,
    columns: list[Column],
    rows: Iterable[tuple[Any, ...]],
    language: str,
    _sheet_name: str,
    tick: _Ticker,
) -> int:
    """Rows of `_guarded` to CSV; only the columns that are not text pass through Python."""
    converted = [(n, _text_of(column, language, spreadsheet=False)) for n, column in enumerate(columns)]
    converted = [(n, text) for n, text in converted if columns[n].kind != "text"]

    def cells(row: tuple[Any, ...]) -> list[Any]:
        values = list(row)
        for n, text in converted:
            values[n] = text(values[n])
        return values

    written = 0
    iterator = iter(rows)
    with target.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=csv_separator(language), lineterminator="\r\n")
        writer.writerow([column.title for column in columns])
        while chunk := list(islice(iterator, PROGRESS_EVERY)):
            writer.writerows(map(cells, chunk) if converted else chunk)
            written += len(chunk)
            tick(written)
    tick(written)
    return written


def _write_xlsx(
    target: Path,
    columns: list[Column],
    rows: Iterable[tuple[Any, ...]],
    language: str,
    sheet_name: str,
    tick: _Ticker,
) -> int:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(
        str(target),
        {
            "constant_memory": True,  # rows go to disk as written: memory stays flat at 1M rows
            "strings_to_formulas": False,  # a stored "=HYPERLINK(…)" stays text
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    try:
        sheet = workbook.add_worksheet(_sheet_title(sheet_name))
        bold = workbook.add_format({"bold": True})
        day = workbook.add_format({"num_format": "dd/mm/yyyy" if language.startswith("pt") else "yyyy-mm-dd"})
        sheet.write_row(0, 0, [column.title for column in columns], bold)
        sheet.freeze_panes(1, 0)
        widths = [len(column.title) + 2 for column in columns]
        texts = [_text_of(column, language, spreadsheet=True) for column in columns]
        dates = {n for n, column in enumerate(columns) if column.kind == "date"}
        numbers = {n for n, column in enumerate(columns) if column.kind == "count"}
        cells = list(enumerate(texts))
        write_string, write_datetime, write_number = (
            sheet.write_string,
            sheet.write_datetime,
            sheet.write_number,
        )
        written = 0
        for line, row in enumerate(rows, start=1):
            values = row[1:]
            for n, text in cells:
                value = text(values[n])
                if n in dates:
                    if value is not None:
                        write_datetime(line, n, value, day)
                elif n in numbers:
                    write_number(line, n, value)
                elif value:
                    write_string(line, n, value)
                    if line <= WIDTH_SAMPLE and len(value) + 2 > widths[n]:
                        widths[n] = len(value) + 2
            written = line
            if not written % PROGRESS_EVERY:
                tick(written)
        for n, width in enumerate(widths):
            sheet.set_column(n, n, min(max(width, 12 if n in dates else 6), WIDEST))
        sheet.autofilter(0, 0, written, len(columns) - 1)
        tick(written)
    finally:
        workbook.close()
    return written


def _sheet_title(name: str) -> str:
    """A name Excel accepts for a sheet: at most 31 characters, none of ``[]:*?/\\``."""
    cleaned = "".join(" " if char in "[]:*?/\\" else char for char in name).strip().strip("'")
    return cleaned[:31] or "Sheet1"
