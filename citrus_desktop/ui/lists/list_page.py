"""The one list page every list uses: toolbar (New, Delete, Filter), filter bar and a lazy table."""

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.domain.errors import InUseError, NotFoundError
from citrus_desktop.domain.list_sources import ListSource
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.events import announce, bus
from citrus_desktop.ui.icons import icon
from citrus_desktop.ui.lists.table_model import IdRole, ListModel
from citrus_desktop.ui.notice import show_notice

FILTER_DELAY_MS = 300
# Starting widths, in average characters, by column key; the user's own widths are remembered.
COLUMN_CHARS = {
    "serial_number": 20,
    "customer": 30,
    "contract": 18,
    "site": 20,
    "product_type": 24,
    "name": 32,
    "tax_id": 20,
    "email": 28,
    "phone": 16,
    "active": 8,
    "code": 18,
    "start_date": 12,
    "end_date": 12,
    "city": 20,
    "state": 8,
    "address": 32,
    "kind": 12,
}


class ListPage(QWidget):
    """A titled list with New / Delete / Filter; the page is called ``name`` and its parts start
    with ``prefix`` (DESIGN §4: ``inventoryTable``, ``customerSitesNew``…).

    Subclasses say how to create and open a record and phrase the page's texts.
    """

    count_changed = Signal(int)
    deleted = Signal(int)
    importer: QObject | None = None
    """The import of lists that have one (inventory, customers)."""

    def __init__(self, prefix: str, name: str, source: ListSource, parent: QWidget | None = None):
        super().__init__(parent)
        self.prefix = prefix
        self.setObjectName(name)
        self.question: QMessageBox | None = None
        self.notice: QMessageBox | None = None
        self.watched_tables: set[str] = {source.table}
        self._stale = False
        bus().changed.connect(self._changed)

        self.model = ListModel(source, self)
        self.title = QLabel(self.title_text())
        self.title.setObjectName(prefix + "Title")
        self.title.setProperty("role", "pageTitle")
        self.title.setVisible(bool(self.title.text()))
        # The toolbar keeps its buttons in a narrow window; the title gives way first.
        self.title.setMinimumWidth(1)

        self.new_button = self.tool_button(
            "New",
            self.tr("New"),
            "new",
            QKeySequence.StandardKey.New,
            self.tr("Create a new record (Ctrl+N)"),
        )
        self.delete_button = self.tool_button(
            "Delete",
            self.tr("Delete"),
            "delete",
            QKeySequence.StandardKey.Delete,
            self.tr("Delete the selected rows (Del)"),
        )
        self.filter_button = self.tool_button(
            "Filter",
            self.tr("Filter"),
            "filter",
            QKeySequence.StandardKey.Find,
            self.tr("Search this list (Ctrl+F)"),
        )
        self.filter_button.setCheckable(True)
        self.export_button = self.tool_button(
            "Export",
            self.tr("Export"),
            "export",
            None,
            self.tr("Save the rows of this list to a CSV or Excel file"),
        )
        self.export_button.clicked.connect(self.export_rows)
        self.exporter: QObject | None = None
        self.new_button.clicked.connect(self.new_record)
        self.delete_button.clicked.connect(self.delete_selected)
        self.filter_button.toggled.connect(self._show_filter)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        self.toolbar = header
        for button in (
            *self.extra_tools(),
            self.export_button,
            self.new_button,
            self.delete_button,
            self.filter_button,
        ):
            header.addWidget(button)

        self.filter_text = QLineEdit()
        self.filter_text.setObjectName(prefix + "FilterText")
        self.filter_text.setPlaceholderText(self.tr("Keyword: serial, name, description…"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.returnPressed.connect(self.search)
        self.filter_text.textEdited.connect(lambda _text: self._debounce.start())
        self.filter_text.installEventFilter(self)
        self.search_button = QPushButton(icon("search"), self.tr("Search"))
        self.search_button.setObjectName(prefix + "Search")
        self.search_button.clicked.connect(self.search)
        self.filter_bar = QWidget()
        self.filter_bar.setObjectName(prefix + "FilterBar")
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_text, 1)
        bar.addWidget(self.search_button)
        self.filter_bar.hide()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.search)
        self._build_problem_bar()

        self.table = QTableView()
        self.table.setObjectName(prefix + "Table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setDefaultSectionSize(160)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._model_reset)

        self.empty = QLabel()
        self.empty.setObjectName(prefix + "Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "placeholder")
        self._stack = QStackedLayout()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.problem_bar)
        layout.addLayout(self._stack, 1)

        chars = self.fontMetrics().averageCharWidth()
        for number, column in enumerate(self.model.source.columns()):
            self.table.setColumnWidth(number, COLUMN_CHARS.get(column.key, 24) * chars + 16)
        self._model_reset()
        self._restore_columns()

    # What subclasses say
    def title_text(self) -> str:
        """The page's heading (empty: none, as in a tab that is already titled)."""
        return ""

    def empty_text(self) -> str:
        """What the empty list says, inviting to create the first record."""
        return self.tr("Nothing here yet. Click New to add the first record.")

    def confirm_text(self, count: int) -> str:
        return self.tr("Delete %n record(s)?", "", count)

    def extra_tools(self) -> list[QToolButton]:
        """Buttons of this list placed before New / Delete / Filter (export, labels…); subclasses
        and features add theirs with `tool_button`."""
        return []

    def export_name(self) -> str:
        """What the list is called in an exported file (its sheet, the suggested file name)."""
        return self.title_text() or self.tr("List")

    def export_rows(self) -> None:
        """Export the rows the list shows (its filter and sort, all of them): asks for a file."""
        from citrus_desktop.ui.transfer.export_action import ListExport

        sort, descending = self.model.sort_order
        if self.exporter is not None:
            self.exporter.deleteLater()
        self.exporter = ListExport(
            self.model.source, self.model.keyword, sort, descending, self.export_name(), self
        )
        self.exporter.ask()

    def new_record(self) -> None:
        raise NotImplementedError

    def open_record(self, record_id: int) -> None:
        raise NotImplementedError

    def tool_button(
        self,
        name: str,
        text: str,
        icon_name: str,
        keys: QKeySequence.StandardKey | QKeySequence | str | None,
        tip: str,
    ) -> QToolButton:
        """A toolbar button ``{prefix}{name}``, its shortcut (if any) working anywhere in the page."""
        action = QAction(icon(icon_name), text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip)
        self.addAction(action)
        button = QToolButton()
        button.setObjectName(self.prefix + name)
        button.setText(text)
        button.setIcon(action.icon())
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        action.triggered.connect(button.click)
        return button

    # A read that failed: the rows stay, the bar says why and offers Retry
    def _build_problem_bar(self) -> None:
        self.problem_bar = QWidget()
        self.problem_bar.setObjectName(self.prefix + "Problem")
        self.problem_text = QLabel()
        self.problem_text.setObjectName(self.prefix + "ProblemText")
        self.problem_text.setProperty("role", "errors")
        self.problem_text.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setObjectName(self.prefix + "Retry")
        self.retry_button.clicked.connect(self.model.retry)
        bar = QHBoxLayout(self.problem_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.problem_text, 1)
        bar.addWidget(self.retry_button)
        self.problem_bar.hide()
        self.model.failed.connect(self._show_problem)
        self.model.loaded.connect(self.problem_bar.hide)
        if self.model.problem:
            self._show_problem(self.model.problem)

    def _show_problem(self, message: str) -> None:
        keyword = self.model.keyword
        text = (
            self.tr("The search for “%1” failed: %2").replace("%1", keyword).replace("%2", message)
            if keyword
            else self.tr("The list could not be read: %1").replace("%1", message)
        )
        self.problem_text.setText(text)
        self.problem_bar.show()

    # Filtering
    def _show_filter(self, shown: bool) -> None:
        self.filter_bar.setVisible(shown)
        if shown:
            self.filter_text.setFocus()
            self.filter_text.selectAll()
        elif self.model.keyword:
            self.filter_text.clear()
            self.search()

    def search(self) -> None:
        """Apply the keyword in the filter field."""
        self._debounce.stop()
        self.table.scrollToTop()
        self.model.set_keyword(self.filter_text.text())

    def clear_filter(self) -> None:
        self.filter_text.clear()
        self.search()
        self.filter_button.setChecked(False)
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.filter_text and key == Qt.Key.Key_Escape:
                self.clear_filter()
                return True
            if watched is self.filter_text and key == Qt.Key.Key_Down:
                self.table.setFocus()
                if self.model.rowCount() and not self.table.selectionModel().hasSelection():
                    self.table.selectRow(0)
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.table.currentIndex()
                if current.isValid():
                    self._open_row(current.row())
                return True
            if watched is self.table and key == Qt.Key.Key_Escape and self.model.keyword:
                self.clear_filter()
                return True
        return super().eventFilter(watched, event)

    # Rows
    def _changed(self, table: str) -> None:
        if table not in self.watched_tables:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Re-read the list, keeping the selected records selected where they are still shown."""
        selected = set(self.selected_ids())
        current = self.table.currentIndex()
        current_id = current.data(IdRole) if current.isValid() else None
        scroll = self.table.verticalScrollBar().value()
        self.model.refresh()
        self.table.verticalScrollBar().setValue(scroll)
        if selected or current_id is not None:
            if 0 <= scroll < self.model.rowCount():
                self.model.row(scroll)  # the refresh forgot the pages: read the one in view again
            self._reselect(selected, current_id)

    def _reselect(self, ids: set[int], current_id: int | None) -> None:
        selection = self.table.selectionModel()
        for record_id in ids | ({current_id} if current_id is not None else set()):
            row = self.model.row_of(record_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            if record_id in ids:
                selection.select(
                    index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                )
            if record_id == current_id:
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def select_id(self, record_id: int) -> bool:
        """Select and show the row of ``record_id`` if it is in the loaded pages."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def _open_row(self, row: int) -> None:
        record_id = self.model.id_at(row)
        if record_id is not None:
            self.open_record(record_id)

    def _model_reset(self) -> None:
        count = self.model.rowCount()
        if count:
            self._stack.setCurrentWidget(self.table)
        else:
            keyword = self.model.keyword
            self.empty.setText(
                self.tr("Nothing matches “%1”.").replace("%1", keyword) if keyword else self.empty_text()
            )
            self._stack.setCurrentWidget(self.empty)
        self._update_actions()
        self.count_changed.emit(count)

    def _update_actions(self) -> None:
        self.delete_button.setEnabled(self.table.selectionModel().hasSelection())

    # Deleting
    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete"),
            self.confirm_text(len(ids)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName(self.prefix + "DeleteQuestion")
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName(self.prefix + "ConfirmDelete")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setInformativeText(self.tr("This cannot be undone."))
        self.question = box
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # freed once answered
        box.finished.connect(lambda _result: self._delete_answered(box.clickedButton() is delete, ids))
        box.open()

    def _delete_answered(self, confirmed: bool, ids: list[int]) -> None:
        self.question = None
        if not confirmed:
            return
        try:
            removed = self.model.source.delete(ids)
        except InUseError as error:
            self._notify(self.tr("Not deleted"), self.tr("Nothing was deleted."), str(error))
            return
        except NotFoundError as error:
            # Someone else deleted some of them first: the rest is gone, as asked.
            self._notify(self.tr("Already deleted"), str(error), "")
            self.table.clearSelection()
            announce(self.model.source.table)
            return
        except KnownProblem as error:
            self._notify(self.tr("Not deleted"), str(error), "")
            self.refresh()
            return
        self.table.clearSelection()
        announce(self.model.source.table)
        self.deleted.emit(removed)

    def _notify(self, title: str, text: str, details: str) -> None:
        box = show_notice(self, self.prefix + "Notice", title, text, details)
        box.finished.connect(lambda _result: setattr(self, "notice", None) if self.notice is box else None)
        self.notice = box

    # Column widths
    def _settings_key(self) -> str:
        return f"lists/{self.prefix}/header"

    def _restore_columns(self) -> None:
        state = QSettings().value(self._settings_key())
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

    def save_state(self) -> None:
        QSettings().setValue(self._settings_key(), self.table.horizontalHeader().saveState())
