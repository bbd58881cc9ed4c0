"""Backups of the SQLite file: checked copies written under a temporary name, rotation, the daily
one, restoring; a ``kill -9`` in the middle of a backup or a restore loses nothing."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from citrus_desktop.domain.backups import back_up, daily_if_due, listing
from citrus_desktop.store import backups
from citrus_desktop.store.backups import DAILY, MANUAL, Backup, BackupProblem
from citrus_desktop.store.database import close_database, open_database
from tests.unit.conftest import TABLES


def rows_of(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: connection.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}
    finally:
        connection.close()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_a_backup_passes_integrity_check_and_holds_the_same_rows(make, database, db_path):
    for _ in range(3):
        make.item()
    made = back_up(db_path)
    assert made.path.parent == db_path.parent / "backups" and made.kind == MANUAL
    assert integrity(made.path) == "ok"
    assert rows_of(made.path) == rows_of(db_path)
    assert [listed.items for listed in listing(db_path)] == [3]
    assert not list(made.path.parent.glob("*.tmp"))


def test_a_backup_that_fails_its_check_leaves_nothing(make, database, db_path, monkeypatch):
    make.item()

    def damaged(path: Path) -> tuple[int, int]:
        assert path.name.endswith(".db.tmp") and path.exists()  # checked before it is renamed
        raise BackupProblem("damaged on the way")

    monkeypatch.setattr(backups, "read_backup", damaged)
    with pytest.raises(BackupProblem):
        back_up(db_path)
    assert files_in(db_path.parent / "backups") == []


def test_a_backup_that_cannot_be_written_is_told_and_leaves_nothing(make, database, tmp_path, db_path):
    make.item()
    with pytest.raises(BackupProblem) as caught:
        back_up(db_path, into=tmp_path / "no" / "such" / "folder.db")
    assert "could not be written" in str(caught.value)
    assert not (tmp_path / "no").exists()


def test_the_daily_backup_is_made_once_a_day_and_a_missed_day_is_caught_up(make, database, db_path):
    make.customer()
    assert daily_if_due(db_path).kind == DAILY
    assert daily_if_due(db_path) is None
    tomorrow = date.today() + timedelta(days=1)
    assert daily_if_due(db_path, today=tomorrow) is not None  # the machine slept through a day


def fake(folder: Path, stem: str, made: datetime, kind: str) -> Backup:
    path = folder / f"{stem}-{made:%Y%m%d-%H%M%S}-{kind}.db"
    path.write_bytes(b"")
    return Backup(path, made, kind, 0)


def test_rotation_keeps_seven_days_and_four_weeks_of_daily_backups(tmp_path):
    start = datetime(2025, 3, 31, 9, 0)
    made = [fake(tmp_path, "citrus", start - timedelta(days=n), DAILY) for n in range(60)]
    made.append(fake(tmp_path, "citrus", start - timedelta(hours=1), DAILY))  # a second one that day
    manual = fake(tmp_path, "citrus", start - timedelta(days=400), MANUAL)
    migration = fake(tmp_path, "citrus", start - timedelta(days=300), "before-v6")
    keep = backups.to_keep([*made, manual, migration])
    days = {b.made.date() for b in made if b.path in keep}
    assert {start.date() - timedelta(days=n) for n in range(7)} <= days
    assert len({tuple(b.made.isocalendar())[:2] for b in made if b.path in keep}) == 4
    assert len([b for b in made if b.path in keep]) == 7 + 2  # the 4 weeks include the 7 days' 2
    assert made[0].path in keep and made[-1].path not in keep  # the newest of the day
    assert {manual.path, migration.path} <= keep


def test_restore_replaces_the_data_and_backs_up_what_it_replaced(make, database, db_path):
    make.item(serial="SN-BEFORE")
    made = back_up(db_path)
    make.item(serial="SN-AFTER")
    current = rows_of(db_path)
    close_database()
    safety = backups.restore_backup(db_path, made.path)
    assert rows_of(db_path) == rows_of(made.path)
    assert rows_of(safety.path) == current
    handle = open_database(str(db_path))
    assert [r[0] for r in handle.execute_sql("SELECT serial_number FROM inventory_item")] == ["SN-BEFORE"]


def test_a_backup_of_something_else_is_refused_untouched(make, database, db_path, tmp_path):
    alien = tmp_path / "alien.db"
    connection = sqlite3.connect(alien)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    before = rows_of(db_path)
    with pytest.raises(BackupProblem):
        backups.restore_backup(db_path, alien)
    assert rows_of(db_path) == before


def big_database(path: Path) -> None:
    """A real database with ~60 MB of filler, so copying it takes long enough to be interrupted."""
    open_database(str(path))
    close_database()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE filler (data BLOB)")
    connection.executemany("INSERT INTO filler VALUES (randomblob(65536))", [()] * 900)
    connection.commit()
    connection.close()


def killed_during(script: str, wait_for, timeout: float = 30) -> None:
    """Run ``script`` in a child process and ``kill -9`` it as soon as ``wait_for()`` is true."""
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(script)])
    try:
        deadline = time.monotonic() + timeout
        while not wait_for():
            assert child.poll() is None, "the child finished before it could be interrupted"
            assert time.monotonic() < deadline
            time.sleep(0.002)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()


def _growing_tmp(folder: Path) -> bool:
    try:
        return any(p.suffix == ".tmp" and p.stat().st_size > 1_000_000 for p in folder.iterdir())
    except OSError:  # renamed or removed while looking
        return False


def test_kill_9_during_a_backup_leaves_the_database_and_the_last_backup_intact(tmp_path):
    path = tmp_path / "citrus.db"
    big_database(path)
    last_good = backups.make_backup(path, MANUAL)
    before = rows_of(path)
    folder = path.parent / "backups"
    killed_during(
        f"""
        from pathlib import Path
        from citrus_desktop.store.backups import make_backup
        make_backup(Path({str(path)!r}), "daily")
        """,
        lambda: _growing_tmp(folder),
    )
    assert integrity(path) == "ok" and rows_of(path) == before
    assert integrity(last_good.path) == "ok"
    assert [b.path for b in backups.list_backups(path)] == [last_good.path]  # the .tmp is no backup
    again = backups.make_backup(path, DAILY)
    assert files_in(folder) == sorted([last_good.path.name, again.path.name])  # stray .tmp removed


def test_kill_9_during_a_restore_leaves_the_old_data_or_the_backup_never_a_mix(tmp_path):
    path = tmp_path / "citrus.db"
    big_database(path)
    open_database(str(path))
    from tests.unit.conftest import Factory

    Factory().item(serial="SN-OLD")
    close_database()
    backup = backups.make_backup(path, MANUAL)
    handle = open_database(str(path))
    handle.execute_sql("UPDATE inventory_item SET serial_number = 'SN-NEW'")
    handle.execute_sql("DELETE FROM filler WHERE rowid % 2 = 0")
    close_database()
    old = rows_of(path)
    folder = path.parent / "backups"
    killed_during(
        f"""
        from pathlib import Path
        from citrus_desktop.store.backups import restore_backup
        restore_backup(Path({str(path)!r}), Path({str(backup.path)!r}))
        """,
        lambda: any("before-restore" in p.name and p.suffix == ".db" for p in folder.iterdir()),
    )
    assert integrity(path) == "ok"
    assert rows_of(path) in (old, rows_of(backup.path))
    assert integrity(backup.path) == "ok"
    open_database(str(path))  # and it opens as ours
    close_database()


def test_cli_backup_and_restore(run_cli, tmp_path):
    path = tmp_path / "cli.db"
    open_database(str(path))
    from tests.unit.conftest import Factory

    Factory().item(serial="SN-CLI")
    close_database()
    done = run_cli("--db", str(path), "backup")
    assert done.returncode == 0 and "1 items, checked" in done.stdout, done.stderr
    [made] = backups.list_backups(path)
    copy = tmp_path / "copy.db"
    assert run_cli("--db", str(path), "backup", str(copy)).returncode == 0
    assert rows_of(copy) == rows_of(path)
    again = run_cli("--db", str(path), "backup", str(copy))
    assert again.returncode == 2 and "already exists" in again.stderr

    handle = open_database(str(path))
    handle.execute_sql("DELETE FROM inventory_item")
    close_database()
    restored = run_cli("--db", str(path), "restore", str(made.path))
    assert restored.returncode == 0, restored.stderr
    assert "before-restore" in restored.stdout
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT serial_number FROM inventory_item").fetchall() == [("SN-CLI",)]
    connection.close()


def test_cli_backup_of_a_server_says_whose_job_it_is(run_cli):
    done = run_cli("--db", "postgresql://nobody@127.0.0.1:1/none", "backup")
    assert done.returncode == 2 and "pg_dump" in done.stderr
