"""One app-wide signal that records changed, so every open list and window can follow."""

from PySide6.QtCore import QObject, Signal

STATUS_MESSAGE_MS = 6000
"""How long a status bar shows what was just done."""


class ChangeBus(QObject):
    """``changed(table)`` after records of ``table`` were created, changed or deleted;
    ``said(text)`` when something done deserves a word in the status bar ("Item saved.")."""

    changed = Signal(str)
    said = Signal(str)
    access_changed = Signal()
    """The connected person's rights changed (``domain.access``): re-apply enabled states."""


_bus: ChangeBus | None = None


def bus() -> ChangeBus:
    global _bus
    if _bus is None:
        _bus = ChangeBus()
    return _bus


def announce(table: str) -> None:
    bus().changed.emit(table)


def tell(text: str) -> None:
    """Say ``text`` in the status bar (of the main window, and of the window it was done in)."""
    bus().said.emit(text)
