#!/usr/bin/env bash
# Makes the import test files from sources/*.csv with LibreOffice Calc, as staff's spreadsheets
# come: not by the libraries that read them. Run once after changing a source, then commit:
#     apt-get install libreoffice-calc && tests/data/make_files.sh
# Sources are UTF-8 CSV read with Brazilian settings (pt-BR, so 05/03/2025 is the 5th of March and
# digits become number cells, as Excel does). LibreOffice 7.4 writes neither Excel's CRLF line
# ends nor a BOM; those two byte-level steps are done after it, as Excel would write the file.
set -euo pipefail
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# CSV import: comma, double quote, UTF-8 (76), from line 1, column formats, language pt-BR (1046)
read_as() { echo "CSV:44,34,76,1,$1,1046"; }
convert() { # source, format, column formats
  soffice --headless --infilter="$(read_as "$3")" --convert-to "$2" --outdir "$out" "sources/$1" >/dev/null 2>&1
}
crlf() { # record ends become CRLF; a line break inside a quoted cell stays LF, as in Excel's files
  python3 -c '
import sys
data = open(sys.argv[1], "rb").read()
out, quoted = bytearray(), False
for byte in data:
    if byte == 0x22:
        quoted = not quoted
    if byte == 0x0A and not quoted:
        out += b"\r"
    out.append(byte)
open(sys.argv[1], "wb").write(bytes(out))' "$1"
}
# Excel in Brazil: Windows-1252 (charset 1), ";" (59), every text quoted as LibreOffice does.
convert inventario-excel.csv 'csv:Text - txt - csv (StarCalc):59,34,1,1' ""
mv "$out/inventario-excel.csv" inventario-excel-cp1252.csv && crlf inventario-excel-cp1252.csv
# Excel's "CSV UTF-8": a BOM, then UTF-8 with ",".
convert inventory-en.csv 'csv:Text - txt - csv (StarCalc):44,34,76,1' ""
{ printf '\xef\xbb\xbf'; cat "$out/inventory-en.csv"; } > inventory-utf8-bom.csv && crlf inventory-utf8-bom.csv
convert inventario-planilha.csv xlsx "" && mv "$out/inventario-planilha.xlsx" inventario.xlsx
convert inventario-planilha.csv ods "" && mv "$out/inventario-planilha.ods" inventario.ods
convert clientes.csv xlsx "" && mv "$out/clientes.xlsx" clientes.xlsx
# The problems file keeps its dates as typed text (column 7 as Text, format 2).
convert inventario-problemas.csv 'csv:Text - txt - csv (StarCalc):59,34,1,1' "7/2"
mv "$out/inventario-problemas.csv" inventario-problemas-cp1252.csv && crlf inventario-problemas-cp1252.csv
ls -l
