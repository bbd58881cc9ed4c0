"""The Import button of the inventory and customers lists: the wizard, then a word on what it did."""

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from citrus_desktop.domain.import_report import created_text, totals_text
from citrus_desktop.domain.importing import ImportResult
from citrus_desktop.ui.events import announce
from citrus_desktop.ui.transfer.import_wizard import ImportWizard

CHANGED_TABLES = ("customer", "contract", "site", "product_type", "inventory_item")


class ListImport(QObject):
    """Opens ``ImportWizard`` over ``page`` for ``list_name``; ``wizard`` and ``notice`` stay
    reachable for tests."""

    def __init__(self, list_name: str, page: QWidget):
        super().__init__(page)
        self.list_name = list_name
        self.page = page
        self.wizard: ImportWizard | None = None
        self.notice: QMessageBox | None = None

    def open(self) -> ImportWizard:
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            return self.wizard
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = ImportWizard(self.list_name, self.page)
        self.wizard.imported.connect(self._imported)
        self.wizard.open()
        return self.wizard

    def _imported(self, result: ImportResult) -> None:
        for table in CHANGED_TABLES:
            announce(table)
        totals = result.totals
        text = self.tr("Imported: %1.").replace("%1", totals_text(totals, self.list_name))
        created = created_text(totals)
        if created:
            text += " " + self.tr("Created %1.").replace("%1", created)
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Import done"), text, QMessageBox.StandardButton.Ok
        )
        box.setParent(self.page, box.windowFlags())
        box.setObjectName("importDone")
        box.setInformativeText(
            self.tr("%1 rows were written in one step.").replace("%1", QLocale().toString(totals.written))
        )
        self.notice = box
        box.open()
