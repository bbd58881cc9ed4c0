"""The command line of DESIGN §5, run as people run it: ``python -m citrus_desktop``."""

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from citrus_desktop import APP_NAME, __version__
from citrus_desktop.domain.customers import CustomerData, save_customer
from citrus_desktop.domain.tax_ids import is_valid_cnpj
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.store.schema import META_TABLE, SCHEMA_VERSION


def query(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_version(run_cli):
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"{APP_NAME} {__version__}"


def test_help_lists_every_option(run_cli):
    result = run_cli("--help")
    assert result.returncode == 0
    for option in ("--db", "--demo", "--lang", "--smoke-test", "--version", "--help"):
        assert option in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize("args", [["--lang", "xx"], ["--no-such-option"], ["--demo", "many"]])
def test_bad_options_are_refused_with_usage(run_cli, args):
    result = run_cli(*args, "--smoke-test")
    assert result.returncode == 2
    assert "usage:" in result.stderr and "Traceback" not in result.stderr
    assert "ok" not in result.stdout.split()


def test_smoke_test_on_a_new_database(run_cli, tmp_path):
    path = tmp_path / "citrus.db"
    result = run_cli("--db", str(path), "--smoke-test")
    assert (result.returncode, result.stdout.splitlines()[-1]) == (0, "ok"), result.stderr
    assert query(path, f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'") == [
        (str(SCHEMA_VERSION),)
    ]


def test_demo_fills_a_realistic_database(run_cli, tmp_path):
    path = tmp_path / "demo.db"
    result = run_cli("--db", str(path), "--demo", "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "ok"

    tax_ids = [row[0] for row in query(path, "SELECT tax_id FROM customer")]
    assert len(tax_ids) >= 8
    assert all(tax_id and len(tax_id) == 14 and is_valid_cnpj(tax_id) for tax_id in tax_ids)
    assert len(set(tax_ids)) == len(tax_ids)
    cities = [row[0] for row in query(path, "SELECT city FROM site")]
    assert any(not city.isascii() for city in cities), cities  # São Paulo, Florianópolis...
    assert query(path, "SELECT count(*) FROM product_type")[0][0] >= 10
    assert query(path, "SELECT count(*) FROM inventory_item")[0][0] >= 40
    kinds = {row[0] for row in query(path, "SELECT DISTINCT kind FROM product_type")}
    assert kinds == {"product", "service"}
    mismatched = """SELECT count(*) FROM inventory_item i
        JOIN contract c ON c.id = i.contract_id JOIN site s ON s.id = i.site_id
        WHERE c.customer_id != i.customer_id OR s.customer_id != i.customer_id"""
    assert query(path, mismatched) == [(0,)]


def test_demo_leaves_a_database_with_data_alone(run_cli, tmp_path):
    path = tmp_path / "mine.db"
    open_database(str(path))
    save_customer(CustomerData(name="Meu Cliente", tax_id="52998224725"))
    close_database()
    before = dump(path)

    result = run_cli("--db", str(path), "--demo", "--smoke-test")

    assert result.returncode == 0
    assert "already has data" in result.stderr and "Traceback" not in result.stderr
    assert dump(path) == before


def test_demo_n_gives_n_items_and_a_customer_per_50(run_cli, tmp_path):
    path = tmp_path / "scale.db"
    result = run_cli("--db", str(path), "--demo", "1500", "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert query(path, "SELECT count(*) FROM inventory_item") == [(1500,)]
    customers = query(path, "SELECT count(*) FROM customer")[0][0]
    assert 1500 / 50 * 0.9 <= customers <= 1500 / 50 * 1.1
    assert query(path, "SELECT count(DISTINCT lower(serial_number)) FROM inventory_item") == [(1500,)]


@pytest.mark.parametrize("lang", [["--lang", "pt_BR"], ["--lang=en"], ["--lang", "en"]])
def test_languages_are_accepted(run_cli, tmp_path, lang):
    result = run_cli("--db", str(tmp_path / "citrus.db"), *lang, "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "ok"


def test_default_database_is_created_in_the_data_folder(cli_env, tmp_path):
    """Without --db the program opens citrus.db in the user's data folder (XDG_DATA_HOME here)."""
    data_home = Path(cli_env["XDG_DATA_HOME"])
    program = subprocess.Popen(
        [sys.executable, "-m", "citrus_desktop"],
        env=cli_env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    found: list[Path] = []
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and program.poll() is None:
            found = [path for path in data_home.rglob("citrus.db") if ready(path)]
            if found:
                break
            time.sleep(0.1)
    finally:
        program.terminate()
        _, errors = program.communicate(timeout=30)
    assert found, errors
    [path] = found
    assert path.relative_to(data_home).parts[-1] == "citrus.db"
    assert not (tmp_path / "citrus.db").exists()


def ready(path: Path) -> bool:
    """The database exists and carries our schema version (the program finished opening it)."""
    try:
        rows = query(path, f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'")
    except sqlite3.Error:
        return False
    return rows == [(str(SCHEMA_VERSION),)]
