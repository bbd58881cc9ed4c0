"""Stock-taking rules: what a scan finds, moving an item here, pausing, finishing; the database keeps them."""

import pytest
from peewee import IntegrityError

from citrus_desktop.domain import stock_takes as st
from citrus_desktop.domain.items import get_item
from citrus_desktop.domain.sites import delete_sites
from citrus_desktop.store.stock_take_models import StockTake


@pytest.fixture
def site_with_items(make):
    acme = make.customer("ACME")
    contract = make.contract(acme)
    here, there = make.site(acme, "Matriz"), make.site(acme, "Filial")
    kind = make.product_type("Impressora")
    for serial in ("A-1", "A-2", "A-3"):
        make.item(acme, serial, contract_id=contract, site_id=here, product_type_id=kind, description="Zebra")
    make.item(acme, "F-1", contract_id=contract, site_id=there, product_type_id=kind)
    make.item(make.customer("Beta"), "B-1")
    return acme, here, there


def test_scans_find_expected_items_and_tell_where_the_others_belong(site_with_items):
    acme, here, _there = site_with_items
    count = st.start_or_resume(acme, here)
    assert [(e.serial, e.state, e.description) for e in st.entries(count)] == [
        ("A-1", "missing", "Impressora — Zebra"), ("A-2", "missing", "Impressora — Zebra"),
        ("A-3", "missing", "Impressora — Zebra"),
    ]  # fmt: skip
    assert st.record_scan(count, "  a-2 ").outcome == "found"
    assert st.record_scan(count, "A-2").outcome == "again"
    other = st.record_scan(count, "f-1")
    assert (other.outcome, other.entry.serial, other.entry.place) == ("other_site", "F-1", "Filial")
    foreign = st.record_scan(count, "B-1")
    assert foreign.outcome == "other_customer" and foreign.entry.place.startswith("Beta — ")
    assert st.record_scan(count, "NOPE-9").outcome == "unknown"
    assert st.counts(count) == st.Counts(expected=3, found=1, missing=2, unexpected=3, moved=0)


def test_an_item_of_another_site_moves_here_in_one_action(site_with_items):
    acme, here, _there = site_with_items
    count = st.start_or_resume(acme, here)
    entry = st.record_scan(count, "F-1").entry
    foreign = st.record_scan(count, "B-1").entry
    assert st.move_here(count, [entry.id, foreign.id]) == 1
    assert get_item(entry.item_id).site_id == here
    assert get_item(entry.item_id).version == 2  # a normal, versioned item change
    states = {e.serial: e.state for e in st.entries(count)}
    assert states["F-1"] == "moved" and states["B-1"] == "other_customer"
    assert st.counts(count).found == 1 and st.counts(count).moved == 1


def test_a_paused_count_resumes_with_its_scans_and_new_items(site_with_items, make):
    acme, here, _there = site_with_items
    count = st.start_or_resume(acme, here)
    st.record_scan(count, "A-1")
    st.pause(count)
    assert StockTake.get_by_id(count).state == "paused"
    make.item(acme, "A-4", contract_id=make.contract(acme), site_id=here)
    assert st.start_or_resume(acme, here) == count
    states = {e.serial: e.state for e in st.entries(count)}
    assert states == {"A-1": "found", "A-2": "missing", "A-3": "missing", "A-4": "missing"}


def test_finishing_keeps_the_result_and_a_new_count_starts_afresh(site_with_items):
    acme, here, _there = site_with_items
    count = st.start_or_resume(acme, here)
    st.record_scan(count, "A-1")
    result = st.finish(count)
    assert (result.state, result.finished_by, result.counts.found, result.counts.missing) == (
        "finished", "tester", 1, 2
    )  # fmt: skip
    assert result.finished_at is not None
    with pytest.raises(st.NotFoundError):
        st.record_scan(count, "A-2")
    again = st.start_or_resume(acme, here)
    assert again != count and st.counts(again).found == 0
    assert [r.id for r in st.site_results(here)] == [count]


INSERT_COUNT = (
    "INSERT INTO stock_take (customer_id, site_id, state, started_at) VALUES (%s, %s, 'open', '2026-01-01')"
)


def test_the_database_keeps_one_unfinished_count_per_site(site_with_items, database):
    acme, here, there = site_with_items
    st.start_or_resume(acme, here)
    with pytest.raises(IntegrityError), database.atomic():
        database.execute_sql(
            INSERT_COUNT.replace("%s", database.param),
            (acme, here),
        )
    other = st.start_or_resume(acme, there)
    with pytest.raises(IntegrityError), database.atomic():
        database.execute_sql(
            f"UPDATE stock_take SET state = 'finished' WHERE id = {database.param}", (other,)
        )  # no date
    with pytest.raises(IntegrityError), database.atomic():
        database.execute_sql(
            INSERT_COUNT.replace("%s", database.param),
            (acme + 99, there),
        )


def test_a_sites_counts_go_with_it(make, database):
    acme = make.customer()
    site = make.site(acme)
    count = st.start_or_resume(acme, site)
    st.record_scan(count, "X-1")
    assert delete_sites([site]) == 1
    assert database.execute_sql("SELECT count(*) FROM stock_take_entry").fetchone() == (0,)


def test_a_count_nobody_scanned_in_is_forgotten(site_with_items):
    acme, here, _there = site_with_items
    looked = st.start_or_resume(acme, here)
    assert st.discard_if_untouched(looked)
    assert st.unfinished(here) is None
    counted = st.start_or_resume(acme, here)
    st.record_scan(counted, "A-1")
    assert not st.discard_if_untouched(counted)
    assert st.unfinished(here) == counted


def test_the_csv_report_opens_in_a_spreadsheet_without_running_formulas(site_with_items, make, tmp_path):
    import csv

    from citrus_desktop.domain.stock_take_report import write_report_csv

    acme, here, _there = site_with_items
    make.item(acme, "=HYPERLINK(1)", contract_id=make.contract(acme), site_id=here)
    count = st.start_or_resume(acme, here)
    st.record_scan(count, "A-1")
    st.record_scan(count, "@SUM(9)")
    info = st.finish(count)
    path = tmp_path / "report.csv"
    write_report_csv(path, info, st.entries(count), ";", lambda moment: moment.isoformat() if moment else "")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert ["Items found", "1"] in rows
    serials = [row[0] for row in rows[rows.index([]) + 2 :]]
    assert serials[0] == "'=HYPERLINK(1)"  # missing first, and never a live formula
    assert "'@SUM(9)" in serials and "A-1" in serials
    assert not list(tmp_path.glob("*.tmp"))


def test_two_people_scanning_the_same_site_share_one_count(site_with_items):
    import threading

    from citrus_desktop.store.threads import close_thread_connection

    acme, here, _there = site_with_items
    first = st.start_or_resume(acme, here)
    outcomes: list[str] = []
    errors: list[BaseException] = []

    def colleague() -> None:
        try:
            assert st.start_or_resume(acme, here) == first
            for serial in ("A-1", "X-9", "A-2"):
                outcomes.append(st.record_scan(first, serial).outcome)
        except BaseException as error:  # reported below
            errors.append(error)
        finally:
            close_thread_connection()

    others = [threading.Thread(target=colleague) for _ in range(3)]
    for thread in others:
        thread.start()
    for thread in others:
        thread.join(timeout=30)
    assert errors == []
    assert sorted(outcomes) == sorted(["found", "unknown", "found"] + ["again"] * 6)
    assert st.counts(first) == st.Counts(expected=3, found=2, missing=1, unexpected=1, moved=0)
