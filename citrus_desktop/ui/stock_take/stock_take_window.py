"""The stock-take window (Conferência): pick a customer's site, scan, move strays here, finish, report."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.domain import access
from citrus_desktop.domain import stock_takes as st
from citrus_desktop.domain.errors import NotFoundError, ValidationError
from citrus_desktop.domain.sites import site_choices
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.access import permit
from citrus_desktop.ui.events import announce, bus
from citrus_desktop.ui.icons import icon
from citrus_desktop.ui.moments import short_moment
from citrus_desktop.ui.records.pickers import customer_picker
from citrus_desktop.ui.records.record_dialog import combo_id, line_of, select_id
from citrus_desktop.ui.stock_take.entries_model import STATE_INK, EntriesModel
from citrus_desktop.ui.stock_take.report_file import ReportFile
from citrus_desktop.ui.stock_take.sound import Sounds
from citrus_desktop.ui.window_size import fit_to_screen

when = short_moment


class StockTakeWindow(QWidget):
    """``stockTakeWindow``; ``customer_id`` and ``site_id`` preset the pickers (from a site)."""

    def __init__(
        self, customer_id: int | None = None, site_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("stockTakeWindow")
        self.setWindowTitle(self.tr("Stock-take"))
        self.count_id: int | None = None
        self.question: QMessageBox | None = None
        self.report_file = ReportFile(self)
        self.report_file.saved.connect(self._report_saved)
        self.sounds = Sounds()
        self.model = EntriesModel(self)

        self.customer = QComboBox()
        self.customer.setObjectName("stockTakeCustomer")
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_of(self.customer).setPlaceholderText(self.tr("Type or choose a customer…"))
        self.customer_completer = customer_picker(self.customer)
        self.customer_completer.fill(customer_id)
        self.site = QComboBox()
        self.site.setObjectName("stockTakeSite")
        self.scan = QLineEdit()
        self.scan.setObjectName("stockTakeScan")
        self.scan.setPlaceholderText(
            self.tr("Scan each item's label here (or type its serial and press Enter)")
        )
        bigger = QFont(self.scan.font())
        bigger.setPointSizeF(bigger.pointSizeF() * 1.4)
        self.scan.setFont(bigger)
        self.scan.addAction(icon("scan"), QLineEdit.ActionPosition.LeadingPosition)
        self.sound = QCheckBox(self.tr("Sound"))
        self.sound.setObjectName("stockTakeSound")
        self.sound.setChecked(True)
        self.sound.setToolTip(self.tr("A tone for each scan: rising when found, low when something is wrong"))
        self.last = QLabel()
        self.last.setObjectName("stockTakeLast")
        self.last.setWordWrap(True)
        big = QFont(self.last.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.last.setFont(big)
        self.counts = QLabel()
        self.counts.setObjectName("stockTakeCounts")
        self.status = QLabel()
        self.status.setObjectName("stockTakeStatus")
        self.status.setProperty("role", "caption")
        self.status.setWordWrap(True)

        self.table = QTableView()
        self.table.setObjectName("stockTakeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        chars = self.fontMetrics().averageCharWidth()
        for column, width in enumerate((40, 22, 36, 28)):
            self.table.setColumnWidth(column, width * chars)
        self.table.setWordWrap(False)

        self.move_button = QPushButton(icon("move"), self.tr("Move to this site"))
        self.move_button.setObjectName("stockTakeMove")
        self.move_button.setToolTip(self.tr("Move the selected items of this customer's other sites here"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("stockTakePause")
        self.pause_button.setToolTip(
            self.tr("Keep the count as it is and close; choosing this site again resumes it")
        )
        self.finish_button = QPushButton(icon("stock-take"), self.tr("Finish…"))
        self.finish_button.setObjectName("stockTakeFinish")
        self.finish_button.setToolTip(
            self.tr("Finish the count (Ctrl+Return): its result is kept and a report saved")
        )
        self.report_button = QPushButton(icon("save"), self.tr("Save report…"))
        self.report_button.setObjectName("stockTakeSaveReport")

        pickers = QFormLayout()
        pickers.addRow(self.tr("Customer"), self.customer)
        pickers.addRow(self.tr("Site"), self.site)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.sound)
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addLayout(scan_row)
        layout.addWidget(self.last)
        layout.addWidget(self.counts)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.customer.currentIndexChanged.connect(self._customer_changed)
        line_of(self.customer).editingFinished.connect(self._match_typed_customer)
        self.site.currentIndexChanged.connect(self._site_changed)
        self.scan.returnPressed.connect(self.record_scan)
        self.sound.toggled.connect(lambda on: setattr(self.sounds, "enabled", on))
        self.move_button.clicked.connect(self.move_selected)
        self.pause_button.clicked.connect(self.pause)
        self.finish_button.clicked.connect(self.ask_finish)
        self.report_button.clicked.connect(self.ask_report_file)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.ask_finish)
        bus().changed.connect(self._changed_elsewhere)
        bus().access_changed.connect(self._apply_access)
        self._fill_sites(site_id)
        fit_to_screen(self, 980, 680)
        self.scan.setFocus()

    # Picking the site
    def _match_typed_customer(self) -> None:
        index = self.customer_completer.typed_index()
        if index >= 0 and index != self.customer.currentIndex():
            self.customer.setCurrentIndex(index)

    def customer_id(self) -> int | None:
        return combo_id(self.customer) if self.customer.currentIndex() >= 0 else None

    def site_id(self) -> int | None:
        return combo_id(self.site)

    def _customer_changed(self) -> None:
        self._fill_sites(None)

    def _fill_sites(self, site_id: int | None) -> None:
        customer_id = self.customer_id()
        self.site.blockSignals(True)
        self.site.clear()
        self.site.addItem(
            self.tr("Choose a site…") if customer_id else self.tr("Choose the customer first"), None
        )
        for sid, name, city in site_choices(customer_id) if customer_id else []:
            self.site.addItem(f"{name} — {city}" if city else name, sid)
        select_id(self.site, site_id)
        self.site.setEnabled(customer_id is not None)
        self.site.blockSignals(False)
        self._site_changed()

    def _site_changed(self) -> None:
        self._leave_count()
        self.last.clear()
        site_id, customer_id = self.site_id(), self.customer_id()
        if site_id is None or customer_id is None:
            self.model.set_entries([])
            self.status.setText(self.tr("Choose the customer and the site to count."))
        else:
            try:
                resumed = st.unfinished(site_id)
                # Started (or resumed) now, so that scanning never waits for the expected list.
                self.count_id = st.start_or_resume(customer_id, site_id)
                info = st.count_info(self.count_id)
                if resumed is not None:
                    self.status.setText(
                        self.tr("Resumed the count started on %1 by %2.")
                        .replace("%1", when(info.started_at))
                        .replace("%2", info.started_by or "?")
                    )
                else:
                    self.status.setText(self.tr("Scan the items of this site, one after the other."))
                self.model.set_entries(st.entries(self.count_id))
            except KnownProblem as error:
                self.status.setText(str(error))
        self._show_counts()
        self._update_actions()
        self.scan.setFocus()

    def _leave_count(self) -> None:
        """Leaving a count: one nobody scanned in is forgotten, any other is kept paused."""
        count_id, self.count_id = self.count_id, None
        if count_id is None:
            return
        try:
            if st.count_info(count_id).state != "finished" and not st.discard_if_untouched(count_id):
                st.pause(count_id)
        except KnownProblem:
            pass

    # Scanning
    def record_scan(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        if not text.strip():
            return
        site_id, customer_id = self.site_id(), self.customer_id()
        if site_id is None or customer_id is None:
            self._say(self.tr("Choose the customer and the site first."), "unknown")
            return
        try:
            if self.count_id is None:
                self.count_id = st.start_or_resume(customer_id, site_id)
                self.model.set_entries(st.entries(self.count_id))
            try:
                result = st.record_scan(self.count_id, text)
            except NotFoundError:
                if not self.scan.isEnabled():
                    raise  # this window's count is finished
                # Someone who only looked at this site closed it meanwhile: start (or join) it again.
                self.count_id = st.start_or_resume(customer_id, site_id)
                self.model.set_entries(st.entries(self.count_id))
                result = st.record_scan(self.count_id, text)
        except ValidationError as error:
            self._say(" ".join(error.errors.values()), "unknown")
            return
        except KnownProblem as error:
            self._say(str(error), "unknown")
            return
        row = self.model.put(result.entry)
        index = self.model.index(row, 0)
        self.table.scrollTo(index)
        self.table.selectRow(row)
        entry = result.entry
        messages = {
            "found": self.tr("✓ Found: %1"),
            "again": self.tr("Already counted: %1"),
            "other_site": self.tr("⚠ %1 belongs to another site of this customer: %2"),
            "other_customer": self.tr("⚠ %1 is another customer's item: %2"),
            "unknown": self.tr("? %1: no item has this serial"),
            "moved": self.tr("✓ Found: %1"),
        }
        self._say(
            messages[result.outcome].replace("%1", entry.serial).replace("%2", entry.place), result.outcome
        )
        self._show_counts()
        self.scan.setFocus()

    def _say(self, text: str, outcome: str) -> None:
        ink = STATE_INK.get("found" if outcome == "again" else outcome, STATE_INK["missing"])
        self.last.setText(text)
        self.last.setProperty("outcome", outcome)
        self.last.setStyleSheet(f"color: {ink};")
        self.sounds.play(outcome)

    def _show_counts(self) -> None:
        if self.count_id is not None:
            counts = st.counts(self.count_id)
        else:
            expected = len(self.model.rows)
            counts = st.Counts(expected, 0, expected, 0, 0)
        self.counts.setText(
            self.tr("Found %1 of %2 · Not found %3 · Unexpected %4 · Moved here %5")
            .replace("%1", str(counts.found))
            .replace("%2", str(counts.expected))
            .replace("%3", str(counts.missing))
            .replace("%4", str(counts.unexpected))
            .replace("%5", str(counts.moved))
        )

    def _selected_entries(self) -> list[st.Entry]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[row] for row in rows if row < len(self.model.rows)]

    def _update_actions(self) -> None:
        active = self.count_id is not None
        self.move_button.setEnabled(active and any(e.state == "other_site" for e in self._selected_entries()))
        self.pause_button.setEnabled(active)
        self.finish_button.setEnabled(active)
        self.report_button.setEnabled(active)
        self._apply_access()

    def _apply_access(self) -> None:
        """What the role may not do is disabled, saying why (a role taken away while counting: the
        refused scan said so, and the window follows). The report stays: it only reads."""
        rights = access.current()
        counting, moving = rights.refusal("stock_take"), rights.refusal("inventory_item")
        for widget, refusal in (
            (self.scan, counting),
            (self.pause_button, counting),
            (self.finish_button, counting),
            (self.move_button, moving or counting),
        ):
            permit(widget, refusal, widget.isEnabled())

    def move_selected(self) -> None:
        if self.count_id is None:
            return
        chosen = [e.id for e in self._selected_entries() if e.state == "other_site"]
        try:
            moved = st.move_here(self.count_id, chosen)
        except KnownProblem as error:
            self._say(str(error), "unknown")
            return
        announce("inventory_item")
        self.model.set_entries(st.entries(self.count_id))
        self.status.setText(self.tr("%n item(s) moved to this site.", "", moved))
        self._show_counts()
        self._update_actions()
        self.scan.setFocus()

    def _changed_elsewhere(self, table: str) -> None:
        """Someone else scanned here too (or items changed): show the count as it is now."""
        if self.count_id is None or table not in ("stock_take_entry", "inventory_item"):
            return
        try:
            self.model.set_entries(st.entries(self.count_id))
        except KnownProblem:
            return
        self._show_counts()

    # Pausing and finishing
    def pause(self) -> None:
        self._leave_count()
        self.close()

    def ask_finish(self) -> None:
        if self.count_id is None:
            return
        counts = st.counts(self.count_id)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Finish the count"),
            self.tr("Finish counting this site?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("stockTakeFinishQuestion")
        if counts.missing:
            box.setInformativeText(
                self.tr(
                    "%n expected item(s) were not found; they are recorded as not found.", "", counts.missing
                )
            )
        finish = box.addButton(self.tr("Finish"), QMessageBox.ButtonRole.AcceptRole)
        finish.setObjectName("stockTakeConfirmFinish")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.question = box
        box.finished.connect(lambda _r: self._finish_answered(box.clickedButton() is finish))
        box.open()

    def _finish_answered(self, confirmed: bool) -> None:
        self.question = None
        if not confirmed or self.count_id is None:
            self.scan.setFocus()
            return
        try:
            info = st.finish(self.count_id)
        except KnownProblem as error:
            self.status.setText(str(error))
            return
        announce("stock_take")
        self.status.setText(
            self.tr("Finished on %1: %2 of %3 found. Save the report now.")
            .replace("%1", when(info.finished_at))
            .replace("%2", str(info.counts.found))
            .replace("%3", str(info.counts.expected))
        )
        self.scan.setEnabled(False)
        self.pause_button.setEnabled(False)
        self.finish_button.setEnabled(False)
        self.ask_report_file()

    # The report
    def ask_report_file(self) -> None:
        if self.count_id is not None:
            self.report_file.ask(self.count_id)

    def _report_saved(self, path: str) -> None:
        self.status.setText(self.tr("Report saved: %1").replace("%1", path))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every scan is already saved; an open count left this way is simply paused.
        self._leave_count()
        super().closeEvent(event)
