"""``copy --to PATH_OR_URL``: the whole database (records, history, bin) into an empty one — a
solo file onto a team's server, or a server's data into a file (DESIGN §5)."""

import argparse
import sys

from PySide6.QtCore import QCoreApplication, QLocale

from citrus_desktop.cli import EXIT_DONE, EXIT_NOTHING_DONE
from citrus_desktop.errors import KnownProblem
from citrus_desktop.store.database import describe, open_database

NAME = "copy"
NEEDS_GUI = False


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help=QCoreApplication.translate(
            "CommandLine", "copy the whole database into an empty SQLite file or PostgreSQL database"
        ),
        description=QCoreApplication.translate(
            "CommandLine",
            "Copy everything (records, history, recycle bin, with their ids and dates) into an empty "
            "database, then check that every table has the same number of rows.",
        ),
    )
    parser.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar=QCoreApplication.translate("CommandLine", "PATH_OR_URL"),
        help=QCoreApplication.translate(
            "CommandLine", "a new SQLite file, or a postgresql:// URL of an empty database"
        ),
    )
    return parser


def run(args: argparse.Namespace) -> int:
    from citrus_desktop.domain.database_copy import copy_database

    try:
        open_database(args.db)
        report = copy_database(args.target)
    except KnownProblem as problem:
        print(f"citrus-desktop: {problem}", file=sys.stderr)
        return EXIT_NOTHING_DONE
    locale = QLocale()
    print(
        QCoreApplication.translate(
            "CommandLine",
            "Copied %1 into %2: %3 items, %4 customers, %5 rows in all; every table's count checked.",
        )
        .replace("%1", describe(args.db))
        .replace("%2", report.target)
        .replace("%3", locale.toString(report.count("inventory_item")))
        .replace("%4", locale.toString(report.count("customer")))
        .replace("%5", locale.toString(report.rows))
    )
    return EXIT_DONE
