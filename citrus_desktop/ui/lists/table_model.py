"""A lazy table model over a domain ListSource: it knows the row count and fetches pages on demand.

Small lists and the unfiltered count (an index count, a few ms at 1M rows) are read on the UI
thread. A keyword search on a large list runs in a worker thread with its own database
connection: the old rows stay until the count and first page arrive together; a newer search
interrupts and replaces an older one. Later pages of such a result load in the worker too and
appear when read (``dataChanged``); the window never waits for them.

A read that fails (a busy or lost database) never changes what is shown: the rows stay, the
model says ``failed(message)``, and `retry` reads again.
"""

from collections import OrderedDict, deque
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)

from citrus_desktop.domain.background import Job, run_job
from citrus_desktop.domain.list_sources import Column, ListSource, Row
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.expiry_words import (
    band_tone,
    band_words,
    color_of,
    days_words,
    short_days_words,
    status_words,
    tone_of,
)
from citrus_desktop.ui.icons import icon
from citrus_desktop.ui.moments import short_moment

PAGE_SIZE = 200
PAGES_KEPT = 50
SYNC_BELOW_ROWS = 20_000
"""Lists with fewer rows than this search on the UI thread: a scan of them takes milliseconds."""
PAGES_WANTED = 6
IdRole = Qt.ItemDataRole.UserRole + 1
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    IdRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.TextAlignmentRole,
)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class _Relay(QObject):
    """Carries a worker's result to the UI thread (a queued signal)."""

    done = Signal(int, object)


class ListModel(QAbstractTableModel):
    """Rows of a ListSource, ``PAGE_SIZE`` at a time, with the last ``PAGES_KEPT`` pages cached."""

    loading = Signal(bool)
    """True while a search runs in the background, False once its rows are shown."""
    loaded = Signal()
    """The count and first page for the current keyword are in (also after a quick refresh)."""
    failed = Signal(str)
    """A read failed (the message says why); the rows shown are the last ones read."""

    def __init__(self, source: ListSource, parent: QObject | None = None):
        super().__init__(parent)
        self._source = source
        self._columns: list[Column] = source.columns()
        self._keyword = ""
        self._shown = ""
        """The keyword of the rows shown: the requested one once its search is in."""
        self._sort = 0
        self._descending = False
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._generation = 0
        self._busy = False
        self._pending: set[int] = set()
        self._wanted: deque[int] = deque(maxlen=PAGES_WANTED)
        self.sync_below_rows = SYNC_BELOW_ROWS
        # The pool is created before the relay, so it is destroyed (waiting for its thread) first.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._job_done)
        self._jobs: list[Job] = []
        self.destroyed.connect(_interrupter(self._pool, self._jobs))
        self._failed_pages: set[int] = set()
        self.problem = ""
        """Why the last read failed ("" once a read succeeds)."""
        self._count = 0
        self._table_rows = 0
        try:
            self._count = source.count()
        except KnownProblem as error:
            self._fail(str(error))
        self._table_rows = self._count

    # Qt's model interface
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role not in ROLES:
            return None
        row = self._cached_row(index.row()) if self._in_background() else self.row(index.row())
        if row is None:
            return None
        if role == IdRole:
            return row[0]
        value = row[index.column() + 1]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole):
            return self._toned(column, value, role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.kind == "count" else None
        text = self._format(column, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if len(text) > 40 or "\n" in text else None
        return " ".join(text.split()) if "\n" in text else text  # a row is one line high

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort, self._descending) or not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort, self._descending = column, descending
        self._forget_pages()
        self.layoutChanged.emit()

    # The list's own interface
    @property
    def source(self) -> ListSource:
        return self._source

    @property
    def keyword(self) -> str:
        return self._keyword

    @property
    def sort_order(self) -> tuple[int, bool]:
        """(column, descending) the rows are sorted by."""
        return self._sort, self._descending

    @property
    def is_loading(self) -> bool:
        """A background search is running; its results replace the rows when ``loaded``."""
        return self._busy

    def set_keyword(self, keyword: str) -> None:
        keyword = keyword.strip()
        if keyword != self._keyword:
            self._keyword = keyword
            self.refresh()

    def refresh(self) -> None:
        """Re-read the count and forget cached pages (after a change, or a new keyword)."""
        self._cancel()
        if not self._keyword or self._table_rows < self.sync_below_rows:
            try:
                count = self._source.count(self._keyword)
            except KnownProblem as error:
                self._set_busy(False)
                self._fail(str(error))
                return
            self.beginResetModel()
            self._forget_pages()
            self._shown = self._keyword
            self._count = count
            if not self._keyword:
                self._table_rows = self._count
            self._succeeded()
            self.endResetModel()
            self._set_busy(False)
            self.loaded.emit()
            return
        source, keyword, sort, descending = self._source, self._keyword, self._sort, self._descending

        def search() -> tuple[int, list[Row]]:
            count = source.count(keyword)
            return count, source.page(0, PAGE_SIZE, keyword, sort, descending, count)

        self._submit(search)
        self._set_busy(True)

    def retry(self) -> None:
        """Read again what failed: the whole list after a failed search, else the missing pages."""
        self._failed_pages.clear()
        self.refresh()

    def row(self, number: int) -> Row | None:
        """Row ``number``, read now if its page is not cached (None if that read fails)."""
        page_number, offset = divmod(number, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            if page_number in self._failed_pages:
                return None  # until Retry: painting must not query again and again
            try:
                page = self._source.page(
                    page_number * PAGE_SIZE, PAGE_SIZE, self._shown, self._sort, self._descending, self._count
                )
            except KnownProblem as error:
                self._failed_pages.add(page_number)
                # Not from inside data(): views call it while painting.
                QTimer.singleShot(0, lambda message=str(error): self._fail(message))
                return None
            self._keep(page_number, page)
        else:
            self._pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None

    def id_at(self, number: int) -> int | None:
        row = self.row(number)
        return row[0] if row else None

    def locate(self, record_id: int) -> int | None:
        """The row number of ``record_id`` in the list as shown, None if it is not shown.

        Looks in the loaded pages, then (lists below ``sync_below_rows``) asks the source for the
        list's order: a record just saved may sit in a page not read yet.
        """
        row = self.row_of(record_id)
        if row is not None or self._in_background() or self._count >= self.sync_below_rows:
            return row
        try:
            order = self._source.ordered_ids(self._shown, self._sort, self._descending)
        except KnownProblem:  # the row is found again on the next refresh; nothing to say now
            return None
        return order.index(record_id) if record_id in order else None

    def row_of(self, record_id: int) -> int | None:
        """The row number of ``record_id`` among the cached pages, if it is there."""
        for page_number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row[0] == record_id:
                    return page_number * PAGE_SIZE + offset
        return None

    # Pages of a large search, read in the worker
    def _in_background(self) -> bool:
        return self._busy or (bool(self._shown) and self._table_rows >= self.sync_below_rows)

    def _cached_row(self, number: int) -> Row | None:
        page_number, offset = divmod(number, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            if not self._busy and page_number not in self._failed_pages:
                # While a search runs, the rows shown are the previous result's.
                self._want(page_number)
            return None
        self._pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None

    def _want(self, page_number: int) -> None:
        if page_number in self._wanted:
            self._wanted.remove(page_number)
        self._wanted.append(page_number)
        if page_number in self._pending:
            return
        self._pending.add(page_number)
        source, keyword, sort, descending, count = (
            self._source,
            self._shown,
            self._sort,
            self._descending,
            self._count,
        )
        wanted = self._wanted

        def fetch() -> tuple[int, list[Row]] | None:
            if page_number not in wanted:
                return None  # scrolled past before its turn came
            return page_number, source.page(
                page_number * PAGE_SIZE, PAGE_SIZE, keyword, sort, descending, count
            )

        self._submit(fetch, keep_running=True)

    def _submit(self, work: Callable[[], object], keep_running: bool = False) -> None:
        if not keep_running:
            self._generation += 1
        job = Job(self._generation, work, self._relay.done.emit)
        self._jobs[:] = [j for j in self._jobs if not j.finished]
        self._jobs.append(job)
        self._pool.start(lambda: run_job(job))

    def _cancel(self) -> None:
        """Forget queued work and interrupt the running query: a newer request supersedes it."""
        self._generation += 1
        self._pool.clear()
        for job in self._jobs:
            job.interrupt()
        self._jobs.clear()
        self._pending.clear()
        self._wanted.clear()

    def _job_done(self, generation: int, result: object) -> None:
        if generation != self._generation or result is None:
            return
        if isinstance(result, BaseException):
            # The rows shown stay as they are (the job logged the error); Retry reads again.
            if not self._busy:
                self._pending.clear()
                self._failed_pages.update(self._wanted)
            self._set_busy(False)
            self._fail(str(result) if isinstance(result, KnownProblem) else self._bug_text())
            return
        assert isinstance(result, tuple)
        first: int
        rows: list[Row]
        first, rows = result
        if self._busy:
            self.beginResetModel()
            self._forget_pages()
            self._shown = self._keyword
            self._count = first
            self._keep(0, rows)
            self._succeeded()
            self.endResetModel()
            self._set_busy(False)
            self.loaded.emit()
            return
        self._pending.discard(first)
        self._keep(first, rows)
        top = first * PAGE_SIZE
        bottom = min(self._count, top + PAGE_SIZE) - 1
        if bottom >= top:
            self.dataChanged.emit(self.index(top, 0), self.index(bottom, len(self._columns) - 1))

    def _keep(self, page_number: int, page: list[Row]) -> None:
        self._pages[page_number] = page
        self._pages.move_to_end(page_number)
        while len(self._pages) > PAGES_KEPT:
            self._pages.popitem(last=False)

    def _forget_pages(self) -> None:
        self._pages.clear()
        self._pending.clear()
        self._wanted.clear()
        if not self._busy:
            self._generation += 1  # page loads already queued belong to the old order

    def _fail(self, message: str) -> None:
        self.problem = message
        self.failed.emit(message)

    def _succeeded(self) -> None:
        self._failed_pages.clear()
        self.problem = ""

    @staticmethod
    def _bug_text() -> str:
        return QCoreApplication.translate(
            "ListModel", "The list could not be read because of an unexpected error (it is in the log)."
        )

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.loading.emit(busy)

    @staticmethod
    def _toned(column: Column, value: Any, role: int) -> Any:
        """Colour and icon of a date that needs attention (its words say so too)."""
        if column.kind in ("expiry", "days", "status"):
            tone = tone_of(value)
        elif column.kind == "band" and role == Qt.ItemDataRole.ForegroundRole:
            tone = band_tone(value)
        else:
            return None
        if tone is None:
            return None
        color = color_of(tone)
        return color if role == Qt.ItemDataRole.ForegroundRole else icon("warning", color)

    @staticmethod
    def _format(column: Column, value: Any) -> str:
        if column.kind == "expiry":
            return days_words(value)
        if column.kind == "days":
            return short_days_words(value)
        if column.kind == "status":
            return status_words(value)
        if column.kind == "band":
            return band_words(value)
        if value is None:
            return ""
        if column.kind == "datetime" and isinstance(value, datetime):
            return short_moment(value)
        if column.kind == "count":
            return QLocale().toString(int(value))
        if column.kind == "date" and isinstance(value, date):
            return QLocale().toString(
                QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
            )
        if column.kind == "bool":
            # Two calls written out: lupdate sees only a text written in the call itself.
            if value:
                return QCoreApplication.translate("ListModel", "Yes")
            return QCoreApplication.translate("ListModel", "No")
        return str(value)


def _interrupter(pool: QThreadPool, jobs: list[Job]) -> Callable[..., None]:
    """Stops a model's queries when it is destroyed (holds the pool and jobs, not the model)."""

    def stop(*_args: object) -> None:
        pool.clear()
        for job in jobs:
            job.interrupt()

    return stop
