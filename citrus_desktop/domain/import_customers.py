"""Importing customer rows: a customer is known by its CPF/CNPJ, or by its name when the row
has none; each row is checked by `check_customer` and written."""

from collections.abc import Sequence
from typing import Any

from citrus_desktop.domain.cell_text import parse_yes_no
from citrus_desktop.domain.customers import CustomerData, check_customer
from citrus_desktop.domain.errors import ValidationError
from citrus_desktop.domain.import_memory import ImportMemory, StoredCustomer
from citrus_desktop.domain.import_rows import ERROR, NEW, SKIP, UPDATE, Importer, RowResult, Writes
from citrus_desktop.domain.phrases import customers_phrase
from citrus_desktop.domain.tax_ids import canonical, is_valid_cnpj, is_valid_cpf
from citrus_desktop.i18n import translate
from citrus_desktop.store.models import Customer


class CustomerImporter(Importer):
    """Rows into the customers list; a customer already stored is skipped, updated or an error."""

    records_phrase = staticmethod(customers_phrase)

    def _row(self, line: int, cells: Sequence[object], memory: ImportMemory, writes: Writes) -> RowResult:
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
        """The CPF/CNPJ as stored (`canonical`); a number cell that lost its leading zeros gets
        them back when the check digits then match (and the row says so)."""
        text = texts.get("tax_id", "")
        self._digits_lost("tax_id", text, problems)
        number = canonical(text)
        index = self.columns.get("tax_id")
        numeric = index is not None and index < len(cells) and isinstance(cells[index], int | float)
        if numeric and number.isdigit() and len(number) not in (11, 14):
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
