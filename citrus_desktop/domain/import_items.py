"""Importing inventory rows: each row's customer, contract, site and type found by name (or
created, when asked), then the item checked by `check_item` and written."""

from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from typing import Any

from citrus_desktop.domain import access
from citrus_desktop.domain.cell_text import DateProblem, parse_date, parse_kind
from citrus_desktop.domain.contracts import ContractData, check_contract
from citrus_desktop.domain.customers import CustomerData, check_customer
from citrus_desktop.domain.errors import ValidationError
from citrus_desktop.domain.import_memory import (
    ImportMemory,
    StoredContract,
    StoredCustomer,
    StoredItem,
    StoredSite,
)
from citrus_desktop.domain.import_rows import ERROR, NEW, SKIP, UPDATE, Importer, RowResult, Writes
from citrus_desktop.domain.items import ItemData, check_item, normalize_serial
from citrus_desktop.domain.product_types import ProductTypeData, check_product_type
from citrus_desktop.domain.sheet_files import Row
from citrus_desktop.domain.sites import SiteData, check_site
from citrus_desktop.i18n import translate
from citrus_desktop.store.bulk import bulk_load
from citrus_desktop.store.models import Contract, Customer, InventoryItem, ProductType, Site, db
from citrus_desktop.store.schema import dialect_of


class ItemImporter(Importer):
    """Rows into the inventory; a serial already stored is skipped, updated or an error."""

    def _loading(self) -> AbstractContextManager[None]:
        # Into an empty SQLite inventory the rows go in without index upkeep, the indexes and
        # search triggers rebuilt once at the end (`bulk_load`): several times faster. The write
        # lock is held, so the file's own serials are all there is to check them against.
        self.empty_at_start = dialect_of(db.obj) == "sqlite" and not InventoryItem.select().exists()
        return bulk_load("inventory_item") if self.empty_at_start else nullcontext()

    def _read_ahead(self, chunk: list[Row], memory: ImportMemory) -> None:
        if self.empty_at_start:
            return
        memory.read_items(normalize_serial(self._text(cells, "serial_number")[0]) for _line, cells in chunk)

    def _row(self, line: int, cells: Sequence[object], memory: ImportMemory, writes: Writes) -> RowResult:
        problems: dict[str, str] = {}
        warnings: list[str] = []
        texts = self._texts(cells, problems, warnings)
        serial = normalize_serial(texts["serial_number"])
        self._digits_lost("serial_number", serial, problems)
        key = memory.serial_key(serial)
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

    def _customer_of(
        self,
        texts: dict[str, str],
        stored: StoredItem | None,
        problems: dict[str, str],
        memory: ImportMemory,
        writes: Writes,
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
            + translate("Import", "Fix the name, or choose to create missing records (--create-missing).")
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
        writes: Writes,
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
        writes: Writes,
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
            if (city.strip() and city.strip() != site.city) or (
                state.strip() and state.strip().upper() != site.state
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
        writes: Writes,
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
        refusal = access.current().refusal("product_type")
        if refusal is not None:  # an editor: types are the administrators' (DESIGN §9)
            problems["product_type"] = (
                translate("Import", "There is no type “%1”, and your role may not create it: %2")
                .replace("%1", name)
                .replace("%2", refusal)
            )
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
