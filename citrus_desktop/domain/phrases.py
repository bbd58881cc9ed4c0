"""Counted phrases for messages ("1 item", "3 items"), in the user's language."""

from citrus_desktop.i18n import translate


def count_phrase(n: int, one: str, many: str) -> str:
    """``one`` for a single record, else ``many`` with %1 the count ("1 item", "3 items")."""
    return one if n == 1 else many.replace("%1", str(n))


def items_phrase(n: int) -> str:
    return count_phrase(n, translate("Delete", "1 item"), translate("Delete", "%1 items"))


def contracts_phrase(n: int) -> str:
    return count_phrase(n, translate("Delete", "1 contract"), translate("Delete", "%1 contracts"))


def sites_phrase(n: int) -> str:
    return count_phrase(n, translate("Delete", "1 site"), translate("Delete", "%1 sites"))


def customers_phrase(n: int) -> str:
    return count_phrase(n, translate("Delete", "1 customer"), translate("Delete", "%1 customers"))
