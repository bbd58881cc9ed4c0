"""One app-wide signal that records changed, so every open list and window can follow."""

from PySide6.QtCore import QObject, Signal


class ChangeBus(QObject):
    """``changed(table)`` after records of ``table`` were created, changed or deleted."""

    changed = Signal(str)
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
