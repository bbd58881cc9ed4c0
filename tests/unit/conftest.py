"""Unit fixtures: records made through the domain, snapshots of every table, the real CLI."""

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

import pytest
from peewee import Database

from citrus_desktop.domain.contracts import ContractData, save_contract
from citrus_desktop.domain.customers import CustomerData, save_customer
from citrus_desktop.domain.items import ItemData, save_item
from citrus_desktop.domain.product_types import ProductTypeData, save_product_type
from citrus_desktop.domain.sites import SiteData, save_site

TABLES = ("customer", "contract", "site", "product_type", "inventory_item")


@dataclass
class Factory:
    """Valid records saved through the domain, each with a fresh name; returns ids."""

    numbers: count = field(default_factory=lambda: count(1))

    def customer(self, name: str | None = None, **values) -> int:
        return save_customer(CustomerData(name=name or f"Customer {next(self.numbers)}", **values))

    def contract(self, customer_id: int, code: str | None = None, **values) -> int:
        code = code or f"CT-{next(self.numbers)}"
        return save_contract(ContractData(customer_id=customer_id, code=code, **values))

    def site(self, customer_id: int, name: str | None = None, **values) -> int:
        name = name or f"Site {next(self.numbers)}"
        return save_site(SiteData(customer_id=customer_id, name=name, **values))

    def product_type(self, name: str | None = None, **values) -> int:
        return save_product_type(ProductTypeData(name=name or f"Type {next(self.numbers)}", **values))

    def item(self, customer_id: int | None = None, serial: str | None = None, **values) -> int:
        """An item; the customer, contract, site and type are made when not given."""
        customer_id = customer_id or self.customer()
        if "contract_id" not in values:
            values["contract_id"] = self.contract(customer_id)
        if "site_id" not in values:
            values["site_id"] = self.site(customer_id)
        if "product_type_id" not in values:
            values["product_type_id"] = self.product_type()
        serial = serial or f"SN-{next(self.numbers):06d}"
        return save_item(ItemData(serial_number=serial, customer_id=customer_id, **values))


@pytest.fixture
def make(database) -> Factory:
    return Factory()


def table_rows(database: Database) -> dict[str, list[tuple]]:
    """Every row of every domain table, in id order."""
    return {table: database.execute_sql(f"SELECT * FROM {table} ORDER BY id").fetchall() for table in TABLES}


@pytest.fixture
def snapshot(database) -> Callable[[], dict[str, list[tuple]]]:
    """Call before and after an operation to prove it wrote nothing."""
    return lambda: table_rows(database)


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for the real program: offscreen, with every XDG folder inside ``tmp_path``."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("DATA", "CONFIG", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / "xdg" / name.lower())
    runtime = tmp_path / "xdg" / "runtime"
    runtime.mkdir(parents=True)
    runtime.chmod(0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env.pop("LANGUAGE", None)
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    return env


@pytest.fixture
def run_cli(cli_env: dict[str, str], tmp_path: Path) -> Callable[..., CliResult]:
    """Run ``python -m citrus_desktop ARGS`` in a subprocess; returns its status and output."""

    def run(*args: str, timeout: float = 60) -> CliResult:
        done = subprocess.run(
            [sys.executable, "-m", "citrus_desktop", *args],
            env=cli_env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        return CliResult(done.returncode, done.stdout, done.stderr)

    return run
