"""A lazy table model over a domain ListSource: it knows the row count and fetches pages on demand."""

from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from citrus_desktop.domain.listing import Column, ListSource, Row

PAGE_SIZE = 200
PAGES_KEPT = 50
IdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class ListModel(QAbstractTableModel):
    """Rows of a ListSource, ``PAGE_SIZE`` at a time, with the last ``PAGES_KEPT`` pages cached."""

    def __init__(self, source: ListSource, parent=None):
        super().__init__(parent)
        self._source = source
        self._columns: list[Column] = source.columns()
        self._keyword = ""
        self._sort = 0
        self._descending = False
        self._count = source.count()
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()

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
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, IdRole):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role == IdRole:
            return row[0]
        value = row[index.column() + 1]
        text = self._format(self._columns[index.column()], value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if len(text) > 40 else None
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort, self._descending) or not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort, self._descending = column, descending
        self._pages.clear()
        self.layoutChanged.emit()

    # The list's own interface
    @property
    def source(self) -> ListSource:
        return self._source

    @property
    def keyword(self) -> str:
        return self._keyword

    def set_keyword(self, keyword: str) -> None:
        keyword = keyword.strip()
        if keyword != self._keyword:
            self._keyword = keyword
            self.refresh()

    def refresh(self) -> None:
        """Re-read the count and forget cached pages (after a change, or a new keyword)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._source.count(self._keyword)
        self.endResetModel()

    def row(self, number: int) -> Row | None:
        page_number, offset = divmod(number, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            page = self._source.page(
                page_number * PAGE_SIZE, PAGE_SIZE, self._keyword, self._sort, self._descending
            )
            self._pages[page_number] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None

    def id_at(self, number: int) -> int | None:
        row = self.row(number)
        return row[0] if row else None

    def row_of(self, record_id: int) -> int | None:
        """The row number of ``record_id`` among the cached pages, if it is there."""
        for page_number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row[0] == record_id:
                    return page_number * PAGE_SIZE + offset
        return None

    @staticmethod
    def _format(column: Column, value: Any) -> str:
        if value is None:
            return ""
        if column.kind == "date" and isinstance(value, date):
            return QLocale().toString(value, QLocale.FormatType.ShortFormat)
        if column.kind == "bool":
            return QCoreApplication.translate("ListModel", "Yes" if value else "No")
        return str(value)
