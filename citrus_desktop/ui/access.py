"""The window follows the connected person's rights: what the role may not do is disabled (never
hidden) and says why, in its tooltip and, on hover, in the status bar."""

import time
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
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


ASK_EVERY_S = 300
"""On a team's server the role is asked again this often, and when the app comes back to the front
(at most once a minute): a role raised by an administrator shows without a restart (a lowered one
is also learnt at the first refusal)."""
ASK_AGAIN_AFTER_S = 60


class RoleWatch(QObject):
    """Asks the server for the person's role again, off the UI thread, while the window lives."""

    def __init__(self, owner: QObject):
        super().__init__(owner)
        self._asked_at = time.monotonic()
        self._asking = False
        self.timer = QTimer(self)
        self.timer.setInterval(ASK_EVERY_S * 1000)
        self.timer.timeout.connect(self.ask)
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ApplicationActivate
            and time.monotonic() - self._asked_at >= ASK_AGAIN_AFTER_S
        ):
            self.ask()
        return False

    def ask(self) -> None:
        if self._asking or not access.current().team:
            return
        from citrus_desktop.ui.tasks import run_in_background

        self._asking = True
        self._asked_at = time.monotonic()
        run_in_background(access.ask, self._answered, self)

    def _answered(self, found: object) -> None:
        self._asking = False
        if isinstance(found, access.Access):
            access.adopt(found)


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
