"""A dashboard card holding one chart: its title, the chart or the same numbers as a table, and a
caption naming the current bar."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.ui.dashboard.bar_chart import Bar, BarChart
from citrus_desktop.ui.icons import icon

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class BarTableModel(QAbstractTableModel):
    """The chart's bars as rows: label, value and share, for reading rather than looking."""

    def __init__(self, chart: BarChart, headers: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = chart
        self.headers = headers

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def bars(self) -> list[Bar]:
        rest = getattr(self.parent(), "rest", None)
        return self.chart.bars + ([rest] if rest is not None else [])

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.bars())

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        bar = self.bars()[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return RIGHT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if index.column() == 0:
            return bar.label
        if index.column() == 1:
            return self.chart.locale().toString(bar.value)
        return share_text(bar.value, self.chart.total)


def share_text(value: int, total: int) -> str:
    """``value`` as a percentage of ``total`` in the user's locale ("23 %", "23%", "< 1 %")."""
    from PySide6.QtCore import QLocale

    if not total:
        return ""
    percent = 100 * value / total
    if 0 < percent < 1:
        return "< " + QLocale().toString(1) + QLocale().percent()
    return QLocale().toString(round(percent)) + QLocale().percent()


class ChartCard(QFrame):
    """A titled card with ``chart``; the table button (``{name}TableButton``) swaps the chart for a
    table of the same numbers (``{name}Table``); ``{name}Caption`` says the current bar."""

    activated = Signal(object)

    def __init__(self, chart: BarChart, title: str, headers: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        name = chart.objectName()
        self.setObjectName(name + "Card")
        self.setProperty("role", "card")
        self.chart = chart
        self.title = QLabel(title)
        self.title.setProperty("role", "cardTitle")
        self.title.setObjectName(name + "Title")
        self.table_button = QToolButton()
        self.table_button.setObjectName(name + "TableButton")
        self.table_button.setCheckable(True)
        self.table_button.setAutoRaise(True)
        self.table_button.setIcon(icon("table"))
        self.table_button.setText(self.tr("Table"))
        self.table_button.setToolTip(self.tr("Show these numbers as a table"))
        self.table_button.setAccessibleName(self.tr("Show as a table: %1").replace("%1", title))
        self.table_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.table_button.toggled.connect(self._show_table)

        self.model = BarTableModel(chart, headers, self)
        self.table = QTableView()
        self.table.setObjectName(name + "Table")
        self.table.setAccessibleName(title)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.doubleClicked.connect(
            lambda index: self.activated.emit(self.model.bars()[index.row()].key)
        )

        self.stack = QStackedWidget()
        self.stack.addWidget(chart)
        self.stack.addWidget(self.table)
        self.caption = QLabel()
        self.caption.setObjectName(name + "Caption")
        self.caption.setProperty("role", "caption")
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        chart.current_changed.connect(self._show_current)
        chart.activated.connect(self.activated)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.table_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(top)
        self.others = QLabel()
        self.others.setObjectName(name + "Others")
        self.others.setProperty("role", "caption")
        self.others.hide()
        self.rest: Bar | None = None
        layout.addWidget(self.stack)
        layout.addWidget(self.others)
        layout.addWidget(self.caption)
        layout.addStretch(1)

    def set_bars(self, bars: list[Bar], total: int | None = None, rest: Bar | None = None) -> None:
        """Show ``bars``; ``rest`` (all the others together) is said below the chart, not drawn,
        so that a large remainder does not flatten the bars that matter."""
        self.chart.set_bars(bars, total)
        self.rest = rest
        self.others.setText(self.chart.describe(rest) if rest else "")
        self.others.setVisible(rest is not None)
        if rest is not None:
            self.chart.setAccessibleDescription(self.chart.summary() + "\n" + self.others.text())
        self.model.refresh()
        for column in (1, 2):
            self.table.resizeColumnToContents(column)
        rows = max(3, self.model.rowCount())
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 4
        )
        self._show_current(self.chart.current)

    def _table_activated(self, index: QModelIndex) -> None:
        self.activated.emit(self.model.bars()[index.row()].key)

    def _show_table(self, shown: bool) -> None:
        self.stack.setCurrentWidget(self.table if shown else self.chart)
        self.stack.setFixedHeight((self.table if shown else self.chart).sizeHint().height())
        (self.table if shown else self.chart).setFocus()

    def _show_current(self, index: int) -> None:
        bar = self.chart.current_bar()
        hint = self.tr("Point at a bar, or click it, to read its number.")
        self.caption.setText(self.chart.describe(bar) if bar else (hint if self.chart.bars else ""))
