"""Nothing is lost where stock-taking meets the recycle bin: a site's counts go to the bin with it
and come back with it (Restore and Undo); a deleted item's lines relink when it comes back;
purging and the retention erase a site's counts with it. tests/pg runs these on PostgreSQL."""

from datetime import datetime, timedelta

import pytest

from citrus_desktop.domain import stock_takes as st
from citrus_desktop.domain.contracts import delete_contracts
from citrus_desktop.domain.customers import delete_customers
from citrus_desktop.domain.errors import InUseError
from citrus_desktop.domain.history import record_history
from citrus_desktop.domain.items import delete_items
from citrus_desktop.domain.recycle_bin import (
    RecycleBinSource,
    RestoreRefused,
    entry_record,
    prune,
    purge,
    restore,
)
from citrus_desktop.domain.sites import SiteData, delete_sites, save_site
from citrus_desktop.domain.undo import revert
from citrus_desktop.store.transactions import last_committed


@pytest.fixture
def counted(make):
    """ACME's site Matriz with a finished count (one item found, one unknown serial) and a paused
    one (one scan); its item A-1 sits at another site, so that the site can be deleted."""
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
    return acme, here, item, finished, paused


def bin_rows() -> list[tuple]:
    source = RecycleBinSource()
    return [(row[1], row[2], row[3]) for row in source.rows(source.ordered_ids())]


def lines(database, count_id: int) -> list[tuple]:
    return database.execute_sql(
        "SELECT serial_number, state, item_id, deleted_item_id FROM stock_take_entry "
        f"WHERE stock_take_id = {int(count_id)} ORDER BY id"
    ).fetchall()


def state_of(database) -> dict:
    counts = database.execute_sql(
        "SELECT id, site_id, state, found_count FROM stock_take ORDER BY id"
    ).fetchall()
    entries = database.execute_sql(
        "SELECT id, stock_take_id, serial_number, state, item_id FROM stock_take_entry ORDER BY id"
    ).fetchall()
    return {"counts": counts, "entries": entries}


def entry_of(column: int, text: str) -> int:
    """The bin entry whose row's ``column`` (1 kind, 2 label) reads ``text``."""
    source = RecycleBinSource()
    return next(row[0] for row in source.rows(source.ordered_ids()) if row[column] == text)


def bin_ids() -> list[int]:
    return RecycleBinSource().ordered_ids()


def test_a_deleted_sites_counts_wait_in_the_bin_and_come_back_with_it(counted, database):
    acme, here, item, finished, paused = counted
    before = state_of(database)
    assert delete_sites([here]) == 1
    assert state_of(database) == {"counts": [], "entries": []}
    day = datetime.now().strftime("%Y-%m-%d")
    assert sorted(bin_rows()) == [
        ("Site", "Matriz", "ACME"),
        ("Stock-take", f"Matriz — {day}", "ACME"),
        ("Stock-take", f"Matriz — {day}", "ACME"),
    ]
    site_entry = entry_of(2, "Matriz")
    assert restore([site_entry]) == 3  # the site and its two counts: deleted together, back together
    assert state_of(database) == before
    assert bin_rows() == []
    assert [info.id for info in st.site_results(here)] == [finished]
    assert st.unfinished(here) == paused  # the paused count resumes
    assert st.start_or_resume(acme, here) == paused
    assert [e.serial for e in st.entries(paused)] == ["NOPE-2"]
    assert lines(database, finished)[0] == ("A-1", "other_site", item, None)


def test_restoring_a_count_brings_its_site_back_too(counted, database):
    _acme, here, _item, finished, _paused = counted
    delete_sites([here])
    count_entry = entry_of(1, "Stock-take")
    assert restore([count_entry]) == 3
    assert [info.id for info in st.site_results(here)] == [finished]


def test_the_sites_history_shows_the_delete_the_restore_and_the_count(counted, database):
    _acme, here, _item, _finished, _paused = counted
    delete_sites([here])
    restore(bin_ids())
    kinds = [change.what for change in record_history("site", here)]
    assert {"restored", "deleted", "stock-take"} <= set(kinds)
    assert kinds.index("restored") < kinds.index("deleted")  # newest first


def test_undo_of_a_site_delete_brings_its_counts_back_and_redo_takes_them_again(counted, database):
    _acme, here, _item, finished, paused = counted
    before = state_of(database)
    delete_sites([here])
    deleted = last_committed().id
    undone = revert(deleted)
    assert state_of(database) == before and bin_rows() == []
    revert(undone, "redo")
    assert state_of(database) == {"counts": [], "entries": []}
    assert [kind for kind, _label, _c in sorted(bin_rows())] == ["Site", "Stock-take", "Stock-take"]
    revert(last_committed().id)  # undo the redo
    assert state_of(database) == before
    assert st.unfinished(here) == paused and [i.id for i in st.site_results(here)] == [finished]


def test_a_count_nobody_scanned_in_goes_with_its_site_without_a_trace(make, database):
    acme = make.customer()
    site = make.site(acme)
    st.start_or_resume(acme, site)  # looked at, nothing scanned, not finished: nothing to keep
    delete_sites([site])
    assert [kind for kind, _label, _c in bin_rows()] == ["Site"]


def test_a_refused_restore_leaves_the_site_and_its_counts_in_the_bin(counted, database):
    acme, here, _item, _finished, _paused = counted
    delete_sites([here])
    save_site(SiteData(customer_id=acme, name="Matriz"))  # the name is taken meanwhile
    with pytest.raises(RestoreRefused, match="another site “Matriz”"):
        restore(bin_ids())
    assert len(bin_rows()) == 3
    assert database.execute_sql("SELECT count(*) FROM stock_take").fetchone()[0] == 0


def test_a_customer_keeps_its_sites_so_their_counts_go_and_come_with_them(counted, database):
    acme, here, item, _finished, _paused = counted
    with pytest.raises(InUseError):
        delete_customers([acme])  # its sites and item still exist: refused, naming them
    delete_items([item])
    delete_sites(st_sites(database, acme))
    delete_contracts([row[0] for row in database.execute_sql("SELECT id FROM contract")])
    assert delete_customers([acme]) == 1
    site_entry = entry_of(2, "Matriz")
    with pytest.raises(RestoreRefused, match="customer “ACME” is in the recycle bin"):
        restore([site_entry])
    customer_entry = entry_of(1, "Customer")
    restore([customer_entry])
    restore([site_entry])
    assert st.unfinished(here) is not None and len(st.site_results(here)) == 1


def st_sites(database, customer_id: int) -> list[int]:
    return [
        row[0] for row in database.execute_sql(f"SELECT id FROM site WHERE customer_id = {int(customer_id)}")
    ]


def test_a_deleted_items_lines_point_at_it_again_when_it_comes_back(counted, database):
    _acme, _here, item, finished, _paused = counted
    delete_items([item])
    assert lines(database, finished)[0] == ("A-1", "other_site", None, item)
    restore(bin_ids())
    assert lines(database, finished)[0] == ("A-1", "other_site", item, None)
    delete_items([item])
    revert(last_committed().id)  # Ctrl+Z
    assert lines(database, finished)[0] == ("A-1", "other_site", item, None)


def test_a_count_put_back_while_its_item_is_in_the_bin_relinks_when_the_item_comes_back(counted, database):
    _acme, here, item, finished, _paused = counted
    delete_sites([here])
    site_batch = last_committed().id
    delete_items([item])
    revert(site_batch)  # the site and its counts come back; the item is still in the bin
    assert lines(database, finished)[0] == ("A-1", "other_site", None, item)
    restore(bin_ids())
    assert lines(database, finished)[0] == ("A-1", "other_site", item, None)


def test_purging_a_site_erases_its_counts_and_purging_an_item_forgets_the_link(counted, database):
    _acme, here, item, finished, _paused = counted
    delete_items([item])
    [item_entry] = bin_ids()
    purge([item_entry])
    assert lines(database, finished)[0] == ("A-1", "other_site", None, None)  # serial and state kept
    delete_sites([here])
    site_entry = entry_of(1, "Site")
    assert purge([site_entry]) == 1
    assert bin_rows() == []


def test_the_retention_erases_an_old_sites_counts_with_it(counted, database):
    _acme, here, _item, _finished, _paused = counted
    delete_sites([here])
    prune(days=30)
    assert len(bin_rows()) == 3  # not old enough
    purged, _pruned = prune(days=30, now=datetime.now() + timedelta(days=31))
    assert purged == 3 and bin_rows() == []


def test_a_count_deleted_by_another_program_waits_in_the_bin_and_its_history_is_its_sites(counted, database):
    acme, here, _item, _finished, paused = counted
    with database.atomic():
        database.execute_sql(f"DELETE FROM stock_take WHERE id = {int(paused)}")  # around the app
    assert [kind for kind, _label, _c in bin_rows()] == ["Stock-take"]
    [entry] = bin_ids()
    assert entry_record(entry) == ("site", here)  # its History button shows the site's
    again = st.start_or_resume(acme, here)  # counted again meanwhile
    st.record_scan(again, "NEW-1")
    with pytest.raises(RestoreRefused, match="being counted again"):
        restore([entry])
    st.finish(again)
    assert restore([entry]) == 1
    assert st.unfinished(here) == paused and [e.serial for e in st.entries(paused)] == ["NOPE-2"]
