"""Sub-commands that run without a window (DESIGN §5): ``citrus-desktop --db X export out.csv``.

Each sub-command is a module of this package, listed in ``COMMANDS``, with:

- ``NAME``: the word typed on the command line;
- ``NEEDS_GUI``: True when it paints (QtGui: labels, reports), so a QGuiApplication is made
  (offscreen when there is no display);
- ``register(subparsers)``: adds its parser (``subparsers.add_parser(NAME, help=...)``);
- ``run(args) -> int``: does the work and returns the exit status: 0 all done, 1 done except
  the rows it named, 2 nothing done (bad file, bad database, bad arguments).

``--db`` and ``--lang`` are accepted before or after the sub-command's name.
"""

import argparse
import importlib
from types import ModuleType

EXIT_DONE = 0
EXIT_PARTLY = 1
EXIT_NOTHING_DONE = 2

COMMANDS: tuple[str, ...] = (
    "export",
    "import_file",
    "labels",
    "backup",
    "restore",
    "copy_database",
    "roles",
)
"""Module names (in this package) of the sub-commands, in the order ``--help`` lists them."""


def modules() -> list[ModuleType]:
    return [importlib.import_module(f"{__name__}.{name}") for name in COMMANDS]


def by_name(name: str) -> ModuleType | None:
    return next((module for module in modules() if name == module.NAME), None)


def add_subcommands(parser: argparse.ArgumentParser, shared: list[argparse.Action]) -> None:
    """Add every sub-command to ``parser``; ``shared`` options (--db, --lang) are repeated on each,
    so that they may also follow the sub-command's name."""
    found = modules()
    if not found:
        return
    from citrus_desktop.i18n import translate

    subparsers = parser.add_subparsers(
        dest="command",
        metavar=translate("CommandLine", "COMMAND"),
        title=translate("CommandLine", "commands"),
    )
    for module in found:
        sub = module.register(subparsers)
        for action in shared:
            sub.add_argument(
                *action.option_strings,
                dest=action.dest,
                metavar=action.metavar,
                choices=action.choices,
                help=action.help,
                default=argparse.SUPPRESS,
            )
