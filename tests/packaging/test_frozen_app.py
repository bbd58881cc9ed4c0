"""The PyInstaller build in dist/citrus-desktop: starts, finds its translations, stays slim.

Not in the default test run: build first (`pyinstaller --noconfirm build.spec`), then
`python -m pytest tests/packaging`. .ci/run does both on every run.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from citrus_desktop import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("CITRUS_BUNDLE", ROOT / "dist" / "citrus-desktop"))
MAX_MB = 150

pytestmark = pytest.mark.skipif(
    not (BUNDLE / "citrus-desktop").exists(), reason=f"no build in {BUNDLE}: run pyinstaller build.spec"
)


def start(tmp_path: Path, *args: str, bundle: Path = BUNDLE) -> subprocess.CompletedProcess:
    """Run the built app headless, with its folders (settings, data, logs) under ``tmp_path``."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    return subprocess.run(
        [str(bundle / "citrus-desktop"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def internal(bundle: Path = BUNDLE) -> Path:
    return bundle / "_internal"


@pytest.mark.parametrize("language", ["en", "pt_BR"])
def test_the_built_app_passes_its_smoke_test(tmp_path: Path, language: str):
    result = start(tmp_path, "--smoke-test", "--lang", language, "--db", str(tmp_path / "smoke.db"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "ok"
    assert (tmp_path / "smoke.db").exists()


def test_the_built_app_writes_its_log_in_the_state_folder(tmp_path: Path):
    assert start(tmp_path, "--smoke-test").returncode == 0
    log = tmp_path / "state" / "Citrus" / "Citrus Desktop" / "logs" / "citrus-desktop.log"
    assert f"Citrus Desktop {__version__} starting" in log.read_text(encoding="utf-8")


def test_the_built_app_reports_its_version(tmp_path: Path):
    result = start(tmp_path, "--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_the_smoke_test_fails_clearly_without_the_pt_br_catalogue(tmp_path: Path):
    copy = tmp_path / "bundle"
    shutil.copytree(BUNDLE, copy, symlinks=True, copy_function=os.link)  # hard links: cheap
    (internal(copy) / "citrus_desktop" / "resources" / "translations" / "citrus_pt_BR.qm").unlink()
    result = start(tmp_path, "--smoke-test", bundle=copy)
    assert result.returncode != 0
    assert "no pt_BR translation catalogue" in result.stderr
    assert "ok" not in result.stdout.split()


def test_the_bundle_carries_our_resources_compiled():
    resources = internal() / "citrus_desktop" / "resources"
    assert (resources / "translations" / "citrus_pt_BR.qm").is_file()
    assert not list(resources.rglob("*.ts"))
    assert (resources / "icons" / "citrus-desktop.svg").is_file()
    assert (resources / "icons" / "citrus-desktop-256.png").is_file()
    assert (resources / f"{APP_ID}.desktop").is_file()


def test_the_bundle_leaves_out_what_the_app_never_uses():
    qt = internal() / "PySide6" / "Qt"
    languages = {p.stem.split("_", 1)[1] for p in (qt / "translations").glob("*.qm")}
    assert languages <= {"en", "pt_BR"}
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"} <= platforms
    assert not platforms & {"libqeglfs.so", "libqlinuxfb.so", "libqvnc.so", "libqvkkhrdisplay.so"}
    assert not (internal() / "tkinter").exists()
    assert not list((qt / "lib").glob("libQt6Network*")) and not list((qt / "lib").glob("libQt6Quick*"))


def test_the_bundle_stays_under_150_mb():
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    assert size / 1e6 <= MAX_MB, f"{size / 1e6:.0f} MB"


def test_the_built_app_opens_a_postgresql_database(tmp_path: Path):
    """psycopg and its libpq made it into the bundle: team mode works in the built app."""
    import psycopg

    from tests.pg.conftest import admin_connection, create_database, drop_database, unique_name

    try:
        admin_connection().close()
    except psycopg.Error as error:
        reason = f"no PostgreSQL server: {str(error).strip().splitlines()[0]}"
        if os.environ.get("CITRUS_REQUIRE_PG"):  # set by .ci/run
            pytest.fail(reason)
        pytest.skip(reason)
    name = unique_name("frozen")
    url = create_database(name)
    try:
        result = start(tmp_path, "--smoke-test", "--db", url)
    finally:
        drop_database(name)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "ok"


def test_the_built_app_imports_exports_and_copies(tmp_path: Path):
    """The sub-commands (imported by name) and the spreadsheet libraries made it into the bundle."""
    workbook = ROOT / "tests" / "data" / "inventario.ods"
    database = tmp_path / "built.db"
    imported = start(tmp_path, "--db", str(database), "import", str(workbook), "--create-missing")
    assert imported.returncode == 0, imported.stderr
    assert "3 new" in imported.stdout
    exported = start(tmp_path, "--db", str(database), "export", str(tmp_path / "out.xlsx"))
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "out.xlsx").read_bytes()[:2] == b"PK"
    copied = start(tmp_path, "--db", str(database), "copy", "--to", str(tmp_path / "copy.db"))
    assert copied.returncode == 0, copied.stderr


def test_the_built_app_prints_labels_that_scan_back(tmp_path: Path):
    """segno, python-barcode and Qt's PDF writer made it into the bundle: the labels command works."""
    from citrus_desktop.printing.layouts import layout_by_key
    from tests.pdf_reading import Box, decode_regions

    database = tmp_path / "labels.db"
    assert start(tmp_path, "--db", str(database), "--demo", "--smoke-test").returncode == 0
    out = tmp_path / "labels.pdf"
    result = start(tmp_path, "--db", str(database), "labels", str(out), "--layout", "avery-5163")
    assert result.returncode == 0, result.stderr
    layout = layout_by_key("avery-5163")
    x, y = layout.cell(0)
    [codes] = decode_regions(out, 0, 300, [Box(x, y, x + layout.label_width, y + layout.label_height)])
    assert [kind for kind, _text in codes] == ["Code128", "QRCode"]
    assert codes[0][1] == codes[1][1]
