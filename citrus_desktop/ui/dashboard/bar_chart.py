"""A bar chart painted with QPainter: bars with their numbers, hover and keyboard to read each.

Horizontal charts rank labelled bars (items per type, per customer); vertical ones show a series
(items added per month). The mouse hovering a bar shows its tooltip, a click or the arrow keys
make it the current bar (``current_changed``), Enter or a double-click activates it. Screen
readers get the whole chart in words from the accessible description.
"""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from citrus_desktop.ui.style import chart_colors

PAD = 8


@dataclass(frozen=True)
class Bar:
    key: Any
    label: str
    value: int
    short_label: str = ""
    """Shown under a vertical bar (e.g. "Mar"); the full label is in the tooltip."""
    muted: bool = False
    """Drawn in a quieter colour (the "Others" bar)."""


class BarChart(QWidget):
    """Bars of ``Bar`` values; ``describe(bar)`` says one bar in words (tooltip, caption, readers)."""

    current_changed = Signal(int)
    activated = Signal(object)

    def __init__(self, name: str, title: str, vertical: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.vertical = vertical
        self.bars: list[Bar] = []
        self.total = 0
        self.current = -1
        self.hovered = -1
        self.empty_text = ""
        self.describe = lambda bar: f"{bar.label}: {QLocale().toString(bar.value)}"
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # Data
    def set_bars(self, bars: list[Bar], total: int | None = None) -> None:
        keep = self.bars[self.current].key if 0 <= self.current < len(self.bars) else None
        self.bars = list(bars)
        self.total = sum(bar.value for bar in bars) if total is None else total
        keys = [bar.key for bar in self.bars]
        self.current = keys.index(keep) if keep in keys else -1
        self.hovered = -1
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()
        self.current_changed.emit(self.current)

    def summary(self) -> str:
        """Every bar in words, one a line (what a screen reader reads)."""
        if not self.bars:
            return self.empty_text
        return "\n".join(self.describe(bar) for bar in self.bars)

    def set_current(self, index: int) -> None:
        index = max(-1, min(index, len(self.bars) - 1))
        if index != self.current:
            self.current = index
            self.update()
            self.current_changed.emit(index)

    def current_bar(self) -> Bar | None:
        return self.bars[self.current] if 0 <= self.current < len(self.bars) else None

    # Geometry
    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        if self.vertical:
            return QSize(480, 12 * self.fontMetrics().height() + 2 * PAD)
        rows = max(3, len(self.bars))
        return QSize(480, rows * self._row_height() + 2 * PAD)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(240, hint.height())

    def bar_rect(self, index: int) -> QRect:
        """Where bar ``index`` is drawn (its full row or column, for hit tests)."""
        area = self.rect().adjusted(PAD, PAD, -PAD, -PAD)
        if not self.bars:
            return QRect()
        if self.vertical:
            width = area.width() / len(self.bars)
            return QRect(int(area.left() + index * width), area.top(), int(width), area.height())
        height = self._row_height()
        return QRect(area.left(), area.top() + index * height, area.width(), height)

    def bar_at(self, point: QPoint) -> int:
        return next((i for i in range(len(self.bars)) if self.bar_rect(i).contains(point)), -1)

    # Painting
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if not self.bars:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        highest = max(bar.value for bar in self.bars) or 1
        colors = chart_colors()
        for index, bar in enumerate(self.bars):
            row = self.bar_rect(index)
            if self.vertical:
                self._paint_column(painter, row, bar, highest, colors, index)
            else:
                self._paint_row(painter, row, bar, highest, colors, index)

    def _fill(self, bar: Bar, index: int, colors: dict[str, QColor]) -> QColor:
        color = QColor(colors["muted"] if bar.muted else colors["bar"])
        if index == self.hovered or index == self.current:
            color = color.lighter(120) if colors["dark"] else color.darker(115)
        return color

    def _paint_row(
        self, painter: QPainter, row: QRect, bar: Bar, highest: int, colors: dict[str, QColor], index: int
    ) -> None:
        metrics = QFontMetrics(self.font())
        palette = self.palette()
        label_width = min(max(row.width() * 2 // 5, 80), 260)
        number = QLocale().toString(bar.value)
        number_width = metrics.horizontalAdvance(number) + 8
        label_rect = QRect(row.left(), row.top(), label_width - 8, row.height())
        text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_rect.width())
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)
        track = QRect(row.left() + label_width, row.top() + 4, row.width() - label_width - number_width, 0)
        track.setHeight(row.height() - 8)
        length = max(2.0, track.width() * bar.value / highest) if bar.value else 0.0
        shape = QRectF(track.left(), track.top(), length, track.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._fill(bar, index, colors))
        painter.drawRoundedRect(shape, 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRect(int(shape.right()) + 6, row.top(), number_width + 8, row.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            number,
        )
        if index == self.current and self.hasFocus():
            self._focus_ring(painter, row)

    def _paint_column(
        self, painter: QPainter, column: QRect, bar: Bar, highest: int, colors: dict[str, QColor], index: int
    ) -> None:
        metrics = QFontMetrics(self.font())
        palette = self.palette()
        line = metrics.height()
        plot = column.adjusted(3, line + 2, -3, -(line + 4))
        height = plot.height() * bar.value / highest if bar.value else 0.0
        shape = QRectF(plot.left(), plot.bottom() - height, plot.width(), height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._fill(bar, index, colors))
        if height:
            painter.drawRoundedRect(shape, 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        number = QLocale().toString(bar.value)
        if metrics.horizontalAdvance(number) <= column.width():
            above = QRect(column.left(), int(shape.top()) - line - 2, column.width(), line)
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, number)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        below = QRect(column.left(), column.bottom() - line, column.width(), line)
        short = metrics.elidedText(bar.short_label or bar.label, Qt.TextElideMode.ElideRight, column.width())
        painter.drawText(below, Qt.AlignmentFlag.AlignCenter, short)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(column.left(), plot.bottom() + 1, column.right(), plot.bottom() + 1)
        if index == self.current and self.hasFocus():
            self._focus_ring(painter, column)

    def _focus_ring(self, painter: QPainter, rect: QRect) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DotLine))
        painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 4, 4)

    # Mouse and keyboard
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos())
            if index >= 0:
                QToolTip.showText(
                    event.globalPos(), self.describe(self.bars[index]), self, self.bar_rect(index)
                )
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position().toPoint())
        if index != self.hovered:
            self.hovered = index
            self.setCursor(Qt.CursorShape.PointingHandCursor if index >= 0 else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.hovered = -1
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.set_current(index)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.set_current(index)
            self.activated.emit(self.bars[index].key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        steps: dict[Qt.Key, int] = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
        }
        if not self.bars:
            super().keyPressEvent(event)
        elif key in steps:
            start = self.current if self.current >= 0 else (-1 if steps[key] > 0 else len(self.bars))
            self.set_current(max(0, min(len(self.bars) - 1, start + steps[key])))
        elif key == Qt.Key.Key_Home:
            self.set_current(0)
        elif key == Qt.Key.Key_End:
            self.set_current(len(self.bars) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_bar() is not None:
            self.activated.emit(self.bars[self.current].key)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.current < 0 and self.bars:
            self.set_current(0)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
