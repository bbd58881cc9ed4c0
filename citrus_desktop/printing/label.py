"""One label: where its QR code, Code 128 barcode and text go, and painting it (vector, any device).

Geometry is planned in millimetres from the label's top-left corner; painting converts to device
units (``scale`` = device units per mm), so the same code draws a PDF, a printer page or a preview.
Text is set in device units with its physical size: a font under a painter scaled to millimetres
gets a tiny pixel size, and Qt rounds its metrics (or drops the text) there.
"""

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath

from citrus_desktop.domain.labels import LabelData
from citrus_desktop.i18n import translate
from citrus_desktop.printing.codes import BAR_QUIET, QR_QUIET, code128, qr_code

PADDING = 1.5
"""Blank border inside each label (mm): die-cut edges and rounded corners stay clear."""
GAP = 1.0
MIN_BAR_MODULE = 0.3
"""Narrowest Code 128 module (mm) we print: at 150 dpi that is still 1.8 dots, which real decoders
read (0.25 mm did not, measured with zxing-cpp); a narrower one is left off rather than misread."""
MAX_BAR_MODULE = 0.5
MIN_BAR_HEIGHT = 5.0
MAX_BAR_HEIGHT = 12.0
MAX_QR_MODULE = 1.0
TEXT_EM_LARGEST = 3.0
TEXT_EM_SMALLEST = 1.6
SERIAL_SCALE = 1.25
LINE_SPACING = 1.2
"""Baseline to baseline, in ems (the font's ascent + descent is about 1.17 em)."""
LINE_EMS = 1.37
INK = QColor(0, 0, 0)


@dataclass(frozen=True)
class LabelPlan:
    width: float
    height: float
    qr: QRectF
    """The QR code's square, its quiet zone included."""
    qr_module: float
    bars: QRectF | None
    """The barcode's box, its quiet zones included; None when the label has no barcode."""
    bar_module: float
    text: QRectF
    em: float
    """Text size (mm) of the lines below the serial."""
    note: str
    """Why the label has no barcode ("" when it has one)."""


def plan_label(width: float, height: float, serial: str) -> LabelPlan:
    """Where the codes and the text go on a ``width`` × ``height`` mm label for ``serial``.

    The barcode spans the bottom (the widest room for its bars), the QR code the top left, the
    text the top right.
    """
    inner_w = width - 2 * PADDING
    inner_h = height - 2 * PADDING
    symbol = code128(serial)
    note = ""
    bars = None
    bar_module = 0.0
    if symbol is None:
        note = translate("Labels", "QR code only: Code 128 cannot hold characters beyond ASCII.")
    else:
        bar_module = min(MAX_BAR_MODULE, inner_w / (symbol.modules + 2 * BAR_QUIET))
        if bar_module < MIN_BAR_MODULE:
            note = translate("Labels", "QR code only: the serial is too long for a Code 128 this wide.")
            bar_module = 0.0
        else:
            bar_w = bar_module * (symbol.modules + 2 * BAR_QUIET)
            bar_h = max(MIN_BAR_HEIGHT, min(MAX_BAR_HEIGHT, inner_h * 0.28))
            bars = QRectF(PADDING + (inner_w - bar_w) / 2, PADDING + inner_h - bar_h, bar_w, bar_h)
    top_h = inner_h - (bars.height() + GAP if bars is not None else 0.0)
    qr = qr_code(serial)
    modules = qr.size + 2 * QR_QUIET
    qr_side = min(top_h, inner_w * 0.5, modules * MAX_QR_MODULE)
    qr_module = qr_side / modules
    qr_side = qr_module * modules
    qr_rect = QRectF(PADDING, PADDING + (top_h - qr_side) / 2, qr_side, qr_side)
    text = QRectF(PADDING + qr_side + GAP, PADDING, inner_w - qr_side - GAP, top_h)
    em = max(TEXT_EM_SMALLEST, min(TEXT_EM_LARGEST, top_h / (LINE_EMS * (SERIAL_SCALE + 3))))
    return LabelPlan(width, height, qr_rect, qr_module, bars, bar_module, text, em, note)


def label_note(data: LabelData, width: float, height: float) -> str:
    return plan_label(width, height, data.serial).note


def paint_label(
    painter: QPainter, scale: float, x: float, y: float, plan: LabelPlan, data: LabelData
) -> None:
    """Paint ``data`` as planned, with the label's top-left corner at (x, y) mm."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    qr = qr_code(data.serial)
    module = plan.qr_module
    left = x + plan.qr.x() + QR_QUIET * module
    top = y + plan.qr.y() + QR_QUIET * module
    for row, column, length in qr.runs:
        path.addRect(
            QRectF(
                (left + column * module) * scale,
                (top + row * module) * scale,
                length * module * scale,
                module * scale,
            )
        )
    symbol = code128(data.serial) if plan.bars is not None else None
    if symbol is not None and plan.bars is not None:
        bar = plan.bar_module
        left = x + plan.bars.x() + BAR_QUIET * bar
        top = (y + plan.bars.y()) * scale
        for start, width in symbol.bars:
            path.addRect(
                QRectF((left + start * bar) * scale, top, width * bar * scale, plan.bars.height() * scale)
            )
    painter.fillPath(path, INK)
    _paint_text(painter, scale, x, y, plan, data)


def _font(painter: QPainter, em_mm: float, scale: float, bold: bool = False, fixed: bool = False) -> QFont:
    font = QFont()
    if fixed:
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
    font.setBold(bold)
    # Point size for this device: em_mm * scale device units tall.
    font.setPointSizeF(em_mm * scale * 72 / max(1, painter.device().logicalDpiY()))
    return font


def _paint_text(
    painter: QPainter, scale: float, x: float, y: float, plan: LabelPlan, data: LabelData
) -> None:
    box = plan.text.translated(x, y)
    if box.width() <= 0:
        return
    lines = [
        (data.serial, plan.em * SERIAL_SCALE, True, True),
        (data.product_type, plan.em, False, False),
        (data.customer, plan.em, False, False),
        (data.site, plan.em, False, False),
    ]
    painter.save()
    painter.setPen(INK)
    baseline = box.top() * scale
    bottom = box.bottom() * scale
    width = box.width() * scale
    for text, em, bold, fixed in lines:
        font = _font(painter, em, scale, bold, fixed)
        metrics = QFontMetricsF(font, painter.device())
        if baseline + metrics.ascent() + metrics.descent() > bottom + 0.5:
            break
        baseline += metrics.ascent()
        painter.setFont(font)
        painter.drawText(
            QPointF(box.left() * scale, baseline),
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
        )
        baseline += metrics.descent() + (LINE_SPACING - 1) * em * scale
    painter.restore()
