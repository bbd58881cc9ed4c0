"""Opening the item dialog at 20,000 customers (the scale benchmark's cached 1M-item database);
prints JSON, not part of pytest.

    .venv/bin/python tests/bench/bench_item_dialog.py [--items 1000000] [--runs 20]

- new item: ``ItemDialog()`` built and shown (repainted), as Inventory › New does;
- edit an item: ``ItemDialog(item_id)`` of items spread over the file, as a double click does;
- type to filter the customer: a few letters typed into ``itemCustomer`` to suggestions shown;
- open the customer list: the combo's popup shown (its first page of customers);
- the stock-take window (its customer picker too) built and shown.
Raw: the same customer page read on a plain sqlite3 connection.
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


def median_ms(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 2)


def figures(values: list[float]) -> dict:
    return {"median_ms": median_ms(values), "max_ms": round(max(values) * 1000, 1)}


def shown(app, dialog) -> None:
    dialog.show()
    while not dialog.isVisible():
        app.processEvents()
    dialog.repaint()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QComboBox

    app = QApplication([sys.argv[0]])
    QCoreApplication.setOrganizationName("CitrusBench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="bench-ini-")
    )
    from citrus_desktop.app import configure_application
    from citrus_desktop.store.database import close_database, open_database
    from citrus_desktop.ui.records.item_dialog import ItemDialog
    from citrus_desktop.ui.stock_take.stock_take_window import StockTakeWindow
    from citrus_desktop.ui.style import apply_style
    from tests.bench.bench_scale import build

    configure_application(app)
    apply_style(app)
    database, _built = build(args.items, rebuild=False)
    raw = sqlite3.connect(str(database))
    count = raw.execute("SELECT max(id) FROM inventory_item").fetchone()[0]
    step = max(1, count // (args.runs + 1))
    item_ids = [
        raw.execute("SELECT id FROM inventory_item WHERE id >= ? LIMIT 1", (n * step,)).fetchone()[0]
        for n in range(1, args.runs + 1)
    ]
    customers = raw.execute("SELECT count(*) FROM customer").fetchone()[0]
    open_database(str(database))
    report: dict = {"load": os.getloadavg(), "items": count, "customers": customers, "runs": args.runs}

    def timed(make) -> list[float]:
        timings = []
        for n in range(args.runs):
            started = time.perf_counter()
            dialog = make(n)
            shown(app, dialog)
            timings.append(time.perf_counter() - started)
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
        return timings

    ItemDialog().deleteLater()  # imports and first-use costs out of the figures
    report["new_item_open"] = figures(timed(lambda _n: ItemDialog()))
    report["edit_item_open"] = figures(timed(lambda n: ItemDialog(item_ids[n])))
    report["stock_take_window_open"] = figures(timed(lambda _n: StockTakeWindow()))

    typing, popup = [], []
    for n in range(args.runs):
        dialog = ItemDialog()
        shown(app, dialog)
        combo = dialog.findChild(QComboBox, "itemCustomer")
        edit = combo.lineEdit()
        edit.setFocus()
        suggestions = edit.completer().popup()
        started = time.perf_counter()
        QTest.keyClicks(edit, ["xin", "pan", "cer", "sam"][n % 4])
        while not suggestions.isVisible():
            app.processEvents()
        suggestions.repaint()
        typing.append(time.perf_counter() - started)
        suggestions.hide()
        edit.clear()
        started = time.perf_counter()
        combo.showPopup()
        while not combo.view().isVisible():
            app.processEvents()
        combo.view().repaint()
        popup.append(time.perf_counter() - started)
        combo.hidePopup()
        dialog.reject()
        dialog.deleteLater()
        app.processEvents()
    report["type_3_letters_to_suggestions"] = figures(typing)
    report["customer_list_open"] = figures(popup)
    raw_page = []
    for _n in range(args.runs):
        started = time.perf_counter()
        raw.execute("SELECT id, name FROM customer WHERE active ORDER BY name_key, id LIMIT 101").fetchall()
        raw_page.append(time.perf_counter() - started)
    report["raw_first_page_ms_median"] = median_ms(raw_page)
    raw.close()
    close_database()
    report["load_after"] = os.getloadavg()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
