"""Import (DESIGN §7) of the files LibreOffice made (tests/data): every row checked by the domain's
rules and named by its line, nothing written by a check, all-or-nothing when written, and files
exported by the app coming back unchanged."""

from datetime import date
from pathlib import Path

import pytest

from citrus_desktop.domain import import_rows
from citrus_desktop.domain.contracts import ContractData, save_contract
from citrus_desktop.domain.exporting import export_list
from citrus_desktop.domain.history import describe_batch, entry_counts
from citrus_desktop.domain.import_fields import fields_of, guess_mapping
from citrus_desktop.domain.import_report import problem_lines, save_rows_in_error
from citrus_desktop.domain.importing import (
    ImportCancelled,
    ImportChanged,
    ImportOptions,
    ImportResult,
    importer_for,
)
from citrus_desktop.domain.items import ItemData, save_item
from citrus_desktop.domain.list_sources import CustomerSource, InventorySource
from citrus_desktop.domain.sheet_files import open_sheet, read_rows
from citrus_desktop.domain.undo import current_generation, revert
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.store.models import Contract, Customer, InventoryItem, Site
from tests.ui.seed import seed_database
from tests.unit.conftest import table_rows

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def shop(db_path):
    """The UI tests' data: ACME (CT-ACME-1, CT-ACME-2, Matriz; SN-0001..3), Beta (CT-BETA-1,
    Filial Norte; LIC-9), Empty Clínica; types Impressora térmica and Licença Microsoft 365."""
    seed = seed_database(str(db_path))
    database = open_database(str(db_path))
    yield seed, database
    close_database()


def importer(path: Path, list_name: str = "inventory", **options):
    rows = list(read_rows(open_sheet(path)))
    headers = [str(cell) for cell in rows[0][1]]
    chosen = importer_for(
        list_name, headers, guess_mapping(headers, fields_of(list_name)), ImportOptions(**options)
    )
    return chosen, rows[1:]


def check(name: str, list_name: str = "inventory", **options) -> ImportResult:
    chosen, rows = importer(DATA / name, list_name, **options)
    return chosen.check(rows)


def statuses(result: ImportResult) -> dict[int, str]:
    return dict(result.statuses)


def test_the_excel_csv_comes_in_with_its_accents_and_multiline_cell(shop):
    _seed, database = shop
    before = table_rows(database)
    preview = check("inventario-excel-cp1252.csv")
    assert statuses(preview) == {2: "new", 4: "new", 5: "new", 6: "skip"}
    assert table_rows(database) == before  # a check writes nothing
    chosen, rows = importer(DATA / "inventario-excel-cp1252.csv")
    result = chosen.run(rows, expected=preview.statuses, source="inventario-excel-cp1252.csv")
    assert result.written and (result.totals.new, result.totals.skip) == (3, 1)
    # One history batch: the three items, named by what was imported, and Undo reverses it whole.
    assert result.batch_id is not None
    assert entry_counts(result.batch_id) == {("inventory_item", "c"): 3}
    assert describe_batch(result.batch_id) == "import of 3 items from inventario-excel-cp1252.csv"
    ean = InventoryItem.get(InventoryItem.serial_number == "7891234567895")
    assert ean.observation == "Linha 1\nLinha 2: manutenção trimestral"
    assert ean.customer.name == "ACME Indústria Ltda." and ean.contract.code == "CT-ACME-1"
    assert (
        InventoryItem.get(InventoryItem.serial_number == "PAT-ÇÃO-7").observation
        == "Licença anual – não renovar"
    )


def test_missing_records_are_created_only_when_asked(shop):
    without = check("inventory-utf8-bom.csv")
    assert statuses(without) == {2: "new", 3: "error"}
    assert [str(problem) for problem in without.rows[1].problems] == [
        "Contract: Customer “Empty Clínica” has no contract “CT-NEW-1”. "
        "Fix the name, or choose to create missing records (--create-missing).",
        "Site: Customer “Empty Clínica” has no site “Unidade Sul”. "
        "Fix the name, or choose to create missing records (--create-missing).",
        "Type: There is no type “Switch gerenciável”. "
        "Fix the name, or choose to create missing records (--create-missing).",
    ]
    chosen, rows = importer(DATA / "inventory-utf8-bom.csv", create_missing=True)
    result = chosen.run(rows)
    assert result.totals.created == {"customer": 0, "contract": 1, "site": 1, "product_type": 1}
    item = InventoryItem.get(InventoryItem.serial_number == "SN-EN-2")
    assert (item.contract.code, item.site.name, item.product_type.name) == (
        "CT-NEW-1",
        "Unidade Sul",
        "Switch gerenciável",
    )
    assert item.contract.customer_id == item.customer_id == item.site.customer_id


@pytest.mark.parametrize("name", ["inventario.xlsx", "inventario.ods"])
def test_workbooks_bring_number_cells_as_digits_and_date_cells_for_new_contracts(shop, name):
    chosen, rows = importer(DATA / name, create_missing=True)
    result = chosen.run(rows)
    assert statuses(result) == {2: "new", 3: "new", 4: "new"}
    assert result.rows[-1].line == 4 and "keeps only 15 digits" in result.rows[-1].warnings[0]
    item = InventoryItem.get(InventoryItem.serial_number == "7891234567888")
    assert item.contract.start_date == date(2025, 3, 5)
    assert (item.site.city, item.site.state) == ("Recife", "PE")
    assert item.product_type.kind == "product"


def test_every_problem_is_named_by_its_line_and_field(shop):
    _seed, database = shop
    before = table_rows(database)
    result = check("inventario-problemas-cp1252.csv", existing="error")
    assert problem_lines(result.rows) == [
        "2: Serial number: Serial number is required.",
        "4: Serial number: “sn-dup-1” is also on line 3 of this file.",
        "5: Customer: There is no customer “Cliente Inexistente Ltda.”. "
        "Fix the name, or choose to create missing records (--create-missing).",
        "6: Contract: Customer “ACME Indústria Ltda.” has no contract “CT-BETA-1”. "
        "Fix the name, or choose to create missing records (--create-missing).",
        "7: Serial number: the spreadsheet wrote this number in exponent form (7.89E+12), so its digits are "
        "lost; format the column as text and save the file again",
        "8: Type: Type is required.",
        "9: Serial number: Serial number “SN-0001” is already used by an item of customer "
        "“ACME Indústria Ltda.”.",
        "10: Contract start: “30/02/2025” is not a date (dates are read as day/month/year, e.g. 31/12/2025).",
    ]
    assert statuses(result)[3] == statuses(result)[11] == "new"
    assert table_rows(database) == before


def test_rows_in_error_are_saved_to_fix_and_import_again(shop, tmp_path):
    result = check("inventario-problemas-cp1252.csv")
    headers = [str(cell) for cell in rows_of_header("inventario-problemas-cp1252.csv")]
    target = tmp_path / "erros.csv"
    assert save_rows_in_error(target, headers, result.rows, "pt_BR") == 7
    saved = list(read_rows(open_sheet(target)))
    assert saved[0][1] == [*headers, "Problem"]
    serials = [cells[0] for _line, cells in saved[1:]]
    assert serials == ["", "sn-dup-1", "SN-P-4", "SN-P-5", "7.89E+12", "SN-P-7", "SN-P-9"]
    assert saved[1][1][-1] == "line 2: Serial number: Serial number is required."
    again, rows = importer(target)  # the Problem column is not imported; sn-dup-1 is alone now
    checked = again.check(rows)
    assert [line for line, status in checked.statuses if status == "error"] == [2, 4, 5, 6, 7, 8]


def rows_of_header(name: str) -> list[object]:
    return next(read_rows(open_sheet(DATA / name)))[1]


def test_existing_rows_are_updated_only_in_the_fields_the_file_has(shop, tmp_path):
    exported = tmp_path / "inventario.csv"
    export_list(InventorySource(), exported, language="pt_BR")
    text = exported.read_text(encoding="utf-8-sig").replace("Zebra ZD220", "Zebra ZD230")
    exported.write_text(text, encoding="utf-8-sig")
    chosen, rows = importer(exported, existing="update")
    result = chosen.run(rows)
    assert (result.totals.update, result.totals.skip) == (1, 3)
    assert [row.note for row in result.rows if row.status == "update"] == []  # kept: problems only
    item = InventoryItem.get(InventoryItem.serial_number == "SN-0001")
    assert (item.description, item.version, item.updated_by) == ("Zebra ZD230", 2, "tester")


def test_a_database_changed_since_the_preview_writes_nothing(shop):
    seed, database = shop
    chosen, rows = importer(DATA / "inventario-excel-cp1252.csv")
    preview = chosen.check(rows)
    save_item(  # someone else saves one of the file's serials meanwhile
        ItemData(
            serial_number="SN-2025-0101",
            customer_id=seed.beta,
            contract_id=seed.beta_contract,
            site_id=seed.beta_site,
            product_type_id=seed.licence,
        )
    )
    before = table_rows(database)
    with pytest.raises(ImportChanged) as changed:
        chosen.run(rows, expected=preview.statuses)
    assert statuses(changed.value.result)[4] == "skip"
    assert table_rows(database) == before


def test_a_cancelled_import_writes_nothing(shop, monkeypatch):
    _seed, database = shop
    monkeypatch.setattr(import_rows, "PROGRESS_EVERY", 1)
    chosen, rows = importer(DATA / "inventario-excel-cp1252.csv")
    before = table_rows(database)
    asked = []
    with pytest.raises(ImportCancelled):
        chosen.run(rows, cancelled=lambda: bool(asked.append(1)) or len(asked) > 2)
    assert table_rows(database) == before


def test_customers_come_in_with_cpf_zeros_put_back_and_yes_no_words(shop):
    chosen, rows = importer(DATA / "clientes.xlsx", "customers")
    result = chosen.run(rows)
    assert statuses(result) == {2: "new", 3: "new", 4: "skip"}
    assert "leading zeros are put back" in result.rows[0].warnings[0]
    joao = Customer.get(Customer.name == "João da Silva Conceição")
    assert (joao.tax_id, joao.active, joao.phone) == ("01234567890", False, "11987654321")
    horizonte = Customer.get(Customer.tax_id == "11444777000161")
    assert horizonte.notes == "Cliente desde 2019" and horizonte.active


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_exported_files_import_back_unchanged(shop, tmp_path, suffix):
    contract = Contract.get(Contract.code == "CT-ACME-1")
    save_contract(ContractData(customer_id=contract.customer_id, code="=CT-FORMULA", description="x"))
    site = Site.get(Site.name == "Matriz")
    item = InventoryItem.get(InventoryItem.serial_number == "SN-0002")
    save_item(
        ItemData(
            serial_number="+55-0001",
            customer_id=site.customer_id,
            contract_id=Contract.get(Contract.code == "=CT-FORMULA").id,
            site_id=site.id,
            product_type_id=item.product_type_id,
            description='=HYPERLINK("http://x","y")',
            observation="@risco\nlinha 2",
        )
    )
    items, customers = tmp_path / f"items.{suffix}", tmp_path / f"customers.{suffix}"
    export_list(InventorySource(), items, language="pt_BR")
    export_list(CustomerSource(), customers, language="pt_BR")
    same, rows = importer(items, existing="update")
    assert {row.status for row in same.check(rows).rows} == {"skip"}  # all "already up to date"
    empty = tmp_path / "empty.db"
    close_database()
    open_database(str(empty))
    for path, list_name in ((customers, "customers"), (items, "inventory")):
        chosen, rows = importer(path, list_name, create_missing=True)
        assert chosen.run(rows).totals.error == 0
    again_items, again_customers = tmp_path / f"again-items.{suffix}", tmp_path / f"again-customers.{suffix}"
    export_list(InventorySource(), again_items, language="pt_BR")
    export_list(CustomerSource(), again_customers, language="pt_BR")
    assert list(read_rows(open_sheet(again_items))) == list(read_rows(open_sheet(items)))
    assert list(read_rows(open_sheet(again_customers))) == list(read_rows(open_sheet(customers)))
    if suffix == "csv":
        assert again_items.read_bytes() == items.read_bytes()


def test_undo_of_an_import_removes_everything_it_created(shop):
    _seed, database = shop
    before = table_rows(database)
    chosen, rows = importer(DATA / "inventory-utf8-bom.csv", create_missing=True)
    result = chosen.run(rows, source="inventory-utf8-bom.csv")
    assert result.batch_id is not None
    assert entry_counts(result.batch_id) == {
        ("inventory_item", "c"): 2,
        ("contract", "c"): 1,
        ("site", "c"): 1,
        ("product_type", "c"): 1,
    }
    revert(result.batch_id, "undo", current_generation())
    assert table_rows(database) == before
