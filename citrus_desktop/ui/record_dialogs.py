"""The small edit dialogs: contract, site, and product or service type."""

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from citrus_desktop.domain.contracts import ContractData, get_contract, save_contract
from citrus_desktop.domain.product_types import (
    KINDS,
    ProductTypeData,
    get_product_type,
    kind_label,
    save_product_type,
)
from citrus_desktop.domain.sites import SiteData, get_site, save_site
from citrus_desktop.domain.text import UF_CODES
from citrus_desktop.ui.date_edit import OptionalDateEdit
from citrus_desktop.ui.events import announce
from citrus_desktop.ui.forms import RecordDialog, multiline


def line(name: str, placeholder: str = "", longest: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(longest)
    return edit


class ContractDialog(RecordDialog):
    """Create or edit one of a customer's contracts."""

    def __init__(self, customer_id: int, contract_id: int | None = None, parent: QWidget | None = None):
        super().__init__("contract", "", parent)
        self.setWindowTitle(self.tr("New contract") if contract_id is None else self.tr("Contract"))
        self.data = get_contract(contract_id) if contract_id else ContractData(customer_id=customer_id)
        self.code = self.form.add(
            "code", self.tr("Code"), line("contractCode", self.tr("e.g. CT-2025-001"), 100), True
        )
        self.description = self.form.add(
            "description", self.tr("Description"), line("contractDescription", "", 2000)
        )
        self.start = self.form.add("start_date", self.tr("Start"), OptionalDateEdit())
        self.start.setObjectName("contractStart")
        self.end = self.form.add("end_date", self.tr("End"), OptionalDateEdit())
        self.end.setObjectName("contractEnd")
        self.notes = self.form.add("notes", self.tr("Notes"), multiline("contractNotes"))
        self.code.setText(self.data.code)
        self.description.setText(self.data.description)
        self.start.set_value(self.data.start_date)
        self.end.set_value(self.data.end_date)
        self.notes.setPlainText(self.data.notes)
        self.show_history("contract", self.data.id)

    def save_record(self) -> int:
        self.data.code = self.code.text()
        self.data.description = self.description.text()
        self.data.start_date = self.start.value()
        self.data.end_date = self.end.value()
        self.data.notes = self.notes.toPlainText()
        record_id = save_contract(self.data)
        announce("contract")
        return record_id


class SiteDialog(RecordDialog):
    """Create or edit one of a customer's sites."""

    def __init__(self, customer_id: int, site_id: int | None = None, parent: QWidget | None = None):
        super().__init__("site", "", parent)
        self.setWindowTitle(self.tr("New site") if site_id is None else self.tr("Site"))
        self.data = get_site(site_id) if site_id else SiteData(customer_id=customer_id)
        self.name = self.form.add(
            "name", self.tr("Name"), line("siteName", self.tr("e.g. Head office, Block A")), True
        )
        self.address = self.form.add("address", self.tr("Address"), line("siteAddress", "", 500))
        self.city = self.form.add("city", self.tr("City"), line("siteCity"))
        self.state = QComboBox()
        self.state.setObjectName("siteState")
        self.state.setEditable(True)
        self.state.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.state.addItems(["", *UF_CODES])
        self.state.lineEdit().setMaxLength(2)
        self.state.lineEdit().setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self.state)
        )
        self.form.add("state", self.tr("State (UF)"), self.state)
        self.notes = self.form.add("notes", self.tr("Notes"), multiline("siteNotes"))
        self.name.setText(self.data.name)
        self.address.setText(self.data.address)
        self.city.setText(self.data.city)
        self.state.setCurrentText(self.data.state)
        self.notes.setPlainText(self.data.notes)
        self.show_history("site", self.data.id)

    def save_record(self) -> int:
        self.data.name = self.name.text()
        self.data.address = self.address.text()
        self.data.city = self.city.text()
        self.data.state = self.state.currentText()
        self.data.notes = self.notes.toPlainText()
        record_id = save_site(self.data)
        announce("site")
        return record_id


class ProductTypeDialog(RecordDialog):
    """Create or edit a product or service type."""

    def __init__(self, type_id: int | None = None, parent: QWidget | None = None):
        super().__init__("productType", "", parent)
        self.setWindowTitle(self.tr("New type") if type_id is None else self.tr("Product or service type"))
        self.data = get_product_type(type_id) if type_id else ProductTypeData()
        self.name = self.form.add(
            "name", self.tr("Name"), line("productTypeName", self.tr("e.g. Thermal printer")), True
        )
        self.kind = QComboBox()
        self.kind.setObjectName("productTypeKind")
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.form.add("kind", self.tr("Kind"), self.kind, True)
        self.description = self.form.add(
            "description", self.tr("Description"), multiline("productTypeDescription")
        )
        self.active = QCheckBox(self.tr("Active (offered for new items)"))
        self.active.setObjectName("productTypeActive")
        self.form.add("active", "", self.active)
        self.name.setText(self.data.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.data.kind)))
        self.description.setPlainText(self.data.description)
        self.active.setChecked(self.data.active)
        self.show_history("product_type", self.data.id)

    def save_record(self) -> int:
        self.data.name = self.name.text()
        self.data.kind = self.kind.currentData()
        self.data.description = self.description.toPlainText()
        self.data.active = self.active.isChecked()
        record_id = save_product_type(self.data)
        announce("product_type")
        return record_id
