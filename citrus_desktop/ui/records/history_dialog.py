"""A record's history: every change, newest first, each changed field with its old and new value."""

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.domain.history import (
    CHANGED,
    CREATED,
    DELETED,
    RESTORED,
    STOCK_TAKE,
    Change,
    record_history,
    record_title,
)
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.moments import short_date, short_moment
from citrus_desktop.ui.window_size import fit_to_screen


def shown_value(value: Any) -> str:
    """A history value as the user reads it: dates in the locale, Yes/No, names as they are."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ListModel", "Yes")
            if value
            else QCoreApplication.translate("ListModel", "No")
        )
    if isinstance(value, datetime):
        return short_moment(value)
    if isinstance(value, date):
        return short_date(value)
    return str(value)


class HistoryDialog(QDialog):
    """``historyDialog`` with ``historyTable``: When, Who, What, Field, Before, After."""

    def __init__(self, table: str, record_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        try:
            title = record_title(table, record_id)
        except KnownProblem:
            title = ""
        self.setWindowTitle(self.tr("History — %1").replace("%1", title) if title else self.tr("History"))
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.problem = QLabel()
        self.problem.setObjectName("historyProblem")
        self.problem.setProperty("role", "errors")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("historyClose")
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 460)
        self.load(table, record_id)

    def _what(self, change: Change) -> str:
        words = {
            CREATED: self.tr("Created"),
            CHANGED: self.tr("Changed"),
            DELETED: self.tr("Deleted (to the recycle bin)"),
            RESTORED: self.tr("Restored"),
            STOCK_TAKE: self.tr("Stock-take finished"),
        }
        text = words.get(change.what, change.what)
        return f"{text} ({change.how})" if change.how else text

    def load(self, table: str, record_id: int) -> None:
        try:
            changes = record_history(table, record_id)
        except KnownProblem as problem:
            self.problem.setText(str(problem))
            self.problem.show()
            return
        self.model.removeRows(0, self.model.rowCount())
        unknown = self.tr("unknown (outside Citrus Desktop)")
        for change in changes:
            cells = [
                shown_value(change.at),
                change.who or unknown,
                self._what(change),
                change.label,
                shown_value(change.old) if change.field else "",
                shown_value(change.new) if change.field or change.new else "",
            ]
            items = []
            for text in cells:
                item = QStandardItem(text)
                item.setToolTip(text if len(text) > 40 else "")
                items.append(item)
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        widest = self.fontMetrics().averageCharWidth() * 40
        for column in range(5):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 16, widest))
        if not changes:
            self.problem.setProperty("role", "placeholder")
            self.problem.setText(self.tr("No history is kept for this record yet."))
            self.problem.show()

    def rows(self) -> list[list[str]]:
        """The table as the user reads it (for tests and copying)."""
        return [
            [self.model.index(row, column).data(Qt.ItemDataRole.DisplayRole) for column in range(6)]
            for row in range(self.model.rowCount())
        ]
