"""Dashboard benchmark: the start page at N items (default 1,000,000, 40k contracts), as JSON.

    .venv/bin/python tests/bench/bench_dashboard.py [--items N] [--runs 5] [--rebuild]
    .venv/bin/python tests/bench/bench_dashboard.py --postgres [SERVER_URL]

Uses the scale benchmark's cached demo databases (`bench_scale.py`: built once with the real
``--demo N``). Prints, each a median of fresh processes: the dashboard painted from the moment
it is asked for (target ≤ 300 ms), a re-read of it, process start to the dashboard painted; the
SQL that ran re-timed on a raw driver connection, and the same figures counted from the items
themselves (what the summary rows save). Then the cost of the count triggers: 100k item
updates of the kind the app writes (every column in SET, only the description changed) and
100k inserts, each with and without the triggers, in transactions rolled back. Not part of the
test run.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import bench_scale

PROBE = Path(__file__).with_name("probe_dashboard.py")
TARGETS = {"dashboard_painted_ms": 300}


def probe(*args: str) -> dict:
    import subprocess

    done = subprocess.run(
        [sys.executable, str(PROBE), *args],
        check=True,
        env=bench_scale.env(),
        capture_output=True,
        text=True,
        cwd=bench_scale.ROOT,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def trigger_costs(target: str, rows: int = 100_000) -> dict:
    """Seconds for ``rows`` app-like updates and for ``rows`` inserts, with and without the count
    triggers (dropped inside the transaction), every transaction rolled back."""
    sys.path.insert(0, str(bench_scale.ROOT))
    from citrus_desktop.store.schema import drop_item_count_triggers

    postgres = target.startswith(("postgresql://", "postgres://"))
    if postgres:
        import psycopg

        connection = psycopg.connect(target, autocommit=True)
        begin, rollback = "BEGIN", "ROLLBACK"
    else:
        import sqlite3

        connection = sqlite3.connect(target, isolation_level=None)
        begin, rollback = "BEGIN IMMEDIATE", "ROLLBACK"
    update = (
        "UPDATE inventory_item SET description = description || ' ', customer_id = customer_id, "
        "contract_id = contract_id, site_id = site_id, product_type_id = product_type_id, "
        f"created_at = created_at, updated_at = updated_at WHERE id <= {rows}"
    )
    insert = (
        "INSERT INTO inventory_item (serial_number, serial_key, customer_id, contract_id, site_id, "
        "product_type_id, description, observation, search_text, created_at, updated_at) "
        "SELECT 'B-' || serial_number, 'b-' || serial_key, customer_id, contract_id, site_id, "
        "product_type_id, description, observation, search_text, created_at, updated_at "
        f"FROM inventory_item WHERE id <= {rows}"
    )
    figures: dict[str, dict] = {}
    for name, sql in (("update", update), ("insert", insert)):
        runs: dict[str, list[float]] = {"with": [], "without": []}
        counted = 0
        for number in range(4):
            for mode in ("with", "without") if number % 2 else ("without", "with"):
                connection.execute(begin)
                if mode == "without":
                    for statement in drop_item_count_triggers("postgres" if postgres else "sqlite"):
                        connection.execute(statement)
                started = time.perf_counter()
                counted = connection.execute(sql).rowcount
                runs[mode].append(time.perf_counter() - started)
                connection.execute(rollback)
        with_s, without_s = statistics.median(runs["with"]), statistics.median(runs["without"])
        figures[name] = {
            "rows": counted,
            "with_triggers_s": round(with_s, 3),
            "without_s": round(without_s, 3),
            "ratio": round(with_s / without_s, 2),
        }
    connection.close()
    figures["app_item_saves"] = app_saves(target)
    return figures


def app_saves(target: str, saves: int = 1000) -> dict:
    """Seconds for ``saves`` item edits through the domain (each its own transaction, as the item
    dialog saves), with and without the count triggers."""
    sys.path.insert(0, str(bench_scale.ROOT))
    from citrus_desktop.domain.items import get_item, save_item
    from citrus_desktop.store.database import close_database, open_database
    from citrus_desktop.store.item_counts import rebuild
    from citrus_desktop.store.schema import dialect_of, drop_item_count_triggers, item_count_triggers

    database = open_database(target)
    dialect = dialect_of(database)
    runs: dict[str, list[float]] = {"with": [], "without": []}
    try:
        for number in range(4):
            for mode in ("with", "without") if number % 2 else ("without", "with"):
                if mode == "without":
                    for statement in drop_item_count_triggers(dialect):
                        database.execute_sql(statement)
                started = time.perf_counter()
                for item_id in range(1, saves + 1):
                    data = get_item(item_id)
                    data.observation = f"bench {number} {mode}"
                    save_item(data)
                runs[mode].append(time.perf_counter() - started)
                if mode == "without":
                    for statement in item_count_triggers(dialect)[-4 if dialect == "postgres" else -3 :]:
                        database.execute_sql(statement)
    finally:
        rebuild()
        close_database()
    with_s, without_s = statistics.median(runs["with"]), statistics.median(runs["without"])
    return {
        "saves": saves,
        "with_triggers_s": round(with_s, 2),
        "without_s": round(without_s, 2),
        "ratio": round(with_s / without_s, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument(
        "--postgres", nargs="?", const=os.environ.get("CITRUS_TEST_PG") or bench_scale.PG_SERVER
    )
    parser.add_argument(
        "--pg-name", default="citrus_bench", help="PostgreSQL database name (another is built beside it)"
    )
    args = parser.parse_args()
    bench_scale.PG_DATABASES = {True: args.pg_name, False: f"{args.pg_name}_empty"}
    if args.postgres:
        target, demo = bench_scale.build_postgres(args.postgres, args.items, args.rebuild)
    else:
        path, demo = bench_scale.build(args.items, args.rebuild)
        target = str(path)
    pages = [probe("page", target, str(args.runs)) for _ in range(args.processes)]
    starts = [probe("start", target)["ms_in_process"] for _ in range(args.processes)]

    def median(key: str) -> float:
        return round(statistics.median(page[key] for page in pages), 1)

    report = {
        "database": "postgresql" if args.postgres else "sqlite",
        "items": args.items,
        "demo_build": demo,
        "load": os.getloadavg(),
        "dashboard_painted_ms": median("first_paint_ms"),
        "its_sql_on_raw_connection_ms": median("first_paint_sql_raw_ms"),
        "statements": pages[0]["statements"],
        "refresh_and_repaint_ms": median("refresh_and_repaint_ms"),
        "refresh_sql_raw_ms": median("refresh_sql_raw_ms"),
        "same_figures_counted_from_items_raw_ms": median("same_figures_counted_from_items_raw_ms"),
        "start_to_dashboard_painted_ms": round(statistics.median(starts)),
        "contracts_within_90_days": pages[0]["contracts_within_90_days"],
        "contracts_ended_with_items": pages[0]["contracts_ended_with_items"],
        "vm_hwm_mb": median("vm_hwm_mb"),
        "count_triggers": trigger_costs(target),
        "targets": TARGETS,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
