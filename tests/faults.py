"""Faults provoked for real: another program holding SQLite's write lock, a disk that fills up (a
small tmpfs), and a PostgreSQL server of the test's own that is stopped and started again."""

import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def write_lock_held(path: Path) -> Iterator[None]:
    """Another program's connection in the middle of a write (``BEGIN IMMEDIATE``)."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        connection.execute("BEGIN IMMEDIATE")
        yield
        connection.execute("ROLLBACK")
    finally:
        connection.close()


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("CITRUS_REQUIRE_PG") or os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


class SmallDisk:
    """A tmpfs of ``size`` mounted on ``folder``; `fill` takes every free byte, `free` gives it back."""

    def __init__(self, folder: Path, size: str = "3m"):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            capture_output=True,
            text=True,
        )
        if done.returncode:
            _skip_or_fail(f"cannot mount a tmpfs (needs root): {done.stderr.strip()}")
        self.filler = folder / "filler"

    def fill(self) -> None:
        descriptor = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            for chunk in (65536, 512, 1):
                try:
                    while True:
                        os.write(descriptor, b"\0" * chunk)
                except OSError:
                    pass  # full at this size: go on with smaller writes
        finally:
            os.close(descriptor)

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.folder)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    disk = SmallDisk(tmp_path / "small")
    yield disk
    disk.unmount()


def _server_binaries() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else None


class OwnPostgres:
    """A throwaway PostgreSQL cluster (initdb) on a free port, which the test stops and starts."""

    def __init__(self) -> None:
        binaries = _server_binaries()
        if binaries is None:
            _skip_or_fail("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin")
        self.bin = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="citrus-pg-"))
        self.data = self.folder / "data"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        # The server refuses to run as root: it runs as the system's postgres user then.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.folder, "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        self.start()

    def _run(self, tool: str, *args: str) -> None:
        done = subprocess.run([*self.as_user, str(self.bin / tool), *args], capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(f"{tool} failed: {done.stdout}{done.stderr}")

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.folder}"
        options += " -c fsync=off"
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start"
        )

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    @property
    def server(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}"

    def create_database(self, name: str = "citrus") -> str:
        import psycopg

        with psycopg.connect(f"{self.server}/postgres", autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")
        return f"{self.server}/{name}"

    def remove(self) -> None:
        subprocess.run(
            [*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def own_postgres() -> Iterator[OwnPostgres]:
    server = OwnPostgres()
    yield server
    server.remove()
