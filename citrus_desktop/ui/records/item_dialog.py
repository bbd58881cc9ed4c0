"""The inventory item dialog: customer first, then that customer's contracts and sites."""

from collections.abc import Callable
from dataclasses import replace

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
from citrus_desktop.domain.items import (
    SERIAL_LONGEST,
    ItemData,
    find_serial,
    get_item,
    save_item,
    validate_item,
)
from citrus_desktop.domain.product_types import kind_label, product_type_choices
from citrus_desktop.domain.sites import site_choices
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.events import announce
from citrus_desktop.ui.icons import icon
from citrus_desktop.ui.records.contract_dialog import ContractDialog
from citrus_desktop.ui.records.customer_dialog import CustomerDialog
from citrus_desktop.ui.records.pickers import customer_picker
from citrus_desktop.ui.records.product_type_dialog import ProductTypeDialog
from citrus_desktop.ui.records.record_dialog import RecordDialog, combo_id, line_of, multiline, select_id
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

    data: ItemData

    def __init__(
        self, item_id: int | None = None, locked_customer_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__("item", "", parent)
        self.data = get_item(item_id) if item_id else ItemData(customer_id=locked_customer_id)
        self.setWindowTitle(
            self.tr("New item")
            if item_id is None
            else self.tr("Item %1").replace("%1", self.data.serial_number)
        )
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
        self.customer_line = line_of(self.customer)
        self.customer_line.setPlaceholderText(self.tr("Type or choose a customer…"))
        self.new_customer = self._new_button("itemNewCustomer", self.tr("New customer"))
        self.customer_hint = self._hint("itemCustomerHint")
        self.form.add(
            "customer_id",
            self.tr("Customer"),
            self._row(self.customer, self.new_customer, self.customer_hint),
            True,
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
        self.new_type = self._new_button("itemNewType", self.tr("New product or service type"))
        self.type_hint = self._hint("itemTypeHint")
        self.form.add(
            "product_type_id",
            self.tr("Product or service type"),
            self._row(self.product_type, self.new_type, self.type_hint),
            True,
        )
        self.form.fields["product_type_id"] = self.product_type
        self.description = self.form.add("description", self.tr("Description"), multiline("itemDescription"))
        self.observation = self.form.add("observation", self.tr("Observation"), multiline("itemObservation"))

        # A scanner types the serial and presses Enter: Enter moves on, it never saves.
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.accept)
        self.serial.installEventFilter(self)
        self.customer_line.installEventFilter(self)
        self.customer_completer = customer_picker(self.customer, self._pickers_failed)
        self.locked = locked_customer_id is not None

        self._serial_timer = QTimer(self)
        self._serial_timer.setSingleShot(True)
        self._serial_timer.setInterval(SERIAL_CHECK_DELAY_MS)
        self._serial_timer.timeout.connect(self._check_serial_typed)
        self.serial.textEdited.connect(lambda _t: self._serial_timer.start())
        self.new_customer.clicked.connect(self._create_customer)
        self.new_contract.clicked.connect(self._create_contract)
        self.new_site.clicked.connect(self._create_site)
        self.new_type.clicked.connect(self._create_type)

        self._load()
        self.customer.currentIndexChanged.connect(self._customer_changed)
        self.customer_line.editingFinished.connect(self._match_typed_customer)
        self.customer.setEnabled(not self.locked)
        self.new_customer.setEnabled(not self.locked)

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
        self._fill_customers(data.customer_id)
        self._fill_types(data.product_type_id)
        self._fill_customer_records(data.contract_id, data.site_id)
        self.description.setPlainText(data.description)
        self.observation.setPlainText(data.observation)
        self.show_history("inventory_item", data.id)
        if data.id:
            self._check_serial()  # a twin kept from an older file says so at once

    def _fill_customers(self, chosen: int | None) -> None:
        """The first customers by name (and ``chosen``, even if inactive), ``chosen`` selected;
        the others are found by typing. A locked customer is the only entry."""
        any_customer = self.customer_completer.fill(chosen, browse=not self.locked)
        self._say(
            self.customer_hint,
            not any_customer,
            self.tr("No customers yet: create the first one with New…"),
        )

    def _fill_types(self, chosen: int | None) -> None:
        types = product_type_choices(include_id=chosen)
        self.product_type.blockSignals(True)
        self.product_type.clear()
        self.product_type.addItem(self.tr("Choose a type…"), None)
        for type_id, name, kind in types:
            self.product_type.addItem(f"{name} — {kind_label(kind)}", type_id)
        select_id(self.product_type, chosen)
        self.product_type.blockSignals(False)
        self._say(
            self.type_hint,
            not types,
            self.tr("No product or service types yet: create one with New…"),
        )

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
        if site_id is None and len(sites) == 1:
            site_id = sites[0][0]  # the customer's only site: nothing to choose
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
            if watched is self.customer_line:
                self._match_typed_customer()
                self.contract.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _pickers_failed(self, problem: str) -> None:
        self._say(self.customer_hint, True, self.tr("Customers cannot be suggested now."))
        self.customer_hint.setToolTip(problem)

    def _check_serial_typed(self) -> None:
        if self.isVisible():  # not after the dialog closed (its database may be closed too)
            self._check_serial()

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
            self.tr("Already used by item “%1” of customer “%2”.")
            .replace("%1", used[1])
            .replace("%2", used[2])
            if used
            else "",
        )

    # Creating a customer, contract, site or type without leaving the dialog; once saved, the
    # picker holds it and the focus moves on to the next field.
    def _create_customer(self) -> None:
        def created(customer_id: int) -> None:
            self._fill_customers(customer_id)
            self._fill_customer_records()
            self._focus_next(self.contract)

        self._open_sub_dialog(CustomerDialog(parent=self), created)

    def _create_contract(self) -> None:
        customer_id = combo_id(self.customer)
        if customer_id is None:
            return

        def created(contract_id: int) -> None:
            self._fill_customer_records(contract_id, combo_id(self.site))
            self._focus_next(self.site)

        self._open_sub_dialog(ContractDialog(customer_id, parent=self), created)

    def _create_site(self) -> None:
        customer_id = combo_id(self.customer)
        if customer_id is None:
            return

        def created(site_id: int) -> None:
            self._fill_customer_records(combo_id(self.contract), site_id)
            self._focus_next(self.product_type)

        self._open_sub_dialog(SiteDialog(customer_id, parent=self), created)

    def _create_type(self) -> None:
        def created(type_id: int) -> None:
            self._fill_types(type_id)
            self._focus_next(self.description)

        self._open_sub_dialog(ProductTypeDialog(parent=self), created)

    def _open_sub_dialog(self, dialog: RecordDialog, created: Callable[[int], None]) -> None:
        if self.sub_dialog is not None:
            self.sub_dialog.deleteLater()  # one at a time: the previous one is done
        self.sub_dialog = dialog
        dialog.saved.connect(created)
        dialog.open()

    def _focus_next(self, widget: QWidget) -> None:
        """After a sub-dialog: the next field still to fill, else the one after the new record."""
        for combo in (self.contract, self.site, self.product_type):
            if combo.isEnabled() and combo_id(combo) is None:
                combo.setFocus()
                return
        widget.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self._serial_timer.stop()
        super().hideEvent(event)

    # Saving
    def load_saved(self) -> ItemData:
        assert self.data.id is not None  # only a saved item can conflict
        return get_item(self.data.id)

    def collect(self) -> ItemData:
        return replace(
            self.data,
            serial_number=self.serial.text(),
            customer_id=combo_id(self.customer) if self.customer.currentIndex() >= 0 else None,
            contract_id=combo_id(self.contract),
            site_id=combo_id(self.site),
            product_type_id=combo_id(self.product_type),
            description=self.description.toPlainText(),
            observation=self.observation.toPlainText(),
        )

    def problems(self, record: ItemData) -> dict[str, str]:
        return validate_item(record)

    def saved_text(self) -> str:
        return self.tr("Item “%1” saved.").replace("%1", self.data.serial_number.strip())

    def save_record(self) -> int:
        self._match_typed_customer()
        self.data = self.collect()
        record_id = save_item(self.data)
        announce("inventory_item")
        return record_id
