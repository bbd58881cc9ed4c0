"""The site dialog: a customer's location, city, unit or block."""

from dataclasses import replace

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QWidget

from citrus_desktop.domain.sites import SiteData, get_site, save_site, validate_site
from citrus_desktop.domain.text import UF_CODES
from citrus_desktop.ui.events import announce
from citrus_desktop.ui.records.record_dialog import RecordDialog, line, line_of, multiline


class SiteDialog(RecordDialog):
    """Create or edit one of a customer's sites."""

    data: SiteData

    def __init__(self, customer_id: int, site_id: int | None = None, parent: QWidget | None = None):
        super().__init__("site", "", parent)
        self.data = get_site(site_id) if site_id else SiteData(customer_id=customer_id)
        self.setWindowTitle(
            self.tr("New site") if site_id is None else self.tr("Site %1").replace("%1", self.data.name)
        )
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
        line_of(self.state).setMaxLength(2)
        line_of(self.state).setValidator(
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
        if self.data.id:
            from citrus_desktop.ui.stock_take.results_caption import stock_take_caption

            self.add_below_history(stock_take_caption(self.data.id))

    def load_saved(self) -> SiteData:
        assert self.data.id is not None  # only a saved record can conflict
        return get_site(self.data.id)

    def collect(self) -> SiteData:
        return replace(
            self.data,
            name=self.name.text(),
            address=self.address.text(),
            city=self.city.text(),
            state=self.state.currentText(),
            notes=self.notes.toPlainText(),
        )

    def problems(self, record: SiteData) -> dict[str, str]:
        return validate_site(record)

    def save_record(self) -> int:
        self.data = self.collect()
        record_id = save_site(self.data)
        announce("site")
        return record_id

    def saved_text(self) -> str:
        return self.tr("Site “%1” saved.").replace("%1", self.data.name.strip())
