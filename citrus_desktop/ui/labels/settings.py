"""What the labels dialog remembers: the last layout and start, and each printer's x/y offset (QSettings)."""

from PySide6.QtCore import QSettings

from citrus_desktop.printing.layouts import DEFAULT_LAYOUT, LabelLayout, default_layout, layout_by_key

NO_PRINTER = ""
"""The offsets used when no printer is chosen (a PDF to print elsewhere): none unless set."""


def last_layout() -> LabelLayout:
    key = QSettings().value("labels/layout", DEFAULT_LAYOUT)
    return layout_by_key(str(key)) or default_layout()


def remember_layout(layout: LabelLayout) -> None:
    QSettings().setValue("labels/layout", layout.key)


def _key(printer: str) -> str:
    # QSettings keys treat "/" and "\\" as separators: keep a printer's name in one key.
    safe = printer.replace("/", "%2F").replace("\\", "%5C") or "-"
    return f"labels/offsets/{safe}"


def printer_offset(printer: str) -> tuple[float, float]:
    """(x, y) mm remembered for ``printer``."""
    value = QSettings().value(_key(printer))
    try:
        x, y = (float(part) for part in str(value).split(",")) if value else (0.0, 0.0)
    except ValueError:
        return 0.0, 0.0
    return x, y


def remember_offset(printer: str, x: float, y: float) -> None:
    QSettings().setValue(_key(printer), f"{x:.2f},{y:.2f}")
