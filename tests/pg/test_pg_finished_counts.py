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


def restore_by_hand(url: str, count_id: int, alter: bool, erase_entry: bool) -> None:
    """As an editor's psycopg: delete a finished count (to the bin), put it back in the same
    transaction with its lines (one of them ``alter``-ed), erase its bin entry or not, commit."""
    with psycopg.connect(url) as conn:
        count = conn.execute("SELECT * FROM stock_take WHERE id = %s", (count_id,)).fetchone()
        columns = [c.name for c in conn.execute("SELECT * FROM stock_take LIMIT 0").description or []]
        kept = conn.execute(
            "SELECT id, serial_number, serial_key, state, expected, description, place, scanned_at, "
            "scanned_by FROM stock_take_entry WHERE stock_take_id = %s ORDER BY id",
            (count_id,),
        ).fetchall()
        conn.execute("DELETE FROM stock_take WHERE id = %s", (count_id,))
        marks = ", ".join(["%s"] * len(columns))
        conn.execute(f"INSERT INTO stock_take ({', '.join(columns)}) VALUES ({marks})", count)
        for number, line in enumerate(kept):
            state = "found" if alter and number == 0 and line[3] == "unknown" else line[3]
            conn.execute(
                "INSERT INTO stock_take_entry (id, stock_take_id, serial_number, serial_key, state, "
                "expected, description, place, scanned_at, scanned_by) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (line[0], count_id, line[1], line[2], state, *line[4:]),
            )
        if erase_entry:
            conn.execute(
                "DELETE FROM recycle_bin WHERE table_name = 'stock_take' AND row_id = %s", (count_id,)
            )
        conn.commit()


@pytest.mark.parametrize("erase_entry", [True, False], ids=["entry erased", "entry left in the bin"])
def test_an_editor_cannot_rewrite_a_finished_count_by_deleting_and_putting_it_back(
    make, database, logins, erase_entry
):
    acme = make.customer("ACME")
    here = make.site(acme, "Matriz")
    finished = st.start_or_resume(acme, here)
    st.record_scan(finished, "NOPE-1")
    st.finish(finished)
    before = lines(database, finished)
    editor = logins("editor", "ana")
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match=FINISHED_MESSAGE):
        restore_by_hand(editor.url, finished, alter=True, erase_entry=erase_entry)
    assert lines(database, finished) == before and RecycleBinSource().ordered_ids() == []
    # Put back as the bin kept it, it is a Restore by hand: allowed, nothing changed.
    restore_by_hand(editor.url, finished, alter=False, erase_entry=True)
    assert lines(database, finished) == before and RecycleBinSource().ordered_ids() == []
