"""The stock-take table: one row per serial, its state in words; colour and icon only add to it."""

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from citrus_desktop.domain.stock_takes import Entry, state_label
from citrus_desktop.ui.icons import icon
from citrus_desktop.ui.moments import short_moment
from citrus_desktop.ui.style import is_dark

NO_PARENT = QModelIndex()
STATE_ICONS = {
    "missing": "missing",
    "found": "found",
    "moved": "found",
    "other_site": "warning",
    "other_customer": "warning",
    "unknown": "unknown",
}
# (light, dark) backgrounds; the words in the State column say the same thing.
STATE_COLOURS = {
    "found": ("#dff3d6", "#23401c"),
    "moved": ("#dff3d6", "#23401c"),
    "other_site": ("#fff0c2", "#4a3c12"),
    "other_customer": ("#fbd9d6", "#4d2220"),
    "unknown": ("#fbd9d6", "#4d2220"),
}
STATE_INK = {
    "found": "#2e7d32",
    "moved": "#2e7d32",
    "other_site": "#b06000",
    "other_customer": "#c5221f",
    "unknown": "#c5221f",
    "missing": "#6f7378",
}


def state_colour(state: str) -> QColor | None:
    pair = STATE_COLOURS.get(state)
    return QColor(pair[1] if is_dark() else pair[0]) if pair else None


class EntriesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Entry] = []
        self._row_of: dict[int, int] = {}
        self._titles = [
            QCoreApplication.translate("StockTakeWindow", "State"),
            QCoreApplication.translate("StockTakeWindow", "Serial number"),
            QCoreApplication.translate("StockTakeWindow", "Item"),
            QCoreApplication.translate("StockTakeWindow", "Where it belongs"),
            QCoreApplication.translate("StockTakeWindow", "Scanned"),
        ]

    def set_entries(self, rows: list[Entry]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._row_of = {entry.id: n for n, entry in enumerate(self.rows) if entry.id}
        self.endResetModel()

    def put(self, entry: Entry) -> int:
        """Show ``entry`` (updating its row, or adding one at the end); returns its row."""
        row = self._row_of.get(entry.id)
        if row is not None:
            self.rows[row] = entry
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._titles) - 1))
            return row
        row = len(self.rows)
        self.beginInsertRows(NO_PARENT, row, row)
        self.rows.append(entry)
        self._row_of[entry.id] = row
        self.endInsertRows()
        return row

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        entry = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return state_label(entry.state)
            if column == 1:
                return entry.serial
            if column == 2:
                return entry.description
            if column == 3:
                return entry.place
            if column == 4:
                return short_moment(entry.scanned_at)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return icon(STATE_ICONS[entry.state], QColor(STATE_INK[entry.state]))
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = state_colour(entry.state)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None
