"""A total on the dashboard: a big number and what it counts, a button when it leads somewhere."""

from PySide6.QtCore import QEvent, QLocale, QRect, QSize, Qt
from PySide6.QtGui import QColor, QEnterEvent, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget


class TotalCard(QAbstractButton):
    """``value`` in large type over ``caption``; ``tone`` colours the number (words say it too)."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.caption = caption
        self.value = 0
        self.tone_color: QColor | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.set_value(0)

    def set_value(self, value: int, tone_color: QColor | None = None) -> None:
        self.value = value
        self.tone_color = tone_color
        text = QLocale().toString(value)
        self.setText(f"{text} {self.caption}")
        self.setAccessibleName(f"{self.caption}: {text}")
        self.update()

    def set_clickable(self, tip: str) -> None:
        """Clicking leads somewhere: say where in the tooltip."""
        self.setToolTip(tip)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _number_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def sizeHint(self) -> QSize:
        number = QFontMetrics(self._number_font())
        caption = self.fontMetrics()
        width = max(
            number.horizontalAdvance(QLocale().toString(self.value)), caption.horizontalAdvance(self.caption)
        )
        return QSize(max(120, width + 28), number.height() + caption.height() + 24)

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        frame = (
            QColor(palette.color(QPalette.ColorRole.Highlight))
            if self.hasFocus()
            else palette.color(QPalette.ColorRole.Mid)
        )
        base = palette.color(QPalette.ColorRole.Base)
        if self.isDown() or (self.underMouse() and self.toolTip()):
            base = palette.color(QPalette.ColorRole.AlternateBase)
        painter.setPen(QPen(frame, 2 if self.hasFocus() else 1))
        painter.setBrush(base)
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 10, 10)
        inner = self.rect().adjusted(14, 8, -14, -8)
        number_font = self._number_font()
        number_height = QFontMetrics(number_font).height()
        painter.setFont(number_font)
        painter.setPen(self.tone_color or palette.color(QPalette.ColorRole.WindowText))
        number = QFontMetrics(number_font).elidedText(
            QLocale().toString(self.value), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), number_height), Qt.AlignmentFlag.AlignLeft, number
        )
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        caption = self.fontMetrics().elidedText(self.caption, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(
            QRect(inner.left(), inner.top() + number_height, inner.width(), self.fontMetrics().height() + 4),
            Qt.AlignmentFlag.AlignLeft,
            caption,
        )

    def enterEvent(self, event: QEnterEvent) -> None:
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.update()
        super().leaveEvent(event)
