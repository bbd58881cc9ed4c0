"""Roles benchmark: list searches at N items (default 1,000,000) as a reader and an editor vs as
the tables' owner, on PostgreSQL, printed as JSON (the inventory, and the recycle bin holding one
item in ten, which has row security).

    .venv/bin/python tests/bench/bench_roles.py [SERVER_URL] [--items N] [--runs 7] [--rebuild | --drop]

Builds ``citrus_bench_roles`` on the server once with the real command line (``--demo N``) and
keeps it (its build figures in the database's comment); makes the logins
``citrus_bench_roles_{reader,editor,owner}`` (the last a member of ``citrus_owner``, as the
tables' owner is used) and keeps them too; ``--drop`` drops them all. Each figure is the median of
the runs, the roles taking turns in every run; beside the app's time, the time a raw psycopg
connection of the same login takes on the very SQL the app sent. Target: every role within 1.5×
of the owner. Not part of the test run.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.bench_scale import (  # noqa: E402
    PG_SERVER,
    pg_admin,
    pg_facts,
    pick_terms,
    run_demo,
    schema_version,
    server_facts,
    vacuum_analyze,
)
from tests.bench.probe import SqlLog  # noqa: E402

DATABASE = "citrus_bench_roles"
LOGINS = {
    "owner": ("citrus_bench_roles_owner", "citrus_owner"),
    "reader": ("citrus_bench_roles_reader", "citrus_reader"),
    "editor": ("citrus_bench_roles_editor", "citrus_editor"),
}
TARGET_RATIO = 1.5


def build(server: str, items: int, rebuild: bool) -> dict:
    with pg_admin(server) as admin:
        facts = pg_facts(admin, DATABASE)
        # Every migration, not only the last number: branches merged later add earlier versions.
        wanted = {"items": items, "schema": schema_version(), "migrations": migration_versions()}
        if facts and all(facts.get(k) == v for k, v in wanted.items()) and not rebuild:
            built = {**facts, "cached": True}
        else:
            admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
            admin.execute(f"CREATE DATABASE {DATABASE}")
            seconds = run_demo(f"{server}/{DATABASE}", items)
            vacuum_analyze(f"{server}/{DATABASE}")  # as autovacuum would: the delete plans with statistics
            started = time.perf_counter()
            binned = fill_bin(f"{server}/{DATABASE}")
            bin_seconds = time.perf_counter() - started
            built = {
                **wanted,
                "seconds": round(seconds, 1),
                "binned": binned,
                "bin_delete_seconds": round(bin_seconds, 1),
                "vacuum_analyze_seconds": vacuum_analyze(f"{server}/{DATABASE}"),
            }
            admin.execute(f"COMMENT ON DATABASE {DATABASE} IS '{json.dumps(built)}'")
        for login, group in LOGINS.values():
            if admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is None:
                admin.execute(f"CREATE ROLE {login} LOGIN")
            admin.execute(f"GRANT {group} TO {login}")
    return built


BIN_SHARE = 10
"""One item in this many is deleted after the demo, so the recycle bin is a large list too."""


def fill_bin(url: str) -> int:
    """Delete every BIN_SHARE-th item (they go to the recycle bin); how many."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        done = conn.execute(f"DELETE FROM inventory_item WHERE id % {BIN_SHARE} = 0")
        return done.rowcount


def migration_versions() -> list[int]:
    from citrus_desktop.store.schema import MIGRATIONS

    return [migration.version for migration in MIGRATIONS]


def drop(server: str) -> None:
    with pg_admin(server) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        for login, _group in LOGINS.values():
            admin.execute(f"DROP ROLE IF EXISTS {login}")


def login_url(server: str, login: str) -> str:
    scheme, rest = server.split("://", 1)
    host = rest.split("@", 1)[-1]
    return f"{scheme}://{login}@{host}/{DATABASE}"


def raw_value(server: str, sql: str) -> str:
    import psycopg

    with psycopg.connect(f"{server}/{DATABASE}") as conn:
        return str(conn.execute(sql).fetchone()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("server", nargs="?", default=os.environ.get("CITRUS_TEST_PG") or PG_SERVER)
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="build the database again (timed)")
    parser.add_argument("--drop", action="store_true", help="drop the database and its logins, then exit")
    args = parser.parse_args()
    server = args.server.rstrip("/")
    if args.drop:
        drop(server)
        return

    import psycopg

    from citrus_desktop.domain import access
    from citrus_desktop.domain.list_sources import InventorySource
    from citrus_desktop.store.database import close_database, open_database
    from citrus_desktop.store.models import db
    from citrus_desktop.store.postgres import open_team_database

    built = build(server, args.items, args.rebuild)
    terms = pick_terms(f"{server}/{DATABASE}")
    open_database(f"{server}/{DATABASE}")  # migrated, as its administrator would have
    close_database()
    handles, logs, raws, roles = {}, {}, {}, {}
    for role, (login, _group) in LOGINS.items():
        url = login_url(server, login)
        handles[role] = open_team_database(url, url)
        logs[role] = SqlLog(handles[role])
        raws[role] = psycopg.connect(url, autocommit=True, prepare_threshold=None)
        db.initialize(handles[role])
        roles[role] = access.detect().role

    def first_page(keyword: str = "", sort: int = 0) -> None:
        source = InventorySource()
        source.page(0, 200, keyword, sort, total=source.count(keyword))

    from citrus_desktop.domain.recycle_bin import RecycleBinSource

    def bin_page(keyword: str = "") -> None:
        source = RecycleBinSource()
        source.page(0, 200, keyword, 3, True, total=source.count(keyword))

    tasks = {"first page": lambda: first_page(), "sort by customer": lambda: first_page(sort=1)}
    for name, term in terms.items():
        tasks[f"search {name} {term!r}"] = lambda term=term: first_page(term)
    binned_serial = raw_value(server, "SELECT label FROM recycle_bin ORDER BY id LIMIT 1 OFFSET 5000")
    tasks["recycle bin, newest first"] = lambda: bin_page()
    tasks[f"recycle bin search rare {binned_serial!r}"] = lambda: bin_page(binned_serial)
    tasks[f"recycle bin search customer {terms['customer']!r}"] = lambda: bin_page(terms["customer"])

    timings: dict[str, dict[str, list[float]]] = {task: {r: [] for r in LOGINS} for task in tasks}
    raw_timings: dict[str, dict[str, list[float]]] = {task: {r: [] for r in LOGINS} for task in tasks}
    for run in range(args.runs + 1):  # the first run warms up and is dropped
        for task, act in tasks.items():
            for role in LOGINS:
                db.initialize(handles[role])
                logs[role].take()
                started = time.perf_counter()
                act()
                app_ms = (time.perf_counter() - started) * 1000
                statements = logs[role].take()
                started = time.perf_counter()
                for sql, params in statements:
                    cursor = raws[role].execute(sql, params)
                    if cursor.description is not None:
                        cursor.fetchall()
                raw_ms = (time.perf_counter() - started) * 1000
                if run:
                    timings[task][role].append(app_ms)
                    raw_timings[task][role].append(raw_ms)

    figures = {}
    worst = 0.0
    for task in tasks:
        owner = statistics.median(timings[task]["owner"])
        row = {}
        for role in LOGINS:
            median = statistics.median(timings[task][role])
            ratio = median / owner if owner else None
            row[role] = {
                "ms": round(median, 1),
                "raw_ms": round(statistics.median(raw_timings[task][role]), 1),
                **({"ratio_to_owner": round(ratio, 2)} if role != "owner" and ratio else {}),
            }
            if role != "owner" and ratio:
                worst = max(worst, ratio)
        figures[task] = row
    totals = {role: sum(statistics.median(timings[t][role]) for t in tasks) for role in LOGINS}
    report = {
        "database": DATABASE,
        "server": server_facts(server),
        "items": args.items,
        "runs": args.runs,
        "load_average": os.getloadavg(),
        "roles_seen_by_the_app": roles,
        "build": built,
        "figures": figures,
        "all_tasks_ms": {role: round(total, 1) for role, total in totals.items()},
        "all_tasks_ratio_to_owner": {
            role: round(totals[role] / totals["owner"], 2) for role in LOGINS if role != "owner"
        },
        "worst_ratio_to_owner": round(worst, 2),
        "target_ratio": TARGET_RATIO,
        "met": worst <= TARGET_RATIO,
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    db.initialize(None)
    for role in LOGINS:
        handles[role].close()
        raws[role].close()


if __name__ == "__main__":
    main()
