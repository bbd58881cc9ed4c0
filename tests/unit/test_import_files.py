"""Reading the files staff import, made by LibreOffice (tests/data/make_files.sh): encodings and
separators detected, line numbers the file's own, number cells as the digits the user sees."""

from datetime import date
from pathlib import Path

import pytest

from citrus_desktop.domain.cell_text import DateProblem, guard_formula, number_text, parse_date, unguard
from citrus_desktop.domain.import_fields import fields_of, guess_mapping, header_key
from citrus_desktop.domain.sheet_files import (
    FileProblem,
    detect_encoding,
    open_sheet,
    read_rows,
    with_choices,
)

DATA = Path(__file__).resolve().parents[1] / "data"


def rows_of(name: str, **choices) -> list[tuple[int, list[object]]]:
    return list(read_rows(open_sheet(DATA / name, **choices)))


def test_excel_style_cp1252_csv_with_semicolons_crlf_and_a_multiline_cell():
    sheet = open_sheet(DATA / "inventario-excel-cp1252.csv")
    assert (sheet.kind, sheet.encoding, sheet.separator) == ("csv", "cp1252", ";")
    rows = list(read_rows(sheet))
    assert rows[0][1][:2] == ["Número de Série*", "Cliente*"]
    # The record on line 2 spans lines 2-3 (a line break inside its quoted cell): the next is line 4.
    assert [line for line, _cells in rows] == [1, 2, 4, 5, 6]
    assert rows[1][1][6] == "Linha 1\nLinha 2: manutenção trimestral"
    assert rows[1][1][5] == 'Zebra ZD220 – etiquetas 4"'
    assert rows[3][1][0] == "PAT-ÇÃO-7"


def test_utf8_with_bom_and_commas():
    sheet = open_sheet(DATA / "inventory-utf8-bom.csv")
    assert (sheet.encoding, sheet.separator) == ("utf-8-sig", ",")
    rows = list(read_rows(sheet))
    assert rows[0][1][0] == "Serial number"  # no BOM glued to the first header
    assert rows[2][1][6] == "Rack 2, U14"


def test_the_wrong_encoding_chosen_is_told_with_the_line():
    sheet = with_choices(open_sheet(DATA / "inventario-excel-cp1252.csv"), encoding="utf-8")
    with pytest.raises(FileProblem, match=r"line 1: this is not UTF-8 text \(byte 0xFA\)"):
        list(read_rows(sheet))


def test_a_stray_byte_far_down_the_file_is_seen(tmp_path):
    path = tmp_path / "late.csv"
    path.write_bytes(b"a;b\r\n" + b"x;y\r\n" * 300_000 + "S\u00e3o;Jo\u00e3o\r\n".encode("cp1252"))
    assert detect_encoding(path) == "cp1252"
    assert rows_of(str(path))[-1][1] == ["São", "João"]


@pytest.mark.parametrize("name", ["inventario.xlsx", "inventario.ods"])
def test_workbooks_give_number_and_date_cells(name):
    sheet = open_sheet(DATA / name)
    assert sheet.kind == name.rsplit(".", 1)[1] and sheet.sheet
    rows = list(read_rows(sheet))
    ean = rows[1][1][0]
    assert isinstance(ean, float)  # LibreOffice turned the EAN into a number cell, as Excel does
    assert number_text(ean).text == "7891234567888"
    assert rows[1][1][7] == date(2025, 3, 5)  # typed 05/03/2025 with Brazilian settings
    long_number = number_text(rows[3][1][0])
    assert long_number.lost_digits and long_number.text == "1234567890123460000"


def test_headers_in_either_language_map_ignoring_case_accents_and_marks():
    fields = fields_of("inventory")
    portuguese = [
        "Número de Série*",
        "CLIENTE",
        "contrato",
        "Site",
        "Tipo de Produto ou Serviço",
        "descricao",
    ]
    assert guess_mapping(portuguese, fields) == [
        "serial_number",
        "customer",
        "contract",
        "site",
        "product_type",
        "description",
    ]
    english = ["Serial Number", "Customer", "Contract", "Site", "Type", "Notes?", "Observation"]
    assert guess_mapping(english, fields)[-2:] == [None, "observation"]
    assert guess_mapping(["Serial", "Serial number"], fields) == ["serial_number", None]  # each field once
    assert header_key(" Nº de  série: ") == header_key("nº de série")


def test_a_file_that_is_not_a_spreadsheet_is_told(tmp_path):
    fake = tmp_path / "itens.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(FileProblem, match="cannot be read as a spreadsheet"):
        open_sheet(fake)
    with pytest.raises(FileProblem, match="no such file"):
        open_sheet(tmp_path / "nothing.csv")


@pytest.mark.parametrize(
    ("value", "order", "expected"),
    [
        ("31/12/2025", "dmy", date(2025, 12, 31)),
        ("05/03/2025", "dmy", date(2025, 3, 5)),
        ("05/03/2025", "mdy", date(2025, 5, 3)),
        ("2025-03-05", "mdy", date(2025, 3, 5)),
        ("05.03.2025 00:00:00", "dmy", date(2025, 3, 5)),
        (date(2025, 3, 5), "mdy", date(2025, 3, 5)),
        ("", "dmy", None),
    ],
)
def test_dates_are_read_in_the_order_chosen(value, order, expected):
    assert parse_date(value, order) == expected


@pytest.mark.parametrize("value", ["12/31/2025", "30/02/2025", "05/03/25", "amanhã", "2025"])
def test_dates_that_do_not_fit_are_refused_not_guessed(value):
    with pytest.raises(DateProblem):
        parse_date(value, "dmy")


@pytest.mark.parametrize(
    "text", ["=SUM(A1:A9)", "+55 11", "-5", "@cmd", "'=x", "''+1", "plain", "'quoted", ""]
)
def test_the_formula_guard_comes_off_on_import(text):
    assert unguard(guard_formula(text)) == text
    guarded = guard_formula(text)
    assert not guarded[:1] or guarded[0] not in "=+-@"


@pytest.mark.parametrize("written_in", ["en", "pt_BR"])
@pytest.mark.parametrize("read_in", ["en", "pt_BR"])
def test_headers_the_app_exports_map_back_in_either_language(qapp, written_in, read_in):
    from citrus_desktop.domain.list_sources import CustomerSource, InventorySource
    from citrus_desktop.ui.translations import install_translators

    try:
        install_translators(written_in)
        written = {
            "inventory": [column.title for column in InventorySource().export_columns()],
            "customers": [column.title for column in CustomerSource().export_columns()],
        }
        install_translators(read_in)
        for list_name, headers in written.items():
            mapping = guess_mapping(headers, fields_of(list_name))
            assert None not in mapping, (list_name, headers, mapping)
    finally:
        install_translators("en")
