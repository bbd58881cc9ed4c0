"""A calibration page: every label's outline and centre, a millimetre ruler and how to read them.

Printed on plain paper and laid over a sheet of labels against the light, it shows how far this
printer puts things from where they should be; that distance is the printer's x/y offset.
"""

from pathlib import Path

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPdfWriter, QPen

from citrus_desktop.i18n import translate
from citrus_desktop.printing.sheet import SheetOptions, SheetPainter, write_atomically

INK = QColor(0, 0, 0)
RULER_STEP = 1.0
CROSS = 3.0


def calibration_text(options: SheetOptions) -> list[str]:
    layout = options.layout
    return [
        translate("Labels", "Calibration page — %1").replace("%1", layout.title()),
        translate("Labels", "Print at 100% (no “fit to page”) on plain paper."),
        translate(
            "Labels", "Lay it over a sheet of labels against the light: each box should cover a label."
        ),
        translate("Labels", "Boxes right of the labels: lower X by the distance; boxes below them: lower Y."),
        translate("Labels", "Offset used: X %1 mm, Y %2 mm.")
        .replace("%1", f"{options.offset_x:+.1f}")
        .replace("%2", f"{options.offset_y:+.1f}"),
    ]


def paint_calibration(device: QPagedPaintDevice, options: SheetOptions) -> None:
    """Paint the calibration page of ``options`` (its layout and offset) on ``device`` (prepared)."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the device")
    try:
        scale = device.logicalDpiX() / 25.4
        sheet = SheetPainter(painter, scale, options)
        layout = options.layout
        cells = range(layout.per_page)
        sheet.outlines(cells)
        pen = QPen(INK)
        pen.setWidthF(0.15 * scale)
        painter.setPen(pen)
        for cell in cells:
            x, y = sheet.origin(cell)
            centre = QPointF((x + layout.label_width / 2) * scale, (y + layout.label_height / 2) * scale)
            half = CROSS / 2 * scale
            painter.drawLine(QLineF(centre.x() - half, centre.y(), centre.x() + half, centre.y()))
            painter.drawLine(QLineF(centre.x(), centre.y() - half, centre.x(), centre.y() + half))
        _rulers(painter, scale, options)
        _instructions(painter, scale, options)
    finally:
        painter.end()


def _rulers(painter: QPainter, scale: float, options: SheetOptions) -> None:
    """Millimetre ticks along the top and left edges, from the paper's corner, moved by the offset."""
    layout = options.layout
    pen = QPen(INK)
    pen.setWidthF(0.1 * scale)
    painter.setPen(pen)
    steps_x = int(layout.page_width // RULER_STEP)
    steps_y = int(layout.page_height // RULER_STEP)
    for step in range(1, steps_x):
        x = (step * RULER_STEP + options.offset_x) * scale
        length = 4 if step % 10 == 0 else 2.5 if step % 5 == 0 else 1.5
        painter.drawLine(QLineF(x, options.offset_y * scale, x, (options.offset_y + length) * scale))
    for step in range(1, steps_y):
        y = (step * RULER_STEP + options.offset_y) * scale
        length = 4 if step % 10 == 0 else 2.5 if step % 5 == 0 else 1.5
        painter.drawLine(QLineF(options.offset_x * scale, y, (options.offset_x + length) * scale, y))


def _instructions(painter: QPainter, scale: float, options: SheetOptions) -> None:
    layout = options.layout
    font = QFont()
    em = 2.2 if layout.is_roll else 3.2
    font.setPointSizeF(em * scale * 72 / max(1, painter.device().logicalDpiY()))
    painter.setFont(font)
    painter.setPen(INK)
    margin = 5.0 if layout.is_roll else 20.0
    box = QRectF(
        margin * scale,
        (layout.page_height * (0.15 if layout.is_roll else 0.4)) * scale,
        (layout.page_width - 2 * margin) * scale,
        layout.page_height * 0.6 * scale,
    )
    lines = calibration_text(options)
    text = "\n".join(lines[:1] + lines[-1:]) if layout.is_roll else "\n".join(lines)
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    used = painter.boundingRect(box, flags, text)
    painter.fillRect(used.adjusted(-2 * scale, -2 * scale, 2 * scale, 2 * scale), QColor(255, 255, 255))
    painter.drawText(box, flags, text)


def write_calibration_pdf(path: Path, options: SheetOptions) -> None:
    """The calibration page as a PDF at 100%."""

    def paint(writer: QPdfWriter) -> bool:
        paint_calibration(writer, options)
        return True

    write_atomically(path, options.layout, translate("Labels", "Calibration page"), paint)
