"""Window sizes that a small screen (800×600) can hold."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

MARGIN = QSize(40, 60)
"""Room left around a window: the desktop's panels and the window's own frame."""


def fit_to_screen(widget: QWidget, width: int, height: int, margin: QSize = MARGIN) -> None:
    """Resize ``widget`` to ``width``×``height``, or to its screen's free area less ``margin``
    where that is smaller."""
    size = QSize(width, height)
    screen = widget.screen()
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size() - margin)
    widget.resize(size)
