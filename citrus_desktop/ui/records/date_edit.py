"""A date field with an explicit "no date" state (a bare QDateEdit always holds a date)."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from citrus_desktop.ui.icons import icon

NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """Shows "No date" until a date is chosen; the clear button returns it to no date."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("No date"))
        self.setDate(NO_DATE)
        clear = QAction(icon("clear"), self.tr("No date"), self)
        clear.setToolTip(self.tr("Clear the date"))
        clear.triggered.connect(lambda: self.set_value(None))
        edit = self.lineEdit()
        if edit is not None:
            edit.addAction(clear, QLineEdit.ActionPosition.TrailingPosition)

    def value(self) -> date | None:
        current = self.date()
        return None if current == NO_DATE else date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def _start_today(self) -> None:
        if self.value() is None:
            self.setDate(QDate.currentDate())

    def stepBy(self, steps: int) -> None:
        if self.value() is None:
            self._start_today()
            return
        super().stepBy(steps)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Opening the calendar on "no date" would show January 1900: start at today instead.
        self._start_today()
        super().mousePressEvent(event)
