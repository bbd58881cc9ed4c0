"""Labels, scan to find and stock-taking against their targets; prints JSON, not part of pytest.

    .venv/bin/python tests/bench/bench_labels.py [--items 1000000] [--labels 1000] [--expected 5000]

- 1,000 labels to PDF (Pimaco 6180 sheets and a 50×30 mm roll), written by the dialog's worker
  thread while the UI thread ticks every 10 ms: the total time and the longest the UI thread waited
  (its responsiveness). Raw: the same QR matrices and Code 128 patterns alone (segno, python-barcode).
- Scan lookup at 1M items (the scale benchmark's cached database): Enter in ``scanField`` to the
  item dialog shown. Raw: the same serial lookup on a plain sqlite3 connection.
- A stock-take of a site with 5,000 expected items: each scan (Enter in ``stockTakeScan``) to its
  row updated. Raw: the same lookup and update on a plain sqlite3 connection.
"""

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGETS = {"labels_1000_seconds": 10, "scan_to_dialog_ms": 100, "stock_take_scan_ms": 50}


def median_ms(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 2)


def labels_to_pdf(app, count: int) -> dict:

    from citrus_desktop.domain.demo import fill_demo
    from citrus_desktop.domain.labels import ids_matching, label_data
    from citrus_desktop.printing.codes import code128, qr_code
    from citrus_desktop.store.database import close_database, open_database

    folder = Path(tempfile.mkdtemp(prefix="bench-labels-"))
    open_database(str(folder / "labels.db"))
    fill_demo(count)
    ids = ids_matching()[:count]
    serials = [data.serial for data in label_data(ids)]
    started = time.perf_counter()
    for serial in serials:
        segno_matrix = qr_code.__wrapped__(serial)  # uncached, as the raw libraries do it
        bars = code128.__wrapped__(serial)
        assert segno_matrix and bars
    raw = time.perf_counter() - started
    results: dict = {"labels": len(ids), "raw_codes_seconds": round(raw, 2)}
    for key in ("pimaco-6180", "thermal-50x30"):
        qr_code.cache_clear()
        code128.cache_clear()
        results[key] = one_pdf(app, ids, key, folder / f"{key}.pdf")
    close_database()
    return results


def one_pdf(app, ids: list[int], key: str, target: Path) -> dict:
    """The dialog's worker writes the PDF while the UI thread ticks every 10 ms."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from citrus_desktop.printing.layouts import layout_by_key
    from citrus_desktop.printing.sheet import SheetOptions
    from citrus_desktop.ui.labels.label_run import LabelRun

    run = LabelRun(ids, SheetOptions(layout_by_key(key)), "bench", target=target)
    gaps: list[float] = []
    clock = QElapsedTimer()
    tick = QTimer()
    tick.setInterval(10)
    tick.timeout.connect(lambda: gaps.append(clock.restart() / 1000))
    finished: list[bool] = []
    run.finished_run.connect(lambda ok, _problem: finished.append(ok))
    began = time.perf_counter()
    clock.start()
    tick.start()
    run.start()
    while not finished:
        app.processEvents()
        time.sleep(0.001)
    seconds = time.perf_counter() - began
    tick.stop()
    run.wait()
    return {
        "seconds": round(seconds, 2),
        "ui_longest_wait_ms": round(max(gaps) * 1000, 1) if gaps else None,
        "ui_median_tick_ms": median_ms(gaps) if gaps else None,
        "pdf_mb": round(target.stat().st_size / 2**20, 2),
    }


def scan_to_dialog(app, database: Path, runs: int) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from citrus_desktop.app import create_main_window
    from citrus_desktop.domain.items import serial_key
    from citrus_desktop.store.database import close_database

    raw = sqlite3.connect(str(database))
    count = raw.execute("SELECT max(id) FROM inventory_item").fetchone()[0]
    step = max(1, count // (runs + 1))
    serials = [
        raw.execute("SELECT serial_number FROM inventory_item WHERE id >= ? LIMIT 1", (n * step,)).fetchone()[
            0
        ]
        for n in range(1, runs + 1)
    ]
    window = create_main_window(str(database))
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    field = window.scan_field
    timings, raw_timings = [], []
    for serial in serials:
        field.setFocus()
        field.setText(f"  {serial.lower()} ")
        started = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        dialog = field.dialog
        while dialog is None or not dialog.isVisible():
            app.processEvents()
            dialog = field.dialog
        dialog.repaint()
        timings.append(time.perf_counter() - started)
        dialog.reject()
        app.processEvents()
        key = serial_key(serial)
        started = time.perf_counter()
        # The lookup find_serial makes (by the stored key; an OR with lower() would scan the table).
        raw.execute(
            "SELECT i.id, i.serial_number, c.name FROM inventory_item i "
            "JOIN customer c ON c.id = i.customer_id "
            "WHERE i.serial_key = ? AND i.id != 0 ORDER BY i.id LIMIT 1",
            (key,),
        ).fetchone()
        raw_timings.append(time.perf_counter() - started)
    customers = raw.execute("SELECT count(*) FROM customer").fetchone()[0]
    raw.close()
    window.close()
    close_database()
    return {
        "items": count,
        "customers": customers,
        "runs": runs,
        "enter_to_dialog_ms_median": median_ms(timings),
        "enter_to_dialog_ms_max": round(max(timings) * 1000, 1),
        "raw_lookup_ms_median": median_ms(raw_timings),
    }


def stock_take(app, expected: int, scans: int) -> dict:
    from datetime import datetime

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from citrus_desktop.domain.contracts import ContractData, save_contract
    from citrus_desktop.domain.customers import CustomerData, save_customer
    from citrus_desktop.domain.items import search_text, serial_key
    from citrus_desktop.domain.product_types import ProductTypeData, save_product_type
    from citrus_desktop.domain.sites import SiteData, save_site
    from citrus_desktop.store.database import close_database, open_database
    from citrus_desktop.store.models import InventoryItem
    from citrus_desktop.ui.stock_take.stock_take_window import StockTakeWindow

    folder = Path(tempfile.mkdtemp(prefix="bench-stock-"))
    path = folder / "stock.db"
    open_database(str(path))
    customer = save_customer(CustomerData(name="Bench Ltda."))
    contract = save_contract(ContractData(customer_id=customer, code="CT-1"))
    site = save_site(SiteData(customer_id=customer, name="Galpão"))
    kind = save_product_type(ProductTypeData(name="Leitor"))
    now = datetime.now().replace(microsecond=0)
    rows = [
        {
            "serial_number": f"ST-{n:06d}",
            "serial_key": serial_key(f"ST-{n:06d}"),
            "customer": customer,
            "contract": contract,
            "site": site,
            "product_type": kind,
            "description": f"Leitor {n}",
            "search_text": search_text(f"ST-{n:06d}", f"Leitor {n}", ""),
            "created_at": now,
            "updated_at": now,
        }
        for n in range(expected)
    ]
    for start in range(0, len(rows), 500):
        InventoryItem.insert_many(rows[start : start + 500]).execute()
    window = StockTakeWindow(customer, site)
    window.sounds.enabled = False
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    field = window.scan
    serials = [f"ST-{n:06d}" for n in range(0, expected, max(1, expected // scans))][:scans]
    timings = []
    for serial in serials:
        field.setText(serial.lower())
        started = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        window.table.viewport().repaint()
        timings.append(time.perf_counter() - started)
    assert all(entry.state == "found" for entry in window.model.rows if entry.serial in set(serials))
    count_id = window.count_id
    window.close()
    close_database()
    raw = sqlite3.connect(str(path), isolation_level=None)
    raw_timings = []
    for serial in serials:
        started = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        row = raw.execute(
            "SELECT id, state FROM stock_take_entry WHERE stock_take_id = ? AND serial_key = ?",
            (count_id, serial_key(serial)),
        ).fetchone()
        raw.execute("UPDATE stock_take_entry SET state = state WHERE id = ?", (row[0],))
        raw.execute(
            "SELECT state, expected, count(id) FROM stock_take_entry WHERE stock_take_id = ? "
            "GROUP BY state, expected",
            (count_id,),
        ).fetchall()
        raw.execute("COMMIT")
        raw_timings.append(time.perf_counter() - started)
    raw.close()
    return {
        "expected_items": expected,
        "scans": len(timings),
        "scan_to_row_ms_median": median_ms(timings),
        "scan_to_row_ms_max": round(max(timings) * 1000, 1),
        "raw_sql_ms_median": median_ms(raw_timings),
        "first_scan_ms": round(timings[0] * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--labels", type=int, default=1000)
    parser.add_argument("--expected", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--skip", choices=("labels", "scan", "stock"), action="append", default=[])
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    QCoreApplication.setOrganizationName("CitrusBench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="bench-ini-")
    )
    from citrus_desktop.app import configure_application
    from citrus_desktop.ui.style import apply_style

    configure_application(app)
    apply_style(app)
    report: dict = {"load": os.getloadavg(), "targets": TARGETS}
    if "labels" not in args.skip:
        report["labels_to_pdf"] = labels_to_pdf(app, args.labels)
    if "stock" not in args.skip:
        report["stock_take"] = stock_take(app, args.expected, args.runs * 5)
    if "scan" not in args.skip:
        from tests.bench.bench_scale import build

        database, built = build(args.items, rebuild=False)
        report["scan_to_find"] = {**scan_to_dialog(app, database, args.runs), "database": built}
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
