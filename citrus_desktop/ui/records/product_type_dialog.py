"""The product or service type dialog."""

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from citrus_desktop.domain.product_types import (
    KINDS,
    ProductTypeData,
    get_product_type,
    kind_label,
    save_product_type,
    validate_product_type,
)
from citrus_desktop.ui.events import announce
from citrus_desktop.ui.records.record_dialog import RecordDialog, line, multiline


class ProductTypeDialog(RecordDialog):
    """Create or edit a product or service type."""

    data: ProductTypeData

    def __init__(self, type_id: int | None = None, parent: QWidget | None = None):
        super().__init__("productType", "", parent)
        self.data = get_product_type(type_id) if type_id else ProductTypeData()
        self.setWindowTitle(
            self.tr("New type") if type_id is None else self.tr("Type %1").replace("%1", self.data.name)
        )
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

    def load_saved(self) -> ProductTypeData:
        assert self.data.id is not None  # only a saved record can conflict
        return get_product_type(self.data.id)

    def collect(self) -> ProductTypeData:
        return replace(
            self.data,
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            description=self.description.toPlainText(),
            active=self.active.isChecked(),
        )

    def problems(self, record: ProductTypeData) -> dict[str, str]:
        return validate_product_type(record)

    def save_record(self) -> int:
        self.data = self.collect()
        record_id = save_product_type(self.data)
        announce("product_type")
        return record_id

    def saved_text(self) -> str:
        return self.tr("Type “%1” saved.").replace("%1", self.data.name.strip())
