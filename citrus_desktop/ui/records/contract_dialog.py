"""The contract dialog: one of a customer's contracts."""

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QWidget

from citrus_desktop.domain.contracts import (
    ContractData,
    contract_item_count,
    get_contract,
    save_contract,
    validate_contract,
)
from citrus_desktop.domain.expiry import days_left, today
from citrus_desktop.ui.events import announce
from citrus_desktop.ui.expiry_words import color_of, status_words, tone_of
from citrus_desktop.ui.records.date_edit import OptionalDateEdit
from citrus_desktop.ui.records.record_dialog import RecordDialog, line, multiline


class ContractDialog(RecordDialog):
    """Create or edit one of a customer's contracts."""

    data: ContractData

    def __init__(self, customer_id: int, contract_id: int | None = None, parent: QWidget | None = None):
        super().__init__("contract", "", parent)
        self.data = get_contract(contract_id) if contract_id else ContractData(customer_id=customer_id)
        self.setWindowTitle(
            self.tr("New contract")
            if contract_id is None
            else self.tr("Contract %1").replace("%1", self.data.code)
        )
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
        self.end_status = QLabel()
        self.end_status.setObjectName("contractEndStatus")
        self.end_status.setWordWrap(True)
        self.form.layout.addRow("", self.end_status)
        self.end.dateChanged.connect(self._show_end_status)
        self.items: QLabel | None = None
        if self.data.id is not None:
            count = contract_item_count(self.data.id)
            covers = self.tr("Covers %Ln item(s)", "", count) if count else self.tr("Covers no items")
            self.items = QLabel(covers)
            self.items.setObjectName("contractItems")
            self.form.layout.addRow(self.tr("Items"), self.items)
        self.notes = self.form.add("notes", self.tr("Notes"), multiline("contractNotes"))
        self.code.setText(self.data.code)
        self.description.setText(self.data.description)
        self.start.set_value(self.data.start_date)
        self.end.set_value(self.data.end_date)
        self.notes.setPlainText(self.data.notes)
        self._show_end_status()
        self.show_history("contract", self.data.id)

    def _show_end_status(self) -> None:
        """Say in words, and in colour, that the end date has passed or comes within 30 days."""
        days = days_left(self.end.value(), today())
        color = color_of(tone_of(days))
        self.end_status.setText(status_words(days))
        self.end_status.setStyleSheet(f"color: {color.name()}; font-weight: 600;" if color else "")
        self.end_status.setVisible(bool(self.end_status.text()))

    def load_saved(self) -> ContractData:
        assert self.data.id is not None  # only a saved record can conflict
        return get_contract(self.data.id)

    def collect(self) -> ContractData:
        return replace(
            self.data,
            code=self.code.text(),
            description=self.description.text(),
            start_date=self.start.value(),
            end_date=self.end.value(),
            notes=self.notes.toPlainText(),
        )

    def problems(self, record: ContractData) -> dict[str, str]:
        return validate_contract(record)

    def save_record(self) -> int:
        self.data = self.collect()
        record_id = save_contract(self.data)
        announce("contract")
        return record_id

    def saved_text(self) -> str:
        return self.tr("Contract “%1” saved.").replace("%1", self.data.code.strip())
