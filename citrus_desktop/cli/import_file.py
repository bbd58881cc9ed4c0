"""``import FILE [--list inventory|customers] [--dry-run] [--existing …] [--create-missing]``:
rows of a CSV, XLSX or ODS file into a list (DESIGN §5). Every problem is printed as
``LINE: field: message``, the file's own line numbers, the header being line 1."""

import argparse
import sys

from PySide6.QtCore import QCoreApplication, QLocale

from citrus_desktop.cli import EXIT_DONE, EXIT_NOTHING_DONE, EXIT_PARTLY
from citrus_desktop.errors import KnownProblem
from citrus_desktop.store.database import describe, open_database

NAME = "import"
NEEDS_GUI = False


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> argparse.ArgumentParser:
    from citrus_desktop.domain.cell_text import DATE_ORDERS
    from citrus_desktop.domain.import_fields import LISTS
    from citrus_desktop.domain.importing import EXISTING
    from citrus_desktop.domain.sheet_files import ENCODINGS

    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help=QCoreApplication.translate(
            "CommandLine", "import the rows of a CSV, XLSX or ODS file into a list"
        ),
        description=QCoreApplication.translate(
            "CommandLine",
            "Import the rows of FILE into a list, in one transaction: the valid rows are written, "
            "every problem is printed as LINE: field: message. Columns are found by their header "
            "names, in English or Portuguese.",
        ),
    )
    parser.add_argument(
        "file",
        metavar=QCoreApplication.translate("CommandLine", "FILE"),
        help=QCoreApplication.translate("CommandLine", "the file to read (.csv, .xlsx, .xls or .ods)"),
    )
    parser.add_argument(
        "--list",
        dest="list_name",
        choices=LISTS,
        default="inventory",
        help=QCoreApplication.translate("CommandLine", "which list (default: inventory)"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=QCoreApplication.translate("CommandLine", "check every row and write nothing"),
    )
    parser.add_argument(
        "--existing",
        choices=EXISTING,
        default="skip",
        help=QCoreApplication.translate(
            "CommandLine",
            "a row already in the database (same serial; customers: CPF/CNPJ or name): default skip",
        ),
    )
    parser.add_argument(
        "--create-missing",
        action="store_true",
        help=QCoreApplication.translate(
            "CommandLine",
            "create the customers, contracts, sites and types the file names and the database lacks",
        ),
    )
    parser.add_argument(
        "--encoding",
        choices=ENCODINGS,
        help=QCoreApplication.translate("CommandLine", "CSV: the text encoding (default: detected)"),
    )
    parser.add_argument(
        "--separator",
        metavar=QCoreApplication.translate("CommandLine", "CHAR"),
        help=QCoreApplication.translate("CommandLine", "CSV: the field separator (default: detected)"),
    )
    parser.add_argument(
        "--sheet",
        metavar=QCoreApplication.translate("CommandLine", "NAME"),
        help=QCoreApplication.translate("CommandLine", "workbooks: the sheet to read (default: the first)"),
    )
    parser.add_argument(
        "--dates",
        choices=DATE_ORDERS,
        default="dmy",
        help=QCoreApplication.translate("CommandLine", "how 03/04/2025 is read: dmy (default) or mdy"),
    )
    parser.add_argument(
        "--errors",
        metavar=QCoreApplication.translate("CommandLine", "FILE.csv"),
        help=QCoreApplication.translate(
            "CommandLine", "also save the rows in error to this CSV file, to fix them"
        ),
    )
    return parser


def run(args: argparse.Namespace) -> int:
    from citrus_desktop.domain import access
    from citrus_desktop.domain.import_fields import fields_of, guess_mapping, missing_required
    from citrus_desktop.domain.import_report import (
        created_text,
        problem_lines,
        save_rows_in_error,
        totals_text,
    )
    from citrus_desktop.domain.importing import ImportOptions, importer_for
    from citrus_desktop.domain.sheet_files import open_sheet, read_rows

    separator = {"tab": "\t", "\\t": "\t"}.get((args.separator or "").lower(), args.separator)
    try:
        sheet = open_sheet(args.file, args.encoding, separator, args.sheet)
        rows = read_rows(sheet)
        header = next(rows, None)
        if header is None:
            empty = QCoreApplication.translate("CommandLine", "the file has no rows")
            print(f"citrus-desktop: {args.file}: {empty}", file=sys.stderr)
            return EXIT_NOTHING_DONE
        headers = [str(cell).strip() for cell in header[1]]
        fields = fields_of(args.list_name)
        mapping = guess_mapping(headers, fields)
        missing = missing_required(mapping, fields)
        if missing:
            print(
                f"citrus-desktop: {args.file}: "
                + QCoreApplication.translate("CommandLine", "no column for %1 (the header row has: %2)")
                .replace("%1", ", ".join(field.title for field in missing))
                .replace("%2", " | ".join(headers)),
                file=sys.stderr,
            )
            return EXIT_NOTHING_DONE
        open_database(args.db)
        access.detect()  # what the role may create (an editor's file naming a new type: that row's error)
        options = ImportOptions(args.existing, args.create_missing, args.dates)
        importer = importer_for(args.list_name, headers, mapping, options)
        if args.dry_run:
            result = importer.check(rows, keep="problems")
        else:
            result = importer.run(rows, source=sheet.path.name)
        for line in problem_lines(result.rows):
            print(line)
        if args.errors and result.totals.error:
            save_rows_in_error(args.errors, headers, result.rows, QLocale().name())
    except KnownProblem as problem:
        print(f"citrus-desktop: {problem}", file=sys.stderr)
        return EXIT_NOTHING_DONE
    totals = totals_text(result.totals, args.list_name)
    created = created_text(result.totals)
    if args.dry_run:
        summary = QCoreApplication.translate("CommandLine", "Dry run, nothing written: %1.").replace(
            "%1", totals
        )
        if created:
            summary += " " + QCoreApplication.translate("CommandLine", "It would create %1.").replace(
                "%1", created
            )
    else:
        summary = (
            QCoreApplication.translate("CommandLine", "Imported into %1: %2.")
            .replace("%1", describe(args.db))
            .replace("%2", totals)
        )
        if created:
            summary += " " + QCoreApplication.translate("CommandLine", "Created %1.").replace("%1", created)
    if result.totals.error and not args.dry_run:
        summary += " " + QCoreApplication.translate("CommandLine", "The rows in error were not imported.")
    print(summary)
    return EXIT_PARTLY if result.totals.error else EXIT_DONE
