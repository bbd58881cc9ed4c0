"""The inventory item dialog: customer first, then that customer's contracts and sites."""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.domain.contracts import contract_choices
from citrus_desktop.domain.customers import customer_choices, get_customer
from citrus_desktop.domain.items import SERIAL_LONGEST, ItemData, find_serial, get_item, save_item
from citrus_desktop.domain.product_types import kind_label, product_type_choices
from citrus_desktop.domain.sites import site_choices
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.events import announce
from citrus_desktop.ui.icons import icon
from citrus_desktop.ui.records.contract_dialog import ContractDialog
from citrus_desktop.ui.records.pickers import SearchCompleter
from citrus_desktop.ui.records.record_dialog import RecordDialog, combo_id, multiline, select_id
from citrus_desktop.ui.records.site_dialog import SiteDialog

SERIAL_CHECK_DELAY_MS = 250


def picker(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(32)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


class ItemDialog(RecordDialog):
    """Create or edit an item. With ``locked_customer_id`` the customer is preset and cannot change."""

    def __init__(
        self, item_id: int | None = None, locked_customer_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__("item", "", parent)
        self.setWindowTitle(self.tr("New item") if item_id is None else self.tr("Inventory item"))
        self.data = get_item(item_id) if item_id else ItemData(customer_id=locked_customer_id)
        self.setMinimumWidth(620)
        self.sub_dialog: RecordDialog | None = None

        self.serial = QLineEdit()
        self.serial.setObjectName("itemSerial")
        self.serial.setMaxLength(SERIAL_LONGEST)
        self.serial.setPlaceholderText(self.tr("Type or scan the serial number or barcode"))
        self.serial.setClearButtonEnabled(True)
        self.serial_hint = QLabel()
        self.serial_hint.setObjectName("itemSerialHint")
        self.serial_hint.setProperty("role", "hint")
        self.serial_hint.setWordWrap(True)
        self.serial_hint.hide()
        serial_box = QWidget()
        serial_layout = QVBoxLayout(serial_box)
        serial_layout.setContentsMargins(0, 0, 0, 0)
        serial_layout.setSpacing(2)
        serial_layout.addWidget(self.serial)
        serial_layout.addWidget(self.serial_hint)
        self.form.add("serial_number", self.tr("Serial number"), serial_box, True)
        self.form.fields["serial_number"] = self.serial

        self.customer = picker("itemCustomer")
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer.lineEdit().setPlaceholderText(self.tr("Type or choose a customer…"))
        self.customer_hint = self._hint("itemCustomerHint")
        self.form.add(
            "customer_id", self.tr("Customer"), self._with_hint(self.customer, self.customer_hint), True
        )
        self.form.fields["customer_id"] = self.customer

        self.contract = picker("itemContract")
        self.new_contract = self._new_button("itemNewContract", self.tr("New contract for this customer"))
        self.contract_hint = self._hint("itemContractHint")
        self.form.add(
            "contract_id",
            self.tr("Contract"),
            self._row(self.contract, self.new_contract, self.contract_hint),
            True,
        )
        self.form.fields["contract_id"] = self.contract

        self.site = picker("itemSite")
        self.new_site = self._new_button("itemNewSite", self.tr("New site for this customer"))
        self.site_hint = self._hint("itemSiteHint")
        self.form.add("site_id", self.tr("Site"), self._row(self.site, self.new_site, self.site_hint), True)
        self.form.fields["site_id"] = self.site

        self.product_type = picker("itemType")
        self.form.add("product_type_id", self.tr("Product or service type"), self.product_type, True)
        self.description = self.form.add("description", self.tr("Description"), multiline("itemDescription"))
        self.observation = self.form.add("observation", self.tr("Observation"), multiline("itemObservation"))

        # A scanner types the serial and presses Enter: Enter moves on, it never saves.
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self, activated=self.accept)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.serial.installEventFilter(self)
        self.customer.lineEdit().installEventFilter(self)

        self._serial_timer = QTimer(self)
        self._serial_timer.setSingleShot(True)
        self._serial_timer.setInterval(SERIAL_CHECK_DELAY_MS)
        self._serial_timer.timeout.connect(self._check_serial)
        self.serial.textEdited.connect(lambda _t: self._serial_timer.start())
        self.new_contract.clicked.connect(self._create_contract)
        self.new_site.clicked.connect(self._create_site)

        self._load()
        self.customer.currentIndexChanged.connect(self._customer_changed)
        self.customer.lineEdit().editingFinished.connect(self._match_typed_customer)
        self.customer_completer = SearchCompleter(self.customer, customer_choices, self._pickers_failed)
        self.customer.setEnabled(locked_customer_id is None)
        self.serial.setFocus()

    # Layout helpers
    def _new_button(self, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setIcon(icon("new"))
        button.setText(self.tr("New…"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setToolTip(tip)
        return button

    def _hint(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setProperty("role", "hint")
        label.setWordWrap(True)
        label.hide()
        return label

    @staticmethod
    def _with_hint(field: QWidget, hint: QLabel) -> QWidget:
        """``field`` with a one-line hint under it (shown only when there is something to say)."""
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(hint)
        return host

    @staticmethod
    def _row(combo: QComboBox, button: QToolButton, hint: QLabel) -> QWidget:
        host = QWidget()
        outer = QVBoxLayout(host)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(combo, 1)
        line.addWidget(button)
        outer.addLayout(line)
        outer.addWidget(hint)
        return host

    # Filling the pickers
    def _load(self) -> None:
        data = self.data
        self.serial.setText(data.serial_number)
        customers = customer_choices()
        if data.customer_id and all(cid != data.customer_id for cid, _ in customers):
            customers.append((data.customer_id, get_customer(data.customer_id).name))  # an inactive customer
        for customer_id, name in customers:
            self.customer.addItem(name, customer_id)
        self.customer.setCurrentIndex(self.customer.findData(data.customer_id) if data.customer_id else -1)
        self.product_type.addItem(self.tr("Choose a type…"), None)
        for type_id, name, kind in product_type_choices(include_id=data.product_type_id):
            self.product_type.addItem(f"{name} — {kind_label(kind)}", type_id)
        select_id(self.product_type, data.product_type_id)
        self._fill_customer_records(data.contract_id, data.site_id)
        self.description.setPlainText(data.description)
        self.observation.setPlainText(data.observation)
        self.show_history("inventory_item", data.id)
        if data.id:
            self._check_serial()  # a twin kept from an older file says so at once

    def _fill_customer_records(self, contract_id: int | None = None, site_id: int | None = None) -> None:
        customer_id = combo_id(self.customer) if self.customer.currentIndex() >= 0 else None
        for combo in (self.contract, self.site):
            combo.blockSignals(True)
            combo.clear()
        try:
            contracts = contract_choices(customer_id) if customer_id else []
            sites = site_choices(customer_id) if customer_id else []
            problem = ""
        except KnownProblem as error:
            contracts, sites, problem = [], [], str(error)
        self.contract.addItem(
            self.tr("Choose a contract…") if customer_id else self.tr("Choose the customer first"), None
        )
        for cid, code, description in contracts:
            self.contract.addItem(f"{code} — {description}" if description else code, cid)
        self.site.addItem(
            self.tr("Choose a site…") if customer_id else self.tr("Choose the customer first"), None
        )
        for sid, name, city in sites:
            self.site.addItem(f"{name} — {city}" if city else name, sid)
        select_id(self.contract, contract_id)
        select_id(self.site, site_id)
        for combo in (self.contract, self.site):
            combo.blockSignals(False)
            combo.setEnabled(customer_id is not None)
        self.new_contract.setEnabled(customer_id is not None)
        self.new_site.setEnabled(customer_id is not None)
        if problem:
            self._say(
                self.contract_hint, True, self.tr("The customer's contracts and sites cannot be read now.")
            )
            self.contract_hint.setToolTip(problem)  # the cause in full; the hint stays one line
            self._say(self.site_hint, False, "")
            return
        self._say(
            self.contract_hint,
            customer_id is not None and not contracts,
            self.tr("This customer has no contracts yet: create one with New…"),
        )
        self._say(
            self.site_hint,
            customer_id is not None and not sites,
            self.tr("This customer has no sites yet: create one with New…"),
        )

    @staticmethod
    def _say(label: QLabel, shown: bool, text: str) -> None:
        label.setText(text)
        label.setVisible(shown)

    def _customer_changed(self, _index: int) -> None:
        # A contract or site of the previous customer never fits the new one: start again.
        self._fill_customer_records()

    def _match_typed_customer(self) -> None:
        """Pick the customer whose name was typed in full, or forget a half-typed one."""
        text = self.customer.currentText().strip()
        index = self.customer_completer.typed_index()
        if index != self.customer.currentIndex():
            self.customer.setCurrentIndex(index)
        if index < 0 and text:
            self.customer.setEditText(text)

    # The serial
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if watched is self.serial:
                self._check_serial()
                self.customer.setFocus() if self.customer.isEnabled() else self.contract.setFocus()
                return True
            if watched is self.customer.lineEdit():
                self._match_typed_customer()
                self.contract.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _pickers_failed(self, problem: str) -> None:
        self._say(self.customer_hint, True, self.tr("Customers cannot be suggested now."))
        self.customer_hint.setToolTip(problem)

    def _check_serial(self) -> None:
        self._serial_timer.stop()
        try:
            used = find_serial(self.serial.text(), self.data.id)
        except KnownProblem as error:
            # Save checks again; while typing, say only that the check could not be made.
            self._say(
                self.serial_hint, True, self.tr("Could not check the serial now; Save checks it again.")
            )
            self.serial_hint.setToolTip(str(error))
            return
        self.serial_hint.setToolTip("")
        self._say(
            self.serial_hint,
            used is not None,
            self.tr("Already used by item %1 of customer %2.").replace("%1", used[1]).replace("%2", used[2])
            if used
            else "",
        )

    # Creating a contract or site without leaving the dialog
    def _create_contract(self) -> None:
        self._open_sub_dialog(ContractDialog(combo_id(self.customer), parent=self), keep="contract")

    def _create_site(self) -> None:
        self._open_sub_dialog(SiteDialog(combo_id(self.customer), parent=self), keep="site")

    def _open_sub_dialog(self, dialog: RecordDialog, keep: str) -> None:
        if self.sub_dialog is not None:
            self.sub_dialog.deleteLater()  # one at a time: the previous one is done
        self.sub_dialog = dialog

        def created(record_id: int) -> None:
            contract_id = record_id if keep == "contract" else combo_id(self.contract)
            site_id = record_id if keep == "site" else combo_id(self.site)
            self._fill_customer_records(contract_id, site_id)

        dialog.saved.connect(created)
        dialog.open()

    def hideEvent(self, event: QHideEvent) -> None:
        self._serial_timer.stop()
        super().hideEvent(event)

    # Saving
    def load_saved(self) -> ItemData:
        return get_item(self.data.id)

    def save_record(self) -> int:
        self._match_typed_customer()
        data = self.data
        data.serial_number = self.serial.text()
        data.customer_id = combo_id(self.customer) if self.customer.currentIndex() >= 0 else None
        data.contract_id = combo_id(self.contract)
        data.site_id = combo_id(self.site)
        data.product_type_id = combo_id(self.product_type)
        data.description = self.description.toPlainText()
        data.observation = self.observation.toPlainText()
        record_id = save_item(data)
        announce("inventory_item")
        return record_id
