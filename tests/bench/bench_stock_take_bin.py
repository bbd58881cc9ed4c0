"""What sending stock-takes to the bin costs (schema v10), printed as JSON. Not part of the test run.

    .venv/bin/python tests/bench/bench_stock_take_bin.py [--items 10000] [--runs 3]
    .venv/bin/python tests/bench/bench_stock_take_bin.py --postgres [SERVER_URL]

On a database of ``--items`` demo items (a temporary SQLite file, or a database of its own on the
server, dropped at the end):
- deleting 10,000 items to the bin (``delete_items``) with v10's item trigger (which notes the
  item in its count lines) and without it (dropped / disabled), each undone after
  (each in a database of its own);
- a site with a finished count of 5,000 lines: deleting the site (its count to the bin as JSON),
  then restoring it from the bin, and the bin entry's size.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TRIGGER = "inventory_item_stock_take_lines"


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def demo(url: str, items: int) -> None:
    subprocess.run(
        [sys.executable, "-m", "citrus_desktop", "--db", url, "--demo", str(items), "--smoke-test"],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )


def bench(url: str, runs: int, with_trigger: bool) -> dict[str, Any]:
    from citrus_desktop.domain import session
    from citrus_desktop.domain import stock_takes as st
    from citrus_desktop.domain.items import delete_items
    from citrus_desktop.domain.recycle_bin import RecycleBinSource, restore
    from citrus_desktop.domain.sites import SiteData, delete_sites, save_site
    from citrus_desktop.domain.undo import revert
    from citrus_desktop.store.database import close_database, open_database
    from citrus_desktop.store.schema import dialect_of
    from citrus_desktop.store.transactions import last_committed

    session.set_actor("bench")
    database = open_database(url)
    postgres = dialect_of(database) == "postgres"
    ids = [row[0] for row in database.execute_sql("SELECT id FROM inventory_item ORDER BY id LIMIT 10000")]
    # Every one of those items is a line of a count (the trigger's worst case: it has lines to note).
    customer, site = database.execute_sql(
        "SELECT customer_id, site_id FROM inventory_item LIMIT 1"
    ).fetchone()
    count = st.start_or_resume(customer, site)
    mark = database.param
    with database.atomic():
        database.execute_sql(
            "INSERT INTO stock_take_entry "
            "(stock_take_id, item_id, serial_number, serial_key, state, expected) "
            f"SELECT {mark}, id, serial_number, serial_key, 'missing', {mark} FROM inventory_item "
            f"WHERE id IN (SELECT id FROM inventory_item ORDER BY id LIMIT 10000) "
            f"AND serial_key NOT IN (SELECT serial_key FROM stock_take_entry WHERE stock_take_id = {mark})",
            (count, True, count),
        )

    def timed_delete() -> float:
        started = time.perf_counter()
        delete_items(ids)
        spent = time.perf_counter() - started
        revert(last_committed().id)
        if not with_trigger:  # relinked by hand (untimed), so that every run has lines to unlink
            with database.atomic():
                database.execute_sql(
                    "UPDATE stock_take_entry SET item_id = i.id FROM inventory_item i "
                    "WHERE stock_take_entry.item_id IS NULL AND stock_take_entry.serial_key = i.serial_key"
                )
        return spent

    found: dict[str, Any] = {"database": "postgresql" if postgres else "sqlite", "load_before": load()}
    if not with_trigger:
        # Dropped before any timing, in a database of its own (ALTER TABLE between timed runs
        # slowed every later delete of the same connection tenfold on PostgreSQL).
        with database.atomic():
            database.execute_sql(f"DROP TRIGGER {TRIGGER}" + (" ON inventory_item" if postgres else ""))
        found["delete_10k_without_trigger_s"] = round(
            statistics.median(timed_delete() for _ in range(runs)), 2
        )
        found["load_after"] = load()
        close_database()
        return found
    found["delete_10k_with_trigger_s"] = round(statistics.median(timed_delete() for _ in range(runs)), 2)

    # A site with a finished 5,000-line count (unknown serials: the site itself holds no items).
    counted = save_site(SiteData(customer_id=customer, name="Bench site"))
    big = st.start_or_resume(customer, counted)
    with database.atomic():
        cursor = database.cursor()
        cursor.executemany(
            "INSERT INTO stock_take_entry (stock_take_id, serial_number, serial_key, state, scanned_at, "
            f"scanned_by) VALUES ({mark}, {mark}, {mark}, 'unknown', {mark}, 'bench')",
            [(big, f"UNK-{n:05d}", f"unk-{n:05d}", "2026-12-01 10:00:00") for n in range(5000)],
        )
    st.finish(big)
    started = time.perf_counter()
    delete_sites([counted])
    found["delete_site_with_5000_line_count_s"] = round(time.perf_counter() - started, 3)
    (size,) = database.execute_sql(
        "SELECT length(CAST(data AS TEXT)) FROM recycle_bin WHERE table_name = 'stock_take'"
    ).fetchone()
    found["bin_entry_bytes_5000_lines"] = int(size)
    entry = next(
        row[0] for row in RecycleBinSource().rows(RecycleBinSource().ordered_ids()) if row[2] == "Bench site"
    )
    started = time.perf_counter()
    restore([entry])
    found["restore_site_with_5000_line_count_s"] = round(time.perf_counter() - started, 3)
    assert len(st.entries(big)) == 5000
    found["load_after"] = load()
    close_database()
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres", nargs="?", const="postgresql://postgres@127.0.0.1:5432")
    options = parser.parse_args()
    found: dict[str, Any] = {}
    for with_trigger in (True, False):
        if options.postgres:
            import psycopg

            name = "citrus_bench_stock_take_bin"
            with psycopg.connect(f"{options.postgres}/postgres", autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                admin.execute(f"CREATE DATABASE {name}")
            try:
                url = f"{options.postgres}/{name}"
                demo(url, options.items)
                found.update(bench(url, options.runs, with_trigger))
            finally:
                with psycopg.connect(f"{options.postgres}/postgres", autocommit=True) as admin:
                    admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            continue
        with tempfile.TemporaryDirectory() as folder:
            path = str(Path(folder) / "bench.db")
            demo(path, options.items)
            found.update(bench(path, options.runs, with_trigger))
    print(json.dumps(found, indent=2))


if __name__ == "__main__":
    main()
