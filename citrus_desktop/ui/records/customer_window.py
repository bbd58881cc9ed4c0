"""The customer window: Data, Contracts, Sites and Inventory tabs."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.domain.customers import CustomerData, get_customer, save_customer
from citrus_desktop.domain.errors import ConflictError, ValidationError
from citrus_desktop.domain.tax_ids import format_tax_id
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.events import announce, bus
from citrus_desktop.ui.icons import icon
from citrus_desktop.ui.lists.record_lists import ContractList, InventoryList, SiteList
from citrus_desktop.ui.records.record_dialog import FieldForm, error_label, history_text, multiline


class CustomerWindow(QWidget):
    """One customer: its data, and lists of its contracts, sites and items."""

    saved = Signal(int)

    def __init__(self, customer_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("customerWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.data = get_customer(customer_id) if customer_id else CustomerData()
        self.question: QMessageBox | None = None
        self._closing_confirmed = False

        self.heading = QLabel()
        self.heading.setProperty("role", "pageTitle")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("customerTabs")
        self.tabs.setDocumentMode(True)

        data_tab = QWidget()
        data_tab.setObjectName("customerTab_data")
        form_layout = QFormLayout()
        self.errors = error_label("customerErrors")
        self.form = FieldForm(form_layout, self.errors)
        self.name = self._line("customerName", 200, self.tr("Company or person name"))
        self.form.add("name", self.tr("Name"), self.name, True)
        self.tax_id = self._line("customerTaxId", 40, self.tr("CNPJ or CPF, with or without punctuation"))
        self.form.add("tax_id", self.tr("CPF/CNPJ"), self.tax_id)
        self.email = self._line("customerEmail", 254, self.tr("name@example.com"))
        self.form.add("email", self.tr("E-mail"), self.email)
        self.phone = self._line("customerPhone", 40, self.tr("(11) 91234-5678"))
        self.form.add("phone", self.tr("Phone"), self.phone)
        self.notes = multiline("customerNotes")
        self.form.add("notes", self.tr("Notes"), self.notes)
        self.active = QCheckBox(self.tr("Active customer"))
        self.active.setObjectName("customerActive")
        self.form.add("active", "", self.active)
        self.save_button = QPushButton(icon("save"), self.tr("Save"))
        self.save_button.setObjectName("customerSave")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        data_layout = QVBoxLayout(data_tab)
        data_layout.addLayout(form_layout)
        data_layout.addWidget(self.errors)
        self.history = QLabel()
        self.history.setObjectName("customerHistory")
        self.history.setProperty("role", "caption")
        data_layout.addWidget(self.history)
        data_layout.addLayout(buttons)
        data_layout.addStretch(1)
        self.tabs.addTab(data_tab, icon("customers"), self.tr("Data"))

        self.contracts_tab = self._tab("customerTab_contracts")
        self.sites_tab = self._tab("customerTab_sites")
        self.inventory_tab = self._tab("customerTab_inventory")
        self.tabs.addTab(self.contracts_tab, icon("contracts"), self.tr("Contracts"))
        self.tabs.addTab(self.sites_tab, icon("sites"), self.tr("Sites"))
        self.tabs.addTab(self.inventory_tab, icon("inventory"), self.tr("Inventory"))
        self.contracts = self.sites = self.inventory = None

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self._load()
        for widget in (self.name, self.tax_id, self.email, self.phone):
            widget.textEdited.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.active.toggled.connect(self._edited)
        self._dirty = False
        bus().changed.connect(self._changed_elsewhere)
        self.resize(900, 620)

    @staticmethod
    def _line(name: str, longest: int, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(longest)
        edit.setPlaceholderText(placeholder)
        return edit

    @staticmethod
    def _tab(name: str) -> QWidget:
        tab = QWidget()
        tab.setObjectName(name)
        QVBoxLayout(tab).setContentsMargins(0, 8, 0, 0)
        return tab

    def _load(self) -> None:
        data = self.data
        self.name.setText(data.name)
        self.tax_id.setText(format_tax_id(data.tax_id))
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.notes.setPlainText(data.notes)
        self.active.setChecked(data.active)
        self._dirty = False
        exists = data.id is not None
        title = data.name if exists else self.tr("New customer")
        self.heading.setText(title)
        self.setWindowTitle(self.tr("Customer — %1").replace("%1", title))
        for index in (1, 2, 3):
            self.tabs.setTabEnabled(index, exists)
        self.history.setText(history_text("customer", data.id) if exists else "")
        if exists and self.contracts is None:
            self.contracts = ContractList(data.id, self.contracts_tab)
            self.sites = SiteList(data.id, self.sites_tab)
            self.inventory = InventoryList(
                "customerInventory", "customerInventory", data.id, self.inventory_tab
            )
            for tab, page in (
                (self.contracts_tab, self.contracts),
                (self.sites_tab, self.sites),
                (self.inventory_tab, self.inventory),
            ):
                tab.layout().addWidget(page)

    def _edited(self, *_args: object) -> None:
        self._dirty = True

    def save(self) -> bool:
        data = self.data
        data.name = self.name.text()
        data.tax_id = self.tax_id.text()
        data.email = self.email.text()
        data.phone = self.phone.text()
        data.notes = self.notes.toPlainText()
        data.active = self.active.isChecked()
        try:
            customer_id = save_customer(data)
        except ValidationError as error:
            self.tabs.setCurrentIndex(0)
            self.form.show_errors(error.errors)
            return False
        except ConflictError as error:
            from citrus_desktop.ui.records.conflict import offer_reload

            self.form.show_errors({"": str(error)})
            offer_reload(self, error, self._reload)
            return False
        except KnownProblem as error:
            self.form.show_errors({"": str(error)})
            return False
        self.form.clear_errors()
        if getattr(self, "conflict", None) is not None:
            self.conflict.hide()  # saved on top of the reloaded version: the conflict is over
        try:
            self.data = get_customer(customer_id)
        except KnownProblem:
            self.data.id = customer_id  # saved; re-read later (the list refresh will show it)
            self.data.version += 1  # a new record is saved as version 1, an edit adds one
        self._load()
        announce("customer")
        self.saved.emit(customer_id)
        return True

    def _reload(self) -> None:
        self.data = get_customer(self.data.id)
        self._load()

    def _changed_elsewhere(self, table: str) -> None:
        if table == "customer" and self.data.id is not None and not self._dirty:
            try:
                self.data = get_customer(self.data.id)
            except KnownProblem:
                return  # deleted or unreachable: keep showing what was read
            self._load()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and not self._closing_confirmed:
            event.ignore()
            self._ask_discard()
            return
        super().closeEvent(event)

    def _ask_discard(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this customer before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("customerUnsaved")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question = box

        def answered(button: int) -> None:
            self.question = None
            if button == QMessageBox.StandardButton.Save and not self.save():
                return
            if button in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
                self._closing_confirmed = True
                self.close()

        box.finished.connect(lambda _r: answered(box.standardButton(box.clickedButton())))
        box.open()
