"""Child process of the scale benchmark: one measurement in a fresh process, printed as JSON.

``start DB``: process start to the inventory page painted (the real main window).
``browse DB RUNS TERMS…``: first page, jump to the last row, filters, sort, each painted in a
1400×900 table, with the SQL they ran re-timed on a raw connection (sqlite3, or psycopg for a
``postgresql://`` URL); then VmHWM.
"""

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def vm_hwm_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def start(db: str) -> dict:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget

    from citrus_desktop.app import configure_application, create_main_window

    app = QApplication([sys.argv[0]])
    configure_application(app)
    use_start_page("inventory")
    window = create_main_window(db)
    window.resize(1400, 900)
    table = window.findChild(QTableView, "inventoryTable")
    page = window.findChild(QWidget, "inventoryPage")
    painted = []

    class PaintWatch(QObject):
        def eventFilter(self, _watched, event):
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(True)
            return False

    # An empty list shows a placeholder label instead of the table: either counts as painted.
    watch = PaintWatch()
    for widget in [table.viewport(), *page.findChildren(QLabel)]:
        widget.installEventFilter(watch)
    window.show()
    while not painted:
        app.processEvents()
    # The first page is painted by the time the paint event has been handled.
    app.processEvents()
    elapsed = (time.perf_counter() - STARTED) * 1000
    result = {"ms_in_process": elapsed, "rows": table.model().rowCount(), "vm_hwm_mb": vm_hwm_mb()}
    window.close()
    return result


def use_start_page(page: str) -> None:
    """Settings of this run only (a temporary folder), opening on ``page``."""
    import tempfile

    from PySide6.QtCore import QSettings

    from citrus_desktop.ui.settings.preferences_dialog import START_PAGE_KEY

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="citrus-bench-")
    )
    QSettings().setValue(START_PAGE_KEY, page)


class SqlLog:
    """Every statement peewee runs (any thread), to re-time it on raw sqlite3."""

    def __init__(self, database):
        self.statements: list[tuple[str, tuple]] = []
        self._lock = threading.Lock()
        original = database.execute_sql

        def execute_sql(sql, params=None, *args, **kwargs):
            with self._lock:
                self.statements.append((sql, tuple(params or ())))
            return original(sql, params, *args, **kwargs)

        database.execute_sql = execute_sql

    def take(self) -> list[tuple[str, tuple]]:
        with self._lock:
            taken, self.statements = self.statements, []
        return [s for s in taken if not s[0].lstrip().upper().startswith(("PRAGMA", "LISTEN"))]


def raw_connection(db: str):
    """A plain driver connection to ``db``: sqlite3 for a file, psycopg (autocommit) for a URL."""
    if not db.startswith(("postgresql://", "postgres://")):
        connection = sqlite3.connect(db)
        connection.execute("PRAGMA cache_size = -32000")
        return connection
    import psycopg

    # No server-side prepared statements: each statement gets a plan for its own parameters, so
    # the baseline is what the SQL costs, not what a cached generic plan happens to cost.
    return psycopg.connect(db, autocommit=True, prepare_threshold=None)


def raw_ms(connection, statements: list[tuple[str, tuple]]) -> float:
    """Time to run ``statements`` (the very SQL and parameters peewee sent) on ``connection``."""
    started = time.perf_counter()
    for sql, params in statements:
        cursor = connection.execute(sql, params)
        if cursor.description is not None:
            cursor.fetchall()
    return (time.perf_counter() - started) * 1000


def browse(db: str, runs: int, terms: list[str]) -> dict:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

    from citrus_desktop.domain.list_sources import InventorySource
    from citrus_desktop.store.database import open_database
    from citrus_desktop.store.models import db as proxy
    from citrus_desktop.ui.lists.table_model import ListModel

    app = QApplication([sys.argv[0]])
    open_database(db)
    log = SqlLog(proxy.obj)
    # Without the raw baseline (its own connection and cache), for a clean peak RSS.
    raw = None if os.environ.get("CITRUS_BENCH_NO_RAW") else raw_connection(db)
    table = QTableView()
    table.resize(1400, 900)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().hide()
    table.show()
    app.processEvents()

    def paint() -> None:
        table.viewport().repaint()

    def wait(model: ListModel) -> None:
        if model.is_loading:
            loop = QEventLoop()
            model.loaded.connect(loop.quit)
            QTimer.singleShot(60_000, loop.quit)
            loop.exec()
            model.loaded.disconnect(loop.quit)
        app.processEvents()

    figures: dict[str, dict] = {}

    def record(name: str, app_ms: list[float], raw_runs: list[float], extra: dict | None = None) -> None:
        app_median = statistics.median(app_ms)
        raw_median = statistics.median(raw_runs) if any(raw_runs) else None
        figures[name] = {
            "ms": round(app_median, 1),
            "raw_ms": round(raw_median, 2) if raw_median is not None else None,
            "ratio_to_raw": round(app_median / raw_median, 1) if raw_median else None,
            **(extra or {}),
        }

    def measure(name: str, prepare, act, extra=None) -> None:
        app_runs, raw_runs = [], []
        for _ in range(runs + 1):  # the first run warms up and is dropped
            prepare()
            log.take()
            started = time.perf_counter()
            act()
            app_runs.append((time.perf_counter() - started) * 1000)
            raw_runs.append(raw_ms(raw, log.take()) if raw else 0.0)
        record(name, app_runs[1:], raw_runs[1:], extra() if extra else None)

    model: ListModel | None = None

    def new_model() -> None:
        nonlocal model
        model = ListModel(InventorySource())
        table.setModel(model)
        paint()

    measure("first_page", lambda: table.setModel(None), new_model)
    measure(
        "jump_to_last_row",
        lambda: (model.refresh(), table.scrollToTop(), paint()),
        lambda: (table.scrollToBottom(), paint()),
    )
    for term in terms:

        def clear():
            table.scrollToTop()
            model.set_keyword("")
            wait(model)
            paint()

        def search(term=term):
            model.set_keyword(term)
            wait(model)
            paint()

        measure(f"filter {term!r}", clear, search, lambda: {"hits": model.rowCount()})
        # The count alone, as the domain computes it (what the status bar shows).
        measure(f"count {term!r}", lambda: None, lambda term=term: InventorySource().count(term))

        def query(term=term):
            source = InventorySource()
            source.page(0, 200, term, total=source.count(term))

        # What the worker runs for the first page (count, then the page), without Qt.
        measure(f"query first page {term!r}", lambda: None, query)
    clear()
    measure(
        "sort_by_customer",
        lambda: (model.sort(0, Qt.SortOrder.AscendingOrder), paint()),
        lambda: (model.sort(1, Qt.SortOrder.AscendingOrder), paint()),
    )
    measure(
        "sort_by_customer_jump_to_last_row",
        lambda: (model.sort(0), model.sort(1), table.scrollToTop(), paint()),
        lambda: (table.scrollToBottom(), paint()),
    )
    return {"figures": figures, "vm_hwm_mb": round(vm_hwm_mb(), 1), "rows": model.rowCount()}


if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    output = start(path) if mode == "start" else browse(path, int(sys.argv[3]), sys.argv[4:])
    print(json.dumps(output))
    sys.stdout.flush()
    os._exit(0)  # skip teardown: it is not what is measured
