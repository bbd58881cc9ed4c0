"""What every import shares: options, each row's result, the pass over the rows, and where the
valid rows are written.

Every row is checked by the domain's own validation (`check_item`, `check_customer`, …), whose
questions about other records `ImportMemory` answers from what it read and what the file is
about to create. `Importer.check` writes nothing: it is the preview and ``--dry-run``.
`Importer.run` makes the same pass inside one transaction and writes the valid rows as it goes,
so a cancelled or killed import leaves nothing behind.
"""

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import Any

from peewee import IntegrityError

from citrus_desktop.domain.access import refused_for
from citrus_desktop.domain.cell_text import cell_text, looks_scientific, unguard
from citrus_desktop.domain.errors import ConflictError, DomainError, NotFoundError
from citrus_desktop.domain.import_fields import ImportField, fields_of
from citrus_desktop.domain.import_memory import ImportMemory
from citrus_desktop.domain.phrases import items_phrase
from citrus_desktop.domain.saving import insert_row, write_row
from citrus_desktop.domain.session import actor
from citrus_desktop.domain.sheet_files import Row
from citrus_desktop.i18n import translate
from citrus_desktop.store.bulk import insert_rows
from citrus_desktop.store.models import db
from citrus_desktop.store.problems import NotAllowed
from citrus_desktop.store.transactions import writing

EXISTING = ("skip", "update", "error")
NEW, UPDATE, SKIP, ERROR = "new", "update", "skip", "error"
CHUNK_ROWS = 2_000
PROGRESS_EVERY = 256
CREATED_KINDS = ("customer", "contract", "site", "product_type")
ITEM_COLUMNS = (
    "serial_number",
    "serial_key",
    "customer_id",
    "contract_id",
    "site_id",
    "product_type_id",
    "description",
    "observation",
    "search_text",
    "version",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
)

Progress = Callable[[int, int], None]
"""(rows done, rows in all; 0 when not known)"""


class ImportCancelled(DomainError):
    """Cancelled by the user: nothing was written."""


class ImportFailed(DomainError):
    """The database refused the import as a whole (nothing was written); the message says why."""


class ImportChanged(DomainError):
    """The database changed between the preview and the import: some rows now come out
    differently. Nothing was written; ``result`` is the new check to show."""

    def __init__(self, result: "ImportResult"):
        self.result = result
        super().__init__(
            translate(
                "Import",
                "The database changed since the preview, so nothing was imported: check the new preview.",
            )
        )


@dataclass(frozen=True)
class ImportOptions:
    existing: str = "skip"
    """What a row whose serial (customers: CPF/CNPJ or name) is already in the database does."""
    create_missing: bool = False
    """Create the customers, contracts, sites and types the file names and the database lacks."""
    date_order: str = "dmy"


@dataclass(frozen=True)
class Problem:
    field: str
    """The field's title, or empty for the row as a whole."""
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


@dataclass
class RowResult:
    line: int
    status: str
    problems: tuple[Problem, ...] = ()
    warnings: tuple[str, ...] = ()
    note: str = ""
    """Why a row is skipped, or what an update changes."""
    cells: list[object] | None = None
    creates: tuple[str, ...] = ()
    """Kinds of the records this row creates (customer, contract, site, product_type)."""

    def message(self) -> str:
        """The problems, warnings and note, in one line."""
        return "; ".join(
            [*(str(problem) for problem in self.problems), *self.warnings, *filter(None, [self.note])]
        )


@dataclass
class ImportTotals:
    new: int = 0
    update: int = 0
    skip: int = 0
    error: int = 0
    warnings: int = 0
    created: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CREATED_KINDS, 0))

    def add(self, result: RowResult) -> None:
        setattr(self, result.status, getattr(self, result.status) + 1)
        if result.warnings:
            self.warnings += 1
        for kind in result.creates:
            self.created[kind] += 1

    @property
    def rows(self) -> int:
        return self.new + self.update + self.skip + self.error

    @property
    def written(self) -> int:
        return self.new + self.update


@dataclass
class ImportResult:
    totals: ImportTotals
    rows: list[RowResult]
    """Every row (``keep="all"``) or those with problems or warnings."""
    statuses: list[tuple[int, str]]
    """(line, status) of every row: what a later import is compared with."""
    batch_id: int | None = None
    written: bool = False


class Writes:
    """Where an import's rows go: nowhere for a check, the open transaction for a run."""

    def __init__(self, active: bool):
        self.active = active
        self._placeholder = 0
        self._items: list[tuple[Any, ...]] = []
        self._now = datetime.now().replace(microsecond=0)
        self._who = actor()
        self._savepoint = False

    def create(self, model: type, values: dict[str, Any]) -> int:
        if not self.active:
            self._placeholder -= 1
            return self._placeholder  # a record to be created: ids below zero stand for them
        if not self._savepoint:
            db.obj.execute_sql("SAVEPOINT citrus_import_row")
            self._savepoint = True
        return insert_row(model, values, self._now, self._who)

    def update(self, model: type, record_id: int, version: int, values: dict[str, Any]) -> None:
        if self.active:
            write_row(model, record_id, version, values)

    def add_item(self, values: dict[str, Any]) -> None:
        if not self.active:
            return
        self._items.append(
            (
                values["serial_number"],
                values["serial_key"],
                values["customer"],
                values["contract"],
                values["site"],
                values["product_type"],
                values["description"],
                values["observation"],
                values["search_text"],
                1,
                self._now,
                self._who,
                self._now,
                self._who,
            )
        )

    def end_row(self, accepted: bool) -> None:
        if not self._savepoint:
            return
        self._savepoint = False
        if not accepted:
            db.obj.execute_sql("ROLLBACK TO SAVEPOINT citrus_import_row")
        db.obj.execute_sql("RELEASE SAVEPOINT citrus_import_row")

    def flush(self) -> None:
        if self._items:
            insert_rows("inventory_item", ITEM_COLUMNS, self._items)
            self._items = []


class Importer:
    """Rows of a file, mapped to the fields of ``list_name``, checked or imported with ``options``.

    ``mapping`` gives, for each column of the file, the key of the field it fills (or None).
    """

    def __init__(
        self,
        list_name: str,
        headers: Sequence[str],
        mapping: Sequence[str | None],
        options: ImportOptions | None = None,
    ):
        self.list_name = list_name
        self.headers = list(headers)
        self.fields: dict[str, ImportField] = {f.key: f for f in fields_of(list_name)}
        self.columns: dict[str, int] = {key: index for index, key in enumerate(mapping) if key}
        self.options = options or ImportOptions()
        self.width = len(self.headers)

    # What callers use
    def check(
        self,
        rows: Iterable[Row],
        *,
        total: int = 0,
        keep: str = "all",
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        delivered: Callable[[list[RowResult]], None] | None = None,
    ) -> ImportResult:
        """Every row's status, writing nothing. ``delivered`` gets the rows a chunk at a time."""
        self.empty_at_start = False  # a check reads what the database holds, whatever a run found
        return self._pass(rows, Writes(False), total, keep, progress, cancelled, delivered)

    def run(
        self,
        rows: Iterable[Row],
        *,
        total: int = 0,
        keep: str = "problems",
        expected: Sequence[tuple[int, str]] | None = None,
        source: str = "",
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Import the valid rows in one transaction, as one history batch. With ``expected``
        (a preview's statuses) nothing is written unless every row comes out the same."""
        try:
            with writing("import", source) as batch:
                writes = Writes(True)
                with self._loading():
                    result = self._pass(rows, writes, total, keep, progress, cancelled, None)
                    writes.flush()
                if expected is not None and list(expected) != result.statuses:
                    raise ImportChanged(result)
                # The history (and Undo) name the import by what it wrote: "3 items from x.csv".
                batch.summary = self._summary(result.totals.written, source)
                result.batch_id = batch.id
                result.written = result.totals.written > 0
            return result
        except (ConflictError, NotFoundError) as error:
            raise ImportFailed(
                translate(
                    "Import", "Someone else changed a record during the import, so nothing was imported: %1"
                ).replace("%1", str(error))
            ) from error
        except NotAllowed as error:  # the role changed since the preview (or never allowed it)
            table = "inventory_item" if self.list_name == "inventory" else "customer"
            raise ImportFailed(
                translate("Import", "Nothing was imported. %1").replace("%1", refused_for({table}))
            ) from error
        except IntegrityError as error:
            raise ImportFailed(
                translate("Import", "The database refused the import, so nothing was imported: %1").replace(
                    "%1", str(error).strip().splitlines()[0] if str(error).strip() else ""
                )
            ) from error

    # The pass over the rows
    def _pass(
        self,
        rows: Iterable[Row],
        writes: Writes,
        total: int,
        keep: str,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        delivered: Callable[[list[RowResult]], None] | None,
    ) -> ImportResult:
        memory = ImportMemory()
        result = ImportResult(ImportTotals(), [], [])
        done = 0
        iterator = iter(rows)
        while chunk := list(islice(iterator, CHUNK_ROWS)):
            self._read_ahead(chunk, memory)
            checked: list[RowResult] = []
            for line, cells in chunk:
                row = self._row(line, cells, memory, writes)
                result.totals.add(row)
                result.statuses.append((row.line, row.status))
                if keep == "all" or row.problems or row.warnings:
                    row.cells = cells
                    checked.append(row)
                done += 1
                if not done % PROGRESS_EVERY:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled(translate("Import", "Import cancelled; nothing was imported."))
                    if progress is not None:
                        progress(done, total)
            writes.flush()
            result.rows.extend(checked)
            if delivered is not None:
                delivered(checked)
        if progress is not None:
            progress(done, total or done)
        return result

    empty_at_start = False
    records_phrase = staticmethod(items_phrase)
    """How many records of this list: "1 item", "3 items"."""

    def _summary(self, written: int, source: str) -> str:
        what = self.records_phrase(written)
        if not source:
            return what
        return translate("Import", "%1 from %2").replace("%1", what).replace("%2", source)

    """The list was empty when the run began (an inventory then loads without index upkeep)."""

    # What each list's importer says
    def _loading(self) -> AbstractContextManager[None]:
        """What surrounds the writing of the rows (inside the transaction)."""
        return nullcontext()

    def _read_ahead(self, chunk: list[Row], memory: ImportMemory) -> None:
        """Read what the rows of ``chunk`` refer to, before they are checked."""

    def _row(self, line: int, cells: Sequence[object], memory: ImportMemory, writes: Writes) -> RowResult:
        raise NotImplementedError

    # Cells
    def _text(self, cells: Sequence[object], key: str) -> tuple[str, str | None]:
        """The field's text in this row (a spreadsheet's apostrophe guard removed), and a warning
        when the spreadsheet had already lost digits of a long number."""
        index = self.columns.get(key)
        if index is None or index >= len(cells):
            return "", None
        read = cell_text(cells[index])
        text = unguard(read.text)
        if not read.lost_digits:
            return text, None
        return text, (
            translate(
                "Import",
                "%1: the spreadsheet keeps only 15 digits of a number, so “%2” may not be what was typed; "
                "format the column as text",
            )
            .replace("%1", self.fields[key].title)
            .replace("%2", text)
        )

    def _texts(
        self, cells: Sequence[object], problems: dict[str, str], warnings: list[str]
    ) -> dict[str, str]:
        texts = {}
        for key in self.columns:
            text, warning = self._text(cells, key)
            texts[key] = text
            if warning:
                warnings.append(warning)
        if len(cells) > self.width and any(cell not in ("", None) for cell in cells[self.width :]):
            warnings.append(
                translate(
                    "Import",
                    "This row has more values than the header has columns; is a separator inside a value?",
                )
            )
        return texts

    def title(self, key: str) -> str:
        return self.fields[key].title

    def _required(self, key: str, text: str, problems: dict[str, str]) -> bool:
        if text.strip():
            return True
        problems.setdefault(key, translate("Validation", "%1 is required.").replace("%1", self.title(key)))
        return False

    def _digits_lost(self, key: str, text: str, problems: dict[str, str]) -> None:
        if looks_scientific(text):
            problems.setdefault(
                key,
                translate(
                    "Import",
                    "the spreadsheet wrote this number in exponent form (%1), so its digits are lost; "
                    "format the column as text and save the file again",
                ).replace("%1", text.strip()),
            )

    def _result(
        self,
        line: int,
        problems: dict[str, str],
        warnings: list[str],
        status: str,
        note: str = "",
        creates: Sequence[str] = (),
    ) -> RowResult:
        if problems:
            listed = tuple(
                Problem(self.title(key) if key else "", message) for key, message in problems.items()
            )
            return RowResult(line, ERROR, listed, tuple(warnings))
        return RowResult(line, status, (), tuple(warnings), note, creates=tuple(creates))

    def _finish(self, result: RowResult, memory: ImportMemory, writes: Writes) -> RowResult:
        accepted = result.status != ERROR
        writes.end_row(accepted)
        if accepted:
            memory.accept_row()
        else:
            memory.reject_row()
        return result

    # Inventory rows

    def _optional(self, texts: dict[str, str], key: str, stored: Any) -> str:
        if key in texts:
            return texts[key]
        return getattr(stored, key) if stored is not None else ""
