"""The customer window: Data, Contracts, Sites and Inventory tabs."""

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStatusBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.domain import access
from citrus_desktop.domain.customers import CustomerData, get_customer, save_customer, validate_customer
from citrus_desktop.domain.errors import ConflictError, ValidationError
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.access import lock_form
from citrus_desktop.ui.events import STATUS_MESSAGE_MS, announce, bus
from citrus_desktop.ui.icons import icon
from citrus_desktop.ui.lists.record_lists import ContractList, InventoryList, SiteList
from citrus_desktop.ui.records.conflict import ConflictPanel
from citrus_desktop.ui.records.customer_dialog import CustomerFields
from citrus_desktop.ui.records.record_dialog import FieldForm, error_label, history_text
from citrus_desktop.ui.window_size import fit_to_screen


class CustomerWindow(QWidget):
    """One customer: its data, and lists of its contracts, sites and items."""

    saved = Signal(int)
    conflict: "ConflictPanel | None" = None

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
        self.fields = CustomerFields(self.form, parent=self)
        self.name, self.tax_id, self.email, self.phone = self.fields.lines
        self.notes = self.fields.notes
        self.active = QCheckBox(self.tr("Active customer"))
        self.active.setObjectName("customerActive")
        self.form.add("active", "", self.active)
        self.form.recheck = lambda: validate_customer(self._shown())
        self.save_button = QPushButton(icon("save"), self.tr("Save"))
        self.save_button.setObjectName("customerSave")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setObjectName("customerHistory")
        self.history_button.setToolTip(self.tr("Every change of this customer: who, when, what"))
        self.history_button.clicked.connect(self.open_history)
        self.history_dialog: QWidget | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        data_layout = QVBoxLayout(data_tab)
        data_layout.addLayout(form_layout)
        data_layout.addWidget(self.errors)
        self.history = QLabel()
        self.history.setObjectName("customerAudit")
        self.history.setProperty("role", "caption")
        data_layout.addWidget(self.history)
        self.access_notice = error_label("customerAccess")
        self.access_notice.setProperty("role", "hint")
        data_layout.addWidget(self.access_notice)
        data_layout.addLayout(buttons)
        data_layout.addStretch(1)
        self.tabs.addTab(data_tab, icon("customers"), self.tr("Data"))

        self.contracts_tab = self._tab("customerTab_contracts")
        self.sites_tab = self._tab("customerTab_sites")
        self.inventory_tab = self._tab("customerTab_inventory")
        self.tabs.addTab(self.contracts_tab, icon("contracts"), self.tr("Contracts"))
        self.tabs.addTab(self.sites_tab, icon("sites"), self.tr("Sites"))
        self.tabs.addTab(self.inventory_tab, icon("inventory"), self.tr("Inventory"))
        self.contracts: ContractList | None = None
        self.sites: SiteList | None = None
        self.inventory: InventoryList | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.status = QStatusBar()
        self.status.setObjectName("customerStatus")
        self.status.setSizeGripEnabled(False)
        layout.addWidget(self.status)
        bus().said.connect(self.say)
        self._load()
        for widget in (self.name, self.tax_id, self.email, self.phone):
            widget.textEdited.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.active.toggled.connect(self._edited)
        self._dirty = False
        bus().changed.connect(self._changed_elsewhere)
        bus().access_changed.connect(self.apply_access)
        self.apply_access()
        fit_to_screen(self, 900, 620)

    def apply_access(self) -> None:
        """A role that may not change customers sees the data read-only, Save disabled saying why."""
        refusal = access.current().refusal("customer")
        lock_form(self, self.form.fields.values(), self.save_button, self.access_notice, refusal)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.data.id is None and not self._dirty:
            self.name.setFocus()  # a new customer: its name first

    def say(self, text: str) -> None:
        """A word about what was just done here ("Item saved."), for a few seconds."""
        if self.isVisible():
            self.status.showMessage(text, STATUS_MESSAGE_MS)

    @staticmethod
    def _tab(name: str) -> QWidget:
        tab = QWidget()
        tab.setObjectName(name)
        QVBoxLayout(tab).setContentsMargins(0, 8, 0, 0)
        return tab

    def _shown(self) -> CustomerData:
        """The customer as the fields show it."""
        return replace(self.fields.read(self.data), active=self.active.isChecked())

    def _load(self) -> None:
        data = self.data
        self.fields.show(data)
        self.active.setChecked(data.active)
        self._dirty = False
        customer_id = data.id
        title = data.name if customer_id is not None else self.tr("New customer")
        self.heading.setText(title)
        self.setWindowTitle(self.tr("Customer — %1").replace("%1", title))
        for index in (1, 2, 3):
            self.tabs.setTabEnabled(index, customer_id is not None)
        self.history.setText(history_text("customer", customer_id) if customer_id is not None else "")
        self.history_button.setEnabled(customer_id is not None)
        if customer_id is not None and self.contracts is None:
            self.contracts = ContractList(customer_id, self.contracts_tab)
            self.sites = SiteList(customer_id, self.sites_tab)
            self.inventory = InventoryList(
                "customerInventory", "customerInventory", customer_id, self.inventory_tab
            )
            for tab, page in (
                (self.contracts_tab, self.contracts),
                (self.sites_tab, self.sites),
                (self.inventory_tab, self.inventory),
            ):
                layout = tab.layout()
                assert layout is not None  # made by _tab
                layout.addWidget(page)

    def open_history(self) -> None:
        """Open ``historyDialog`` on this customer."""
        if self.data.id is None:
            return
        from citrus_desktop.ui.records.history_dialog import HistoryDialog

        self.history_dialog = HistoryDialog("customer", self.data.id, self)
        self.history_dialog.open()

    def _edited(self, *_args: object) -> None:
        self._dirty = True

    def save(self) -> bool:
        refusal = access.current().refusal("customer")
        if refusal is not None:  # Ctrl+S with Save disabled
            self.form.show_errors({"": refusal})
            return False
        self.data = data = self._shown()
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
        if self.conflict is not None:
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
        if self.data.id is not None:  # a conflict only happens to a saved customer
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
        for page in (self.contracts, self.sites, self.inventory):
            if page is not None:
                page.save_state()
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
