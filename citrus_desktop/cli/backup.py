"""``citrus-desktop [--db FILE] backup [TARGET]``: a checked copy of a SQLite database."""

import argparse
import sys
from pathlib import Path

from citrus_desktop.cli import EXIT_DONE, EXIT_NOTHING_DONE
from citrus_desktop.i18n import translate

NAME = "backup"
NEEDS_GUI = False


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help=translate("CommandLine", "copy the database (SQLite) into its backups folder, or into FILE"),
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar=translate("CommandLine", "FILE"),
        help=translate("CommandLine", "where to write the copy (a new file); default: the backups folder"),
    )
    return parser


def sqlite_file(target: str) -> Path | None:
    """The database file, after checking it is ours (prints why not and returns None)."""
    from citrus_desktop.store.database import DatabaseProblem, inspect_sqlite, is_postgres_url, sqlite_path

    if is_postgres_url(target):
        print(
            "citrus-desktop: "
            + translate(
                "CommandLine",
                "a shared server is backed up by its administrator with pg_dump, not by Citrus Desktop",
            ),
            file=sys.stderr,
        )
        return None
    path = sqlite_path(target)
    try:
        if inspect_sqlite(path) == 0 or not path.exists():
            print(
                "citrus-desktop: "
                + translate("CommandLine", "%1: there is no database to back up").replace("%1", str(path)),
                file=sys.stderr,
            )
            return None
    except DatabaseProblem as problem:
        print(f"citrus-desktop: {problem}", file=sys.stderr)
        return None
    return path


def run(args: argparse.Namespace) -> int:
    from citrus_desktop.domain.backups import back_up
    from citrus_desktop.store.backups import BackupProblem, read_backup

    path = sqlite_file(args.db)
    if path is None:
        return EXIT_NOTHING_DONE
    try:
        made = back_up(path, into=Path(args.file).expanduser() if args.file else None)
        _version, items = read_backup(made.path)
    except BackupProblem as problem:
        print(f"citrus-desktop: {problem}", file=sys.stderr)
        return EXIT_NOTHING_DONE
    print(
        translate("CommandLine", "Backup saved: %1 (%2 items, checked).")
        .replace("%1", str(made.path))
        .replace("%2", str(items))
    )
    return EXIT_DONE
