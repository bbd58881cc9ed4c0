"""The start page: what needs attention (contracts ending or ended) and how the inventory is spread.

Every number comes from the domain's summary queries (`domain.dashboard`): a few indexed reads,
whatever the size of the inventory. The page follows changes on the change bus, re-reading
itself shortly after a burst of them, or when it is next shown.
"""

from collections.abc import Callable
from functools import partial
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.domain import access, dashboard
from citrus_desktop.domain.background import Job, run_job
from citrus_desktop.domain.contracts import get_contract
from citrus_desktop.domain.dashboard import EndedContractSource, ExpiringContractSource
from citrus_desktop.domain.errors import DomainError
from citrus_desktop.domain.expiry import BANDS, today
from citrus_desktop.store.item_counts import check_item_counts
from citrus_desktop.ui.access import permit
from citrus_desktop.ui.dashboard.bar_chart import Bar, BarChart
from citrus_desktop.ui.dashboard.chart_card import ChartCard, share_text
from citrus_desktop.ui.dashboard.total_card import TotalCard
from citrus_desktop.ui.events import bus
from citrus_desktop.ui.expiry_words import ENDED, SOON, band_words, color_of
from citrus_desktop.ui.icons import icon
from citrus_desktop.ui.lists.table_model import IdRole, ListModel

WATCHED = {"inventory_item", "contract", "customer", "site", "product_type"}
REFRESH_DELAY_MS = 400
DAY_CHECK_MS = 600_000
CHECK_DELAY_MS = 1500
WIDE = 1000
"""Content wider than this shows attention and charts side by side."""
COLUMN_CHARS = {"band": 10, "end_date": 10, "days": 14, "code": 17, "customer": 26, "items": 6}


class _Relay(QObject):
    """Carries the worker's answer to the UI thread (a queued signal)."""

    done = Signal(int, object)


class DashboardPage(QWidget):
    """``dashboardPage``: totals, ``dashboardExpiring``, ``dashboardEnded`` and three charts."""

    def __init__(
        self,
        show_page: Callable[[str], object],
        open_customer: Callable[[int], object],
        start_with: Callable[[str], object] | None = None,
        parent: QWidget | None = None,
    ):
        """``start_with("new" | "import")``: the inventory's New or Import, for an empty database."""
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._show_page = show_page
        self._open_customer = open_customer
        self._start_with = start_with
        self.dialog: QWidget | None = None
        self.on = today()
        self._stale = False
        self._refreshed_once = False
        self._wide: bool | None = None
        # The pool is created before the relay, so it is destroyed (waiting for its thread) first.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._counts_checked)
        self._jobs: list[Job] = []
        self._check_pending = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REFRESH_DELAY_MS)
        self._debounce.timeout.connect(self._refresh_if_shown)
        bus().changed.connect(self._changed)
        # Left open overnight, the page moves to the new day (bands and "in N days" change).
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self._new_day)
        self.day_timer.start()

        self.title = QLabel(self.tr("Dashboard"))
        self.title.setObjectName("dashboardTitle")
        self.title.setProperty("role", "pageTitle")
        self.date_label = QLabel()
        self.date_label.setObjectName("dashboardDate")
        self.date_label.setProperty("role", "caption")

        self.start_card = self._start_card()
        self.cards = self._total_cards()
        self.expiring_card = self._expiring_card()
        self.ended_card = self._ended_card()
        self.by_type = self._chart("dashboardByType", self.tr("Items by type (top 10)"), self.tr("Type"))
        self.by_customer = self._chart(
            "dashboardByCustomer", self.tr("Items by customer (top 10)"), self.tr("Customer")
        )
        self.by_month = self._chart(
            "dashboardByMonth",
            self.tr("Items added per month (last 12 months)"),
            self.tr("Month"),
            vertical=True,
        )
        self.by_customer.activated.connect(lambda key: key is not None and self._open_customer(int(key)))

        content = QWidget()
        content.setObjectName("dashboardContent")
        self.grid = QGridLayout(content)
        self.grid.setContentsMargins(0, 0, 8, 8)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(14)
        self.card_grid = QGridLayout()
        self.card_grid.setSpacing(10)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("dashboardScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.start_card)
        layout.addWidget(self.scroll_area, 1)
        bus().access_changed.connect(self._permit_start)
        self._arrange(False)
        self._tab_order()
        self._first_refresh()

    def _tab_order(self) -> None:
        """The start card, totals, bands, the two lists, then each chart and its table button."""
        chain: list[QWidget] = [self.start_new, self.start_import, *self.cards.values()]
        chain += [*self.band_buttons.values(), self.expiring, self.ended]
        for card in (self.by_type, self.by_customer, self.by_month):
            chain += [card.chart, card.table, card.table_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # Building
    def _start_card(self) -> QFrame:
        """Shown while the inventory is empty: where a newcomer starts."""
        frame, layout, _heading = self._card("dashboardStart", self.tr("Your inventory is empty"))
        text = QLabel(
            self.tr(
                "Add the first item: its form creates the customer, contract, site and type as you go. "
                "Or bring in the spreadsheet you keep today (CSV, Excel or LibreOffice)."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.start_new = QPushButton(icon("new"), self.tr("New item"))
        self.start_new.setObjectName("dashboardStartNew")
        self.start_new.setToolTip(self.tr("Open the inventory and add an item (Ctrl+N there)"))
        self.start_import = QPushButton(icon("import"), self.tr("Import a spreadsheet…"))
        self.start_import.setObjectName("dashboardStartImport")
        self.start_import.setToolTip(self.tr("Import the items of a CSV, XLSX or ODS file"))
        for button, what in ((self.start_new, "new"), (self.start_import, "import")):
            button.clicked.connect(lambda _checked=False, w=what: self._start(w))
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_new)
        buttons.addWidget(self.start_import)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        frame.setVisible(False)
        self._permit_start()
        return frame

    def _permit_start(self) -> None:
        refusal = access.current().refusal("inventory_item")
        permit(self.start_new, refusal, self._start_with is not None)
        permit(self.start_import, refusal, self._start_with is not None)

    def _start(self, what: str) -> None:
        if self._start_with is not None:
            self._start_with(what)

    def _total_cards(self) -> dict[str, TotalCard]:
        cards = {
            "items": TotalCard("dashboardTotalItems", self.tr("items")),
            "customers": TotalCard("dashboardTotalCustomers", self.tr("customers")),
            "contracts": TotalCard("dashboardTotalContracts", self.tr("contracts")),
            "sites": TotalCard("dashboardTotalSites", self.tr("sites")),
            "types": TotalCard("dashboardTotalTypes", self.tr("types")),
            "soon": TotalCard("dashboardTotalSoon", self.tr("end within 30 days")),
            "ended": TotalCard("dashboardTotalEnded", self.tr("ended with items")),
        }
        targets = {
            "items": ("inventory", self.tr("Open the inventory")),
            "customers": ("customers", self.tr("Open the customers")),
            "types": ("productTypes", self.tr("Open the product or service types")),
        }
        for key, (page, tip) in targets.items():
            cards[key].set_clickable(tip)
            cards[key].clicked.connect(lambda _checked=False, p=page: self._show_page(p))
        cards["soon"].set_clickable(self.tr("Show the contracts ending within 30 days"))
        cards["soon"].clicked.connect(lambda: self.show_band(BANDS[0]))
        cards["ended"].set_clickable(self.tr("Show the contracts that ended with items under them"))
        cards["ended"].clicked.connect(lambda: self.ended.setFocus())
        cards["contracts"].set_clickable(self.tr("Show the contracts ending within 90 days"))
        cards["contracts"].clicked.connect(lambda: self.show_band(None))
        return cards

    def _card(self, name: str, title: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
        frame = QFrame()
        frame.setObjectName(name)
        frame.setProperty("role", "card")
        heading = QLabel(title)
        heading.setProperty("role", "cardTitle")
        heading.setObjectName(name + "Title")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(heading)
        return frame, layout, heading

    def _table(self, name: str, model: ListModel, empty: str) -> tuple[QTableView, QStackedLayout, QLabel]:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        table.horizontalHeader().setHighlightSections(False)
        table.horizontalHeader().setStretchLastSection(False)
        chars = self.fontMetrics().averageCharWidth()
        longest_date = QLocale().toString(QDate(2028, 12, 28), QLocale.FormatType.ShortFormat)
        for number, column in enumerate(model.source.columns()):
            width = COLUMN_CHARS.get(column.key, 16) * chars + 16
            if column.kind == "date":
                width = self.fontMetrics().horizontalAdvance(longest_date) + 20
            table.setColumnWidth(number, width)
            if column.key == "customer":
                table.horizontalHeader().setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(table.verticalHeader().defaultSectionSize() * 6 + 30)
        table.doubleClicked.connect(lambda index, t=table: self._open_row(t, index.row()))
        table.installEventFilter(self)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(lambda point, t=table: self._menu(t, point))
        placeholder = QLabel(empty)
        placeholder.setObjectName(name + "Empty")
        placeholder.setProperty("role", "caption")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)
        placeholder.setMinimumHeight(60)
        stack = QStackedLayout()
        stack.addWidget(table)
        stack.addWidget(placeholder)
        model.modelReset.connect(lambda: stack.setCurrentIndex(0 if model.rowCount() else 1))
        stack.setCurrentIndex(0 if model.rowCount() else 1)
        return table, stack, placeholder

    def _expiring_card(self) -> QFrame:
        frame, layout, self.expiring_title = self._card(
            "dashboardExpiringCard", self.tr("Contracts ending within 90 days")
        )
        self.expiring_source = ExpiringContractSource(self.on)
        self.expiring_model = ListModel(self.expiring_source, self)
        self.expiring, stack, _empty = self._table(
            "dashboardExpiring", self.expiring_model, self.tr("No contract ends within 90 days.")
        )
        self.expiring.setAccessibleName(self.tr("Contracts ending within 90 days"))
        self.bands = QButtonGroup(self)
        self.bands.setExclusive(True)
        self.band_buttons: dict[int | None, QToolButton] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        for band, name in ((None, "dashboardBandAll"), *((b, f"dashboardBand{b}") for b in BANDS)):
            button = QToolButton()
            button.setObjectName(name)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setProperty("role", "band")
            button.toggled.connect(lambda on, b=band: self._choose_band(b) if on else None)
            self.bands.addButton(button)
            self.band_buttons[band] = button
            row.addWidget(button)
        row.addStretch(1)
        self.band_buttons[None].setChecked(True)
        self.expiring.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        layout.addLayout(row)
        layout.addLayout(stack, 1)
        return frame

    def _ended_card(self) -> QFrame:
        frame, layout, self.ended_title = self._card(
            "dashboardEndedCard", self.tr("Ended, with items still under them")
        )
        self.ended_source = EndedContractSource(self.on)
        self.ended_model = ListModel(self.ended_source, self)
        self.ended, stack, _empty = self._table(
            "dashboardEnded", self.ended_model, self.tr("No ended contract has items under it.")
        )
        self.ended.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.ended.setAccessibleName(self.tr("Ended, with items still under them"))
        layout.addLayout(stack, 1)
        return frame

    def _chart(self, name: str, title: str, what: str, vertical: bool = False) -> ChartCard:
        chart = BarChart(name, title, vertical)
        chart.empty_text = self.tr("No items yet.")
        if vertical:
            chart.describe = self._describe_month
        else:
            chart.describe = partial(self._describe_in, chart)
        return ChartCard(chart, title, [what, self.tr("Items"), self.tr("Share")])

    def _describe_in(self, chart: BarChart, bar: Bar) -> str:
        return self._describe(bar, chart.total)

    def _describe(self, bar: Bar, total: int) -> str:
        items = self.tr("%Ln item(s)", "", bar.value)
        return (
            self.tr("%1: %2 (%3 of all)")
            .replace("%1", bar.label)
            .replace("%2", items)
            .replace("%3", share_text(bar.value, total))
        )

    def _describe_month(self, bar: Bar) -> str:
        items = self.tr("%Ln item(s)", "", bar.value)
        return self.tr("%1: %2 added").replace("%1", bar.label).replace("%2", items)

    # Layout
    def _arrange(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        for widget in (self.expiring_card, self.ended_card, self.by_type, self.by_customer, self.by_month):
            self.grid.removeWidget(widget)
        self.grid.removeItem(self.card_grid)
        for card in self.cards.values():
            self.card_grid.removeWidget(card)
        if wide:
            # One row; the two cards that need attention (and longer words) get more room.
            for number, card in enumerate(self.cards.values()):
                self.card_grid.addWidget(card, 0, number)
                self.card_grid.setColumnStretch(number, 3 if number >= 5 else 2)
        else:
            # What needs attention first, two columns each; then the totals, four a row.
            self.card_grid.addWidget(self.cards["soon"], 0, 0, 1, 2)
            self.card_grid.addWidget(self.cards["ended"], 0, 2, 1, 2)
            totals = [card for key, card in self.cards.items() if key not in ("soon", "ended")]
            for number, card in enumerate(totals):
                self.card_grid.addWidget(card, 1 + number // 4, number % 4)
            for number in range(7):
                self.card_grid.setColumnStretch(number, 1 if number < 4 else 0)
        self.grid.addLayout(self.card_grid, 0, 0, 1, 2 if wide else 1)
        if wide:
            self.grid.addWidget(self.expiring_card, 1, 0)
            self.grid.addWidget(self.ended_card, 2, 0)
            self.grid.addWidget(self.by_type, 1, 1)
            self.grid.addWidget(self.by_customer, 2, 1)
            self.grid.addWidget(self.by_month, 3, 0, 1, 2)
            self.grid.setColumnStretch(0, 3)  # the lists need the width more than the charts
            self.grid.setColumnStretch(1, 2)
        else:
            for row, widget in enumerate(
                (self.expiring_card, self.ended_card, self.by_type, self.by_customer, self.by_month), start=1
            ):
                self.grid.addWidget(widget, row, 0)
            self.grid.setColumnStretch(1, 0)
        self.grid.setRowStretch(5, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width() >= WIDE)
        super().resizeEvent(event)

    # Data
    def _check_counts(self) -> None:
        """Once a session, in a worker thread (a count of every item: 0.2 s on PostgreSQL at 1M):
        recount the summaries if they disagree with the items, then show the right numbers."""
        if not self.isVisible():  # hidden, or its window closed (and its database perhaps too)
            self._check_pending = True
            return
        self._check_pending = False
        job = Job(0, check_item_counts, self._relay.done.emit)
        self._jobs.append(job)
        self._pool.start(lambda: run_job(job))

    def _counts_checked(self, _generation: int, rebuilt: object) -> None:
        if rebuilt is True:
            self.refresh()

    def refresh(self) -> None:
        """Read every number again (for today's date)."""
        self.on = today()
        self.date_label.setText(
            QLocale().toString(QDate(self.on.year, self.on.month, self.on.day), QLocale.FormatType.LongFormat)
        )
        if self._refreshed_once:  # not the first time: the models counted when they were made
            for source in (self.expiring_source, self.ended_source):
                source.on = self.on
            self.expiring_model.refresh()
            self.ended_model.refresh()
        totals = dashboard.totals()
        self.start_card.setVisible(totals.items == 0)
        summary = dashboard.expiry_summary(self.on, ended=self.ended_model.rowCount())
        self.cards["items"].set_value(totals.items)
        self.cards["customers"].set_value(totals.customers)
        self.cards["contracts"].set_value(totals.contracts)
        self.cards["sites"].set_value(totals.sites)
        self.cards["types"].set_value(totals.product_types)
        soon = summary.bands[BANDS[0]]
        self.cards["soon"].set_value(soon, color_of(SOON) if soon else None)
        self.cards["ended"].set_value(
            summary.ended_with_items, color_of(ENDED) if summary.ended_with_items else None
        )
        self.band_buttons[None].setText(
            self.tr("All (%1)").replace("%1", QLocale().toString(summary.within_horizon))
        )
        for band in BANDS:
            count = QLocale().toString(summary.bands[band])
            self.band_buttons[band].setText(f"{band_words(band)} ({count})")
            self.band_buttons[band].setAccessibleName(
                self.tr("Ending in %1: %2 contracts").replace("%1", band_words(band)).replace("%2", count)
            )
        self.ended_title.setText(
            self.tr("Ended, with items still under them (%1)").replace(
                "%1", QLocale().toString(summary.ended_with_items)
            )
        )
        self._set_ranking(self.by_type, dashboard.items_by_type(), self.tr("Other types"))
        self._set_ranking(self.by_customer, dashboard.items_by_customer(), self.tr("Other customers"))
        months = dashboard.items_per_month(self.on)
        self.by_month.set_bars(
            [
                Bar(
                    share.key,
                    QLocale().toString(QDate(share.key.year, share.key.month, 1), "MMMM yyyy"),
                    share.items,
                    QLocale().toString(QDate(share.key.year, share.key.month, 1), "MMM"),
                )
                for share in months
            ]
        )

    def _set_ranking(self, card: ChartCard, ranking: dashboard.Ranking, others: str) -> None:
        bars = [Bar(share.key, share.label, share.items) for share in ranking.top]
        rest = Bar(None, others, ranking.others) if ranking.others else None
        card.set_bars(bars, ranking.total, rest)

    def _first_refresh(self) -> None:
        self.refresh()
        self._refreshed_once = True
        # After the page is on screen: on a 2-core machine a parallel count would slow its paint.
        QTimer.singleShot(CHECK_DELAY_MS, self._check_counts)

    def take_focus(self) -> None:
        """The keyboard on what comes first: New item on an empty database, else the contracts."""
        (self.start_new if not self.start_card.isHidden() else self.expiring).setFocus()

    def show_band(self, band: int | None) -> None:
        """Show the contracts of one band (None: all three) and put the keyboard on them."""
        self.band_buttons[band].setChecked(True)
        self.expiring.setFocus()

    def _choose_band(self, band: int | None) -> None:
        if self.expiring_source.band != band:
            self.expiring_source.band = band
            self.expiring_model.refresh()

    def _changed(self, table: str) -> None:
        if table in WATCHED:
            self._debounce.start()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _new_day(self) -> None:
        if today() != self.on:
            self._refresh_if_shown()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale or today() != self.on:
            self._stale = False
            self.refresh()
        if self._check_pending:
            self._check_pending = False
            QTimer.singleShot(CHECK_DELAY_MS, self._check_counts)
        super().showEvent(event)

    # Opening rows
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QTableView)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            current = watched.currentIndex()
            if current.isValid():
                self._open_row(watched, current.row())
            return True
        return super().eventFilter(watched, event)

    def _contract_at(self, table: QTableView, row: int) -> int | None:
        value = table.model().index(row, 0).data(IdRole)
        return int(value) if value is not None else None

    def _open_row(self, table: QTableView, row: int) -> None:
        contract_id = self._contract_at(table, row)
        if contract_id is not None:
            self.open_contract(contract_id)

    def open_contract(self, contract_id: int) -> None:
        from citrus_desktop.ui.records.contract_dialog import ContractDialog

        try:
            customer_id = get_contract(contract_id).customer_id
        except DomainError:
            self.refresh()  # deleted meanwhile: the row goes away
            return
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ContractDialog(int(customer_id or 0), contract_id, parent=self)
        self.dialog.open()

    def _menu(self, table: QTableView, point: QPoint) -> None:
        index = table.indexAt(point)
        contract_id = self._contract_at(table, index.row()) if index.isValid() else None
        if contract_id is None:
            return
        menu = QMenu(self)
        menu.setObjectName("dashboardRowMenu")
        menu.addAction(self.tr("Open the contract"), lambda: self.open_contract(contract_id))
        menu.addAction(self.tr("Open the customer"), lambda: self._open_customer_of(contract_id))
        self.menu = menu
        menu.popup(table.viewport().mapToGlobal(point))

    def _open_customer_of(self, contract_id: int) -> None:
        try:
            customer_id = get_contract(contract_id).customer_id
        except DomainError:
            return
        if customer_id is not None:
            self._open_customer(int(customer_id))
