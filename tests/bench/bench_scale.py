"""Scale benchmark: the inventory at N items (default 1,000,000), printed as JSON.

    .venv/bin/python tests/bench/bench_scale.py [--items N] [--runs 5] [--rebuild]
    .venv/bin/python tests/bench/bench_scale.py --postgres [SERVER_URL] [--rebuild | --drop]

Builds the demo database once with the real command line (``citrus-desktop --demo N
--smoke-test``, timed) and keeps it: SQLite files in ``$XDG_CACHE_HOME/citrus-desktop-bench``;
with ``--postgres``, the databases ``citrus_bench`` and ``citrus_bench_empty`` on the server
(default ``$CITRUS_TEST_PG`` or ``postgresql://postgres@127.0.0.1:5432``), their build figures in
the database's comment. Later runs reuse them; ``--drop`` drops the PostgreSQL ones. Every figure
is a median; list figures come with the time a raw driver connection (sqlite3, psycopg) takes on
the very SQL they ran, in the same process, and the ratio. Not part of the test run.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("probe.py")
TARGETS = {
    "first_page_ms": 100,
    "jump_to_last_row_ms": 100,
    "filter_first_page_under_50k_hits_ms": 150,
    "filter_ratio_to_raw": 3,
    "count_ms": 300,
    "sort_first_page_ms": 300,
    "peak_rss_mb": 120,
    "rss_over_empty_mb": 60,
    "start_ratio_1m_vs_empty": 1.3,
    "demo_seconds": 90,
}


def cache_folder() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    folder = base / "citrus-desktop-bench"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def build(items: int, rebuild: bool) -> tuple[Path, dict]:
    """The cached database of ``items`` demo items, and how long building it took."""
    path = cache_folder() / f"items-{items}.db"
    facts = path.with_suffix(".json")
    if path.exists() and facts.exists() and not rebuild:
        known = json.loads(facts.read_text())
        # A file of an older schema would be migrated (and backed up) by the first probe: rebuild.
        if known.get("schema") == schema_version():
            return path, {**known, "cached": True}
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    seconds = run_demo(str(path), items)
    built = {
        "schema": schema_version(),
        "seconds": round(seconds, 1),
        "items_per_second": round(items / seconds) if items else None,
        "file_mb": round(path.stat().st_size / 2**20),
    }
    facts.write_text(json.dumps(built))
    return path, {**built, "cached": False}


PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
PG_DATABASES = {True: "citrus_bench", False: "citrus_bench_empty"}


def pg_admin(server: str):
    """An autocommit psycopg connection to the server's ``postgres`` database."""
    import psycopg

    return psycopg.connect(f"{server.rstrip('/')}/postgres", autocommit=True)


def pg_facts(admin, name: str) -> dict | None:
    """The build figures kept in the comment of database ``name`` (None: no such database)."""
    row = admin.execute(
        "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", (name,)
    ).fetchone()
    if row is None:
        return None
    try:
        return json.loads(row[0] or "{}")
    except ValueError:
        return {}


def pg_drop(server: str) -> None:
    """Drop the benchmark's databases."""
    with pg_admin(server) as admin:
        for name in PG_DATABASES.values():
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def build_postgres(server: str, items: int, rebuild: bool) -> tuple[str, dict]:
    """The benchmark database of ``items`` demo items on ``server`` (built once), and its figures."""
    name = PG_DATABASES[bool(items)]
    url = f"{server.rstrip('/')}/{name}"
    with pg_admin(server) as admin:
        facts = pg_facts(admin, name)
        wanted = {"items": items, "schema": schema_version()}
        if facts and all(facts.get(key) == value for key, value in wanted.items()) and not rebuild:
            return url, {**facts, "cached": True}
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
        seconds = run_demo(url, items)
        size = admin.execute("SELECT pg_database_size(%s)", (name,)).fetchone()[0]
        built = {
            **wanted,
            "seconds": round(seconds, 1),
            "items_per_second": round(items / seconds) if items else None,
            "database_mb": round(size / 2**20),
            "vacuum_analyze_seconds": vacuum_analyze(url),
        }
        admin.execute(f"COMMENT ON DATABASE {name} IS '{json.dumps(built)}'")
    return url, {**built, "cached": False}


def schema_version() -> int:
    sys.path.insert(0, str(ROOT))
    from citrus_desktop.store.schema import SCHEMA_VERSION

    return SCHEMA_VERSION


def vacuum_analyze(url: str) -> float:
    """Seconds ``VACUUM (ANALYZE)`` takes: what autovacuum does within minutes of a big load.

    Measured after it, as a server in use runs: planner statistics, and a visibility map that lets
    ``count(*)`` read an index alone.
    """
    import psycopg

    started = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("VACUUM (ANALYZE)")
    return round(time.perf_counter() - started, 1)


def run_demo(target: str, items: int) -> float:
    """Seconds ``citrus-desktop --db TARGET [--demo ITEMS] --smoke-test`` takes."""
    command = [sys.executable, "-m", "citrus_desktop", "--db", target, "--smoke-test"]
    if items:
        command[5:5] = ["--demo", str(items)]
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env(), capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def server_facts(server: str) -> dict:
    """The PostgreSQL version and the settings that shape the figures."""
    with pg_admin(server) as admin:
        facts = {"version": admin.execute("SHOW server_version").fetchone()[0]}
        for setting in (
            "shared_buffers",
            "work_mem",
            "effective_cache_size",
            "max_parallel_workers_per_gather",
        ):
            facts[setting] = admin.execute(f"SHOW {setting}").fetchone()[0]
    return facts


def probe(*args: str, raw: bool = True) -> dict:
    started = time.perf_counter()
    extra = {} if raw else {"CITRUS_BENCH_NO_RAW": "1"}
    done = subprocess.run(
        [sys.executable, str(PROBE), *args],
        check=True,
        env={**env(), **extra},
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["ms_wall"] = (time.perf_counter() - started) * 1000
    return result


def pick_terms(target: str) -> dict[str, str]:
    """A rare term (1 hit), a customer name (~1 %), a common word (~10 %), no match, a short term."""
    sys.path.insert(0, str(ROOT))
    from citrus_desktop.domain.list_sources import InventorySource
    from citrus_desktop.store.database import close_database, open_database
    from citrus_desktop.store.models import InventoryItem

    open_database(target)
    source = InventorySource()
    total = source.count()
    row_id = max(1, total * 3 // 7 // 4 * 4 + 1)
    serial = InventoryItem.select(InventoryItem.serial_number).where(InventoryItem.id == row_id).scalar()

    def closest(candidates: list[str], share: float) -> str:
        return min(candidates, key=lambda term: abs(source.count(term) - share * total))

    terms = {
        "rare": serial,
        "customer": closest(["pantanal", "cerrado", "xingu", "guimaraes", "sampaio", "magalhaes"], 0.01),
        "common": closest(["impressora", "notebook", "licenca", "dell", "lenovo", "garantia"], 0.10),
        "none": "xyzzy-404",
        "short": "sa",
    }
    close_database()
    return terms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="build the database again (timed)")
    parser.add_argument(
        "--postgres",
        nargs="?",
        const=os.environ.get("CITRUS_TEST_PG") or PG_SERVER,
        metavar="SERVER_URL",
        help=f"measure PostgreSQL instead of SQLite (server default: $CITRUS_TEST_PG or {PG_SERVER})",
    )
    parser.add_argument(
        "--drop", action="store_true", help="drop the PostgreSQL benchmark databases, then exit"
    )
    args = parser.parse_args()

    if args.drop:
        pg_drop(args.postgres or os.environ.get("CITRUS_TEST_PG") or PG_SERVER)
        return
    if args.postgres:
        big, demo = build_postgres(args.postgres, args.items, args.rebuild)
        empty, _ = build_postgres(args.postgres, 0, args.rebuild)
    else:
        big_path, demo = build(args.items, args.rebuild)
        empty_path, _ = build(0, args.rebuild)
        big, empty = str(big_path), str(empty_path)
    terms = pick_terms(big)
    starts = {
        label: [probe("start", path)["ms_wall"] for _ in range(max(3, args.runs // 2 + 1))]
        for label, path in (("empty", empty), ("full", big))
    }
    browse = probe("browse", big, str(args.runs), *terms.values())
    # Peak RSS from separate runs without the raw connection (SQLite's has a cache of its own).
    rss_full = probe("browse", big, "1", *terms.values(), raw=False)["vm_hwm_mb"]
    rss_empty = probe("browse", empty, "1", *terms.values(), raw=False)["vm_hwm_mb"]
    figures = browse["figures"]
    start_full = statistics.median(starts["full"])
    start_empty = statistics.median(starts["empty"])
    report = {
        "database": "postgresql" if args.postgres else "sqlite",
        **({"server": server_facts(args.postgres)} if args.postgres else {}),
        "items": args.items,
        "runs": args.runs,
        "terms": terms,
        "demo_build": demo,
        "start_to_inventory_painted_ms": {
            "empty": round(start_empty),
            "full": round(start_full),
            "ratio": round(start_full / start_empty, 2),
        },
        "list": figures,
        "peak_rss_mb": {"full": rss_full, "empty": rss_empty, "over_empty": round(rss_full - rss_empty, 1)},
        "targets": TARGETS,
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
