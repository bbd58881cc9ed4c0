"""A date field with an explicit "no date" state (a bare QDateEdit always holds a date)."""

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from citrus_desktop.ui.icons import icon

NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """Shows "No date" until a date is chosen; the clear button returns it to no date."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        # The locale's short format, but always with four-digit years (en_US's "M/d/yy" would
        # take 2026 typed as 20).
        shown = self.locale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in shown:
            shown = shown.replace("yy", "yyyy")
        self.setDisplayFormat(shown)
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

    def focusNextPrevChild(self, next: bool) -> bool:
        # On "no date" QDateTimeEdit's Tab goes from section to section of the words and never
        # leaves the field: Tab on to the next field instead.
        if self.value() is None:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Typing a date on "no date" would append the digits to the words "No date": start from
        # today with the first section selected, so the digits typed replace it.
        if self.value() is None and event.text().isdigit():
            self._start_today()
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Opening the calendar on "no date" would show January 1900: start at today instead.
        self._start_today()
        super().mousePressEvent(event)
