"""A finished stock-take is kept as it was found (schema v12): no program may change its row or
its lines, while a paused one is still scanned and finished, a deleted item's lines still relink
and the bin still takes and gives back counts (tests/unit/test_stock_take_bin.py). tests/pg runs
these on PostgreSQL, and an editor's psql besides."""

import sqlite3

import pytest

from citrus_desktop.domain import stock_takes as st
from citrus_desktop.domain.errors import UnavailableError
from citrus_desktop.domain.recycle_bin import RecycleBinSource, restore
from citrus_desktop.domain.sites import delete_sites
from citrus_desktop.domain.undo import revert
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.store.failures import classify, finished_count
from citrus_desktop.store.finished_count_schema import FINISHED_MESSAGE, finished_count_statements
from citrus_desktop.store.migrations import current_version
from citrus_desktop.store.problems import FinishedCount
from citrus_desktop.store.schema import MIGRATIONS
from citrus_desktop.store.transactions import last_committed
from tests.unit.conftest import Factory
from tests.unit.test_migrations import use
from tests.unit.test_stock_take_bin import counted, lines  # noqa: F401  (the fixture)

MINE = next(m for m in MIGRATIONS if m.statements is finished_count_statements)
BEFORE = tuple(m for m in MIGRATIONS if m.version < MINE.version)


@pytest.fixture
def other_program(db_path, database):
    """A connection of another program, writing around the app (tests/pg: psycopg)."""
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    yield connection
    connection.close()


def rewrites(finished: int, paused: int, other_item: int) -> list[str]:
    """Statements that would change the result of the count ``finished``."""
    f = int(finished)
    return [
        f"UPDATE stock_take SET found_count = 9 WHERE id = {f}",
        f"UPDATE stock_take SET finished_by = 'Eve' WHERE id = {f}",
        f"UPDATE stock_take SET state = 'paused', finished_at = NULL WHERE id = {f}",
        f"UPDATE stock_take_entry SET state = 'found' WHERE stock_take_id = {f}",
        f"UPDATE stock_take_entry SET description = 'x' WHERE stock_take_id = {f}",
        f"UPDATE stock_take_entry SET serial_number = 'B-9', serial_key = 'b-9' WHERE stock_take_id = {f}",
        # Relinking only between the ids a line holds: not to another item.
        f"UPDATE stock_take_entry SET item_id = {int(other_item)} WHERE stock_take_id = {f}",
        f"UPDATE stock_take_entry SET deleted_item_id = {int(other_item)} WHERE stock_take_id = {f}",
        # A paused count's line moved into the finished one, or one of its lines moved out.
        f"UPDATE stock_take_entry SET stock_take_id = {f} WHERE stock_take_id = {int(paused)}",
        f"UPDATE stock_take_entry SET stock_take_id = {int(paused)} WHERE stock_take_id = {f}",
        "INSERT INTO stock_take_entry (stock_take_id, serial_number, serial_key, state, scanned_at) "
        f"VALUES ({f}, 'X-1', 'x-1', 'unknown', '2026-12-01 10:00:00')",
        f"DELETE FROM stock_take_entry WHERE stock_take_id = {f}",
    ]


def test_no_program_changes_a_finished_counts_row_or_lines(counted, make, other_program, snapshot):  # noqa: F811
    acme, _here, _item, finished, paused = counted
    other_item = make.item(acme, "B-1")
    before = snapshot()
    for statement in rewrites(finished, paused, other_item):
        try:
            other_program.execute(statement)
        except Exception as error:  # sqlite3's or psycopg's
            assert FINISHED_MESSAGE in str(error), statement
        else:
            pytest.fail(f"not refused: {statement}")
    assert snapshot() == before


def test_a_paused_count_is_still_written_scanned_and_finished(counted, other_program, database):  # noqa: F811
    acme, here, _item, _finished, paused = counted
    other_program.execute(f"UPDATE stock_take SET started_by = 'Bia' WHERE id = {int(paused)}")
    assert st.start_or_resume(acme, here) == paused
    assert st.record_scan(paused, "A-1").outcome == "other_site"
    st.finish(paused)
    assert st.count_info(paused).state == "finished"
    with pytest.raises(Exception, match="finished stock-take"):
        other_program.execute(f"UPDATE stock_take SET started_by = 'Eve' WHERE id = {int(paused)}")


def test_the_app_tells_the_refusal_in_words(counted, database, other_program):  # noqa: F811
    _acme, _here, _item, finished, _paused = counted
    statement = f"UPDATE stock_take SET found_count = 9 WHERE id = {int(finished)}"
    with pytest.raises(Exception) as raw_error:
        other_program.execute(statement)
    assert isinstance(classify(raw_error.value), FinishedCount)
    with pytest.raises(FinishedCount) as refused, database.atomic():
        database.execute_sql(statement)
    assert str(refused.value) == str(finished_count()) and "finished" in str(refused.value)
    # A count's own actions tell it as any unavailable database (a message, never the crash dialog).
    with pytest.raises(UnavailableError, match="cannot be changed"):
        st._guarded(lambda: database.execute_sql(statement))


def test_a_count_restored_under_another_number_gets_its_lines_back(counted, database, other_program):  # noqa: F811
    acme, here, _item, finished, _paused = counted
    before = [(e.serial, e.state) for e in st.entries(finished)]
    other_program.execute(f"DELETE FROM stock_take WHERE id = {int(finished)}")  # to the bin
    # Another program gives its number to a count of its own.
    other_program.execute(
        "INSERT INTO stock_take (id, customer_id, site_id, state, started_at, finished_at) "
        f"VALUES ({int(finished)}, {int(acme)}, {int(here)}, 'finished', '2026-01-02 10:00:00', "
        "'2026-01-02 11:00:00')"
    )
    assert restore(RecycleBinSource().ordered_ids()) == 1
    [back] = [info.id for info in st.site_results(here) if info.id != finished]
    assert back != finished and [(e.serial, e.state) for e in st.entries(back)] == before


def test_undo_of_a_finish_is_not_offered_by_the_database(counted, database, other_program):  # noqa: F811
    """The site's delete is undone with its counts; the finished one stays as it was."""
    _acme, here, _item, finished, paused = counted
    kept = lines(database, finished)
    delete_sites([here])
    revert(last_committed().id)
    assert lines(database, finished) == kept
    assert st.unfinished(here) == paused
    with pytest.raises(Exception, match="finished stock-take"):
        other_program.execute(f"DELETE FROM stock_take_entry WHERE stock_take_id = {int(finished)}")


def older_database_with_counts(monkeypatch, url: str) -> tuple[int, int, int, int, int]:
    """A database of the version before, with a finished and a paused count of a site (made by the
    app of that version, whose tables are today's)."""
    with monkeypatch.context() as older:
        use(older, BEFORE)
        database = open_database(url)
        make = Factory()
        acme = make.customer("ACME")
        here, there = make.site(acme, "Matriz"), make.site(acme, "Filial")
        item = make.item(acme, "A-1", site_id=there)
        finished = st.start_or_resume(acme, here)
        st.record_scan(finished, "A-1")
        st.record_scan(finished, "NOPE-1")
        st.finish(finished)
        paused = st.start_or_resume(acme, here)
        st.record_scan(paused, "NOPE-2")
        st.pause(paused)
        # The version before let anyone rewrite a finished count.
        with database.atomic():
            database.execute_sql(f"UPDATE stock_take SET finished_by = 'Ana' WHERE id = {int(finished)}")
        assert current_version(database) == BEFORE[-1].version
        close_database()
    return acme, here, item, finished, paused


def upgrade_keeps_finished_counts_as_they_are(monkeypatch, url: str) -> None:
    acme, here, item, finished, paused = older_database_with_counts(monkeypatch, url)
    database = open_database(url)
    assert current_version(database) == MIGRATIONS[-1].version >= MINE.version
    info = st.count_info(finished)
    assert (info.state, info.finished_by, info.counts.unexpected) == ("finished", "Ana", 2)
    with pytest.raises(FinishedCount), database.atomic():
        database.execute_sql(f"UPDATE stock_take SET found_count = 9 WHERE id = {int(finished)}")
    with pytest.raises(FinishedCount), database.atomic():
        database.execute_sql(f"DELETE FROM stock_take_entry WHERE stock_take_id = {int(finished)}")
    # The paused count goes on.
    assert st.start_or_resume(acme, here) == paused
    st.record_scan(paused, "NOPE-3")
    st.finish(paused)
    assert [i.id for i in st.site_results(here)] == [paused, finished]
    # The bin still takes them with their site and gives them back.
    kept = {count: lines(database, count) for count in (finished, paused)}
    delete_sites([here])
    assert database.execute_sql("SELECT count(*) FROM stock_take").fetchone()[0] == 0
    restore(RecycleBinSource().ordered_ids())
    assert {count: lines(database, count) for count in (finished, paused)} == kept
    assert lines(database, finished)[0] == ("A-1", "other_site", item, None)


def test_a_database_with_finished_and_paused_counts_upgrades(monkeypatch, db_path):
    try:
        upgrade_keeps_finished_counts_as_they_are(monkeypatch, str(db_path))
    finally:
        close_database()
