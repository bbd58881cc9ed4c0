"""A finished stock-take kept as it was found, on PostgreSQL: the SQLite tests again (another
program being a superuser's psycopg connection), then an editor's own psql and psycopg, which
may scan and finish a paused count but not rewrite a finished one."""

import psycopg
import pytest

from citrus_desktop.domain import stock_takes as st
from citrus_desktop.domain.items import delete_items
from citrus_desktop.domain.recycle_bin import RecycleBinSource, restore
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.store.finished_count_schema import FINISHED_MESSAGE
from tests.pg.logins import psql
from tests.unit.test_finished_counts import *  # noqa: F403  (the same tests, on PostgreSQL)
from tests.unit.test_finished_counts import rewrites
from tests.unit.test_stock_take_bin import lines

DENIED = "42501"


@pytest.fixture
def other_program(raw):
    return raw


def test_psql_an_editor_cannot_rewrite_a_finished_count_but_writes_a_paused_one(counted, make, logins):
    acme, _here, _item, finished, paused = counted
    other_item = make.item(acme, "B-1")
    editor = logins("editor", "ana")
    statements = rewrites(finished, paused, other_item)
    allowed = [
        f"UPDATE stock_take SET started_by = 'Bia' WHERE id = {int(paused)}",
        f"UPDATE stock_take_entry SET scanned_by = 'Bia' WHERE stock_take_id = {int(paused)}",
        "INSERT INTO stock_take_entry (stock_take_id, serial_number, serial_key, state, scanned_at) "
        f"VALUES ({int(paused)}, 'X-1', 'x-1', 'unknown', '2026-12-01 10:00:00')",
    ]
    states = psql(editor.url, [*statements, *allowed])
    assert states == [DENIED] * len(statements) + ["00000"] * len(allowed)


def test_an_editor_scans_and_finishes_in_the_app_and_then_cannot_change_the_result(counted, logins):
    acme, here, item, _finished, paused = counted
    editor = logins("editor", "ana")
    close_database()
    database = open_database(editor.url)
    assert st.start_or_resume(acme, here) == paused
    assert st.record_scan(paused, "A-1").outcome == "other_site"
    st.finish(paused)
    with psycopg.connect(editor.url, autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match=FINISHED_MESSAGE):
            conn.execute(f"UPDATE stock_take SET found_count = 9 WHERE id = {int(paused)}")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match=FINISHED_MESSAGE):
            conn.execute(f"UPDATE stock_take_entry SET state = 'found' WHERE stock_take_id = {int(paused)}")
    # The editor's item delete and restore still relink the finished count's line.
    delete_items([item])
    assert lines(database, paused)[0] == ("NOPE-2", "unknown", None, None)
    assert ("A-1", "other_site", None, item) in lines(database, paused)
    restore(RecycleBinSource().ordered_ids())
    assert ("A-1", "other_site", item, None) in lines(database, paused)


def test_a_server_with_finished_and_paused_counts_upgrades(monkeypatch, fresh_pg):
    from tests.unit.test_finished_counts import upgrade_keeps_finished_counts_as_they_are

    upgrade_keeps_finished_counts_as_they_are(monkeypatch, fresh_pg("finished_counts_upgrade"))
