"""``citrus-desktop`` and ``python -m citrus_desktop``."""

import sys


def main() -> None:
    from citrus_desktop.app import run

    sys.exit(run(sys.argv))


if __name__ == "__main__":
    main()
