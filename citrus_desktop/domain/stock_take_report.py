"""A finished count as CSV: the summary first, then one line per serial (UTF-8 with BOM, for Excel)."""

import csv
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from citrus_desktop.domain.stock_takes import CountInfo, Entry, state_label
from citrus_desktop.i18n import translate

ORDER = ("missing", "other_site", "other_customer", "unknown", "moved", "found")
"""Report order: what needs attention first."""


def report_entries(lines: list[Entry]) -> list[Entry]:
    return sorted(lines, key=lambda e: (ORDER.index(e.state), e.serial.casefold()))


def summary_lines(info: CountInfo, when: Callable[[datetime | None], str]) -> list[tuple[str, str]]:
    counts = info.counts
    return [
        (translate("StockTake", "Customer"), info.customer),
        (translate("StockTake", "Site"), info.site),
        (translate("StockTake", "Started"), f"{when(info.started_at)} — {info.started_by}"),
        (
            translate("StockTake", "Finished"),
            f"{when(info.finished_at)} — {info.finished_by}" if info.finished_at else "—",
        ),
        (translate("StockTake", "Expected"), str(counts.expected)),
        (translate("StockTake", "Items found"), str(counts.found)),
        (translate("StockTake", "Not found"), str(counts.missing)),
        (translate("StockTake", "Unexpected"), str(counts.unexpected)),
        (translate("StockTake", "Moved to this site"), str(counts.moved)),
    ]


def safe_cell(value: str) -> str:
    """A spreadsheet never runs a value as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def write_report_csv(
    path: Path, info: CountInfo, lines: list[Entry], delimiter: str, when: Callable[[datetime | None], str]
) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with temporary.open("w", encoding="utf-8-sig", newline="") as file:
            out = csv.writer(file, delimiter=delimiter)
            for label, value in summary_lines(info, when):
                out.writerow([label, safe_cell(value)])
            out.writerow([])
            out.writerow(
                [
                    translate("StockTake", "Serial number"),
                    translate("StockTake", "State"),
                    translate("StockTake", "Item"),
                    translate("StockTake", "Where it belongs"),
                    translate("StockTake", "Scanned"),
                    translate("StockTake", "By"),
                ]
            )
            for entry in report_entries(lines):
                out.writerow(
                    [
                        safe_cell(entry.serial),
                        state_label(entry.state),
                        safe_cell(entry.description),
                        safe_cell(entry.place),
                        when(entry.scanned_at),
                        safe_cell(entry.scanned_by),
                    ]
                )
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
