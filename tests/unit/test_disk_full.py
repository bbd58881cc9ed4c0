"""A full disk met by the real program: an upgrade whose backup cannot be written, and --demo onto a
full disk, stop with exit status 2 and one line, leaving no partial file behind."""

from citrus_desktop.store.schema import MIGRATIONS
from tests.faults import small_disk  # noqa: F401
from tests.unit.test_migrations import older_database, use

EXIT_BAD_DATABASE = 2


def test_an_upgrade_whose_backup_cannot_be_written_leaves_nothing(run_cli, small_disk, monkeypatch):  # noqa: F811
    path = small_disk.folder / "citrus.db"
    older_database(monkeypatch, path, MIGRATIONS, len(MIGRATIONS) - 1)
    use(monkeypatch, MIGRATIONS)
    before = path.read_bytes()
    small_disk.fill()
    result = run_cli("--db", str(path), "--smoke-test")
    assert result.returncode == EXIT_BAD_DATABASE, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert str(path) in line and "backed up" in line and "disk is full" in line
    left = [p.name for p in small_disk.folder.iterdir() if "backup" in p.name or ".tmp" in p.name]
    assert left == []  # no backup, no partial copy, no journal of one
    assert path.read_bytes() == before
    small_disk.free()
    assert run_cli("--db", str(path), "--smoke-test").returncode == 0
    backups = small_disk.folder / "backups"
    assert list(backups.glob("citrus-*-before-v*.db")) and not list(backups.glob("*.tmp*"))


def test_demo_onto_a_full_disk_stops_with_one_line(run_cli, small_disk):  # noqa: F811
    path = small_disk.folder / "citrus.db"
    assert run_cli("--db", str(path), "--smoke-test").returncode == 0
    small_disk.fill()
    result = run_cli("--db", str(path), "--demo", "2000", "--smoke-test")
    assert result.returncode == EXIT_BAD_DATABASE, result.stderr
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert str(path) in line and "disk is full" in line
    small_disk.free()
    result = run_cli("--db", str(path), "--demo", "200", "--smoke-test")
    assert result.returncode == 0, result.stderr


def test_a_new_database_on_a_full_disk_is_not_left_behind(run_cli, small_disk):  # noqa: F811
    small_disk.fill()
    path = small_disk.folder / "novo.db"
    result = run_cli("--db", str(path), "--smoke-test")
    assert result.returncode == EXIT_BAD_DATABASE, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not [p for p in small_disk.folder.iterdir() if p.name.startswith("novo.db")]
