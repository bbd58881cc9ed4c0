"""No schema upgrade of a server without a copy of its data first (the copy itself is the data
in/out feature's ``migrations.server_copy``; here a stand-in proves when it runs and what stops)."""

from pathlib import Path

import pytest

from citrus_desktop.store import database as store_database
from citrus_desktop.store import migrations, schema
from citrus_desktop.store.database import DatabaseProblem, close_database, open_database
from citrus_desktop.store.schema import MIGRATIONS


def older_server(monkeypatch, url: str) -> int:
    chain = MIGRATIONS[:-1]
    for module, name, value in (
        (migrations, "MIGRATIONS", chain),
        (schema, "MIGRATIONS", chain),
        (schema, "SCHEMA_VERSION", chain[-1].version),
        (store_database, "SCHEMA_VERSION", chain[-1].version),
    ):
        monkeypatch.setattr(module, name, value)
    open_database(url)
    close_database()
    monkeypatch.undo()
    return chain[-1].version


def test_the_copy_is_made_before_the_upgrade_and_the_window_says_where(
    monkeypatch, fresh_pg, tmp_path, qtbot, qapp
):
    url = fresh_pg("upgrade")
    old = older_server(monkeypatch, url)
    seen: list[tuple[int, int]] = []

    def copy(database, version: int) -> Path:
        seen.append((version, migrations.current_version(database)))
        target = tmp_path / "server-copy.db"
        target.write_bytes(b"copy")
        return target

    monkeypatch.setattr(migrations, "server_copy", copy)
    from citrus_desktop.app import create_main_window

    window = create_main_window(url)
    qtbot.addWidget(window)
    qtbot.wait(20)  # the window's start-up checks run while its database is open
    assert seen == [(old, old)]  # called once, while the server was still at the old version
    assert str(tmp_path / "server-copy.db") in window.statusBar().currentMessage()
    window.close()
    close_database()


def test_a_failed_copy_stops_the_upgrade(monkeypatch, fresh_pg):
    url = fresh_pg("upgrade")
    old = older_server(monkeypatch, url)

    def broken(database, version: int) -> Path:
        raise DatabaseProblem("the disk is full")

    monkeypatch.setattr(migrations, "server_copy", broken)
    with pytest.raises(DatabaseProblem):
        open_database(url)
    monkeypatch.setattr(migrations, "server_copy", None)
    import psycopg

    with psycopg.connect(url) as conn:
        version = conn.execute("SELECT value FROM citrus_meta WHERE key = 'schema_version'").fetchone()[0]
    assert int(version) == old
