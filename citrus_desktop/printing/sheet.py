"""Sheets of labels: which label goes in which cell of which page, painted on any paged device.

"Start at label N" skips the first N-1 cells of the first sheet (a part-used sheet); a per-printer
x/y offset (mm) moves everything, for printers that feed paper slightly off.
"""

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from citrus_desktop import APP_NAME
from citrus_desktop.domain.labels import LabelData
from citrus_desktop.printing.label import LabelPlan, paint_label, plan_label
from citrus_desktop.printing.layouts import LabelLayout

PDF_RESOLUTION = 1200
OUTLINE = QColor(150, 150, 150)
OUTLINE_WIDTH = 0.1
"""mm; the outline is centred on the label's edge."""


@dataclass(frozen=True)
class SheetOptions:
    layout: LabelLayout
    start_at: int = 1
    """Cell (1-based, along each row) of the first sheet that takes the first label."""
    offset_x: float = 0.0
    """mm to the right (negative: to the left)."""
    offset_y: float = 0.0
    """mm down (negative: up)."""
    outlines: bool = False
    """Draw each label's edge (for plain paper, and for checking the alignment)."""

    @property
    def first_cell(self) -> int:
        return max(0, min(self.start_at - 1, self.layout.per_page - 1))

    def pages(self, count: int) -> int:
        """Pages ``count`` labels take."""
        if count <= 0:
            return 0
        return (self.first_cell + count + self.layout.per_page - 1) // self.layout.per_page

    def cells(self, page: int, count: int) -> range:
        """Indexes of the labels on ``page`` (0-based)."""
        per_page = self.layout.per_page
        start = max(0, page * per_page - self.first_cell)
        end = min(count, (page + 1) * per_page - self.first_cell)
        return range(start, max(start, end))

    def cell_of(self, label_index: int) -> int:
        """The cell (0-based, on its page) of label ``label_index``."""
        return (label_index + self.first_cell) % self.layout.per_page


def page_size(layout: LabelLayout) -> QPageSize:
    if layout.paper == "A4":
        return QPageSize(QPageSize.PageSizeId.A4)
    if layout.paper == "Letter":
        return QPageSize(QPageSize.PageSizeId.Letter)
    # A roll's page is its label. Qt's PDF engine rounds custom pages to whole points (0.35 mm).
    return QPageSize(
        QSizeF(layout.page_width, layout.page_height),
        QPageSize.Unit.Millimeter,
        f"{layout.page_width:g} x {layout.page_height:g} mm",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )


def prepare_device(device: QPagedPaintDevice, layout: LabelLayout) -> None:
    """Page size of the layout, no margins, portrait: painting starts at the paper's corner, at 100%."""
    device.setPageLayout(
        QPageLayout(
            page_size(layout),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )


class SheetPainter:
    """Paints pages of labels with ``painter``, whose device has ``scale`` units per mm."""

    def __init__(self, painter: QPainter, scale: float, options: SheetOptions):
        self.painter = painter
        self.scale = scale
        self.options = options
        self._plans: dict[str, LabelPlan] = {}

    def plan(self, serial: str) -> LabelPlan:
        plan = self._plans.get(serial)
        if plan is None:
            layout = self.options.layout
            plan = self._plans[serial] = plan_label(layout.label_width, layout.label_height, serial)
            if len(self._plans) > 2000:
                self._plans.clear()
        return plan

    def label(self, cell: int, data: LabelData) -> None:
        x, y = self.origin(cell)
        paint_label(self.painter, self.scale, x, y, self.plan(data.serial), data)

    def origin(self, cell: int) -> tuple[float, float]:
        x, y = self.options.layout.cell(cell)
        return x + self.options.offset_x, y + self.options.offset_y

    def outlines(self, cells: Iterable[int]) -> None:
        layout = self.options.layout
        pen = QPen(OUTLINE)
        pen.setWidthF(OUTLINE_WIDTH * self.scale)
        self.painter.save()
        self.painter.setPen(pen)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = layout.corner_radius * self.scale
        for cell in cells:
            x, y = self.origin(cell)
            rect = QRectF(
                x * self.scale,
                y * self.scale,
                layout.label_width * self.scale,
                layout.label_height * self.scale,
            )
            self.painter.drawRoundedRect(rect, radius, radius)
        self.painter.restore()

    def page(self, labels: list[tuple[int, LabelData]]) -> None:
        """One page: ``labels`` as (cell, data)."""
        if self.options.outlines:
            self.outlines(cell for cell, _data in labels)
        for cell, data in labels:
            self.label(cell, data)


Progress = Callable[[int], bool]
"""Called after each label with how many are done; returns False to stop."""


def paint_pages(
    device: QPagedPaintDevice,
    options: SheetOptions,
    labels: Iterable[LabelData],
    progress: Progress | None = None,
) -> bool:
    """Paint ``labels`` on ``device`` (already prepared), page after page; False if stopped."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the device")
    try:
        sheet = SheetPainter(painter, device.logicalDpiX() / 25.4, options)
        per_page = options.layout.per_page
        cell = options.first_cell
        batch: list[tuple[int, LabelData]] = []
        done = 0
        first_page = True
        for data in labels:
            batch.append((cell, data))
            cell += 1
            if cell == per_page:
                if not first_page and not device.newPage():
                    raise OSError("cannot start a new page")
                sheet.page(batch)
                first_page = False
                done += len(batch)
                batch, cell = [], 0
                if progress is not None and not progress(done):
                    return False
        if batch:
            if not first_page and not device.newPage():
                raise OSError("cannot start a new page")
            sheet.page(batch)
            done += len(batch)
            if progress is not None:
                progress(done)
    finally:
        painter.end()
    return True


def pdf_writer(path: str, layout: LabelLayout, title: str) -> QPdfWriter:
    writer = QPdfWriter(path)
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator(APP_NAME)
    writer.setTitle(title)
    prepare_device(writer, layout)
    return writer


def write_atomically(
    path: Path, layout: LabelLayout, title: str, paint: Callable[[QPdfWriter], bool]
) -> bool:
    """Let ``paint`` fill a PDF of ``layout``'s pages, written to ``path`` only once complete.

    The file is written under a temporary name and renamed when ``paint`` returns True, so a stop,
    a crash or a full disk never leaves half a PDF where the user expects one.
    """
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        writer = pdf_writer(str(temporary), layout, title)
        finished = paint(writer)
        del writer  # closes the file
        if not finished:
            temporary.unlink(missing_ok=True)
            return False
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return True


def write_pdf(
    path: Path,
    options: SheetOptions,
    labels: Iterable[LabelData],
    title: str,
    progress: Progress | None = None,
) -> bool:
    """Write the labels to ``path`` as a PDF at 100%; False (and no file) if ``progress`` stopped it."""
    return write_atomically(
        path, options.layout, title, lambda writer: paint_pages(writer, options, labels, progress)
    )
