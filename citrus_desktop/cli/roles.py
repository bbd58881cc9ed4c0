"""``citrus-desktop --db URL roles list|grant USER ROLE|revoke USER``: staff roles on a team server."""

import argparse
import sys

from citrus_desktop.cli import EXIT_DONE, EXIT_NOTHING_DONE
from citrus_desktop.domain import access, staff
from citrus_desktop.domain.access import ROLES
from citrus_desktop.domain.errors import DomainError, ValidationError
from citrus_desktop.i18n import translate
from citrus_desktop.store.database import DatabaseProblem, describe, open_database

NAME = "roles"
NEEDS_GUI = False


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help=translate("CommandLine", "list, grant and revoke staff roles (PostgreSQL)"),
        description=translate(
            "CommandLine",
            "Staff roles of a shared PostgreSQL database: reader (looks up everything, changes "
            "nothing), editor (also changes items, contracts, sites and customers), admin (also "
            "types, the recycle bin and staff roles).",
        ),
    )
    actions = parser.add_subparsers(dest="roles_action", metavar=translate("CommandLine", "ACTION"))
    actions.required = True
    actions.add_parser("list", help=translate("CommandLine", "list the server's users and their roles"))
    grant = actions.add_parser(
        "grant", help=translate("CommandLine", "give USER the role ROLE (their only one)")
    )
    grant.add_argument("user", metavar=translate("CommandLine", "USER"))
    grant.add_argument("role", metavar=translate("CommandLine", "ROLE"), choices=ROLES)
    revoke = actions.add_parser("revoke", help=translate("CommandLine", "take every role from USER"))
    revoke.add_argument("user", metavar=translate("CommandLine", "USER"))
    return parser


def _line(person: staff.Person) -> str:
    return f"{person.name}\t{person.role}\t{person.note}"


def run(args: argparse.Namespace) -> int:
    try:
        open_database(args.db)
        access.detect()
    except DatabaseProblem as problem:
        print(f"citrus-desktop: {problem}", file=sys.stderr)
        return EXIT_NOTHING_DONE
    try:
        if args.roles_action == "list":
            for person in staff.people():
                print(_line(person))
            return EXIT_DONE
        if args.roles_action == "grant":
            person = staff.grant(args.user, args.role)
            print(
                translate("CommandLine", "%1 is now %2.")
                .replace("%1", person.name)
                .replace("%2", person.role_text)
            )
            return EXIT_DONE
        person = staff.revoke(args.user)
        print(
            translate("CommandLine", "%1 has no role any more (now: %2).")
            .replace("%1", person.name)
            .replace("%2", person.role_text)
        )
        return EXIT_DONE
    except ValidationError as error:
        for field, message in error.errors.items():
            print(
                f"citrus-desktop: {field}: {message}" if field else f"citrus-desktop: {message}",
                file=sys.stderr,
            )
        return EXIT_NOTHING_DONE
    except (DomainError, DatabaseProblem) as error:
        print(f"citrus-desktop: {describe(args.db)}: {error}", file=sys.stderr)
        return EXIT_NOTHING_DONE
