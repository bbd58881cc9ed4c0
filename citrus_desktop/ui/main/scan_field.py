"""Scan to find: a serial typed or scanned, then Enter, opens its item (or offers a new one with it)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from citrus_desktop.domain import access
from citrus_desktop.domain.items import SERIAL_LONGEST, find_serial, normalize_serial
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.access import permit
from citrus_desktop.ui.icons import icon
from citrus_desktop.ui.records.item_dialog import ItemDialog


class ScanField(QLineEdit):
    """``scanField``; Ctrl+L anywhere in ``window`` focuses it. Keeps the dialog it opens in ``dialog``."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("scanField")
        self.window_ = window
        self.dialog: ItemDialog | None = None
        self.question: QMessageBox | None = None
        self.setPlaceholderText(self.tr("Scan or type a serial (Ctrl+L)"))
        self.setToolTip(self.tr("Scan a label or type a serial number and press Enter to open its item"))
        self.setClearButtonEnabled(True)
        self.setMaxLength(SERIAL_LONGEST + 20)
        self.addAction(icon("scan"), QLineEdit.ActionPosition.LeadingPosition)
        shortcut = QShortcut(QKeySequence("Ctrl+L"), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.focus_for_scan)
        self.returnPressed.connect(self.find_scanned)

    def focus_for_scan(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def find_scanned(self) -> None:
        serial = normalize_serial(self.text())
        if not serial:
            return
        self.selectAll()  # the next scan replaces this one
        try:
            found = find_serial(serial)
        except KnownProblem as error:
            self._tell(str(error))
            return
        if found is None:
            self._offer_new(serial)
            return
        try:
            dialog = ItemDialog(found[0], parent=self.window_)
        except KnownProblem as error:  # deleted a moment ago, or the database cannot be read
            self._tell(str(error))
            return
        self._show(dialog)

    def _show(self, dialog: ItemDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self.focus_for_scan())
        dialog.open()

    def _offer_new(self, serial: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unknown serial"),
            self.tr("No item has the serial “%1”.").replace("%1", serial),
            QMessageBox.StandardButton.NoButton,
            self.window_,
        )
        box.setObjectName("scanUnknown")
        box.setInformativeText(self.tr("Create a new item with this serial?"))
        create = box.addButton(self.tr("Create item"), QMessageBox.ButtonRole.AcceptRole)
        create.setObjectName("scanCreate")
        refusal = access.current().refusal("inventory_item")
        if refusal is not None:
            permit(create, refusal)
            box.setInformativeText(refusal)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(create)
        self.question = box

        def answered() -> None:
            self.question = None
            if box.clickedButton() is create:
                dialog = ItemDialog(None, parent=self.window_)
                dialog.serial.setText(serial)
                dialog.customer.setFocus()
                self._show(dialog)
            else:
                self.focus_for_scan()

        box.finished.connect(lambda _result: answered())
        box.open()

    def _tell(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Scan"), text, QMessageBox.StandardButton.Ok, self.window_
        )
        box.setObjectName("scanProblem")
        self.question = box
        box.open()
