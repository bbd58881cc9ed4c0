"""Export (DESIGN §7): the rows a list shows, every field, CSV that Excel in Brazil opens right,
XLSX with a bold frozen header, formulas written as text, nothing left behind when cancelled."""

import csv
import zipfile
from datetime import date
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from citrus_desktop.domain import exporting
from citrus_desktop.domain.cell_text import guard_formula
from citrus_desktop.domain.exporting import ExportCancelled, ExportError, export_list
from citrus_desktop.domain.list_sources import (
    ContractSource,
    CustomerSource,
    InventorySource,
    ProductTypeSource,
)
from citrus_desktop.ui.translations import install_translators

HYPERLINK = '=HYPERLINK("http://example.com/?x","Clique aqui")'


@pytest.fixture
def portuguese(qapp):
    install_translators("pt_BR")
    yield
    install_translators("en")


@pytest.fixture
def stocked(make):
    acme = make.customer("ACME Indústria Ltda.", tax_id="11.222.333/0001-81")
    beta = make.customer("Beta Comércio S.A.", active=False)
    contract = make.contract(acme, "CT-1", start_date=date(2025, 3, 5), end_date=date(2026, 3, 4))
    site = make.site(acme, "São Paulo – Matriz")
    printer = make.product_type("Impressora térmica")
    licence = make.product_type("Licença Microsoft 365", kind="service")
    for serial, description, observation in (
        ("SN-0002", "Zebra ZD220", "Linha 1\nLinha 2; com ponto e vírgula"),
        ("SN-0001", HYPERLINK, "+55 11 3333-4444"),
        ("7891234567895", "Elgin i9", "-"),
    ):
        make.item(
            acme,
            serial,
            contract_id=contract,
            site_id=site,
            product_type_id=printer,
            description=description,
            observation=observation,
        )
    make.item(beta, "LIC-9", product_type_id=licence, description="Business Standard")
    return acme


def read_csv(path: Path, separator: str) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel then reads the accents right
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=separator))


def test_csv_in_portuguese_has_semicolons_portuguese_headers_and_every_field(stocked, tmp_path, portuguese):
    target = tmp_path / "inventario.csv"
    result = export_list(InventorySource(), target, language="pt_BR")
    rows = read_csv(target, ";")
    assert result.rows == 4
    assert rows[0] == ["Número de série", "Cliente", "Contrato", "Site", "Tipo", "Descrição", "Observação"]
    assert [row[0] for row in rows[1:]] == ["7891234567895", "LIC-9", "SN-0001", "SN-0002"]
    zebra = rows[4]
    assert zebra[1:5] == ["ACME Indústria Ltda.", "CT-1", "São Paulo – Matriz", "Impressora térmica"]
    assert zebra[6] == "Linha 1\nLinha 2; com ponto e vírgula"
    assert b"\r\n" in target.read_bytes()


def test_csv_in_english_has_commas(stocked, tmp_path):
    target = tmp_path / "inventory.csv"
    export_list(InventorySource(), target, language="en")
    assert read_csv(target, ",")[0][:2] == ["Serial number", "Customer"]


def test_values_a_spreadsheet_would_run_are_written_as_text(stocked, tmp_path):
    target = tmp_path / "inventory.csv"
    export_list(InventorySource(), target)
    rows = {row[0]: row for row in read_csv(target, ",")}
    assert rows["SN-0001"][5] == "'" + HYPERLINK
    assert rows["SN-0001"][6] == "'+55 11 3333-4444"
    assert rows["7891234567895"][6] == "'-"


def test_xlsx_holds_formulas_as_text_with_a_bold_frozen_filtered_header(stocked, tmp_path, portuguese):
    target = tmp_path / "inventario.xlsx"
    export_list(InventorySource(), target, language="pt_BR", sheet_name="Inventário")
    with zipfile.ZipFile(target) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        styles = book.read("xl/styles.xml").decode()
    assert "<f>" not in sheet  # no formula anywhere: the HYPERLINK stays a string
    assert 'ySplit="1"' in sheet and 'state="frozen"' in sheet
    assert '<autoFilter ref="A1:G5"/>' in sheet
    assert "<cols>" in sheet
    assert "<b/>" in styles
    workbook = CalamineWorkbook.from_path(str(target))
    assert workbook.sheet_names == ["Inventário"]
    rows = workbook.get_sheet_by_index(0).to_python()
    assert rows[0][0] == "Número de série"
    values = {row[0]: row for row in rows[1:]}
    assert values["SN-0001"][5] == HYPERLINK
    assert values["7891234567895"][0] == "7891234567895"  # a string cell: no digits lost


def test_filter_and_sort_of_the_list_are_followed(stocked, tmp_path):
    target = tmp_path / "filtered.csv"
    source = InventorySource()
    export_list(source, target, keyword="impressora", sort=0, descending=True)
    serials = [row[0] for row in read_csv(target, ",")[1:]]
    assert serials == ["SN-0002", "SN-0001", "7891234567895"]
    shown = [row[1] for row in source.page(0, 10, "impressora", 0, True)]
    assert serials == shown


def test_words_for_yes_no_and_kinds_and_formatted_tax_ids(stocked, tmp_path, portuguese):
    customers = tmp_path / "clientes.csv"
    export_list(CustomerSource(), customers, language="pt_BR")
    rows = read_csv(customers, ";")
    assert rows[0] == ["Nome", "CPF/CNPJ", "E-mail", "Telefone", "Ativo", "Observações"]
    assert rows[1][:2] == ["ACME Indústria Ltda.", "11.222.333/0001-81"]
    assert [row[4] for row in rows[1:]] == ["Sim", "Não"]
    types = tmp_path / "tipos.csv"
    export_list(ProductTypeSource(), types, language="pt_BR")
    kinds = {row[0]: row[1] for row in read_csv(types, ";")[1:]}
    assert kinds["Impressora térmica"] == "Produto"
    assert kinds["Licença Microsoft 365"] == "Serviço"


def test_contract_dates_are_day_first_in_portuguese_csv_and_dates_in_xlsx(stocked, tmp_path):
    text = tmp_path / "contratos.csv"
    export_list(ContractSource(stocked), text, language="pt_BR")
    row = read_csv(text, ";")[1]
    assert row[:4] == ["CT-1", "", "05/03/2025", "04/03/2026"]
    assert row[-1] == "ACME Indústria Ltda."
    book = tmp_path / "contracts.xlsx"
    export_list(ContractSource(None), book)
    cells = CalamineWorkbook.from_path(str(book)).get_sheet_by_index(0).to_python()[1]
    assert cells[2:4] == [date(2025, 3, 5), date(2026, 3, 4)]


@pytest.mark.parametrize("name", ["list.csv", "list.xlsx"])
def test_cancel_leaves_no_file_and_keeps_an_existing_one(stocked, tmp_path, monkeypatch, name):
    monkeypatch.setattr(exporting, "PROGRESS_EVERY", 1)
    target = tmp_path / name
    target.write_bytes(b"the file that was there")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ExportCancelled):
        export_list(InventorySource(), target, cancelled=cancelled)
    assert target.read_bytes() == b"the file that was there"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


def test_xlsx_refuses_more_rows_than_a_sheet_holds(stocked, tmp_path, monkeypatch):
    monkeypatch.setattr(exporting, "XLSX_ROWS", 4)
    with pytest.raises(ExportError, match="export it as CSV"):
        export_list(InventorySource(), tmp_path / "big.xlsx")
    assert not (tmp_path / "big.xlsx").exists()


def test_a_folder_that_cannot_be_written_is_told(stocked, tmp_path):
    with pytest.raises(ExportError, match="cannot be written"):
        export_list(InventorySource(), tmp_path / "missing" / "list.csv")


def test_an_unknown_extension_is_refused(stocked, tmp_path):
    with pytest.raises(ExportError, match=r"\.csv or \.xlsx"):
        export_list(InventorySource(), tmp_path / "list.pdf")


def test_the_csv_guard_in_sql_agrees_with_the_rule(make, tmp_path):
    texts = ["=SUM(A1)", "+1", "-", "@x", "'=x", "''+1", "'quoted", "plain", "a=b", "", " =x", "'"]
    customer = make.customer("Guarda")
    contract, site, kind = make.contract(customer), make.site(customer), make.product_type()
    for n, text in enumerate(texts):
        make.item(
            customer, f"G-{n:02d}", contract_id=contract, site_id=site, product_type_id=kind, description=text
        )
    target = tmp_path / "guard.csv"
    export_list(InventorySource(), target)
    assert [row[5] for row in read_csv(target, ",")[1:]] == [guard_formula(text) for text in texts]
