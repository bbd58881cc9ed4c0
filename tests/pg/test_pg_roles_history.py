"""The history and the recycle bin under roles: nobody but the owner's triggers writes history,
editors restore, only administrators purge, and the history names the login that wrote."""

import psycopg
import pytest

from citrus_desktop.domain import access
from citrus_desktop.domain.errors import NotAllowedError
from citrus_desktop.domain.items import delete_items, get_item, save_item
from citrus_desktop.domain.recycle_bin import purge, restore, set_retention_days
from citrus_desktop.store.database import open_database
from tests.pg.logins import psql, session_psql
from tests.pg.test_pg_roles_domain import world

DENIED = "42501"


def bin_ids(url: str) -> list[int]:
    with psycopg.connect(url) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM recycle_bin ORDER BY id")]


def history_count(url: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM history").fetchone()[0]


@pytest.fixture
def deleted_item(pg_url, logins):
    """An item an editor deleted through the app: it waits in the bin."""
    item_id, _make = world(pg_url)
    editor = logins("editor")
    open_database(editor.url)
    access.detect()
    delete_items([item_id])
    return item_id, editor


def test_nobody_writes_history_by_hand(pg_url, deleted_item, logins):
    _item_id, editor = deleted_item
    admin = logins("admin")
    before = history_count(pg_url)
    for login in (editor, admin):
        states = psql(
            login.url,
            [
                "INSERT INTO history (table_name, row_id, kind) VALUES ('customer', 1, 'u')",
                "UPDATE history SET kind = 'c'",
                "INSERT INTO history_batch (action, db_user) VALUES ('edit', 'postgres')",
                "UPDATE history_batch SET db_user = 'postgres'",
                "UPDATE history_batch SET actor = 'Someone else'",
                "INSERT INTO recycle_bin (table_name, row_id, data) VALUES ('customer', 1, '{}')",
                "UPDATE recycle_bin SET label = 'forged'",
                "TRUNCATE history",
                "ALTER TABLE history DISABLE ROW LEVEL SECURITY",
                "SELECT citrus_batch_id()",
                "INSERT INTO citrus_meta (key, value) VALUES ('schema_version', '99')",
            ],
        )
        assert states == [DENIED] * len(states), (login.name, states)
    assert history_count(pg_url) == before


def test_deletes_an_administrator_could_aim_at_history_erase_nothing_live(pg_url, deleted_item, logins):
    admin = logins("admin")
    with psycopg.connect(pg_url) as conn:
        live_entries = conn.execute(
            "SELECT count(*) FROM history h WHERE h.table_name = 'customer'"
        ).fetchone()[0]
    done = session_psql(
        admin.url,
        "DELETE FROM history WHERE table_name = 'customer';\n"
        "DELETE FROM history_batch;\n"
        "DELETE FROM citrus_meta WHERE key = 'schema_version';\n",
    )
    assert done.stdout.count("DELETE 0") == 3, done.stdout + done.stderr
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM history WHERE table_name = 'customer'").fetchone()[0] == (
            live_entries
        )
        assert conn.execute("SELECT value FROM citrus_meta WHERE key = 'schema_version'").fetchone()


def test_an_editor_restores_but_cannot_purge_with_the_app_or_psql(pg_url, deleted_item):
    item_id, editor = deleted_item
    entries = bin_ids(pg_url)
    assert entries
    with pytest.raises(NotAllowedError, match="Only administrators purge"):
        purge(entries)
    done = session_psql(editor.url, "DELETE FROM recycle_bin;\n")
    assert "DELETE 0" in done.stdout, done.stdout + done.stderr
    assert bin_ids(pg_url) == entries
    assert restore(entries) == 1
    assert get_item(item_id).serial_number == "SN-1"
    assert bin_ids(pg_url) == []
    with pytest.raises(NotAllowedError, match="refused"):
        set_retention_days(30)


def test_an_administrator_purges_and_sets_the_retention(pg_url, deleted_item, logins):
    item_id, _editor = deleted_item
    open_database(logins("admin").url)
    assert access.detect().purge_refusal() is None
    assert purge(bin_ids(pg_url)) == 1
    assert bin_ids(pg_url) == []
    with psycopg.connect(pg_url) as conn:
        left = conn.execute(
            "SELECT count(*) FROM history WHERE table_name = 'inventory_item' AND row_id = %s", (item_id,)
        ).fetchone()[0]
    assert left == 0
    set_retention_days(30)
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT value FROM citrus_meta WHERE key = 'retention_days'").fetchone() == (
            "30",
        )


def test_the_history_names_the_login_not_a_setting_the_client_chose(pg_url, logins):
    world(pg_url)
    editor = logins("editor")
    with psycopg.connect(pg_url) as conn:
        someone_elses = conn.execute("SELECT max(id) FROM history_batch").fetchone()[0]
    done = session_psql(
        editor.url,
        f"SELECT set_config('citrus.batch', '{someone_elses}', false);\n"
        "SET application_name = 'postgres';\n"
        "UPDATE customer SET notes = 'by psql';\n",
    )
    assert "UPDATE 1" in done.stdout, done.stdout + done.stderr
    with psycopg.connect(pg_url) as conn:
        db_user, action = conn.execute(
            "SELECT b.db_user, b.action FROM history h JOIN history_batch b ON b.id = h.batch_id "
            "WHERE h.table_name = 'customer' AND h.kind = 'u' ORDER BY h.id DESC LIMIT 1"
        ).fetchone()
    assert (db_user, action) == (editor.name, "external")


def test_an_editor_relabels_only_the_batch_of_its_own_transaction(pg_url, logins):
    world(pg_url)
    editor = logins("editor")
    open_database(editor.url)
    access.detect()
    item = get_item(1)
    item.description = "saved through the app"
    save_item(item)  # the app labels its batch in the same transaction
    done = session_psql(editor.url, "UPDATE history_batch SET summary = 'rewritten';\n")
    assert "UPDATE 0" in done.stdout, done.stdout + done.stderr
    done = session_psql(
        editor.url,
        "BEGIN;\nSELECT citrus_begin_batch('edit', 'first words', NULL) > 0;\n"
        "UPDATE history_batch SET summary = 'better words' "
        "WHERE id = current_setting('citrus.batch')::bigint;\nCOMMIT;\n",
    )
    assert "UPDATE 1" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("role", "restores", "purges"), [("reader", False, False), ("editor", True, False), ("admin", True, True)]
)
def test_the_recycle_bin_page_offers_what_the_role_may(
    qtbot, qapp, pg_url, deleted_item, logins, role, restores, purges
):
    from PySide6.QtWidgets import QApplication, QTableView, QToolButton

    from citrus_desktop.app import create_main_window
    from citrus_desktop.store.database import close_database
    from tests.ui.helpers import find, select_rows

    window = create_main_window(logins(role).url)
    qtbot.addWidget(window)
    try:
        window.show()
        QApplication.processEvents()  # the start-up checks queued for the window run now
        window.show_page("recycleBin")
        table = find(window, QTableView, "recycleBinTable")
        qtbot.waitUntil(lambda: table.model().rowCount() == 1)
        select_rows(qtbot, table, [0])
        restore_button = find(window, QToolButton, "recycleBinRestore")
        purge_button = find(window, QToolButton, "recycleBinPurge")
        assert restore_button.isEnabled() == restores
        assert purge_button.isEnabled() == purges
        if not purges:
            assert "Only administrators purge" in purge_button.toolTip()
    finally:
        window.close()
        for widget in QApplication.topLevelWidgets():
            widget.close()
        close_database()
