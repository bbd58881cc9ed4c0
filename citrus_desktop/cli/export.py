"""``export FILE [--list …] [--filter KEYWORD]``: a list's rows to CSV or XLSX (DESIGN §5)."""

import argparse
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from citrus_desktop.cli import EXIT_DONE, EXIT_NOTHING_DONE
from citrus_desktop.errors import KnownProblem
from citrus_desktop.store.database import describe, open_database

NAME = "export"
NEEDS_GUI = False
LISTS = ("inventory", "customers", "contracts", "sites", "product-types")


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help=QCoreApplication.translate(
            "CommandLine", "write a list to a CSV or XLSX file (format from the file's extension)"
        ),
        description=QCoreApplication.translate(
            "CommandLine",
            "Write the rows of a list, every field, to FILE: .csv (UTF-8 with BOM, ; between fields "
            "in Portuguese) or .xlsx.",
        ),
    )
    parser.add_argument(
        "file",
        metavar=QCoreApplication.translate("CommandLine", "FILE"),
        help=QCoreApplication.translate("CommandLine", "the file to write (.csv or .xlsx)"),
    )
    parser.add_argument(
        "--list",
        dest="list_name",
        choices=LISTS,
        default="inventory",
        help=QCoreApplication.translate("CommandLine", "which list (default: inventory)"),
    )
    parser.add_argument(
        "--filter",
        metavar=QCoreApplication.translate("CommandLine", "KEYWORD"),
        default="",
        help=QCoreApplication.translate("CommandLine", "only the rows the keyword finds"),
    )
    return parser


def list_title(name: str) -> str:
    return {
        "inventory": QCoreApplication.translate("CommandLine", "Inventory"),
        "customers": QCoreApplication.translate("CommandLine", "Customers"),
        "contracts": QCoreApplication.translate("CommandLine", "Contracts"),
        "sites": QCoreApplication.translate("CommandLine", "Sites"),
        "product-types": QCoreApplication.translate("CommandLine", "Product or Service Types"),
    }[name]


def run(args: argparse.Namespace) -> int:
    from citrus_desktop.domain.exporting import export_list
    from citrus_desktop.domain.list_sources import (
        ContractSource,
        CustomerSource,
        InventorySource,
        ListSource,
        ProductTypeSource,
        SiteSource,
    )

    sources: dict[str, Callable[[], ListSource]] = {
        "inventory": InventorySource,
        "customers": CustomerSource,
        "contracts": lambda: ContractSource(None),
        "sites": lambda: SiteSource(None),
        "product-types": ProductTypeSource,
    }
    try:
        open_database(args.db)
        result = export_list(
            sources[args.list_name](),
            args.file,
            keyword=args.filter,
            language=QLocale().name(),
            sheet_name=list_title(args.list_name),
        )
    except KnownProblem as problem:
        print(f"citrus-desktop: {problem}", file=sys.stderr)
        return EXIT_NOTHING_DONE
    print(
        QCoreApplication.translate("CommandLine", "Exported %1 rows from %2 to %3.")
        .replace("%1", QLocale().toString(result.rows))
        .replace("%2", describe(args.db))
        .replace("%3", str(result.path))
    )
    return EXIT_DONE
