"""Telling what an import did or would do, and saving its rows in error as a CSV file to fix and
import again (the file's own columns, then the problem)."""

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from citrus_desktop.domain.cell_text import cell_text, guard_formula
from citrus_desktop.domain.exporting import csv_separator, into_temporary
from citrus_desktop.domain.import_rows import ERROR, ImportTotals, RowResult
from citrus_desktop.domain.phrases import contracts_phrase, count_phrase, customers_phrase, sites_phrase
from citrus_desktop.i18n import translate


def totals_text(totals: ImportTotals, list_name: str) -> str:
    """The row counts of a check or an import: 120 new, 3 updated, 5 skipped, 2 in error."""
    parts = [
        count_phrase(totals.new, translate("Import", "1 new"), translate("Import", "%1 new")),
        count_phrase(totals.update, translate("Import", "1 updated"), translate("Import", "%1 updated")),
        count_phrase(totals.skip, translate("Import", "1 skipped"), translate("Import", "%1 skipped")),
        count_phrase(totals.error, translate("Import", "1 in error"), translate("Import", "%1 in error")),
    ]
    if totals.warnings:
        parts.append(
            count_phrase(
                totals.warnings,
                translate("Import", "1 with warnings"),
                translate("Import", "%1 with warnings"),
            )
        )
    return ", ".join(parts)


def created_text(totals: ImportTotals) -> str:
    """The records an import creates: 2 customers, 4 contracts (empty when none)."""
    phrases = {
        "customer": customers_phrase,
        "contract": contracts_phrase,
        "site": sites_phrase,
        "product_type": lambda n: count_phrase(
            n, translate("Import", "1 type"), translate("Import", "%1 types")
        ),
    }
    return ", ".join(phrases[kind](count) for kind, count in totals.created.items() if count)


def problem_lines(rows: Iterable[RowResult]) -> list[str]:
    """``LINE: field: message`` for every problem, and ``LINE: warning`` for every warning."""
    lines: list[str] = []
    for row in rows:
        lines.extend(f"{row.line}: {problem}" for problem in row.problems)
        lines.extend(f"{row.line}: {warning}" for warning in row.warnings)
    return lines


def save_rows_in_error(
    path: Path | str, headers: Sequence[str], rows: Iterable[RowResult], language: str
) -> int:
    """Write the rows in error to a CSV file, as they were in the file plus a last column naming
    the line and the problems; returns how many. Raises ExportError."""
    path = Path(path)
    problem_title = translate("Import", "Problem")
    in_error = [row for row in rows if row.status == ERROR]

    def write(target: Path) -> int:
        with target.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=csv_separator(language), lineterminator="\r\n")
            writer.writerow([*headers, problem_title])
            width = len(headers)
            for row in in_error:
                cells = [guard_formula(cell_text(cell).text) for cell in (row.cells or [])]
                cells = (cells + [""] * width)[: max(width, len(cells))]
                where = translate("Import", "line %1").replace("%1", str(row.line))
                writer.writerow([*cells, f"{where}: {'; '.join(str(p) for p in row.problems)}"])
        return len(in_error)

    return into_temporary(path, write)
