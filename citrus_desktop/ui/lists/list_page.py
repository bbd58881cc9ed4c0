"""The one list page every list uses: toolbar (New, Delete, Filter), filter bar and a lazy table."""

from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.domain import access
from citrus_desktop.domain.errors import InUseError, NotFoundError
from citrus_desktop.domain.list_sources import ListSource
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.access import permit
from citrus_desktop.ui.events import announce, bus, tell
from citrus_desktop.ui.icons import icon
from citrus_desktop.ui.lists.table_model import IdRole, ListModel
from citrus_desktop.ui.notice import show_notice
from citrus_desktop.ui.tasks import run_in_background

FILTER_DELAY_MS = 300
WIDE_COLUMNS = ("description", "observation", "name", "address")
NAMED_IN_QUESTION = 5
"""A delete question names this many of the selected records, then says how many more."""
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
    "status": 20,
    "items": 8,
}


class ListPage(QWidget):
    """A titled list with New / Delete / Filter; the page is called ``name`` and its parts start
    with ``prefix`` (DESIGN §4: ``inventoryTable``, ``customerSitesNew``…).

    Subclasses say how to create and open a record and phrase the page's texts.
    """

    count_changed = Signal(int)
    deleted = Signal(int)
    importer: QObject | None = None
    _table_viewport: QWidget | None = None
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
        bus().access_changed.connect(self._update_actions)
        self._guarded: dict[QToolButton, str] = {}

        self.model = ListModel(source, self)
        # A child from the start: shown while still parentless it would flash up as a window.
        self.title = QLabel(self.title_text(), self)
        self.title.setObjectName(prefix + "Title")
        self.title.setProperty("role", "pageTitle")
        self.title.setVisible(bool(self.title.text()))
        # A long title wraps rather than widening the window past a small screen.
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

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
            on_shortcut=self.open_filter,
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

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.search)
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
        self.table.horizontalHeader().setStretchLastSection(False)  # a wide column stretches instead
        self.table.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._column_menu)
        self.locked_columns: set[int] = set()
        """Columns this list never shows (one customer's inventory has no Customer column)."""
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setDefaultSectionSize(160)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        self._table_viewport = self.table.viewport()
        self._table_viewport.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._model_reset)

        self.empty = QLabel()
        self.empty.setObjectName(prefix + "Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "placeholder")
        # An empty list still leads somewhere: a button for the first record, holding the focus
        # so that the page's shortcuts (Ctrl+N, Ctrl+F) work.
        self.empty_new = QPushButton(icon("new"), self.tr("New"))
        self.empty_new.setObjectName(prefix + "EmptyNew")
        self.empty_new.clicked.connect(self.new_button.click)
        self.empty_page = QWidget()
        self.empty_page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        empty_layout.addWidget(self.empty_new, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.problem_bar)
        self._stack = QStackedLayout()
        # In the page's layout first: the widgets it then gets are the page's, never shown for a
        # moment as windows of their own (which took the focus from the main window).
        layout.addLayout(self._stack, 1)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty_page)

        for number, column in enumerate(self.model.source.columns()):
            self.table.setColumnWidth(number, self._starting_width(column.key))
            self.table.setColumnHidden(number, column.hidden)
        self._restore_columns()
        self._model_reset()

    # What subclasses say
    def title_text(self) -> str:
        """The page's heading (empty: none, as in a tab that is already titled)."""
        return ""

    def empty_text(self) -> str:
        """What the empty list says, inviting to create the first record."""
        return self.tr("Nothing here yet. Click New to add the first record.")

    def confirm_text(self, count: int) -> str:
        return self.tr("Delete %n record(s)?", "", count)

    def confirm_one_text(self, label: str) -> str:
        """The question for one record, named by ``label`` (its serial, name or code)."""
        return self.tr("Delete “%1”?").replace("%1", label)

    def deleted_text(self, count: int) -> str:
        """What the status bar says after ``count`` records were deleted."""
        return self.tr("%n record(s) deleted.", "", count)

    def extra_tools(self) -> list[QToolButton]:
        """Buttons of this list placed before New / Delete / Filter (export, labels…); subclasses
        and features add theirs with `tool_button`."""
        return []

    def guard(self, button: QToolButton, table: str) -> None:
        """Keep ``button`` enabled only while the person may change records of ``table``."""
        self._guarded[button] = table
        permit(button, access.current().refusal(table))

    def write_refusal(self) -> str | None:
        """Why the person may not create or delete this list's records (None: they may)."""
        return access.current().refusal(self.model.source.table)

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
        on_shortcut: Callable[[], None] | None = None,
    ) -> QToolButton:
        """A toolbar button ``{prefix}{name}``, its shortcut (if any) working anywhere in the page;
        the shortcut clicks the button unless ``on_shortcut`` says what it does."""
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
        # Its icon alone is the least it needs: in a narrow window the toolbar drops the words
        # (`_fit_toolbar`) rather than make the window wider.
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setMinimumWidth(button.sizeHint().width())
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        if on_shortcut is None:
            action.triggered.connect(button.click)
        else:
            action.triggered.connect(lambda _checked=False: on_shortcut())
        return button

    # A read that failed: the rows stay, the bar says why and offers Retry
    def _build_problem_bar(self) -> None:
        self.problem_bar = QWidget(self)  # a child at once: shown parentless it would be a window
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
    def open_filter(self) -> None:
        """Ctrl+F: show the filter, or go back to it with its text selected (never closes it)."""
        if not self.filter_button.isChecked():
            self.filter_button.setChecked(True)
        self.filter_text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_text.selectAll()

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
        if watched is self._table_viewport and event.type() == QEvent.Type.Resize:
            self.fit_columns()  # the room the columns have changed
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

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
        self._fit_toolbar()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        """Toolbar buttons show their words where the page has room, else only their icons (the
        words stay in the tooltip), so that a narrow window never has to grow to hold them."""
        items = (self.toolbar.itemAt(i) for i in range(self.toolbar.count()))
        widgets = (item.widget() for item in items if item is not None)
        tools = [w for w in widgets if isinstance(w, QToolButton) and w.isVisibleTo(self)]
        if not tools:
            return
        with_words = sum(
            tool.iconSize().width() + tool.fontMetrics().horizontalAdvance(tool.text()) + 28 for tool in tools
        )
        icons_only = sum(tool.iconSize().width() + 20 for tool in tools)
        room = self.width() - 48
        titled = bool(self.title.text())
        heading = self.title.sizeHint().width() if titled else 0
        # The heading first (the navigation may name only "Administration"), then the buttons'
        # words, else their icons alone; the heading goes only where even the icons need its room.
        words = with_words + heading <= room
        self.title.setVisible(titled and (words or icons_only + heading <= room))
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon if words else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        for tool in tools:
            if tool.toolButtonStyle() != style:
                tool.setToolButtonStyle(style)

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
        """Make ``record_id``'s row the only selected one (a record just saved) and show it.

        Whatever keys are held (Ctrl+S after Ctrl+N), the earlier selection goes: a Delete that
        follows acts on this record alone. False when the row is not shown.
        """
        self.table.clearSelection()
        row = self.model.locate(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
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
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self.isAncestorOf(focused)
        keyword = self.model.keyword
        if count:
            self._stack.setCurrentWidget(self.table)
        else:
            self.empty.setText(
                self.tr("Nothing matches “%1”.").replace("%1", keyword) if keyword else self.empty_text()
            )
            self.empty_new.setVisible(
                not keyword and not self.new_button.isHidden() and self.new_button.isEnabled()
            )
            self._stack.setCurrentWidget(self.empty_page)
        if had_focus and not self.filter_text.hasFocus():
            self.focus_list()  # the widget that had the focus may just have been hidden
        self._show_columns_for(keyword)
        self._update_actions()
        self.count_changed.emit(count)

    def focus_list(self) -> None:
        """Focus the table, or the empty page's New button: the page's shortcuts then work."""
        if self._stack.currentWidget() is self.table:
            self.table.setFocus()
        elif self.empty_new.isVisible():
            self.empty_new.setFocus()
        else:
            self.empty_page.setFocus()

    def _update_actions(self) -> None:
        refusal = self.write_refusal()
        permit(self.new_button, refusal)
        permit(self.delete_button, refusal, self.table.selectionModel().hasSelection())
        for button, table in self._guarded.items():
            permit(button, access.current().refusal(table))

    # Deleting
    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        labels = self._selected_labels()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete"),
            self.confirm_one_text(labels[0]) if len(ids) == 1 and labels else self.confirm_text(len(ids)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName(self.prefix + "DeleteQuestion")
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName(self.prefix + "ConfirmDelete")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        warning = self.tr(
            "Deleted records go to the recycle bin (Administration › Recycle bin), where they can be "
            "restored; Ctrl+Z undoes the delete."
        )
        note = self.delete_note(ids)
        if note:
            warning = f"{note}\n\n{warning}"
        box.setInformativeText(
            f"{self._names_text(labels, len(ids))}\n\n{warning}" if len(ids) > 1 else warning
        )
        self.question = box
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # freed once answered
        box.finished.connect(lambda _result: self._delete_answered(box.clickedButton() is delete, ids))
        box.open()

    def delete_note(self, ids: list[int]) -> str:
        """What else goes with the records ``ids`` when they are deleted, for the question ("" none)."""
        return ""

    def _names_text(self, labels: list[str], count: int) -> str:
        """``labels`` joined: the first few of ``count`` records, then how many more."""
        named = labels[:NAMED_IN_QUESTION]
        others = count - len(named)  # lupdate misses a call with another call among its arguments
        text = ", ".join(named)
        return self.tr("%1 and %n more", "", others).replace("%1", text) if others > 0 else text

    def _selected_labels(self) -> list[str]:
        """The first column's text (serial, name, code) of the first selected rows, in list order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [str(self.model.index(row, 0).data() or "") for row in rows[: NAMED_IN_QUESTION + 1]]

    def _delete_answered(self, confirmed: bool, ids: list[int]) -> None:
        self.question = None
        # Back to the list's window whatever the window manager does: Ctrl+Z, Del and the arrows
        # work at once (as after a record dialog).
        self.window().activateWindow()
        self.table.setFocus()
        if not confirmed:
            return
        # Off the UI thread: 10,000 items go to the recycle bin in about half a second.
        self.delete_button.setEnabled(False)
        source = self.model.source
        run_in_background(lambda: source.delete(ids), self._delete_done, self)

    def _delete_done(self, result: object) -> None:
        self._update_actions()
        if isinstance(result, InUseError):
            self._notify(self.tr("Not deleted"), self.tr("Nothing was deleted."), str(result))
            return
        if isinstance(result, NotFoundError):
            # Someone else deleted some of them first: the rest is gone, as asked.
            self._notify(self.tr("Already deleted"), str(result), "")
            self.table.clearSelection()
            announce(self.model.source.table)
            return
        if isinstance(result, KnownProblem):
            self._notify(self.tr("Not deleted"), str(result), "")
            self.refresh()
            return
        if isinstance(result, BaseException):
            raise result
        self.table.clearSelection()
        announce(self.model.source.table)
        removed = int(result)  # type: ignore[call-overload]
        tell(self.deleted_text(removed))
        self.deleted.emit(removed)

    def _notify(self, title: str, text: str, details: str) -> None:
        box = show_notice(self, self.prefix + "Notice", title, text, details)
        box.finished.connect(lambda _result: setattr(self, "notice", None) if self.notice is box else None)
        self.notice = box

    # Columns: widths and which are shown, remembered per list
    def _settings_key(self) -> str:
        return f"lists/{self.prefix}/header"

    def _chosen_key(self) -> str:
        return f"lists/{self.prefix}/chosenColumns"

    def _chosen(self) -> set[str]:
        """Keys of the columns the user showed or hid (the others follow their defaults)."""
        value = QSettings().value(self._chosen_key(), [])
        return {str(key) for key in (value if isinstance(value, list) else [value]) if key}

    def _restore_columns(self) -> None:
        state = QSettings().value(self._settings_key())
        if isinstance(state, QByteArray):
            self.table.horizontalHeader().restoreState(state)

    def save_state(self) -> None:
        QSettings().setValue(self._settings_key(), self.table.horizontalHeader().saveState())

    def _show_columns_for(self, keyword: str) -> None:
        """Columns hidden by default (an item's Observation) show while a keyword is searched,
        since a match may be in them alone, unless the user chose; then the widths are fitted."""
        chosen = self._chosen()
        for number, column in enumerate(self.model.source.columns()):
            if column.hidden and column.key not in chosen and number not in self.locked_columns:
                self.table.setColumnHidden(number, not keyword)
        self.fit_columns()

    def _starting_width(self, key: str) -> int:
        return COLUMN_CHARS.get(key, 24) * self.fontMetrics().averageCharWidth() + 16

    def fit_columns(self) -> None:
        """The last wide column shown (description, name…) takes the spare width, not a narrow
        one such as Active; the others keep the widths the user gave them."""
        header = self.table.horizontalHeader()
        columns = self.model.source.columns()
        shown = [n for n in range(len(columns)) if not header.isSectionHidden(n)]
        wide = [n for n in shown if columns[n].key in WIDE_COLUMNS] or shown[-1:]
        stretched = wide[-1] if wide else -1
        if stretched >= 0:
            # Where the others leave it less than its starting width (800×600), it keeps that
            # width and the list scrolls sideways: a name cut to a few letters helps nobody.
            starting = self._starting_width(columns[stretched].key)
            others = sum(header.sectionSize(n) for n in shown if n != stretched)
            if others + starting > self.table.viewport().width():
                if header.sectionResizeMode(stretched) == QHeaderView.ResizeMode.Stretch:
                    header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Interactive)
                    header.resizeSection(stretched, starting)
                stretched = -1
        for number in range(len(columns)):
            mode = (
                QHeaderView.ResizeMode.Stretch if number == stretched else QHeaderView.ResizeMode.Interactive
            )
            if header.sectionResizeMode(number) != mode:
                header.setSectionResizeMode(number, mode)

    def _column_menu(self, position: QPoint) -> None:
        """The header's context menu: a check for each column; the last one shown stays."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName(self.prefix + "Columns")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        columns = self.model.source.columns()
        shown = [n for n in range(len(columns)) if not header.isSectionHidden(n)]
        for number, column in enumerate(columns):
            if number in self.locked_columns:
                continue
            action = menu.addAction(column.title)
            action.setObjectName(f"{self.prefix}Column_{column.key}")
            action.setCheckable(True)
            action.setChecked(number in shown)
            action.setEnabled(shown != [number])
            action.toggled.connect(lambda on, n=number, key=column.key: self._choose_column(n, key, on))
        menu.popup(header.mapToGlobal(position))

    def _choose_column(self, number: int, key: str, shown: bool) -> None:
        self.table.setColumnHidden(number, not shown)
        QSettings().setValue(self._chosen_key(), sorted(self._chosen() | {key}))
        self.fit_columns()
        self.save_state()
