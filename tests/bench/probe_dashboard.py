"""Child process of the dashboard benchmark: one measurement in a fresh process, printed as JSON.

``page DB RUNS``: the main window open on the inventory, then the dashboard asked for (Go ›
Dashboard) and timed until every table and chart of it has painted at 1400×900: built the first
time, then re-read (``refresh``) RUNS times. The SQL each step ran is re-timed on a raw
connection (sqlite3 or psycopg), and counting the same figures from the items themselves is
timed too (what the summary rows save).
``start DB``: process start to the dashboard painted, as staff start the app.
"""

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from probe import SqlLog, raw_connection, raw_ms, use_start_page, vm_hwm_mb  # noqa: E402


def painted_parts(page):
    """The widgets whose first paint means the page is on screen: tables' viewports and charts."""
    from PySide6.QtWidgets import QTableView

    from citrus_desktop.ui.dashboard.bar_chart import BarChart

    parts = [table.viewport() for table in page.findChildren(QTableView)]
    return parts + list(page.findChildren(BarChart))


def wait_painted(app, widgets) -> None:
    """Until every one of ``widgets`` that shows on screen (not scrolled out of view) has painted."""
    from PySide6.QtCore import QEvent, QObject

    painted: set[int] = set()

    class Watch(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                painted.add(id(watched))
            return False

    watch = Watch()
    for widget in widgets:
        widget.installEventFilter(watch)
    deadline = time.perf_counter() + 30
    while time.perf_counter() < deadline:
        app.processEvents()
        shown = [w for w in widgets if w.isVisible() and not w.visibleRegion().isEmpty()]
        if shown and all(id(w) in painted for w in shown):
            break
    for widget in widgets:
        widget.removeEventFilter(watch)


def start(db: str) -> dict:
    from PySide6.QtWidgets import QApplication, QWidget

    from citrus_desktop.app import configure_application, create_main_window

    app = QApplication([sys.argv[0]])
    configure_application(app)
    use_start_page("dashboard")
    window = create_main_window(db)
    window.resize(1400, 900)
    page = window.findChild(QWidget, "dashboardPage")
    parts = painted_parts(page)
    window.show()
    wait_painted(app, parts)
    return {"ms_in_process": (time.perf_counter() - STARTED) * 1000, "vm_hwm_mb": vm_hwm_mb()}


def scan_ms(connection, postgres: bool) -> float:
    """The dashboard's item figures counted from the items (no summary rows), on the raw connection."""
    month = "to_char(created_at, 'YYYY-MM')" if postgres else "substr(created_at, 1, 7)"
    statements = [
        ("SELECT count(*) FROM inventory_item", ()),
        ("SELECT product_type_id, count(*) FROM inventory_item GROUP BY 1 ORDER BY 2 DESC LIMIT 10", ()),
        ("SELECT customer_id, count(*) FROM inventory_item GROUP BY 1 ORDER BY 2 DESC LIMIT 10", ()),
        (f"SELECT {month}, count(*) FROM inventory_item GROUP BY 1", ()),
        ("SELECT contract_id, count(*) FROM inventory_item GROUP BY 1", ()),
    ]
    return raw_ms(connection, statements)


def page(db: str, runs: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from citrus_desktop.app import configure_application, create_main_window
    from citrus_desktop.store.models import db as proxy

    app = QApplication([sys.argv[0]])
    configure_application(app)
    use_start_page("inventory")
    window = create_main_window(db)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    log = SqlLog(proxy.obj)
    raw = raw_connection(db)
    log.take()

    started = time.perf_counter()
    window.show_page("dashboard")
    dashboard = window.page("dashboard")
    wait_painted(app, painted_parts(dashboard))
    first = (time.perf_counter() - started) * 1000
    statements = log.take()
    first_raw = raw_ms(raw, statements)

    refreshes, refresh_raw = [], []
    for _ in range(runs + 1):
        log.take()
        started = time.perf_counter()
        dashboard.refresh()
        for widget in painted_parts(dashboard):
            widget.repaint()
        refreshes.append((time.perf_counter() - started) * 1000)
        refresh_raw.append(raw_ms(raw, log.take()))
    postgres = db.startswith(("postgresql://", "postgres://"))
    scans = [scan_ms(raw, postgres) for _ in range(3)]
    return {
        "first_paint_ms": round(first, 1),
        "first_paint_sql_raw_ms": round(first_raw, 2),
        "statements": len(statements),
        "refresh_and_repaint_ms": round(statistics.median(refreshes[1:]), 1),
        "refresh_sql_raw_ms": round(statistics.median(refresh_raw[1:]), 2),
        "same_figures_counted_from_items_raw_ms": round(statistics.median(scans), 1),
        "contracts_within_90_days": dashboard.expiring_model.rowCount(),
        "contracts_ended_with_items": dashboard.ended_model.rowCount(),
        "vm_hwm_mb": round(vm_hwm_mb(), 1),
    }


if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    output = start(path) if mode == "start" else page(path, int(sys.argv[3]))
    print(json.dumps(output))
    sys.stdout.flush()
    os._exit(0)
