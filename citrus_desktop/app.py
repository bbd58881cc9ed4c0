"""Command line, QApplication, translators and the main window."""

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QStandardPaths, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox

from citrus_desktop import APP_ID, APP_NAME, __version__
from citrus_desktop.domain.demo import fill_demo
from citrus_desktop.domain.errors import DomainError
from citrus_desktop.errors import KnownProblem
from citrus_desktop.platform_check import HEADLESS
from citrus_desktop.store.database import DatabaseProblem, close_database, describe, open_database
from citrus_desktop.ui.translations import LANGUAGES, install_translators, resolve_language

if TYPE_CHECKING:
    from citrus_desktop.ui.main.main_window import MainWindow

ORGANIZATION = "Citrus"
EXIT_BAD_DATABASE = 2
EXIT_NO_WINDOWS = 2
EXIT_SMOKE_FAILED = 3


def configure_application(app: QCoreApplication) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if isinstance(app, QGuiApplication):
        QGuiApplication.setDesktopFileName(APP_ID)
        from citrus_desktop.resources_path import resource

        icon = resource("icons", "citrus-desktop.svg")
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))


def _copy_servers_before_upgrades() -> None:
    """No server's schema is upgraded without a copy of its data first (`copy --to`'s code),
    into a folder of the user's data folder."""
    from citrus_desktop.domain.database_copy import copy_before_upgrade
    from citrus_desktop.store import migrations

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    migrations.server_copy = copy_before_upgrade(folder / "server-copies")


def default_database() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "citrus.db"


def create_main_window(database: str) -> "MainWindow":
    """Open (creating and migrating) ``database``, a file path or URL, and build the main window.

    Uses the running QApplication; the window is returned not shown.
    """
    from citrus_desktop.ui.tasks import wait_for_tasks

    wait_for_tasks()  # a previous window's background work finishes on the database it started on
    handle = open_database(database)
    logging.getLogger(__name__).info("Database: %s", describe(database))
    from citrus_desktop.domain import access
    from citrus_desktop.ui.access import install

    install()
    try:
        access.detect()
    except DatabaseProblem:
        close_database()
        raise
    from citrus_desktop.ui.main.main_window import MainWindow
    from citrus_desktop.ui.settings.preferences_dialog import apply_saved_staff_name
    from citrus_desktop.ui.style import apply_style

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_main_window needs a running QApplication")
    if not app.property("citrusStyled"):
        apply_style(app)
        app.setProperty("citrusStyled", True)
    apply_saved_staff_name()
    window = MainWindow(describe(database))
    from citrus_desktop.store.changes import open_feed
    from citrus_desktop.ui.main.live import LiveRefresh

    window.live = LiveRefresh(open_feed(handle), window)
    window.safekeeping.start()  # the day's backup and the retention, off the UI thread
    QTimer.singleShot(0, window, window.report_clashes)  # once the window is up: twins an upgrade kept
    return window


def _chosen_database() -> str | None:
    """The file or server picked in Preferences › Database connection, if any."""
    from citrus_desktop.ui.settings.connection_dialog import saved_target

    return saved_target()


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help with its own words ("usage:") translated too."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:  # argparse passes "" when it builds a sub-command's prog from this usage
            prefix = QCoreApplication.translate("CommandLine", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="citrus-desktop",
        add_help=False,
        formatter_class=_HelpFormatter,
        description=QCoreApplication.translate(
            "CommandLine", "Keep each business customer's inventory: items, contracts and sites."
        ),
    )
    parser.add_argument(
        "--db",
        metavar=QCoreApplication.translate("CommandLine", "PATH_OR_URL"),
        help=QCoreApplication.translate(
            "CommandLine", "database file or postgresql:// URL (default: citrus.db in your data folder)"
        ),
    )
    parser.add_argument(
        "--demo",
        nargs="?",
        type=int,
        const=-1,
        metavar="N",
        help=QCoreApplication.translate(
            "CommandLine", "fill an empty database with demo data; N items for a database at scale"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=QCoreApplication.translate("CommandLine", "language of the interface (default: the system's)"),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=QCoreApplication.translate(
            "CommandLine", "start everything without showing a window, print ok and exit"
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=QCoreApplication.translate("CommandLine", "show the version and exit"),
    )
    parser.add_argument(
        "-h",
        "--help",
        action="help",
        help=QCoreApplication.translate("CommandLine", "show this help and exit"),
    )
    parser._optionals.title = QCoreApplication.translate("CommandLine", "options")
    from citrus_desktop.cli import add_subcommands

    shared = [action for action in parser._actions if action.dest in ("db", "lang")]
    add_subcommands(parser, shared)
    return parser


def _open_asking_password(app: QCoreApplication, target: str, interactive: bool) -> "MainWindow":
    """create_main_window, asking for the server's password while the server refuses it.

    The password is asked for, not stored, when no keyring or ~/.pgpass supplies it.
    """
    from citrus_desktop.store.postgres import PasswordRefused, with_password

    while True:
        try:
            return create_main_window(target)
        except PasswordRefused as refused:
            if not interactive or not isinstance(app, QApplication):
                raise
            password = _ask_password(app, describe(target), str(refused))
            if password is None:
                raise
            target = with_password(target, password)


def _ask_password(app: QApplication, database: str, problem: str) -> str | None:
    dialog = QInputDialog()
    dialog.setObjectName("passwordDialog")
    dialog.setWindowTitle(APP_NAME)
    dialog.setLabelText(QCoreApplication.translate("CommandLine", "Password for %1:").replace("%1", database))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setToolTip(problem)
    _wait_for(dialog)
    return dialog.textValue() if dialog.result() == QInputDialog.DialogCode.Accepted else None


def _wait_for(dialog: QDialog) -> None:
    """Show ``dialog`` and wait until it is answered (before the main window exists)."""
    loop = QEventLoop()
    dialog.finished.connect(loop.quit)
    dialog.open()
    loop.exec()


def _tell_startup_problem(app: QApplication, problem: str) -> None:
    """Say why the app cannot start, for people who launched it from a menu (no terminal)."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        APP_NAME,
        QCoreApplication.translate("CommandLine", "Citrus Desktop cannot open its database."),
        QMessageBox.StandardButton.Ok,
    )
    box.setObjectName("startupProblem")
    box.setInformativeText(
        problem
        + "\n\n"
        + QCoreApplication.translate(
            "CommandLine",
            "Start it with --db to choose another database, or ask for help with the shared server.",
        )
    )
    _wait_for(box)


def _report_without_windows(target: str) -> int:
    """Qt cannot open windows here: say what is wrong with the database, if anything, then why
    there is no window (and what to install)."""
    from citrus_desktop.platform_check import platform_problem

    try:
        open_database(target)
    except DatabaseProblem as problem:
        print(f"citrus-desktop: {problem}", file=sys.stderr)
        return EXIT_BAD_DATABASE
    finally:
        close_database()
    print(f"citrus-desktop: {platform_problem()}", file=sys.stderr)
    return EXIT_NO_WINDOWS


def _requested_language(argv: list[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _subcommand(argv: list[str]) -> ModuleType | None:
    """The sub-command named on the command line, if any (the first word that is not an option
    or an option's value)."""
    from citrus_desktop import cli

    if not cli.COMMANDS:
        return None
    takes_value = {"--db", "--lang", "--demo"}
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in takes_value:
            skip = arg != "--demo"
            continue
        if arg.startswith("-"):
            continue
        return cli.by_name(arg)
    return None


def run(argv: list[str]) -> int:
    """The whole program: returns the exit status."""
    args_only = argv[1:]
    command = _subcommand(args_only)
    gui_needed = command is None and not any(a in ("-h", "--help", "--version") for a in args_only)
    painting = command is not None and command.NEEDS_GUI
    no_windows = False
    if QCoreApplication.instance() is None and (painting or gui_needed):
        from citrus_desktop.platform_check import has_display, platform_problem

        shows_nothing = painting or "--smoke-test" in args_only
        chosen = bool(os.environ.get("QT_QPA_PLATFORM"))
        if shows_nothing and not chosen and not has_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        # Qt aborts the process when its platform cannot start: find out before it tries.
        no_windows = platform_problem() is not None
        if no_windows and shows_nothing and (painting or not chosen):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            no_windows = False
    if painting:
        app = QCoreApplication.instance() or QGuiApplication(argv[:1])
    else:
        app = QCoreApplication.instance() or (
            QApplication(argv[:1]) if gui_needed and not no_windows else QCoreApplication(argv[:1])
        )
    configure_application(app)
    _copy_servers_before_upgrades()
    from citrus_desktop.platform_check import release_displays

    release_displays()
    if not gui_needed:
        return _run(app, args_only)
    from citrus_desktop.logs import setup_logging, teardown_logging
    from citrus_desktop.ui.crash_dialog import install_excepthook

    setup_logging()
    restore_excepthook = install_excepthook()
    try:
        return _run(app, args_only)
    except Exception:
        logging.getLogger(__name__).critical("Start-up failed", exc_info=True)
        raise
    finally:
        restore_excepthook()
        teardown_logging()


def _run(app: QCoreApplication, args_only: list[str]) -> int:
    from citrus_desktop.ui.settings.preferences_dialog import saved_language

    install_translators(resolve_language(_requested_language(args_only) or saved_language()))
    try:
        args = build_parser().parse_args(args_only)
    except SystemExit as exit_request:
        return int(exit_request.code or 0)

    if getattr(args, "command", None):
        from citrus_desktop import cli

        if args.db is None:
            args.db = _chosen_database() or str(default_database())
        module = cli.by_name(args.command)
        assert module is not None
        try:
            return int(module.run(args))
        finally:
            close_database()

    target = args.db
    if target is None:
        target = (
            str(Path(tempfile.mkdtemp(prefix="citrus-smoke-")) / "citrus.db")
            if args.smoke_test
            else _chosen_database() or str(default_database())
        )
    if not isinstance(app, QApplication):
        return _report_without_windows(target)
    # Dialogs are for people who can see them: offscreen, a problem is one line and exit status 2.
    interactive = not args.smoke_test and QGuiApplication.platformName() not in HEADLESS
    try:
        window = _open_asking_password(app, target, interactive=interactive)
    except DatabaseProblem as problem:
        print(f"citrus-desktop: {problem}", file=sys.stderr)
        if interactive:
            _tell_startup_problem(app, str(problem))
        return EXIT_BAD_DATABASE

    if args.demo is not None:
        try:
            summary = fill_demo(None if args.demo < 0 else args.demo)
            print(
                QCoreApplication.translate(
                    "CommandLine", "Demo data: %1 customers, %2 contracts, %3 sites, %4 types, %5 items."
                )
                .replace("%1", str(summary.customers))
                .replace("%2", str(summary.contracts))
                .replace("%3", str(summary.sites))
                .replace("%4", str(summary.product_types))
                .replace("%5", str(summary.items))
            )
            window.refresh()
        except DomainError as error:  # the database already holds data: it is left alone
            print(f"citrus-desktop: {describe(target)}: {error}", file=sys.stderr)
        except KnownProblem as error:
            # A full disk, a busy file…: nothing of the demo was kept (one transaction).
            print(f"citrus-desktop: {describe(target)}: {error}", file=sys.stderr)
            window.close()
            window.deleteLater()
            close_database()
            return EXIT_BAD_DATABASE

    if args.smoke_test:
        window.exercise()
        from citrus_desktop.smoke import smoke_problems

        problems = smoke_problems(window, describe(target))
        window.close()
        window.deleteLater()
        close_database()
        for smoke_problem in problems:
            print(f"citrus-desktop: smoke test: {smoke_problem}", file=sys.stderr)
        if problems:
            return EXIT_SMOKE_FAILED
        print("ok")
        return 0
    window.show()
    status = app.exec()
    close_database()
    return status
