"""``labels FILE.pdf [--filter KEYWORD | --serials S1,S2,…] [--layout NAME]``: item labels to a PDF."""

import argparse
import sys
from pathlib import Path

from citrus_desktop.cli import EXIT_DONE, EXIT_NOTHING_DONE, EXIT_PARTLY
from citrus_desktop.i18n import translate

NAME = "labels"
NEEDS_GUI = True


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> argparse.ArgumentParser:
    from citrus_desktop.printing.layouts import LAYOUTS

    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help=translate("CommandLine", "print item labels (QR code and Code 128) to a PDF"),
        description=translate(
            "CommandLine",
            "Write a PDF of labels, one per item: all items, those matching a keyword, or those with "
            "the serials given. Print it at 100% (no “fit to page”).",
        ),
    )
    parser.add_argument("file", metavar=translate("CommandLine", "FILE.pdf"))
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--filter",
        metavar=translate("CommandLine", "KEYWORD"),
        help=translate("CommandLine", "only the items the inventory list shows for this keyword"),
    )
    which.add_argument(
        "--serials",
        metavar=translate("CommandLine", "S1,S2,…"),
        help=translate("CommandLine", "only the items with these serial numbers, in this order"),
    )
    parser.add_argument(
        "--layout",
        metavar=translate("CommandLine", "NAME"),
        choices=[layout.key for layout in LAYOUTS],
        help=translate("CommandLine", "label sheet or roll (default: the last one used, else %1): %2")
        .replace("%1", "pimaco-6180")
        .replace("%2", ", ".join(layout.key for layout in LAYOUTS)),
    )
    return parser


def _say(text: str) -> None:
    print(text)


def _problem(text: str) -> None:
    print(f"citrus-desktop: {text}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from citrus_desktop.domain.labels import ids_matching, ids_of_serials, iter_label_data, label_data
    from citrus_desktop.printing.label import plan_label
    from citrus_desktop.printing.layouts import layout_by_key
    from citrus_desktop.printing.sheet import SheetOptions, write_pdf
    from citrus_desktop.store.database import DatabaseProblem, open_database
    from citrus_desktop.ui.labels.settings import last_layout

    target = Path(args.file)
    if target.suffix.lower() != ".pdf":
        _problem(translate("CommandLine", "%1: the file name must end in .pdf").replace("%1", args.file))
        return EXIT_NOTHING_DONE
    if not target.parent.is_dir():
        _problem(translate("CommandLine", "%1: the folder does not exist").replace("%1", str(target.parent)))
        return EXIT_NOTHING_DONE
    # --layout's choices are the known keys: an unknown one never gets here.
    layout = (layout_by_key(args.layout) if args.layout else None) or last_layout()
    try:
        open_database(args.db)
    except DatabaseProblem as problem:
        _problem(str(problem))
        return EXIT_NOTHING_DONE

    unknown: list[str] = []
    if args.serials is not None:
        ids, unknown = ids_of_serials(args.serials.split(","))
        for serial in unknown:
            _problem(
                translate("CommandLine", "%1: serial: no item has this serial number").replace("%1", serial)
            )
    else:
        ids = ids_matching(args.filter or "")
    if not ids:
        _problem(translate("CommandLine", "no items to label: nothing written"))
        return EXIT_NOTHING_DONE

    options = SheetOptions(layout)
    for data in label_data(ids[:5000]) if len(ids) <= 5000 else []:
        note = plan_label(layout.label_width, layout.label_height, data.serial).note
        if note:
            _say(translate("CommandLine", "%1: %2").replace("%1", data.serial).replace("%2", note))
    try:
        write_pdf(target, options, iter_label_data(ids), translate("Labels", "Labels"))
    except OSError as error:
        _problem(f"{target}: {error.strerror or error}")
        return EXIT_NOTHING_DONE
    from citrus_desktop.domain.phrases import count_phrase

    labels = count_phrase(
        len(ids), translate("CommandLine", "1 label"), translate("CommandLine", "%1 labels")
    )
    sheets = options.pages(len(ids))
    pages = count_phrase(sheets, translate("CommandLine", "1 page"), translate("CommandLine", "%1 pages"))
    done = translate("CommandLine", "%1 on %2, %3, written to %4.")
    _say(
        done.replace("%1", labels)
        .replace("%2", pages)
        .replace("%3", layout.title())
        .replace("%4", str(target))
    )
    return EXIT_PARTLY if unknown else EXIT_DONE
