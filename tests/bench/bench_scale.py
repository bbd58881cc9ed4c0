"""Scale benchmark: the inventory at N items (default 1,000,000), printed as JSON.

    .venv/bin/python tests/bench/bench_scale.py [--items N] [--runs 5] [--rebuild]

Builds the demo database once with the real command line (``citrus-desktop --demo N
--smoke-test``, timed) and keeps it in ``$XDG_CACHE_HOME/citrus-desktop-bench``; later runs reuse
it. Every figure is a median; list figures come with the raw-sqlite3 time of the very SQL they
ran (re-run on a plain connection in the same process) and the ratio. Not part of the test run.
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
        return path, {**json.loads(facts.read_text()), "cached": True}
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    command = [sys.executable, "-m", "citrus_desktop", "--db", str(path), "--smoke-test"]
    if items:
        command[5:5] = ["--demo", str(items)]
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env(), capture_output=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    built = {
        "seconds": round(seconds, 1),
        "items_per_second": round(items / seconds) if items else None,
        "file_mb": round(path.stat().st_size / 2**20),
    }
    facts.write_text(json.dumps(built))
    return path, {**built, "cached": False}


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


def pick_terms(path: Path) -> dict[str, str]:
    """A rare term (1 hit), a customer name (~1 %), a common word (~10 %), no match, a short term."""
    import sqlite3

    connection = sqlite3.connect(path)
    total = connection.execute("SELECT count(*) FROM inventory_item").fetchone()[0]
    (serial,) = connection.execute(
        "SELECT serial_number FROM inventory_item WHERE id = ?", (max(1, total * 3 // 7 // 4 * 4 + 1),)
    ).fetchone()
    connection.close()
    sys.path.insert(0, str(ROOT))
    from citrus_desktop.domain.listing import InventorySource
    from citrus_desktop.store.database import close_database, open_database

    open_database(str(path))
    source = InventorySource()

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
    args = parser.parse_args()

    big, demo = build(args.items, args.rebuild)
    empty, _ = build(0, args.rebuild)
    terms = pick_terms(big)
    starts = {
        label: [probe("start", str(path))["ms_wall"] for _ in range(max(3, args.runs // 2 + 1))]
        for label, path in (("empty", empty), ("full", big))
    }
    browse = probe("browse", str(big), str(args.runs), *terms.values())
    # Peak RSS from separate runs without the raw-SQLite connection (it has a cache of its own).
    rss_full = probe("browse", str(big), "1", *terms.values(), raw=False)["vm_hwm_mb"]
    rss_empty = probe("browse", str(empty), "1", *terms.values(), raw=False)["vm_hwm_mb"]
    figures = browse["figures"]
    start_full = statistics.median(starts["full"])
    start_empty = statistics.median(starts["empty"])
    report = {
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
