"""A customer's data fields, and the compact dialog that creates a customer from the item dialog."""

from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QWidget

from citrus_desktop.domain.customers import CustomerData, get_customer, save_customer, validate_customer
from citrus_desktop.domain.tax_ids import format_tax_id
from citrus_desktop.ui.events import announce
from citrus_desktop.ui.records.record_dialog import FieldForm, RecordDialog, line, multiline


class CustomerFields(QObject):
    """The fields ``customerName``, ``customerTaxId``, ``customerEmail``, ``customerPhone`` and
    ``customerNotes``, added to ``form``: the customer window and the compact dialog show the same."""

    def __init__(self, form: FieldForm, parent: QObject | None = None):
        super().__init__(parent)
        self.name = form.add(
            "name", self.tr("Name"), line("customerName", self.tr("Company or person name")), True
        )
        self.tax_id = form.add(
            "tax_id",
            self.tr("CPF/CNPJ"),
            line("customerTaxId", self.tr("CNPJ or CPF, with or without punctuation"), 40),
        )
        email = line("customerEmail", self.tr("name@example.com"), 254)
        self.email = form.add("email", self.tr("E-mail"), email)
        self.phone = form.add(
            "phone", self.tr("Phone"), line("customerPhone", self.tr("(11) 91234-5678"), 40)
        )
        self.notes = form.add("notes", self.tr("Notes"), multiline("customerNotes"))

    @property
    def lines(self) -> tuple[QLineEdit, ...]:
        return (self.name, self.tax_id, self.email, self.phone)

    def show(self, data: CustomerData) -> None:
        self.name.setText(data.name)
        self.tax_id.setText(format_tax_id(data.tax_id))
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.notes.setPlainText(data.notes)

    def read(self, data: CustomerData) -> CustomerData:
        """``data`` with the values the fields show."""
        return replace(
            data,
            name=self.name.text(),
            tax_id=self.tax_id.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
        )


class CustomerDialog(RecordDialog):
    """Create a customer without leaving the form that needs one (``customerDialog``)."""

    data: CustomerData

    def __init__(self, parent: QWidget | None = None):
        super().__init__("customer", "", parent)
        self.setWindowTitle(self.tr("New customer"))
        self.data = CustomerData()
        self.fields = CustomerFields(self.form, parent=self)
        self.fields.show(self.data)

    def load_saved(self) -> CustomerData:
        assert self.data.id is not None  # only a saved customer can conflict
        return get_customer(self.data.id)

    def collect(self) -> CustomerData:
        return self.fields.read(self.data)

    def problems(self, record: CustomerData) -> dict[str, str]:
        return validate_customer(record)

    def save_record(self) -> int:
        self.data = self.collect()
        record_id = save_customer(self.data)
        announce("customer")
        return record_id

    def saved_text(self) -> str:
        return self.tr("Customer “%1” saved.").replace("%1", self.data.name.strip())
