"""The window follows the connected person's rights: what the role may not do is disabled (never
hidden) and says why, in its tooltip and, on hover, in the status bar."""

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from citrus_desktop.domain import access
from citrus_desktop.ui.events import bus

CREATE_BUTTONS = {
    "itemNewCustomer": "customer",
    "itemNewContract": "contract",
    "itemNewSite": "site",
    "itemNewType": "product_type",
}
"""The item dialog's "+ New…" buttons and the table each creates a record in."""

_installed = False


def install() -> None:
    """Announce every new answer about the person's rights on the change bus (once a process)."""
    global _installed
    if not _installed:
        access.on_change(lambda _found: bus().access_changed.emit())
        _installed = True


def permit(widget: QWidget, refusal: str | None, otherwise: bool = True) -> None:
    """Enable ``widget`` (when ``otherwise`` holds too), or disable it and say why: the refusal
    replaces its tooltip and becomes its status tip; the usual tooltip returns once allowed."""
    normal = widget.property("citrusTip")
    if normal is None:
        normal = widget.toolTip()
        widget.setProperty("citrusTip", normal)
    widget.setEnabled(refusal is None and otherwise)
    widget.setToolTip(refusal or normal)
    widget.setStatusTip(refusal or "")


def set_editable(widget: QWidget, editable: bool) -> None:
    """Text stays readable and selectable when it may not be changed; other fields are disabled."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
        widget.setReadOnly(not editable)
    else:
        widget.setEnabled(editable)


def lock_form(
    host: QWidget,
    fields: Iterable[QWidget],
    save_button: QAbstractButton,
    notice: QLabel,
    refusal: str | None,
) -> None:
    """Apply ``refusal`` to the record form in ``host``: its ``fields`` read-only, ``save_button``
    disabled saying why, ``notice`` showing the reason (all back to normal when it is None)."""
    for widget in fields:
        if widget.property("citrusLocked") is None:
            widget.setProperty("citrusLocked", False)
        if refusal is not None:
            set_editable(widget, False)
            widget.setProperty("citrusLocked", True)
        elif widget.property("citrusLocked"):
            set_editable(widget, True)
            widget.setProperty("citrusLocked", False)
    permit(save_button, refusal)
    notice.setText(refusal or "")
    notice.setVisible(refusal is not None)
    # "+ New…" buttons are only ever disabled here: when they are usable depends on the form too.
    for button in host.findChildren(QAbstractButton):
        table = CREATE_BUTTONS.get(button.objectName())
        if table is None:
            continue
        blocked = refusal or access.current().refusal(table)
        if blocked is not None:
            permit(button, blocked)
