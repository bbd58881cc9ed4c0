"""Stock-takes in the recycle bin on PostgreSQL: the SQLite tests again, plus an editor (not an
administrator) restoring a site with its counts, as row security allows."""

from citrus_desktop.domain import stock_takes as st
from citrus_desktop.domain.recycle_bin import RecycleBinSource, restore
from citrus_desktop.domain.sites import delete_sites
from citrus_desktop.domain.undo import revert
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.store.transactions import last_committed
from tests.unit.test_stock_take_bin import *  # noqa: F403  (the same tests, on PostgreSQL)


def test_an_editor_deletes_restores_and_undoes_a_site_with_its_counts(counted, pg_url, logins):
    _acme, here, _item, finished, paused = counted
    editor = logins("editor", "ana")
    close_database()
    open_database(editor.url)
    delete_sites([here])
    assert st.site_results(here) == []
    restore(RecycleBinSource().ordered_ids())
    assert RecycleBinSource().ordered_ids() == []
    assert [info.id for info in st.site_results(here)] == [finished] and st.unfinished(here) == paused
    delete_sites([here])
    revert(last_committed().id)
    assert RecycleBinSource().ordered_ids() == []
    assert [info.id for info in st.site_results(here)] == [finished] and st.unfinished(here) == paused


def test_a_server_holding_counts_upgrades_and_its_counts_then_go_to_the_bin(monkeypatch, fresh_pg):
    from tests.unit.test_stock_take_bin_upgrade import upgrade_keeps_counts_and_bins_them_afterwards

    upgrade_keeps_counts_and_bins_them_afterwards(monkeypatch, fresh_pg("stock_take_upgrade"))
