"""The labels dialog's live preview: one page of the sheet, drawn by the same painter as the PDF."""

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from citrus_desktop.domain.labels import LabelData
from citrus_desktop.printing.sheet import SheetOptions, SheetPainter

MARGIN_PX = 12


class LabelPreview(QWidget):
    """Shows ``labels`` (cell, data) on a page of ``options``' layout, scaled to fit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("labelsPreview")
        self.options: SheetOptions | None = None
        self.labels: list[tuple[int, LabelData]] = []
        self.setMinimumSize(QSize(260, 260))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Mid)

    def show_page(self, options: SheetOptions, labels: list[tuple[int, LabelData]]) -> None:
        self.options = options
        self.labels = labels
        self.update()

    def page_rect(self) -> QRectF:
        """Where the page is drawn (pixels)."""
        if self.options is None:
            return QRectF()
        layout = self.options.layout
        room_w = max(1, self.width() - 2 * MARGIN_PX)
        room_h = max(1, self.height() - 2 * MARGIN_PX)
        scale = min(room_w / layout.page_width, room_h / layout.page_height)
        width, height = layout.page_width * scale, layout.page_height * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.options is None:
            return
        page = self.page_rect()
        scale = page.width() / self.options.layout.page_width
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 60))
        painter.fillRect(page, QColor(255, 255, 255))
        painter.translate(page.topLeft())
        painter.setClipRect(QRectF(0, 0, page.width(), page.height()))
        sheet = SheetPainter(painter, scale, self.options)
        # The label sheet's own die-cuts, faint, so the user sees where each label falls.
        sheet.outlines(range(self.options.layout.per_page))
        sheet.page([(cell, data) for cell, data in self.labels])
        painter.end()
