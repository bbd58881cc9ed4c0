"""Reading the file a user imports: CSV (encoding and separator detected, both changeable), XLSX,
XLS and ODS (python-calamine). Rows come with the file's own line numbers, the header being
line 1 of a file that starts with it.

Encoding: a byte-order mark, else strict UTF-8, else Windows-1252 (what Excel in Brazil writes),
else ISO-8859-1. No general-purpose detector: they read Brazilian cp1252 as cp1250 ("Săo Joăo").
"""

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

from citrus_desktop.domain.errors import DomainError
from citrus_desktop.i18n import translate

ENCODINGS = ("utf-8-sig", "utf-8", "cp1252", "iso-8859-1", "utf-16")
SEPARATORS = (";", ",", "\t", "|")
SPREADSHEET_SUFFIXES = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".ods": "ods"}
SAMPLE_CHARS = 256 * 1024
SAMPLE_RECORDS = 200
CHUNK_BYTES = 1 << 20
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"

Row = tuple[int, list[object]]
"""(line, cells): cells are text for CSV; numbers, dates and booleans too for spreadsheets."""


class FileProblem(DomainError):
    """The file cannot be read (as chosen); the message names it, and the line when known."""


@dataclass(frozen=True)
class SheetFile:
    """A file to import and how it is read."""

    path: Path
    kind: str
    """csv, xlsx, xls or ods"""
    encoding: str = ""
    separator: str = ""
    sheet: str = ""
    sheets: tuple[str, ...] = ()

    @property
    def is_text(self) -> bool:
        return self.kind == "csv"


def encoding_label(encoding: str) -> str:
    labels = {
        "utf-8-sig": translate("Import", "UTF-8 with BOM"),
        "utf-8": "UTF-8",
        "cp1252": translate("Import", "Windows-1252 (Excel, Western)"),
        "iso-8859-1": "ISO-8859-1 (Latin-1)",
        "utf-16": "UTF-16",
    }
    return labels.get(encoding, encoding)


def separator_label(separator: str) -> str:
    labels = {
        ";": translate("Import", "Semicolon (;)"),
        ",": translate("Import", "Comma (,)"),
        "\t": translate("Import", "Tab"),
        "|": translate("Import", "Vertical bar (|)"),
    }
    return labels.get(separator, separator)


def _problem(path: Path, text: str, line: int | None = None) -> FileProblem:
    if line is None:
        message = translate("Import", "%1: %2").replace("%1", str(path)).replace("%2", text)
    else:
        message = (
            translate("Import", "%1, line %2: %3")
            .replace("%1", str(path))
            .replace("%2", str(line))
            .replace("%3", text)
        )
    return FileProblem(message)


def open_sheet(
    path: Path | str, encoding: str | None = None, separator: str | None = None, sheet: str | None = None
) -> SheetFile:
    """How to read ``path``: what is not given is detected. Raises FileProblem."""
    path = Path(path)
    try:
        with path.open("rb") as file:
            magic = file.read(4)
    except IsADirectoryError as error:
        raise _problem(path, translate("Import", "is a folder, not a file")) from error
    except FileNotFoundError as error:
        raise _problem(path, translate("Import", "no such file")) from error
    except OSError as error:
        raise _problem(path, error.strerror or str(error)) from error
    kind = SPREADSHEET_SUFFIXES.get(path.suffix.lower(), "csv")
    if magic == ZIP_MAGIC and kind == "csv":
        kind = "xlsx"  # a workbook whatever its name says
    elif magic == OLE_MAGIC and kind == "csv":
        kind = "xls"
    if kind != "csv":
        return _open_workbook(path, kind, sheet)
    chosen = encoding or detect_encoding(path)
    if chosen not in ENCODINGS:
        raise _problem(path, translate("Import", "unknown encoding %1").replace("%1", chosen))
    return SheetFile(path, "csv", chosen, separator or detect_separator(path, chosen))


def with_choices(file: SheetFile, encoding: str | None = None, separator: str | None = None) -> SheetFile:
    """``file`` read with another encoding or separator (what the user picked)."""
    return replace(file, encoding=encoding or file.encoding, separator=separator or file.separator)


def detect_encoding(path: Path) -> str:
    """A byte-order mark's encoding, else the first of UTF-8, Windows-1252 and ISO-8859-1 that
    decodes the whole file (read in chunks, so a stray byte far down is seen too)."""
    with path.open("rb") as file:
        head = file.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        for candidate in ("utf-8", "cp1252"):
            file.seek(0)
            decoder = codecs.getincrementaldecoder(candidate)("strict")
            try:
                while chunk := file.read(CHUNK_BYTES):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                continue
            return candidate
    return "iso-8859-1"


def detect_separator(path: Path, encoding: str) -> str:
    """The separator that splits the first records into the same number of fields as the header,
    the most fields winning; ``;`` first on a tie (what Excel in Brazil writes)."""
    with path.open(encoding=encoding, errors="replace", newline="") as file:
        sample = file.read(SAMPLE_CHARS)
        truncated = bool(file.read(1))
    best, best_score = ",", (False, 0, 0.0)
    for separator in SEPARATORS:
        try:
            records = list(islice(csv.reader(io.StringIO(sample), delimiter=separator), SAMPLE_RECORDS))
        except csv.Error:
            continue
        if truncated and len(records) > 1:
            records.pop()  # cut off by the sample
        records = [record for record in records if any(cell.strip() for cell in record)]
        if not records:
            continue
        width = len(records[0])
        agreeing = sum(len(record) == width for record in records) / len(records)
        consistent = width > 1 and agreeing >= 0.8
        score = (consistent, width if consistent else 0, agreeing if width > 1 else 0.0)
        if score > best_score:
            best, best_score = separator, score
    return best


def _open_workbook(path: Path, kind: str, sheet: str | None) -> SheetFile:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as error:  # calamine raises its own types for zip, XML and password problems
        raise _problem(path, _workbook_reason(error)) from error
    try:
        names = tuple(
            meta.name
            for meta in workbook.sheets_metadata
            if str(meta.typ).endswith("WorkSheet") and str(meta.visible).endswith("Visible")
        ) or tuple(workbook.sheet_names)
    finally:
        workbook.close()
    if not names:
        raise _problem(path, translate("Import", "the workbook has no sheet"))
    if sheet is not None and sheet not in names:
        raise _problem(path, translate("Import", "the workbook has no sheet named “%1”").replace("%1", sheet))
    return SheetFile(path, kind, sheet=sheet or names[0], sheets=names)


def _workbook_reason(error: Exception) -> str:
    name = type(error).__name__
    if name == "PasswordError":
        return translate("Import", "the workbook is protected by a password; save a copy without one")
    detail = str(error).strip().splitlines()[0] if str(error).strip() else name
    return translate("Import", "cannot be read as a spreadsheet (%1)").replace("%1", detail)


def read_rows(file: SheetFile) -> Iterator[Row]:
    """Every row that is not empty, with its line in the file (CSV: the physical line a record
    starts on; spreadsheets: the row number). Raises FileProblem."""
    if file.is_text:
        yield from _csv_rows(file)
    else:
        yield from _workbook_rows(file)


def _csv_rows(file: SheetFile) -> Iterator[Row]:
    line = 1
    try:
        with file.path.open(encoding=file.encoding, newline="") as text:
            reader = csv.reader(text, delimiter=file.separator, strict=False)
            for record in reader:
                if any(cell.strip() for cell in record):
                    yield line, list(record)
                line = reader.line_num + 1
    except UnicodeDecodeError as error:
        raise _problem(
            file.path,
            translate("Import", "this is not %1 text (byte 0x%2): choose another encoding")
            .replace("%1", encoding_label(file.encoding))
            .replace("%2", f"{error.object[error.start]:02X}"),
            line,
        ) from error
    except csv.Error as error:
        raise _problem(
            file.path,
            translate("Import", 'cannot be read as CSV (%1); is a quote (") left open?').replace(
                "%1", str(error)
            ),
            line,
        ) from error
    except OSError as error:
        raise _problem(file.path, error.strerror or str(error)) from error


def _workbook_rows(file: SheetFile) -> Iterator[Row]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(file.path))
        try:
            sheet = workbook.get_sheet_by_name(file.sheet)
            # iter_rows starts at the sheet's first row, so its index is the row number
            for number, cells in enumerate(sheet.iter_rows(), start=1):
                if any(cell != "" and cell is not None for cell in cells):
                    yield number, list(cells)
        finally:
            workbook.close()
    except FileProblem:
        raise
    except Exception as error:  # calamine's own error types
        raise _problem(file.path, _workbook_reason(error)) from error
