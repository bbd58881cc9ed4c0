"""Reading PDFs as a person's tools do: pdfium renders the pages, zxing-cpp decodes the codes."""

import ctypes
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import zxingcpp

POINT = 25.4 / 72


@dataclass(frozen=True)
class Box:
    """A drawn object's bounding box in mm from the page's top-left corner."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top


def page_count(path: Path) -> int:
    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def page_size_mm(path: Path, page: int = 0) -> tuple[float, float]:
    document = pdfium.PdfDocument(str(path))
    try:
        width, height = document[page].get_size()
        return width * POINT, height * POINT
    finally:
        document.close()


def stroked_boxes(path: Path, page: int = 0) -> list[Box]:
    """Boxes of the stroked (outlined, not filled) paths on ``page``, along the lines' centres."""
    document = pdfium.PdfDocument(str(path))
    try:
        pdf_page = document[page]
        _width, height = pdf_page.get_size()
        boxes = []
        for obj in pdf_page.get_objects():
            if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
                continue
            fill = ctypes.c_int()
            stroke = pdfium_c.FPDF_BOOL()
            pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke))
            if not stroke.value or fill.value:
                continue
            # pdfium's bounds grow by the whole line width; the box drawn is the line's centre.
            width = ctypes.c_float()
            pdfium_c.FPDFPageObj_GetStrokeWidth(obj.raw, ctypes.byref(width))
            line = width.value * abs(obj.get_matrix().a)  # the width is in the object's own units
            left, bottom, right, top = (
                value + grow * line for value, grow in zip(obj.get_bounds(), (1, 1, -1, -1), strict=True)
            )
            boxes.append(Box(left * POINT, (height - top) * POINT, right * POINT, (height - bottom) * POINT))
        return boxes
    finally:
        document.close()


def decode_regions(path: Path, page: int, dpi: int, regions: list[Box]) -> list[list[tuple[str, str]]]:
    """(format, text) of every code zxing-cpp finds in each region (mm) of ``page`` rendered at ``dpi``."""
    document = pdfium.PdfDocument(str(path))
    try:
        pdf_page = document[page]
        width, height = pdf_page.get_size()
        found = []
        for region in regions:
            crop = (
                max(0.0, region.left / POINT),
                max(0.0, height - region.bottom / POINT),
                max(0.0, width - region.right / POINT),
                max(0.0, region.top / POINT),
            )
            bitmap = pdf_page.render(scale=dpi / 72, grayscale=True, crop=crop)
            pixels = memoryview(bytes(bitmap.buffer)).cast("B", (bitmap.height, bitmap.stride))
            codes = zxingcpp.read_barcodes(pixels)
            found.append(sorted((code.format.name, code.text) for code in codes))
        return found
    finally:
        document.close()
