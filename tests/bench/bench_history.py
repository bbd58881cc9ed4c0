"""History, recycle bin and backup benchmark at N items (default 1,000,000), printed as JSON.

    .venv/bin/python tests/bench/bench_history.py [--items N] [--runs 3] [--rebuild]
    .venv/bin/python tests/bench/bench_history.py --postgres [SERVER_URL] [--items N]
    .venv/bin/python tests/bench/bench_history.py --only history,bin     # some sections only

SQLite: reuses (or builds, timing ``citrus-desktop --demo N --smoke-test``) the scale benchmark's
cached database, works on a copy of it, and measures, each beside the raw SQL doing the same in
the same run:
- 100k item updates with the history triggers and without them (the triggers dropped), for the
  UPDATE the app sends on Save (every field) and for a bare one-column UPDATE;
- one item's history with 5 changes per item in the history table (N × 5 rows), and the bytes
  a change takes (table and indexes, ``dbstat``);
- deleting 10,000 items to the bin and restoring them, in the task thread, with the longest
  event-loop stall of the window's thread meanwhile;
- the daily backup of the file (``VACUUM INTO``, checked), with the same stall measure.
PostgreSQL (``--postgres``): the update ratio, one item's history, and delete/restore of 10,000,
on a database of its own (``citrus_bench_history``), dropped at the end. Not part of the test run.
``--only`` runs some of the sections ``backup`` (SQLite), ``updates``, ``history`` (the fill, its
size and one item's history) and ``bin`` (delete and restore of 10,000).
"""

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench.bench_scale import build, cache_folder, run_demo  # noqa: E402

TARGETS = {
    "update_ratio": 1.6,
    "history_ms": 10,
    "delete_10k_s": 2,
    "restore_10k_s": 2,
    "backup_s": 15,
    "stall_ms": 100,
    "bytes_per_change": 150,
    "demo_seconds": 90,
}
UPDATES = 100_000
SELECTED = 10_000
SECTIONS = ("backup", "updates", "history", "bin")
APP_UPDATE = (
    "UPDATE inventory_item SET serial_number = ?, customer_id = ?, contract_id = ?, site_id = ?, "
    "product_type_id = ?, description = ?, observation = ?, search_text = ?, serial_key = ?, "
    "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"
)
BARE_UPDATE = "UPDATE inventory_item SET description = ? WHERE id = ?"


def median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# SQLite -----------------------------------------------------------------------------------------


def connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, timeout=30)
    connection.execute("PRAGMA journal_mode = wal")
    connection.execute("PRAGMA synchronous = normal")
    connection.execute("PRAGMA cache_size = -8000")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def update_cost(path: Path, runs: int) -> dict[str, Any]:
    """100k updates in one transaction, with and without the history update trigger."""
    connection = connect(path)
    (trigger_sql,) = connection.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'inventory_item_history_update'"
    ).fetchone()
    ids = [
        row[0]
        for row in connection.execute(f"SELECT id FROM inventory_item ORDER BY random() LIMIT {UPDATES}")
    ]
    rows = {
        row[0]: row
        for row in connection.execute(
            "SELECT id, serial_number, customer_id, contract_id, site_id, product_type_id, description, "
            "observation, search_text, serial_key, version FROM inventory_item"
        )
    }
    found: dict[str, Any] = {}
    for name in ("app_save", "bare"):
        timings: dict[str, list[float]] = {"with": [], "without": []}
        for run in range(runs):
            for mode in ("with", "without"):
                marker = f" {name}{run}{mode}"
                if name == "app_save":
                    params = []
                    for i in ids:
                        r = rows[i]
                        params.append(
                            (
                                *r[1:6],
                                r[6] + marker,
                                r[7],
                                r[8] + marker,
                                r[9],
                                "2025-01-01 10:00:00",
                                "bench",
                                i,
                            )
                        )
                    current = dict(connection.execute("SELECT id, version FROM inventory_item"))
                    params = [(*p, current[p[-1]]) for p in params]
                    sql = APP_UPDATE
                else:
                    params = [(rows[i][6] + marker, i) for i in ids]
                    sql = BARE_UPDATE
                connection.execute("BEGIN IMMEDIATE")
                if mode == "without":
                    connection.execute("DROP TRIGGER inventory_item_history_update")
                connection.execute("COMMIT")
                started = time.perf_counter()
                connection.execute("BEGIN IMMEDIATE")
                connection.executemany(sql, params)
                connection.execute("COMMIT")
                timings[mode].append(time.perf_counter() - started)
                if mode == "without":
                    connection.execute(trigger_sql)
        found[name] = {
            "with_s": median(timings["with"]),
            "without_s": median(timings["without"]),
            "ratio": round(statistics.median(timings["with"]) / statistics.median(timings["without"]), 2),
        }
    connection.close()
    return found


def fill_history(path: Path, changes: int) -> int:
    """``changes`` update entries per item, spread like real ones (every item's first, then second…)."""
    connection = connect(path)
    (existing,) = connection.execute(
        "SELECT count(*) FROM history WHERE table_name = 'inventory_item'"
    ).fetchone()
    (items,) = connection.execute("SELECT count(*) FROM inventory_item").fetchone()
    if existing >= items * changes:
        return existing
    connection.execute("BEGIN IMMEDIATE")
    for number in range(changes):
        connection.execute(
            "INSERT INTO history (batch_id, table_name, row_id, version, kind, at, changes) "
            "SELECT 1, 'inventory_item', id, ?, 'u', CAST(strftime('%s', 'now') AS INTEGER) - ?, "
            "json_object('description', json_array('Impressora térmica Zebra ' || ?, "
            "'Impressora térmica Zebra ' || ?)) FROM inventory_item",
            (number + 2, (changes - number) * 86_400, number, number + 1),
        )
    connection.execute("COMMIT")
    (total,) = connection.execute("SELECT count(*) FROM history").fetchone()
    connection.close()
    return total


def history_size(path: Path) -> dict[str, Any]:
    connection = connect(path)
    (rows,) = connection.execute("SELECT count(*) FROM history").fetchone()
    sizes = dict(
        connection.execute(
            "SELECT name, sum(pgsize) FROM dbstat WHERE name IN "
            "('history', 'history_row', 'history_batch_entries') GROUP BY name"
        )
    )
    connection.close()
    total = sum(sizes.values())
    return {
        "entries": rows,
        "mb": round(total / 2**20),
        "bytes_per_change": round(total / rows, 1),
        "table_bytes": round(sizes.get("history", 0) / rows, 1),
        "index_row_bytes": round(sizes.get("history_row", 0) / rows, 1),
        "index_batch_bytes": round(sizes.get("history_batch_entries", 0) / rows, 1),
    }


def time_history(picks: list[int], record_history: Callable, raw: Callable) -> dict[str, Any]:
    domain, plain = [], []
    for item in picks:
        started = time.perf_counter()
        lines = record_history("inventory_item", item)
        domain.append(time.perf_counter() - started)
        started = time.perf_counter()
        raw(item)
        plain.append(time.perf_counter() - started)
    return {
        "lines": len(lines),
        "domain_ms": median([t * 1000 for t in domain]),
        "raw_sql_ms": median([t * 1000 for t in plain]),
    }


class StallMeter:
    """The longest gap between ticks of a 5 ms timer on the window's thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def run(self, work: Callable[[], Any]) -> tuple[float, float, Any]:
        """(seconds, longest stall in ms, result) of ``work`` run in the task thread."""
        from PySide6.QtCore import QCoreApplication, QEventLoop, QObject

        from citrus_desktop.ui.tasks import run_in_background

        owner = QObject()
        box: list[Any] = []
        loop = QEventLoop()

        def finished(result: Any) -> None:
            box.append(result)
            loop.quit()

        self.longest, self.last = 0.0, time.perf_counter()
        self.timer.start()
        started = time.perf_counter()
        run_in_background(work, finished, owner)
        loop.exec()
        seconds = time.perf_counter() - started
        self.timer.stop()
        QCoreApplication.processEvents()
        if isinstance(box[0], BaseException):
            raise box[0]
        return seconds, round((self.longest - 0.005) * 1000, 1), box[0]


def delete_and_restore(meter: StallMeter, ids: list[int]) -> dict[str, Any]:
    from citrus_desktop.domain.items import delete_items
    from citrus_desktop.domain.recycle_bin import BinEntry, restore

    delete_s, delete_stall, _ = meter.run(lambda: delete_items(ids))
    entry = BinEntry.select(BinEntry.id).order_by(BinEntry.id.desc()).scalar()
    restore_s, restore_stall, restored = meter.run(lambda: restore([entry]))
    assert restored == len(ids), restored
    return {
        "delete_s": round(delete_s, 2),
        "delete_stall_ms": delete_stall,
        "restore_s": round(restore_s, 2),
        "restore_stall_ms": restore_stall,
    }


def raw_delete_restore(path: Path, ids: list[int]) -> dict[str, Any]:
    """The same rows deleted and put back with plain SQL (triggers firing: bin, history, search)."""
    connection = connect(path)
    marks = ",".join("?" * len(ids))
    columns = [row[1] for row in connection.execute("PRAGMA table_info(inventory_item)")]
    rows = connection.execute(f"SELECT * FROM inventory_item WHERE id IN ({marks})", ids).fetchall()
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.execute(f"DELETE FROM inventory_item WHERE id IN ({marks})", ids)
    connection.execute("COMMIT")
    deleted = time.perf_counter() - started
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(
        f"INSERT INTO inventory_item ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})", rows
    )
    connection.execute(
        f"DELETE FROM recycle_bin WHERE row_id IN ({marks}) AND table_name = 'inventory_item'", ids
    )
    connection.execute("COMMIT")
    restored = time.perf_counter() - started
    connection.close()
    return {"raw_delete_s": round(deleted, 2), "raw_restore_s": round(restored, 2)}


def backup_cost(meter: StallMeter, path: Path) -> dict[str, Any]:
    from citrus_desktop.domain.backups import back_up

    folder = path.parent / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    seconds, stall, made = meter.run(lambda: back_up(path))
    raw_target = path.parent / "raw-vacuum-into.db"
    raw_target.unlink(missing_ok=True)
    connection = sqlite3.connect(path)
    started = time.perf_counter()
    connection.execute("VACUUM INTO ?", (str(raw_target),))
    raw_seconds = time.perf_counter() - started
    connection.close()
    raw_target.unlink()
    result = {
        "file_mb": round(path.stat().st_size / 2**20),
        "backup_mb": round(made.size / 2**20),
        "backup_s": round(seconds, 2),
        "stall_ms": stall,
        "raw_vacuum_into_s": round(raw_seconds, 2),
    }
    shutil.rmtree(folder, ignore_errors=True)
    return result


def sqlite_bench(
    items: int, runs: int, rebuild: bool, changes: int, only: tuple[str, ...] = SECTIONS
) -> dict[str, Any]:
    source, built = build(items, rebuild)
    work = cache_folder() / f"history-{items}.db"
    for old in work.parent.glob(work.name + "*"):
        old.unlink()
    shutil.copyfile(source, work)
    found: dict[str, Any] = {"items": items, "demo": built, "load_before": load()}
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from citrus_desktop.domain.history import record_history
    from citrus_desktop.store.database import close_database, open_database

    meter = StallMeter()
    if "backup" in only:
        open_database(str(work))
        found["daily_backup"] = backup_cost(meter, work)  # the demo file as it is, before the fills below
        close_database()
    if "updates" in only:
        found["updates_100k"] = update_cost(work, runs)
    if "history" in only:
        found["history_entries"] = fill_history(work, changes)
        found["size"] = history_size(work)

    handle = open_database(str(work))
    if "history" in only:
        rng = random.Random(11)
        top = handle.execute_sql("SELECT max(id) FROM inventory_item").fetchone()[0]
        picks = [rng.randrange(1, top) for _ in range(50)]
        raw = connect(work)
        found["one_item_history"] = time_history(
            picks,
            record_history,
            lambda i: raw.execute(
                "SELECT h.*, b.actor FROM history h LEFT JOIN history_batch b ON b.id = h.batch_id "
                "WHERE h.table_name = 'inventory_item' AND h.row_id = ? ORDER BY h.id",
                (i,),
            ).fetchall(),
        )
        raw.close()
    if "bin" in only:
        ids = [
            row[0]
            for row in handle.execute_sql(f"SELECT id FROM inventory_item ORDER BY random() LIMIT {SELECTED}")
        ]
        found["bin_10k"] = delete_and_restore(meter, ids)
    close_database()
    if "bin" in only:
        found["bin_10k"].update(raw_delete_restore(work, ids))
    del app
    found["load_after"] = load()
    for old in work.parent.glob(work.name + "*"):
        old.unlink()
    return found


# PostgreSQL -------------------------------------------------------------------------------------


def raw_pg_delete_restore(url: str, ids: list[int]) -> dict[str, Any]:
    """The same rows deleted and put back with plain SQL on a psycopg connection (COPY)."""
    import psycopg

    with psycopg.connect(url, prepare_threshold=None) as conn:
        columns = [
            r[0]
            for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'inventory_item' "
                "ORDER BY ordinal_position"
            )
        ]
        rows = conn.execute("SELECT * FROM inventory_item WHERE id = ANY(%s)", (ids,)).fetchall()
        conn.commit()
        started = time.perf_counter()
        conn.execute("DELETE FROM inventory_item WHERE id = ANY(%s)", (ids,))
        conn.commit()
        deleted = time.perf_counter() - started
        started = time.perf_counter()
        with conn.cursor().copy(f"COPY inventory_item ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        conn.execute(
            "DELETE FROM recycle_bin WHERE table_name = 'inventory_item' AND row_id = ANY(%s)", (ids,)
        )
        conn.commit()
        restored = time.perf_counter() - started
    return {"raw_delete_s": round(deleted, 2), "raw_restore_s": round(restored, 2)}


def pg_bench(
    server: str, items: int, runs: int, changes: int, only: tuple[str, ...] = SECTIONS
) -> dict[str, Any]:
    import psycopg

    name = "citrus_bench_history"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    url = f"{server}/{name}"
    found: dict[str, Any] = {"items": items, "load_before": load()}
    try:
        found["demo_s"] = round(run_demo(url, items), 1)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("VACUUM (ANALYZE)")
            ids = [
                row[0]
                for row in conn.execute(f"SELECT id FROM inventory_item ORDER BY random() LIMIT {UPDATES}")
            ]
            timings: dict[str, list[float]] = {"with": [], "without": []}
            for run in range(runs if "updates" in only else 0):
                for mode in ("with", "without"):
                    with conn.transaction():
                        if mode == "without":
                            conn.execute(
                                "ALTER TABLE inventory_item DISABLE TRIGGER inventory_item_history_update"
                            )
                        started = time.perf_counter()
                        with conn.cursor() as cursor:
                            cursor.executemany(
                                "UPDATE inventory_item SET description = description || %s WHERE id = %s",
                                [(f" {run}{mode}", i) for i in ids],
                            )
                        if mode == "without":
                            conn.execute(
                                "ALTER TABLE inventory_item ENABLE TRIGGER inventory_item_history_update"
                            )
                    timings[mode].append(time.perf_counter() - started)
            if "updates" in only:
                found["updates_100k_bare"] = {
                    "with_s": median(timings["with"]),
                    "without_s": median(timings["without"]),
                    "ratio": round(
                        statistics.median(timings["with"]) / statistics.median(timings["without"]), 2
                    ),
                }
            for number in range(changes if "history" in only else 0):
                conn.execute(
                    "INSERT INTO history (batch_id, table_name, row_id, version, kind, changes) "
                    "SELECT 1, 'inventory_item', id, %s, 'u', "
                    "jsonb_build_object('description', jsonb_build_array('a' || %s, 'a' || %s)) "
                    "FROM inventory_item",
                    (number + 2, number, number + 1),
                )
            if "history" in only:
                conn.execute("VACUUM (ANALYZE) history")
                (entries,) = conn.execute("SELECT count(*) FROM history").fetchone()
                (size,) = conn.execute("SELECT pg_total_relation_size('history')").fetchone()
                found["size"] = {"entries": entries, "bytes_per_change": round(size / entries, 1)}

        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        from citrus_desktop.domain.history import record_history
        from citrus_desktop.store.database import close_database, open_database

        handle = open_database(url)
        rng = random.Random(11)
        picks = [rng.randrange(1, items) for _ in range(50)]
        with psycopg.connect(url, autocommit=True, prepare_threshold=None) as raw:
            if "history" in only:
                found["one_item_history"] = time_history(
                    picks,
                    record_history,
                    lambda i: raw.execute(
                        "SELECT h.*, b.actor FROM history h LEFT JOIN history_batch b ON b.id = h.batch_id "
                        "WHERE h.table_name = 'inventory_item' AND h.row_id = %s ORDER BY h.id",
                        (i,),
                    ).fetchall(),
                )
        meter = StallMeter()
        chosen = [
            row[0]
            for row in handle.execute_sql(f"SELECT id FROM inventory_item ORDER BY random() LIMIT {SELECTED}")
        ]
        if "bin" in only:
            found["bin_10k"] = delete_and_restore(meter, chosen)
        close_database()
        if "bin" in only:
            found["bin_10k"].update(raw_pg_delete_restore(url, chosen))
        del app
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    found["load_after"] = load()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--changes", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument(
        "--postgres",
        nargs="?",
        const=os.environ.get("CITRUS_TEST_PG", "postgresql://postgres@127.0.0.1:5432"),
    )
    parser.add_argument(
        "--only", default=",".join(SECTIONS), help="sections, comma-separated: " + ", ".join(SECTIONS)
    )
    args = parser.parse_args()
    only = tuple(part.strip() for part in args.only.split(",") if part.strip())
    unknown = set(only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    if args.postgres:
        result = pg_bench(args.postgres.rstrip("/"), args.items, args.runs, args.changes, only)
    else:
        result = sqlite_bench(args.items, args.runs, args.rebuild, args.changes, only)
    print(json.dumps({"targets": TARGETS, **result}, indent=2))


if __name__ == "__main__":
    main()
