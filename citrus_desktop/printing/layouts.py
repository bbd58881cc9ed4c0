"""Label layouts as data: sheets of labels by their makers' published measurements, and thermal rolls.

Every figure is in millimetres, measured from the sheet's top-left corner. Sheets whose makers
publish inches are given in inches (exact) and converted. Each layout names where its figures come
from. The Pimaco sheets sold in Brazil for Letter paper ("Carta") share the Avery 5160-family grid;
Pimaco's A4 sheets share the Avery L71xx grid.
"""

from dataclasses import dataclass

from citrus_desktop.i18n import translate

INCH = 25.4
A4 = (210.0, 297.0)
LETTER = (8.5 * INCH, 11 * INCH)


@dataclass(frozen=True)
class LabelLayout:
    key: str
    """The name the CLI's --layout takes and the settings remember (e.g. ``pimaco-6180``)."""
    brand: str
    code: str
    paper: str
    """"A4", "Letter" or "roll" (one label a page)."""
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    columns: int = 1
    rows: int = 1
    left: float = 0.0
    top: float = 0.0
    pitch_x: float = 0.0
    """From one label's left edge to the next one's (label width + gap)."""
    pitch_y: float = 0.0
    corner_radius: float = 0.0
    source: str = ""
    """Where the figures come from."""

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def is_roll(self) -> bool:
        return self.paper == "roll"

    def cell(self, index: int) -> tuple[float, float]:
        """Top-left corner (x, y) of label ``index`` (0-based, along each row) on its page."""
        row, column = divmod(index % self.per_page, self.columns)
        return self.left + column * self.pitch_x, self.top + row * self.pitch_y

    def title(self) -> str:
        """How the layout is shown: "Pimaco 6180 — 66.7 × 25.4 mm, 30 per sheet (Letter)"."""
        size = f"{_local(self.label_width)} × {_local(self.label_height)} mm"
        if self.is_roll:
            return translate("Labels", "Thermal roll %1 — one label a page").replace("%1", size)
        return (
            translate("Labels", "%1 %2 — %3, %4 per sheet (%5)")
            .replace("%1", self.brand)
            .replace("%2", self.code)
            .replace("%3", size)
            .replace("%4", str(self.per_page))
            .replace("%5", self.paper_name())
        )

    def paper_name(self) -> str:
        return {
            "A4": translate("Labels", "A4"),
            "Letter": translate("Labels", "Letter"),
        }.get(self.paper, translate("Labels", "roll"))


def _local(value: float) -> str:
    """A measurement in the user's language ("66,7" in pt_BR)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(float(_mm(value)), "f", 1).removesuffix(QLocale().decimalPoint() + "0")


def _mm(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _sheet(
    paper: str,
    unit: float,
    brand: str,
    code: str,
    size: tuple[float, float],
    grid: tuple[int, int],
    origin: tuple[float, float],
    pitch: tuple[float, float],
    source: str,
    radius: float,
) -> LabelLayout:
    """A sheet of ``paper`` ("Letter", "A4") whose measures are given in ``unit`` millimetres."""
    width, height = LETTER if paper == "Letter" else A4
    return LabelLayout(
        f"{brand}-{code}".lower(),
        brand,
        code,
        paper,
        width,
        height,
        size[0] * unit,
        size[1] * unit,
        grid[0],
        grid[1],
        origin[0] * unit,
        origin[1] * unit,
        pitch[0] * unit,
        pitch[1] * unit,
        radius * unit,
        source,
    )


def _letter(
    brand: str,
    code: str,
    size: tuple[float, float],
    grid: tuple[int, int],
    origin: tuple[float, float],
    pitch: tuple[float, float],
    source: str,
    radius: float = 0.0625,
) -> LabelLayout:
    """A Letter sheet given in inches."""
    return _sheet("Letter", INCH, brand, code, size, grid, origin, pitch, source, radius)


def _a4(
    brand: str,
    code: str,
    size: tuple[float, float],
    grid: tuple[int, int],
    origin: tuple[float, float],
    pitch: tuple[float, float],
    source: str,
    radius: float = 1.5,
) -> LabelLayout:
    """An A4 sheet given in millimetres."""
    return _sheet("A4", 1.0, brand, code, size, grid, origin, pitch, source, radius)


def _roll(width: float, height: float) -> LabelLayout:
    return LabelLayout(
        f"thermal-{_mm(width)}x{_mm(height)}",
        "",
        "",
        "roll",
        width,
        height,
        width,
        height,
        source="one label a page; the page is the label (die-cut thermal roll, gap sensed by the printer)",
    )


AVERY_5160 = (
    "Avery template specifications, 5160/8160: label 2-5/8 × 1 in, 30 a sheet, top margin 1/2 in, "
    "side margin 3/16 in, horizontal pitch 2-3/4 in, vertical pitch 1 in"
)
PIMACO_6180 = (
    "Pimaco, especificações 6180 (Carta): 25,4 × 66,7 mm, 30 por folha, margem superior 12,7 mm, "
    "margem lateral 4,8 mm, distância horizontal 69,8 mm, distância vertical 25,4 mm (the Avery 5160 grid)"
)
AVERY_5161 = (
    "Avery template specifications, 5161/8161: label 4 × 1 in, 20 a sheet, top margin 1/2 in, "
    "side margin 5/32 in, horizontal pitch 4-3/16 in, vertical pitch 1 in"
)
PIMACO_6181 = (
    "Pimaco, especificações 6181 (Carta): 25,4 × 101,6 mm, 20 por folha, margem superior 12,7 mm, "
    "margem lateral 4,0 mm, distância horizontal 106,4 mm, distância vertical 25,4 mm (the Avery 5161 grid)"
)
AVERY_5162 = (
    "Avery template specifications, 5162/8162: label 4 × 1-1/3 in, 14 a sheet, top margin 5/6 in, "
    "side margin 5/32 in, horizontal pitch 4-3/16 in, vertical pitch 1-1/3 in"
)
PIMACO_6182 = (
    "Pimaco, especificações 6182 (Carta): 33,9 × 101,6 mm, 14 por folha, margem superior 21,2 mm, "
    "margem lateral 4,0 mm, distância horizontal 106,4 mm, distância vertical 33,9 mm (the Avery 5162 grid)"
)
AVERY_5163 = (
    "Avery template specifications, 5163/8163: label 4 × 2 in, 10 a sheet, top margin 1/2 in, "
    "side margin 5/32 in, horizontal pitch 4-3/16 in, vertical pitch 2 in"
)
PIMACO_6183 = (
    "Pimaco, especificações 6183 (Carta): 50,8 × 101,6 mm, 10 por folha, margem superior 12,7 mm, "
    "margem lateral 4,0 mm, distância horizontal 106,4 mm, distância vertical 50,8 mm (the Avery 5163 grid)"
)
AVERY_L7160 = (
    "Avery L7160 template specification (A4): 63.5 × 38.1 mm, 21 a sheet, top margin 15.15 mm, "
    "side margin 7.25 mm, horizontal pitch 66.0 mm, vertical pitch 38.1 mm"
)
PIMACO_A4256 = (
    "Pimaco, especificações A4256 (A4): 38,1 × 63,5 mm, 21 por folha, margem superior 15,15 mm, "
    "margem lateral 7,25 mm, distância horizontal 66,0 mm, distância vertical 38,1 mm"
)
AVERY_L7163 = (
    "Avery L7163 template specification (A4): 99.1 × 38.1 mm, 14 a sheet, top margin 15.15 mm, "
    "side margin 4.65 mm, horizontal pitch 101.6 mm, vertical pitch 38.1 mm"
)
PIMACO_A4263 = (
    "Pimaco, especificações A4263 (A4): 38,1 × 99,0 mm, 14 por folha, margem superior 15,15 mm, "
    "margem lateral 4,7 mm, distância horizontal 101,6 mm, distância vertical 38,1 mm"
)
AVERY_L7165 = (
    "Avery L7165 template specification (A4): 99.1 × 67.7 mm, 8 a sheet, top margin 13.1 mm, "
    "side margin 4.65 mm, horizontal pitch 101.6 mm, vertical pitch 67.7 mm"
)
PIMACO_A4265 = (
    "Pimaco, especificações A4265 (A4): 67,7 × 99,0 mm, 8 por folha, margem superior 13,1 mm, "
    "margem lateral 4,7 mm, distância horizontal 101,6 mm, distância vertical 67,7 mm"
)

LAYOUTS: tuple[LabelLayout, ...] = (
    _letter("Pimaco", "6180", (2.625, 1), (3, 10), (0.1875, 0.5), (2.75, 1), PIMACO_6180),
    _letter("Pimaco", "6181", (4, 1), (2, 10), (0.15625, 0.5), (4.1875, 1), PIMACO_6181),
    _letter("Pimaco", "6182", (4, 4 / 3), (2, 7), (0.15625, 5 / 6), (4.1875, 4 / 3), PIMACO_6182),
    _letter("Pimaco", "6183", (4, 2), (2, 5), (0.15625, 0.5), (4.1875, 2), PIMACO_6183),
    _a4("Pimaco", "A4256", (63.5, 38.1), (3, 7), (7.25, 15.15), (66.0, 38.1), PIMACO_A4256),
    _a4("Pimaco", "A4263", (99.0, 38.1), (2, 7), (4.7, 15.15), (101.6, 38.1), PIMACO_A4263),
    _a4("Pimaco", "A4265", (99.0, 67.7), (2, 4), (4.7, 13.1), (101.6, 67.7), PIMACO_A4265),
    _letter("Avery", "5160", (2.625, 1), (3, 10), (0.1875, 0.5), (2.75, 1), AVERY_5160),
    _letter("Avery", "5161", (4, 1), (2, 10), (0.15625, 0.5), (4.1875, 1), AVERY_5161),
    _letter("Avery", "5162", (4, 4 / 3), (2, 7), (0.15625, 5 / 6), (4.1875, 4 / 3), AVERY_5162),
    _letter("Avery", "5163", (4, 2), (2, 5), (0.15625, 0.5), (4.1875, 2), AVERY_5163),
    _a4("Avery", "L7160", (63.5, 38.1), (3, 7), (7.25, 15.15), (66.0, 38.1), AVERY_L7160),
    _a4("Avery", "L7163", (99.1, 38.1), (2, 7), (4.65, 15.15), (101.6, 38.1), AVERY_L7163),
    _a4("Avery", "L7165", (99.1, 67.7), (2, 4), (4.65, 13.1), (101.6, 67.7), AVERY_L7165),
    _roll(50, 30),
    _roll(60, 40),
    _roll(100, 50),
)
DEFAULT_LAYOUT = "pimaco-6180"


def layout_by_key(key: str) -> LabelLayout | None:
    return next((layout for layout in LAYOUTS if layout.key == key.strip().lower()), None)


def default_layout() -> LabelLayout:
    """The layout ``DEFAULT_LAYOUT`` names (it is always among LAYOUTS)."""
    found = layout_by_key(DEFAULT_LAYOUT)
    if found is None:
        raise LookupError(f"no label layout {DEFAULT_LAYOUT!r}")
    return found
