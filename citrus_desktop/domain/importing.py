"""Import of a spreadsheet into the inventory or the customers list.

Every row is checked by the domain's own validation (`check_item`, `check_customer`, …), whose
questions about other records `ImportMemory` answers from what it read and what the file is
about to create. `Importer.check` writes nothing: it is the preview and ``--dry-run``.
`Importer.run` makes the same pass inside one transaction and writes the valid rows as it goes,
so a cancelled or killed import leaves nothing behind.
"""

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from typing import Any

from peewee import IntegrityError

from citrus_desktop.domain.cell_text import (
    DateProblem,
    cell_text,
    looks_scientific,
    parse_date,
    parse_kind,
    parse_yes_no,
    unguard,
)
from citrus_desktop.domain.contracts import ContractData, check_contract
from citrus_desktop.domain.customers import CustomerData, check_customer
from citrus_desktop.domain.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    ValidationError,
)
from citrus_desktop.domain.import_fields import ImportField, fields_of
from citrus_desktop.domain.import_memory import (
    ImportMemory,
    StoredContract,
    StoredCustomer,
    StoredItem,
    StoredSite,
)
from citrus_desktop.domain.items import ItemData, check_item, normalize_serial, serial_key
from citrus_desktop.domain.product_types import ProductTypeData, check_product_type
from citrus_desktop.domain.saving import write_row
from citrus_desktop.domain.session import actor
from citrus_desktop.domain.sheet_files import Row
from citrus_desktop.domain.sites import SiteData, check_site
from citrus_desktop.domain.tax_ids import digits, is_valid_cnpj, is_valid_cpf
from citrus_desktop.i18n import translate
from citrus_desktop.store.bulk import insert_rows
from citrus_desktop.store.models import Contract, Customer, InventoryItem, ProductType, Site, db
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


class _Writes:
    """Where an import's rows go: nowhere for a check, the open transaction for a run."""

    def __init__(self, active: bool):
        self.active = active
        self._placeholder = 0
        self._items: list[tuple] = []
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
        return write_row(model, None, 0, values)

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
        return self._pass(rows, _Writes(False), total, keep, progress, cancelled, delivered)

    def run(
        self,
        rows: Iterable[Row],
        *,
        total: int = 0,
        keep: str = "problems",
        expected: Sequence[tuple[int, str]] | None = None,
        summary: str = "",
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Import the valid rows in one transaction, as one history batch. With ``expected``
        (a preview's statuses) nothing is written unless every row comes out the same."""
        try:
            with writing("import", summary) as batch:
                writes = _Writes(True)
                result = self._pass(rows, writes, total, keep, progress, cancelled, None)
                writes.flush()
                if expected is not None and list(expected) != result.statuses:
                    raise ImportChanged(result)
                result.batch_id = batch.id
                result.written = result.totals.written > 0
            return result
        except (ConflictError, NotFoundError) as error:
            raise ImportFailed(
                translate(
                    "Import", "Someone else changed a record during the import, so nothing was imported: %1"
                ).replace("%1", str(error))
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
        writes: _Writes,
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
            if self.list_name == "inventory":
                memory.read_items(
                    normalize_serial(self._text(cells, "serial_number")[0]) for _line, cells in chunk
                )
            checked: list[RowResult] = []
            for line, cells in chunk:
                row = (
                    self._item_row(line, cells, memory, writes)
                    if self.list_name == "inventory"
                    else (self._customer_row(line, cells, memory, writes))
                )
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

    def _finish(self, result: RowResult, memory: ImportMemory, writes: _Writes) -> RowResult:
        accepted = result.status != ERROR
        writes.end_row(accepted)
        if accepted:
            memory.accept_row()
        else:
            memory.reject_row()
        return result

    # Inventory rows
    def _item_row(
        self, line: int, cells: Sequence[object], memory: ImportMemory, writes: _Writes
    ) -> RowResult:
        problems: dict[str, str] = {}
        warnings: list[str] = []
        texts = self._texts(cells, problems, warnings)
        serial = normalize_serial(texts["serial_number"])
        self._digits_lost("serial_number", serial, problems)
        key = serial_key(serial)
        if serial and key in memory.serial_lines:
            problems["serial_number"] = (
                translate("Import", "“%1” is also on line %2 of this file.")
                .replace("%1", serial)
                .replace("%2", str(memory.serial_lines[key]))
            )
            return self._finish(self._result(line, problems, warnings, ERROR), memory, writes)
        stored = memory.item_with(serial) if serial else None
        if stored is not None and self.options.existing == "skip":
            memory.take_serial(key, line)
            note = translate("Import", "already in the database (skipped)")
            return self._finish(RowResult(line, SKIP, (), tuple(warnings), note), memory, writes)
        updating = stored if self.options.existing == "update" else None
        creates: list[str] = []
        customer_id = self._customer_of(texts, updating, problems, memory, writes, creates)
        contract_id = site_id = None
        if customer_id is not None:
            contract_id = self._contract_of(
                texts, customer_id, updating, problems, warnings, memory, writes, creates
            )
            site_id = self._site_of(texts, customer_id, updating, problems, warnings, memory, writes, creates)
        type_id = self._type_of(texts, updating, problems, warnings, memory, writes, creates)
        data = ItemData(
            serial_number=serial,
            customer_id=customer_id,
            contract_id=contract_id,
            site_id=site_id,
            product_type_id=type_id,
            description=self._optional(texts, "description", updating),
            observation=self._optional(texts, "observation", updating),
            id=updating.id if updating else None,
            version=updating.version if updating else 0,
        )
        values: dict[str, Any] = {}
        try:
            values = check_item(data, memory)
        except ValidationError as error:
            for name, message in error.errors.items():
                key_of = _ITEM_FIELDS.get(name, "")
                if key_of in ("customer", "contract", "site", "product_type") and getattr(data, name) is None:
                    continue  # already said why it is missing
                problems.setdefault(key_of, message)
        if problems:
            return self._finish(self._result(line, problems, warnings, ERROR), memory, writes)
        memory.take_serial(key, line)
        if updating is not None:
            changed = _item_changes(updating, values, self)
            if not changed:
                note = translate("Import", "already up to date (skipped)")
                return self._finish(RowResult(line, SKIP, (), tuple(warnings), note), memory, writes)
            writes.update(InventoryItem, updating.id, updating.version, values)
            note = translate("Import", "changes %1").replace("%1", ", ".join(changed))
            return self._finish(self._result(line, {}, warnings, UPDATE, note, creates), memory, writes)
        writes.add_item(values)
        return self._finish(self._result(line, {}, warnings, NEW, "", creates), memory, writes)

    def _optional(self, texts: dict[str, str], key: str, stored: Any) -> str:
        if key in texts:
            return texts[key]
        return getattr(stored, key) if stored is not None else ""

    def _customer_of(
        self,
        texts: dict[str, str],
        stored: StoredItem | None,
        problems: dict[str, str],
        memory: ImportMemory,
        writes: _Writes,
        creates: list[str],
    ) -> int | None:
        name = texts.get("customer", "").strip()
        if "customer" not in texts and stored is not None:
            return stored.customer_id
        if not self._required("customer", name, problems):
            return None
        found = memory.customers_called(name)
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            problems["customer"] = (
                translate("Import", "%1 customers are named “%2”; rename one of them to import this row.")
                .replace("%1", str(len(found)))
                .replace("%2", name)
            )
            return None
        if not self.options.create_missing:
            problems["customer"] = self._missing(translate("Import", "There is no customer “%1”."), name)
            return None
        data = CustomerData(name=name)
        try:
            values = check_customer(data, memory)
        except ValidationError as error:
            problems["customer"] = next(iter(error.errors.values()))
            return None
        customer_id = writes.create(Customer, values)
        memory.add_customer(StoredCustomer(customer_id, 1, values["name"], "", "", "", "", True))
        creates.append("customer")
        return customer_id

    def _missing(self, sentence: str, name: str) -> str:
        return (
            sentence.replace("%1", name)
            + " "
            + translate("Import", "Choose “Create missing records” to add it, or fix the name.")
        )

    def _date(self, key: str, problems: dict[str, str], texts: dict[str, str]) -> date | None:
        if key not in texts:
            return None
        try:
            return parse_date(texts[key], self.options.date_order)
        except DateProblem as problem:
            problems.setdefault(key, str(problem))
            return None

    def _contract_of(
        self,
        texts: dict[str, str],
        customer_id: int,
        stored: StoredItem | None,
        problems: dict[str, str],
        warnings: list[str],
        memory: ImportMemory,
        writes: _Writes,
        creates: list[str],
    ) -> int | None:
        if "contract" not in texts and stored is not None and stored.customer_id == customer_id:
            return stored.contract_id
        code = texts.get("contract", "").strip()
        if not self._required("contract", code, problems):
            return None
        start = self._date("contract_start", problems, texts)
        end = self._date("contract_end", problems, texts)
        found = memory.contract_named(customer_id, code)
        if found is not None:
            contract = memory.contracts[found]
            given = {k: v for k, v in (("contract_start", start), ("contract_end", end)) if k in self.columns}
            if any(
                getattr(contract, "start_date" if k == "contract_start" else "end_date") != v
                for k, v in given.items()
            ):
                warnings.append(
                    translate(
                        "Import", "Contract “%1” already exists with other dates; its dates stay as they are."
                    ).replace("%1", contract.code)
                )
            return found
        if not self.options.create_missing:
            problems["contract"] = self._missing(
                translate("Import", "Customer “%2” has no contract “%1”.").replace(
                    "%2", memory.customers[customer_id].name
                ),
                code,
            )
            return None
        if "contract_start" in problems or "contract_end" in problems:
            return None
        data = ContractData(customer_id=customer_id, code=code, start_date=start, end_date=end)
        try:
            values = check_contract(data, memory)
        except ValidationError as error:
            name, message = next(iter(error.errors.items()))
            problems[
                "contract_end" if name == "end_date" and "contract_end" in self.columns else "contract"
            ] = message
            return None
        contract_id = writes.create(Contract, values)
        memory.add_contract(contract_id, StoredContract(customer_id, values["code"], start, end))
        creates.append("contract")
        return contract_id

    def _site_of(
        self,
        texts: dict[str, str],
        customer_id: int,
        stored: StoredItem | None,
        problems: dict[str, str],
        warnings: list[str],
        memory: ImportMemory,
        writes: _Writes,
        creates: list[str],
    ) -> int | None:
        if "site" not in texts and stored is not None and stored.customer_id == customer_id:
            return stored.site_id
        name = texts.get("site", "").strip()
        if not self._required("site", name, problems):
            return None
        city, state = texts.get("site_city", ""), texts.get("site_state", "")
        found = memory.site_named(customer_id, name)
        if found is not None:
            site = memory.sites[found]
            if ("site_city" in texts and city.strip() != site.city) or (
                "site_state" in texts and state.strip().upper() != site.state
            ):
                warnings.append(
                    translate(
                        "Import", "Site “%1” already exists with another city or state; it stays as it is."
                    ).replace("%1", site.name)
                )
            return found
        if not self.options.create_missing:
            problems["site"] = self._missing(
                translate("Import", "Customer “%2” has no site “%1”.").replace(
                    "%2", memory.customers[customer_id].name
                ),
                name,
            )
            return None
        data = SiteData(customer_id=customer_id, name=name, city=city, state=state)
        try:
            values = check_site(data, memory)
        except ValidationError as error:
            name_of, message = next(iter(error.errors.items()))
            target = {"city": "site_city", "state": "site_state"}.get(name_of, "site")
            problems[target if target in self.columns else "site"] = message
            return None
        site_id = writes.create(Site, values)
        memory.add_site(site_id, StoredSite(customer_id, values["name"], values["city"], values["state"]))
        creates.append("site")
        return site_id

    def _type_of(
        self,
        texts: dict[str, str],
        stored: StoredItem | None,
        problems: dict[str, str],
        warnings: list[str],
        memory: ImportMemory,
        writes: _Writes,
        creates: list[str],
    ) -> int | None:
        if "product_type" not in texts and stored is not None:
            return stored.product_type_id
        name = texts.get("product_type", "").strip()
        if not self._required("product_type", name, problems):
            return None
        kind_text = texts.get("type_kind", "").strip()
        kind = parse_kind(kind_text) if kind_text else None
        if kind_text and kind is None:
            problems["type_kind"] = translate("Validation", "Kind must be Product or Service.")
            return None
        found = memory.type_named(name)
        if found is not None:
            if kind is not None and kind != memory.types[found][1]:
                warnings.append(
                    translate(
                        "Import", "Type “%1” already exists with the other kind; it stays as it is."
                    ).replace("%1", memory.types[found][0])
                )
            return found
        if not self.options.create_missing:
            problems["product_type"] = self._missing(translate("Import", "There is no type “%1”."), name)
            return None
        data = ProductTypeData(name=name, kind=kind or "product")
        try:
            values = check_product_type(data, memory)
        except ValidationError as error:
            problems["product_type"] = next(iter(error.errors.values()))
            return None
        type_id = writes.create(ProductType, values)
        memory.add_type(type_id, values["name"], values["kind"])
        creates.append("product_type")
        return type_id

    # Customer rows
    def _customer_row(
        self, line: int, cells: Sequence[object], memory: ImportMemory, writes: _Writes
    ) -> RowResult:
        problems: dict[str, str] = {}
        warnings: list[str] = []
        texts = self._texts(cells, problems, warnings)
        name = texts["name"].strip()
        tax_id = self._tax_id(cells, texts, problems, warnings)
        identity = tax_id or memory.fold(name)
        if identity and identity in memory.customer_lines:
            field_key = "tax_id" if tax_id else "name"
            problems[field_key] = (
                translate("Import", "“%1” is also on line %2 of this file.")
                .replace("%1", texts.get(field_key, name).strip())
                .replace("%2", str(memory.customer_lines[identity]))
            )
            return self._finish(self._result(line, problems, warnings, ERROR), memory, writes)
        stored: StoredCustomer | None = None
        if tax_id and tax_id in memory.customer_by_tax_id:
            stored = memory.customers[memory.customer_by_tax_id[tax_id]]
        elif not tax_id and name:
            same = memory.customers_called(name)
            if len(same) > 1:
                problems["name"] = (
                    translate(
                        "Import", "%1 customers are named “%2”; give this row their CPF/CNPJ to choose one."
                    )
                    .replace("%1", str(len(same)))
                    .replace("%2", name)
                )
                return self._finish(self._result(line, problems, warnings, ERROR), memory, writes)
            stored = memory.customers[same[0]] if same else None
        if stored is not None and self.options.existing == "skip":
            memory.take_customer(identity, line)
            note = translate("Import", "already in the database (skipped)")
            return self._finish(RowResult(line, SKIP, (), tuple(warnings), note), memory, writes)
        if stored is not None and self.options.existing == "error" and not tax_id:
            problems["name"] = translate(
                "Import", "A customer named “%1” is already in the database."
            ).replace("%1", stored.name)
            return self._finish(self._result(line, problems, warnings, ERROR), memory, writes)
        updating = stored if self.options.existing == "update" else None
        active = updating.active if updating else True
        if "active" in texts and texts["active"].strip():
            parsed = parse_yes_no(texts["active"])
            if parsed is None:
                problems["active"] = translate("Import", "write Yes or No")
            else:
                active = parsed
        data = CustomerData(
            name=name,
            tax_id=tax_id if "tax_id" in texts else (updating.tax_id if updating else ""),
            email=self._optional(texts, "email", updating),
            phone=self._optional(texts, "phone", updating),
            notes=self._optional(texts, "notes", updating),
            active=active,
            id=updating.id if updating else None,
            version=updating.version if updating else 0,
        )
        values: dict[str, Any] = {}
        try:
            values = check_customer(data, memory)
        except ValidationError as error:
            for name_of, message in error.errors.items():
                problems.setdefault(name_of, message)
        if problems:
            return self._finish(self._result(line, problems, warnings, ERROR), memory, writes)
        memory.take_customer(identity, line)
        if updating is not None:
            changed = _customer_changes(updating, values, self)
            if not changed:
                note = translate("Import", "already up to date (skipped)")
                return self._finish(RowResult(line, SKIP, (), tuple(warnings), note), memory, writes)
            writes.update(Customer, updating.id, updating.version, values)
            memory.add_customer(
                StoredCustomer(
                    updating.id,
                    updating.version + 1,
                    values["name"],
                    values["tax_id"] or "",
                    values["email"],
                    values["phone"],
                    values["notes"],
                    values["active"],
                )
            )
            note = translate("Import", "changes %1").replace("%1", ", ".join(changed))
            return self._finish(self._result(line, {}, warnings, UPDATE, note), memory, writes)
        customer_id = writes.create(Customer, values)
        memory.add_customer(
            StoredCustomer(
                customer_id,
                1,
                values["name"],
                values["tax_id"] or "",
                values["email"],
                values["phone"],
                values["notes"],
                values["active"],
            )
        )
        return self._finish(self._result(line, {}, warnings, NEW), memory, writes)

    def _tax_id(
        self, cells: Sequence[object], texts: dict[str, str], problems: dict[str, str], warnings: list[str]
    ) -> str:
        """The CPF/CNPJ's digits; a number cell that lost its leading zeros gets them back when
        the check digits then match (and the row says so)."""
        text = texts.get("tax_id", "")
        self._digits_lost("tax_id", text, problems)
        number = digits(text)
        index = self.columns.get("tax_id")
        numeric = index is not None and index < len(cells) and isinstance(cells[index], int | float)
        if numeric and number and len(number) not in (11, 14):
            for width, valid in ((11, is_valid_cpf), (14, is_valid_cnpj)):
                if len(number) < width and valid(number.zfill(width)):
                    warnings.append(
                        translate(
                            "Import",
                            "CPF/CNPJ: the spreadsheet stored %1 as a number; its leading zeros are put back",
                        ).replace("%1", text)
                    )
                    texts["tax_id"] = number.zfill(width)
                    return number.zfill(width)
        return number


_ITEM_FIELDS = {
    "serial_number": "serial_number",
    "customer_id": "customer",
    "contract_id": "contract",
    "site_id": "site",
    "product_type_id": "product_type",
    "description": "description",
    "observation": "observation",
    "": "",
}


def _item_changes(stored: StoredItem, values: dict[str, Any], importer: Importer) -> list[str]:
    pairs = (
        ("serial_number", stored.serial_number, values["serial_number"]),
        ("customer", stored.customer_id, values["customer"]),
        ("contract", stored.contract_id, values["contract"]),
        ("site", stored.site_id, values["site"]),
        ("product_type", stored.product_type_id, values["product_type"]),
        ("description", stored.description, values["description"]),
        ("observation", stored.observation, values["observation"]),
    )
    return [importer.title(key) for key, old, new in pairs if old != new]


def _customer_changes(stored: StoredCustomer, values: dict[str, Any], importer: Importer) -> list[str]:
    pairs = (
        ("name", stored.name, values["name"]),
        ("tax_id", stored.tax_id or "", values["tax_id"] or ""),
        ("email", stored.email, values["email"]),
        ("phone", stored.phone, values["phone"]),
        ("notes", stored.notes, values["notes"]),
        ("active", bool(stored.active), bool(values["active"])),
    )
    return [importer.title(key) for key, old, new in pairs if old != new]


def rows_with_problems(result: ImportResult) -> Iterator[RowResult]:
    return (row for row in result.rows if row.status == ERROR)
