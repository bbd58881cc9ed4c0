"""The lazy list model: Qt's model checks, and searches in a worker thread that never block and
where the newest keyword wins."""

import pytest

from citrus_desktop.domain.demo import fill_demo
from citrus_desktop.domain.list_sources import InventorySource
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.ui.lists.table_model import PAGE_SIZE, IdRole, ListModel


@pytest.fixture
def demo(db_path):
    open_database(str(db_path))
    fill_demo(1_200)
    yield
    close_database()


def wait_loaded(qtbot, model: ListModel) -> None:
    qtbot.waitUntil(lambda: not model.is_loading, timeout=10_000)


def test_model_passes_qt_checks(qtmodeltester, demo):
    model = ListModel(InventorySource())
    qtmodeltester.check(model)
    model.set_keyword("ltda")
    qtmodeltester.check(model)


@pytest.mark.parametrize("background", [False, True], ids=["ui-thread", "worker"])
def test_search_results_match_the_source(qtbot, demo, background):
    model = ListModel(InventorySource())
    if background:
        model.sync_below_rows = 0  # as on a large database: searches go to the worker
    source = InventorySource()
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_keyword("Ltda")
    assert model.rowCount() == source.count("ltda") > PAGE_SIZE
    assert model.id_at(0) == source.page(0, 1, "ltda")[0][0]
    # A page past the first arrives from the worker, announced by dataChanged.
    last = model.rowCount() - 1
    if background:
        assert model.index(last, 0).data() is None
        with qtbot.waitSignal(model.dataChanged, timeout=10_000):
            pass
    expected = source.page(last, 1, "ltda")[0]
    assert model.index(last, 0).data() == expected[1]
    assert model.index(last, 0).data(IdRole) == expected[0]


def test_newer_keyword_supersedes_older(qtbot, demo):
    model = ListModel(InventorySource())
    model.sync_below_rows = 0
    seen = []
    model.loaded.connect(lambda: seen.append(model.keyword))
    model.set_keyword("a")
    model.set_keyword("notebook")
    model.set_keyword("zzzz-nothing")
    assert model.is_loading
    wait_loaded(qtbot, model)
    qtbot.wait(50)
    assert seen == ["zzzz-nothing"]
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_keyword("")  # back to the whole list: read at once
    assert model.rowCount() == 1_200


def test_loading_signal_brackets_a_background_search(qtbot, demo):
    model = ListModel(InventorySource())
    model.sync_below_rows = 0
    states = []
    model.loading.connect(states.append)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_keyword("notebook")
    assert states == [True, False]
    # Rows of the previous list stay readable while a search runs.
    model.set_keyword("ltda")
    assert model.is_loading
    wait_loaded(qtbot, model)


def test_sort_by_every_column(qtbot, demo):
    from PySide6.QtCore import Qt

    model = ListModel(InventorySource())
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            descending = order == Qt.SortOrder.DescendingOrder
            total = model.rowCount()
            want = InventorySource().page(total - 1, 1, "", column, descending)[0][0]
            assert model.index(total - 1, 0).data(IdRole) == want
