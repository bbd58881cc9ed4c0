"""``export``, ``import`` and ``copy`` run as staff run them (DESIGN §5): exit 0 all done, 1 done
except the rows named as ``LINE: field: message``, 2 nothing done."""

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.ui.seed import seed_database

DATA = Path(__file__).resolve().parents[1] / "data"


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def contents(path: Path) -> tuple[list[str], dict[str, list[tuple]], list[tuple]]:
    """The schema (as a set), every row of every table but the search index's own (JSON as its
    content), and what the search index finds: what a copy must keep (the index's internal pages
    may differ)."""
    connection = sqlite3.connect(path)
    try:
        schema = sorted(
            row[0] for row in connection.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")
        )
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not row[0].startswith("inventory_item_fts")
        ]
        rows = {
            table: [
                tuple(map(_as_data, row)) for row in connection.execute(f"SELECT * FROM {table} ORDER BY 1")
            ]
            for table in tables
        }
        found = connection.execute(
            "SELECT rowid FROM inventory_item_fts WHERE inventory_item_fts MATCH 'zebra' ORDER BY rowid"
        ).fetchall()
        return schema, rows, found
    finally:
        connection.close()


def _as_data(value: object) -> object:
    """JSON text (history changes, a bin row) as what it holds: PostgreSQL's jsonb keeps the
    same content but orders the keys its own way."""
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.dumps(json.loads(value), sort_keys=True)
        except ValueError:
            return value
    return value


def count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def test_export_then_import_back_into_an_empty_database(run_cli, tmp_path):
    shop = tmp_path / "shop.db"
    seed_database(str(shop))
    exported = tmp_path / "inventario.xlsx"
    result = run_cli("--db", str(shop), "--lang", "pt_BR", "export", str(exported))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"4 linhas exportadas de {shop} para {exported}."
    empty = tmp_path / "empty.db"
    dry = run_cli("import", str(exported), "--db", str(empty), "--dry-run")
    assert dry.returncode == 1
    assert dry.stdout.splitlines()[0] == (
        "2: Customer: There is no customer “Beta Comércio S.A.”. "
        "Fix the name, or choose to create missing records (--create-missing)."
    )
    assert dry.stdout.splitlines()[-1].startswith(
        "Dry run, nothing written: 0 new, 0 updated, 0 skipped, 4 in error"
    )
    assert count(empty, "inventory_item") == 0
    done = run_cli("--db", str(empty), "import", str(exported), "--create-missing")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 new" in done.stdout and "Created 2 customers, 2 contracts, 2 sites, 2 types." in done.stdout
    assert count(empty, "inventory_item") == 4


def test_dry_run_names_every_problem_and_writes_nothing(run_cli, tmp_path):
    shop = tmp_path / "shop.db"
    seed_database(str(shop))
    before = dump(shop)
    result = run_cli("--db", str(shop), "import", str(DATA / "inventario-problemas-cp1252.csv"), "--dry-run")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert [line.split(":", 1)[0] for line in lines[:-1]] == ["2", "4", "5", "6", "7", "8", "10"]
    assert lines[-1] == "Dry run, nothing written: 2 new, 0 updated, 1 skipped, 7 in error."
    assert dump(shop) == before


def test_rows_in_error_are_left_out_and_saved(run_cli, tmp_path):
    shop = tmp_path / "shop.db"
    seed_database(str(shop))
    errors = tmp_path / "erros.csv"
    problems = str(DATA / "inventario-problemas-cp1252.csv")
    result = run_cli("--db", str(shop), "import", problems, "--errors", str(errors))
    assert result.returncode == 1
    assert "The rows in error were not imported." in result.stdout
    assert count(shop, "inventory_item") == 4 + 2
    with errors.open(encoding="utf-8-sig", newline="") as file:
        saved = list(csv.reader(file))
    assert [row[0] for row in saved[1:]] == [
        "",
        "sn-dup-1",
        "SN-P-4",
        "SN-P-5",
        "7.89E+12",
        "SN-P-7",
        "SN-P-9",
    ]


def test_a_file_that_cannot_be_used_changes_nothing(run_cli, tmp_path):
    shop = tmp_path / "shop.db"
    seed_database(str(shop))
    before = dump(shop)
    no_serial = tmp_path / "sem-serie.csv"
    no_serial.write_text("Cliente;Contrato\nACME;CT-1\n", encoding="utf-8")
    result = run_cli("--db", str(shop), "import", str(no_serial))
    assert result.returncode == 2
    assert "no column for Serial number, Site, Type" in result.stderr
    missing = run_cli("--db", str(shop), "import", str(tmp_path / "nada.xlsx"))
    assert (missing.returncode, "no such file" in missing.stderr) == (2, True)
    assert dump(shop) == before


def test_a_killed_import_leaves_nothing(cli_env, tmp_path):
    shop = tmp_path / "shop.db"
    seed_database(str(shop))
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(["Número de série", "Cliente", "Contrato", "Site", "Tipo", "Descrição"])
        for n in range(150_000):
            writer.writerow(
                [f"K-{n:07d}", "ACME Indústria Ltda.", "CT-ACME-1", "Matriz", "Impressora térmica", "x"]
            )
    before = dump(shop)
    program = subprocess.Popen(
        [sys.executable, "-m", "citrus_desktop", "--db", str(shop), "import", str(big)],
        env=cli_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = Path(f"{shop}-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and program.poll() is None:
        if wal.exists() and wal.stat().st_size > 2_000_000:  # well into writing the rows
            break
        time.sleep(0.02)
    assert program.poll() is None, "the import ended before it could be killed"
    os.kill(program.pid, signal.SIGKILL)
    program.wait(timeout=30)
    connection = sqlite3.connect(shop)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()
    assert dump(shop) == before


def test_copy_into_a_new_file_is_identical_and_refuses_one_with_data(run_cli, tmp_path):
    shop = tmp_path / "shop.db"
    seed_database(str(shop))
    copy = tmp_path / "copia.db"
    result = run_cli("--db", str(shop), "copy", "--to", str(copy))
    assert result.returncode == 0, result.stderr
    assert "4 items, 3 customers" in result.stdout
    assert contents(copy) == contents(shop)
    assert contents(copy)[2] == [(1,)]
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    again = run_cli("--db", str(shop), "copy", "--to", str(copy))
    assert again.returncode == 2 and "already holds records" in again.stderr
    itself = run_cli("--db", str(shop), "copy", "--to", str(shop))
    assert itself.returncode == 2 and "is the database in use" in itself.stderr
