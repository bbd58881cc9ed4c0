"""The import preview's rows: each row of the file with its line, its status in words, what is
wrong with it or what it changes, and the values it brings."""

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from citrus_desktop.domain.cell_text import cell_text
from citrus_desktop.domain.import_fields import ImportField
from citrus_desktop.domain.importing import ERROR, NEW, SKIP, UPDATE, RowResult

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
STATUS_COLOURS = {NEW: "#2e7d32", UPDATE: "#1565c0", SKIP: "#757575", ERROR: "#c62828"}
FIXED = 3
"""Line, status, message; the mapped fields follow."""


class PreviewModel(QAbstractTableModel):
    """Rows as checked (appended a chunk at a time while the check runs)."""

    def __init__(self, fields: list[tuple[ImportField, int]], parent: Any = None):
        super().__init__(parent)
        self.fields = fields
        """(field, column of the file) of each mapped field, in the fields' order."""
        self.rows: list[RowResult] = []

    def status_text(self, status: str) -> str:
        return {
            NEW: self.tr("New"),
            UPDATE: self.tr("Update"),
            SKIP: self.tr("Skip"),
            ERROR: self.tr("Error"),
        }[status]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else FIXED + len(self.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < FIXED:
            return (self.tr("Line"), self.tr("Status"), self.tr("Problem or change"))[section]
        return self.fields[section - FIXED][0].title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.line)
            if column == 1:
                return self.status_text(row.status) + (" ⚠" if row.warnings else "")
            if column == 2:
                return row.message()
            cells = row.cells or []
            number = self.fields[column - FIXED][1]
            return cell_text(cells[number]).text.replace("\n", " ⏎ ") if number < len(cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return "\n".join(filter(None, row.message().split("; "))) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def add(self, rows: list[RowResult]) -> None:
        if not rows:
            return
        start = len(self.rows)
        self.beginInsertRows(NO_PARENT, start, start + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def replace(self, rows: list[RowResult]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()


class ProblemsOnly(QSortFilterProxyModel):
    """Only the rows in error or with a warning, when ``only`` is on."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.only = False

    def show_only_problems(self, only: bool) -> None:
        self.beginFilterChange()
        self.only = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.only:
            return True
        model = self.sourceModel()
        assert isinstance(model, PreviewModel)
        row = model.rows[source_row]
        return row.status == ERROR or bool(row.warnings)
