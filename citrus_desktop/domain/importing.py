"""Import of a spreadsheet into the inventory or the customers list (DESIGN §7).

`importer_for` gives the list's importer: `Importer.check` writes nothing (the preview,
``--dry-run``); `Importer.run` makes the same pass inside one transaction and writes the valid
rows as it goes, so a cancelled or killed import leaves nothing behind.
"""

from collections.abc import Sequence

from citrus_desktop.domain.import_customers import CustomerImporter
from citrus_desktop.domain.import_items import ItemImporter
from citrus_desktop.domain.import_rows import (
    ERROR,
    EXISTING,
    NEW,
    SKIP,
    UPDATE,
    ImportCancelled,
    ImportChanged,
    Importer,
    ImportFailed,
    ImportOptions,
    ImportResult,
    ImportTotals,
    Problem,
    RowResult,
)

__all__ = [
    "ERROR",
    "EXISTING",
    "NEW",
    "SKIP",
    "UPDATE",
    "ImportCancelled",
    "ImportChanged",
    "ImportFailed",
    "ImportOptions",
    "ImportResult",
    "ImportTotals",
    "Importer",
    "Problem",
    "RowResult",
    "importer_for",
]


def importer_for(
    list_name: str,
    headers: Sequence[str],
    mapping: Sequence[str | None],
    options: ImportOptions | None = None,
) -> Importer:
    """The importer of ``list_name`` (inventory, customers) for a file with ``headers``, whose
    columns fill the fields ``mapping`` names."""
    kind = ItemImporter if list_name == "inventory" else CustomerImporter
    return kind(list_name, headers, mapping, options)
