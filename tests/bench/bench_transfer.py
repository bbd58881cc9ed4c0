"""Data in and out at scale (issue 12's targets), printed as JSON.

    .venv/bin/python tests/bench/bench_transfer.py [--items N] [--runs 3] [--only csv,xlsx,memory,import,copy]

Uses the scale benchmark's cached demo databases (1M items, and 100k for the XLSX import; built
once with ``citrus-desktop --demo N``, see bench_scale.py). Each measurement runs in a fresh
process; export figures come with the raw library (csv.writer, xlsxwriter) writing the rows of
the very same SQL cursor in the same run, and their ratio. ``copy`` needs PostgreSQL (default
``$CITRUS_TEST_PG`` or postgresql://postgres@127.0.0.1:5432; databases named citrus_bench_copy_*,
dropped afterwards). Medians of ``--runs``. Not part of the test run.
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

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.bench_scale import PG_SERVER, build, cache_folder, env, pg_admin  # noqa: E402

TARGETS = {
    "export_csv_seconds": 15,
    "export_csv_ratio_to_raw": 1.5,
    "export_xlsx_seconds": 90,
    "export_xlsx_ratio_to_raw": 1.3,
    "export_peak_rss_over_idle_mb": 100,
    "import_xlsx_100k_preview_first_1000_seconds": 2,
    "import_xlsx_100k_checked_and_written_seconds": 30,
    "import_csv_1m_into_empty_seconds": 180,
    "copy_1m_sqlite_to_postgresql_seconds": 120,
}


def vm_hwm_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


# Child processes: one measurement each
def child_export(kind: str, db: str, out: str, raw: bool) -> dict:
    """Seconds to export the whole inventory (ours), or to write the same cursor's rows with the
    bare library (raw)."""
    from citrus_desktop.domain.exporting import export_list
    from citrus_desktop.domain.list_sources import InventorySource
    from citrus_desktop.store.database import open_database

    open_database(db)
    source = InventorySource()
    started = time.perf_counter()
    if not raw:
        rows = export_list(source, out, language="pt_BR", sheet_name="Inventário").rows
        return {"seconds": time.perf_counter() - started, "rows": rows}
    import sqlite3

    sql, params = source.export_query().sql()
    titles = [column.title for column in source.export_columns()]
    connection = sqlite3.connect(db)
    count = 0
    if kind == "csv":
        import csv

        with open(out, "w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=";")
            writer.writerow(titles)
            for row in connection.execute(sql, params):
                writer.writerow(row[1:])
                count += 1
    else:
        import xlsxwriter

        workbook = xlsxwriter.Workbook(out, {"constant_memory": True})
        sheet = workbook.add_worksheet()
        sheet.write_row(0, 0, titles)
        for count, row in enumerate(connection.execute(sql, params), start=1):
            sheet.write_row(count, 0, row[1:])
        workbook.close()
    return {"seconds": time.perf_counter() - started, "rows": count}


def child_memory(kind: str, db: str, out: str) -> dict:
    """VmHWM of the idle app (main window on the database), then after exporting every row."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from citrus_desktop.app import configure_application, create_main_window
    from citrus_desktop.domain.exporting import export_list
    from citrus_desktop.domain.list_sources import InventorySource

    app = QApplication([sys.argv[0]])
    configure_application(app)
    window = create_main_window(db)
    window.resize(1400, 900)
    window.show()
    for _ in range(20):
        app.processEvents()
    idle = vm_hwm_mb()
    export_list(InventorySource(), out, language="pt_BR")
    peak = vm_hwm_mb()
    return {"idle_mb": round(idle, 1), "peak_mb": round(peak, 1), "over_idle_mb": round(peak - idle, 1)}


def child_import(path: str, db: str, mode: str) -> dict:
    """``preview``: reading the file and checking it, with the time the first chunk (≥ 1,000
    rows) is ready; ``write``: reading, checking and writing every row in one transaction."""
    from citrus_desktop.domain.import_fields import fields_of, guess_mapping
    from citrus_desktop.domain.importing import ImportOptions, importer_for
    from citrus_desktop.domain.sheet_files import open_sheet, read_rows
    from citrus_desktop.store.database import open_database

    open_database(db)
    started = time.perf_counter()
    sheet = open_sheet(path)
    rows = read_rows(sheet)
    header = next(rows)
    headers = [str(cell) for cell in header[1]]
    importer = importer_for(
        "inventory",
        headers,
        guess_mapping(headers, fields_of("inventory")),
        ImportOptions(create_missing=True),
    )
    if mode == "preview":
        rows = list(rows)  # the wizard reads the file first, then checks it
        read = time.perf_counter() - started
        first: list[float] = []

        def delivered(chunk: list) -> None:
            if not first:
                first.append(time.perf_counter() - started)

        result = importer.check(rows, keep="all", delivered=delivered)
        return {
            "read_seconds": read,
            "first_chunk_seconds": first[0],
            "checked_seconds": time.perf_counter() - started,
            "rows": result.totals.rows,
            "new": result.totals.new,
        }
    result = importer.run(rows)
    return {
        "seconds": time.perf_counter() - started,
        "rows": result.totals.rows,
        "new": result.totals.new,
        "created": result.totals.created,
        "errors": result.totals.error,
    }


def child_read_raw(path: str) -> dict:
    """The bare reader on the same file: python-calamine's to_python, or csv.reader."""
    started = time.perf_counter()
    if path.endswith(".csv"):
        import csv

        with open(path, encoding="utf-8-sig", newline="") as file:
            count = sum(1 for _ in csv.reader(file, delimiter=";"))
    else:
        from python_calamine import CalamineWorkbook

        count = len(CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python())
    return {"seconds": time.perf_counter() - started, "rows": count}


def child_copy(db: str, url: str, raw: bool) -> dict:
    """Seconds to copy the SQLite file into the empty server database (ours), or to COPY every
    table's rows from a sqlite3 cursor with bare psycopg into a migrated, empty one, triggers and
    foreign-key checks off (raw)."""
    from citrus_desktop.domain.database_copy import copy_database
    from citrus_desktop.store.database import close_database, open_database, open_unbound

    if not raw:
        open_database(db)
        started = time.perf_counter()
        report = copy_database(url)
        return {"seconds": time.perf_counter() - started, "rows": report.rows}
    import sqlite3

    import psycopg

    from citrus_desktop.store.copying import _converters, columns_of, user_tables

    target_database = open_unbound(url)
    close_database()
    source = sqlite3.connect(db)
    from peewee import SqliteDatabase

    listing = SqliteDatabase(db)
    tables = user_tables(listing)
    started = time.perf_counter()
    count = 0
    with psycopg.connect(url) as target, target.cursor() as cursor:  # the COPY itself: bare psycopg
        # Bare: no trigger (item counts would be counted twice), no foreign-key check.
        cursor.execute("SET session_replication_role = replica")
        for table in tables:
            columns = ", ".join(columns_of(listing, table))
            # The values SQLite and PostgreSQL store differently (points in time) converted as ours are.
            convert = _converters(listing, target_database, table, columns_of(listing, table))
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {columns} FROM {table}"):
                    copy.write_row([f(value) for f, value in zip(convert, row, strict=True)])
                    count += 1
    target_database.close()
    return {"seconds": time.perf_counter() - started, "rows": count}


# The parent
def child(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        check=True,
        env=env(),
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def median(values: list[float]) -> float:
    return round(statistics.median(values), 2)


def measure_export(kind: str, db: str, runs: int, folder: Path) -> dict:
    ours, raw = [], []
    for run in range(runs):
        pair = [("ours", False), ("raw", True)]
        for label, is_raw in pair if run % 2 == 0 else reversed(pair):
            result = child("export", kind, db, str(folder / f"{label}.{kind}"), "raw" if is_raw else "ours")
            (raw if is_raw else ours).append(result["seconds"])
    size = (folder / f"ours.{kind}").stat().st_size
    return {
        "seconds": median(ours),
        "raw_seconds": median(raw),
        "ratio": round(statistics.median(ours) / statistics.median(raw), 2),
        "file_mb": round(size / 2**20, 1),
        "runs": {"ours": [round(s, 2) for s in ours], "raw": [round(s, 2) for s in raw]},
    }


def fresh_sqlite(folder: Path, name: str) -> str:
    path = folder / name
    for old in folder.glob(name + "*"):
        old.unlink()
    return str(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--import-items", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="csv,xlsx,memory,import,copy")
    parser.add_argument("--postgres", default=os.environ.get("CITRUS_TEST_PG") or PG_SERVER)
    parser.add_argument("--child", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        functions = {
            "export": lambda k, db, out, mode: child_export(k, db, out, mode == "raw"),
            "memory": child_memory,
            "import": child_import,
            "read": child_read_raw,
            "copy": lambda db, url, mode: child_copy(db, url, mode == "raw"),
        }
        print(json.dumps(functions[kind](*rest)))
        return

    wanted = set(args.only.split(","))
    big, built = build(args.items, False)
    report: dict = {"items": args.items, "runs": args.runs, "demo_build": built, "load": os.getloadavg()}
    folder = Path(tempfile.mkdtemp(prefix="citrus-bench-transfer-", dir=cache_folder()))
    try:
        sections = {
            "export_csv": lambda: measure_export("csv", str(big), args.runs, folder),
            "export_xlsx": lambda: measure_export("xlsx", str(big), args.runs, folder),
            "export_peak_rss": lambda: {
                kind: child("memory", kind, str(big), str(folder / f"memory.{kind}"))
                for kind in ("csv", "xlsx")
            },
            "import": lambda: measure_import(args, folder),
            "copy_sqlite_to_postgresql": lambda: measure_copy(str(big), args),
        }
        short = {"export_csv": "csv", "export_xlsx": "xlsx", "export_peak_rss": "memory", "import": "import"}
        for name, measure in sections.items():
            if short.get(name, "copy") not in wanted:
                continue
            try:
                report[name] = measure()
            except subprocess.CalledProcessError as failure:  # one figure lost, not the others
                report[name] = {"failed": (failure.stderr or "").strip().splitlines()[-1:]}
    finally:
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()
    report["load_after"] = os.getloadavg()
    report["targets"] = TARGETS
    print(json.dumps(report, indent=2, ensure_ascii=False))


def measure_import(args: argparse.Namespace, folder: Path) -> dict:
    small, _ = build(args.import_items, False)
    big, _ = build(args.items, False)
    workbook = cache_folder() / f"import-{args.import_items}.xlsx"
    text = cache_folder() / f"import-{args.items}.csv"
    if not workbook.exists():
        child("export", "xlsx", str(small), str(workbook), "ours")
    if not text.exists():
        child("export", "csv", str(big), str(text), "ours")
    previews, writes, csv_writes = [], [], []
    for _ in range(args.runs):
        previews.append(child("import", str(workbook), fresh_sqlite(folder, "preview.db"), "preview"))
        writes.append(child("import", str(workbook), fresh_sqlite(folder, "xlsx.db"), "write"))
    for _ in range(max(1, args.runs // 2)):
        csv_writes.append(child("import", str(text), fresh_sqlite(folder, "csv.db"), "write"))
    return {
        "xlsx_rows": previews[0]["rows"],
        "xlsx_raw_calamine_read_seconds": median(
            [child("read", str(workbook))["seconds"] for _ in range(args.runs)]
        ),
        "xlsx_read_seconds": median([p["read_seconds"] for p in previews]),
        "xlsx_preview_first_chunk_seconds": median([p["first_chunk_seconds"] for p in previews]),
        "xlsx_preview_all_checked_seconds": median([p["checked_seconds"] for p in previews]),
        "xlsx_checked_and_written_seconds": median([w["seconds"] for w in writes]),
        "xlsx_created": writes[0]["created"],
        "csv_rows": csv_writes[0]["rows"],
        "csv_raw_csv_reader_seconds": median([child("read", str(text))["seconds"]]),
        "csv_into_empty_seconds": median([w["seconds"] for w in csv_writes]),
        "csv_errors": csv_writes[0]["errors"],
        "csv_runs": [round(w["seconds"], 1) for w in csv_writes],
    }


def measure_copy(db: str, args: argparse.Namespace) -> dict:
    ours, raw = [], []
    server = args.postgres.rstrip("/")
    for run in range(max(1, args.runs // 2)):
        for label in ("ours", "raw") if run % 2 == 0 else ("raw", "ours"):
            name = f"citrus_bench_copy_{label}"
            with pg_admin(server) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                admin.execute(f"CREATE DATABASE {name}")
            try:
                result = child("copy", db, f"{server}/{name}", label)
            finally:
                with pg_admin(server) as admin:
                    admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            (ours if label == "ours" else raw).append(result["seconds"])
    return {
        "rows": result["rows"],
        "seconds": median(ours),
        "raw_psycopg_copy_seconds": median(raw),
        "ratio": round(statistics.median(ours) / statistics.median(raw), 2),
        "runs": {"ours": [round(s, 1) for s in ours], "raw": [round(s, 1) for s in raw]},
    }


if __name__ == "__main__":
    main()
