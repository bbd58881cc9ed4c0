"""The real program refuses a bad database in one line, exit status 2, and leaves it untouched."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import pytest

from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.store.schema import META_TABLE

EXIT_BAD_DATABASE = 2


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the database lives: a name with a space and accents, as people's folders have."""
    path = tmp_path / "Documentos do João"
    path.mkdir()
    return path


def ours(path: Path) -> Path:
    """A real, current, empty Citrus Desktop database."""
    open_database(str(path))
    close_database()
    return path


def sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def assert_refused_untouched(
    run_cli, path: Path, *problem: str, args: tuple[str, ...] = (), during=nullcontext
) -> str:
    """Run the program on ``path`` (inside ``during()``); it must refuse it in one line and leave
    the folder as it was."""
    listing = sorted(p.name for p in path.parent.iterdir())
    content = path.read_bytes() if path.is_file() else None
    mode = path.stat().st_mode

    with during():
        result = run_cli("--db", str(path), "--smoke-test", *args)

    assert result.returncode == EXIT_BAD_DATABASE, result.stderr
    assert "Traceback" not in result.stderr
    assert "ok" not in result.stdout.split()
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0]
    for words in problem:
        assert words in lines[0]
    assert sorted(p.name for p in path.parent.iterdir()) == listing  # no -wal, -shm, -journal, backup
    assert (path.read_bytes() if path.is_file() else None) == content
    assert path.stat().st_mode == mode
    return lines[0]


def test_a_text_file_is_refused(run_cli, folder):
    path = folder / "notas.txt"
    path.write_text("Lista de compras:\n- café\n- pão\n", encoding="utf-8")
    assert_refused_untouched(run_cli, path, "not SQLite")


def test_a_binary_file_with_a_db_name_is_refused(run_cli, folder):
    path = folder / "citrus.db"
    path.write_bytes(bytes(range(256)) * 64)
    assert_refused_untouched(run_cli, path, "not a Citrus Desktop database")


def test_a_database_of_another_program_is_refused(run_cli, folder):
    path = folder / "places.sqlite"
    sql(
        path,
        "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)",
        "INSERT INTO moz_places VALUES (1, 'x')",
    )
    assert_refused_untouched(run_cli, path, "not a Citrus Desktop database")


def test_a_damaged_database_is_refused(run_cli, folder):
    path = ours(folder / "citrus.db")
    content = bytearray(path.read_bytes())
    content[100:4096] = b"\xff" * (4096 - 100)  # the first page after the header: sqlite_master
    path.write_bytes(bytes(content))
    assert_refused_untouched(run_cli, path, "damaged")


def test_a_database_from_a_newer_version_is_refused(run_cli, folder):
    path = ours(folder / "citrus.db")
    sql(path, f"UPDATE {META_TABLE} SET value = '999' WHERE key = 'schema_version'")
    assert_refused_untouched(run_cli, path, "newer", "999")


def test_a_read_only_database_is_refused(run_cli, folder):
    path = ours(folder / "citrus.db")
    path.chmod(0o444)  # the tests run as root, who could write anyway: the mode must still count
    assert_refused_untouched(run_cli, path, "read-only")


@contextmanager
def held_exclusively(path: Path) -> Iterator[None]:
    """Another program holding the database in rollback-journal mode with BEGIN EXCLUSIVE."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN EXCLUSIVE")
        yield
        connection.execute("ROLLBACK")
    finally:
        connection.close()


def test_a_locked_database_is_refused(run_cli, folder):
    path = ours(folder / "citrus.db")
    sql(path, "PRAGMA journal_mode = DELETE")
    # Reading the file in this process would drop the lock (POSIX locks are per process): the
    # lock is held only while the program runs.
    assert_refused_untouched(run_cli, path, "locked", during=lambda: held_exclusively(path))


def test_a_folder_is_refused(run_cli, folder):
    path = folder / "citrus.db"
    path.mkdir()
    assert_refused_untouched(run_cli, path, "folder")


def test_a_missing_folder_is_refused(run_cli, folder):
    path = folder / "nowhere" / "citrus.db"
    result = run_cli("--db", str(path), "--smoke-test")
    assert result.returncode == EXIT_BAD_DATABASE
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert str(path) in result.stderr and "folder" in result.stderr
    assert not path.parent.exists()


def test_the_refusal_is_one_line_in_portuguese_too(run_cli, folder):
    path = folder / "notas.txt"
    path.write_text("não é um banco de dados", encoding="utf-8")
    line = assert_refused_untouched(run_cli, path, args=("--lang", "pt_BR"))
    assert line.startswith("citrus-desktop: ") and "SQLite" in line
    assert "is not a Citrus Desktop database" not in line


def test_a_named_pipe_socket_or_device_is_refused_at_once(run_cli, folder):
    import os
    import socket
    import time

    pipe = folder / "pipe.db"
    os.mkfifo(pipe)
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "socket.db"))
    try:
        for path in (pipe, folder / "socket.db", Path("/dev/null"), Path("/dev/zero")):
            started = time.monotonic()
            result = run_cli("--db", str(path), "--smoke-test", timeout=20)
            assert time.monotonic() - started < 15
            assert result.returncode == EXIT_BAD_DATABASE, result.stderr
            [line] = result.stderr.strip().splitlines()
            assert str(path) in line and "not a regular file" in line
    finally:
        server.close()
