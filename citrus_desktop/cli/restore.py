"""``citrus-desktop [--db FILE] restore BACKUP``: put a backup's data in place of the database's."""

import argparse
import sys
from pathlib import Path

from citrus_desktop.cli import EXIT_DONE, EXIT_NOTHING_DONE
from citrus_desktop.i18n import translate

NAME = "restore"
NEEDS_GUI = False


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help=translate(
            "CommandLine",
            "replace the data of the database (SQLite) by a backup's; the current data is backed up first",
        ),
    )
    parser.add_argument(
        "backup", metavar=translate("CommandLine", "BACKUP"), help=translate("CommandLine", "the backup file")
    )
    return parser


def run(args: argparse.Namespace) -> int:
    from citrus_desktop.cli.backup import sqlite_file
    from citrus_desktop.domain.backups import restore
    from citrus_desktop.store.backups import BackupProblem
    from citrus_desktop.store.database import DatabaseProblem, close_database, open_database

    path = sqlite_file(args.db)
    if path is None:
        return EXIT_NOTHING_DONE
    backup = Path(args.backup).expanduser()
    if backup.resolve() == path.resolve():
        print(
            "citrus-desktop: " + translate("CommandLine", "the backup is the database itself"),
            file=sys.stderr,
        )
        return EXIT_NOTHING_DONE
    try:
        safety = restore(path, backup)
    except BackupProblem as problem:
        print(f"citrus-desktop: {problem}", file=sys.stderr)
        return EXIT_NOTHING_DONE
    try:
        open_database(str(path))  # an older backup is migrated now, after its own safety copy
    except DatabaseProblem as problem:
        print(f"citrus-desktop: {problem}", file=sys.stderr)
        return EXIT_NOTHING_DONE
    finally:
        close_database()
    print(
        translate("CommandLine", "Restored %1 into %2. The data it replaced was saved to %3.")
        .replace("%1", str(backup))
        .replace("%2", str(path))
        .replace("%3", str(safety.path))
    )
    return EXIT_DONE
