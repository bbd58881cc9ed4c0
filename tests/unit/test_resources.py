"""Icons, translations and the desktop entry resolve from a checkout and from an installed wheel.

The frozen app is checked by its own smoke test (tests/packaging, run by .ci/run).
"""

import configparser
import os
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from citrus_desktop import APP_ID
from citrus_desktop.resources_path import resource, resources_dir
from citrus_desktop.ui.translations import compiled_catalog

ROOT = Path(__file__).resolve().parents[2]
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def test_resources_resolve_from_the_checkout():
    assert resources_dir().resolve() == (ROOT / "resources").resolve()
    assert resource("icons", "citrus-desktop.svg").is_file()
    assert resource("translations", "citrus_pt_BR.ts").is_file()


def test_the_pt_br_catalogue_compiles_and_loads():
    from PySide6.QtCore import QTranslator

    catalog = compiled_catalog("pt_BR")
    assert catalog is not None and catalog.suffix == ".qm"
    translator = QTranslator()
    assert translator.load(str(catalog)) and not translator.isEmpty()


@pytest.mark.parametrize("size", PNG_SIZES)
def test_the_app_icon_comes_in_every_desktop_size(size: int):
    image = QImage(str(resource("icons", f"citrus-desktop-{size}.png")))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_the_windows_icon_holds_every_size_up_to_256():
    data = resource("icons", "citrus-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * n] or 256 for n in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_the_desktop_entry_names_the_app_id_and_its_icon():
    path = resource(f"{APP_ID}.desktop")
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Icon"] == APP_ID
    assert section["Exec"].split()[0] == "citrus-desktop"
    assert "pt_BR" in "".join(section.keys())
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(folder), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"pip wheel failed:\n{result.stdout}\n{result.stderr}")
    return next(folder.glob("citrus_desktop-*.whl"))


def test_the_wheel_carries_the_resources(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    base = "citrus_desktop/resources/"
    assert f"{base}icons/citrus-desktop.svg" in names
    assert f"{base}icons/citrus-desktop.ico" in names
    assert {f"{base}icons/citrus-desktop-{s}.png" for s in PNG_SIZES} <= names
    assert f"{base}translations/citrus_pt_BR.ts" in names
    assert f"{base}{APP_ID}.desktop" in names
    icons = {p.name for p in (ROOT / "resources" / "icons").glob("*.svg")}
    assert {f"{base}icons/{name}" for name in icons} <= names


def test_resources_resolve_from_the_installed_wheel(wheel: Path, tmp_path: Path):
    """Installed (not editable) the package finds its icons and compiles pt_BR from the .ts."""
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    probe = (
        "from citrus_desktop.resources_path import resource, resources_dir\n"
        "from citrus_desktop.ui.translations import compiled_catalog\n"
        "print(resources_dir())\n"
        "print(resource('icons', 'citrus-desktop.svg').is_file())\n"
        "print(compiled_catalog('pt_BR'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path, check=False
    )
    assert result.returncode == 0, result.stderr
    folder, icon_found, catalog = result.stdout.splitlines()
    assert Path(folder) == site / "citrus_desktop" / "resources"
    assert icon_found == "True"
    assert catalog.endswith(".qm") and Path(catalog).is_file()
