"""Themed icons: the SVGs in resources/icons drawn in the palette's text colour."""

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from citrus_desktop.resources_path import resource

SIZES = (16, 20, 24, 32, 48)


def icon(name: str, color: QColor | None = None, checked_color: QColor | None = None) -> QIcon:
    """The icon ``name`` (a file stem in resources/icons), following light or dark colours;
    ``checked_color`` draws it for the checked state (e.g. white on an accent background)."""
    if color is None:
        color = QApplication.palette().color(QPalette.ColorRole.WindowText)
    return _icon(name, color.name(), checked_color.name() if checked_color else "")


@cache
def _icon(name: str, color: str, checked_color: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    if not path.exists():
        return QIcon()
    source = path.read_text(encoding="utf-8")
    result = QIcon()
    states = [(color, QIcon.State.Off)] + ([(checked_color, QIcon.State.On)] if checked_color else [])
    for fill, state in states:
        renderer = QSvgRenderer(QByteArray(source.replace("currentColor", fill).encode("utf-8")))
        for size in SIZES:
            for ratio in (1, 2):
                pixmap = QPixmap(QSize(size * ratio, size * ratio))
                pixmap.fill(Qt.GlobalColor.transparent)
                painter = QPainter(pixmap)
                renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
                painter.end()
                pixmap.setDevicePixelRatio(ratio)
                result.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return result


def clear_cache() -> None:
    """Forget rendered icons (after the colour scheme changes)."""
    _icon.cache_clear()
