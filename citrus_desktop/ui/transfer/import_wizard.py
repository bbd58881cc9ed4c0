"""The import wizard (DESIGN §7): file → columns → options → preview; Finish writes the valid rows
in one transaction, recorded as one history batch."""

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from citrus_desktop.domain.cell_text import DATE_ORDERS
from citrus_desktop.domain.import_fields import fields_of
from citrus_desktop.domain.importing import EXISTING, ImportOptions, ImportResult, importer_for
from citrus_desktop.ui.transfer.import_file_page import FilePage
from citrus_desktop.ui.transfer.import_mapping_page import MappingPage
from citrus_desktop.ui.transfer.import_preview_page import PreviewPage
from citrus_desktop.ui.window_size import fit_to_screen

FILE, COLUMNS, OPTIONS, PREVIEW = range(4)


class OptionsPage(QWizardPage):
    """What a row already in the database does, whether missing records are created, how dates
    are read."""

    def __init__(self, list_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importOptionsPage")
        self.list_name = list_name
        self.setTitle(self.tr("Options"))
        self.setSubTitle(
            self.tr("What to do with rows already in the database, and with names it does not know.")
        )
        inventory = list_name == "inventory"
        self.existing = QComboBox()
        self.existing.setObjectName("importExisting")
        texts = {
            "skip": self.tr("Skip it: keep the record as it is"),
            "update": self.tr("Update it with the file's values"),
            "error": self.tr("Report it as an error"),
        }
        for choice in EXISTING:
            self.existing.addItem(texts[choice], choice)
        self.create_missing = QCheckBox(
            self.tr(
                "Create the customers, contracts, sites and types that the file names and the database lacks"
            )
        )
        self.create_missing.setObjectName("importCreateMissing")
        self.create_missing.setVisible(inventory)
        self.date_order = QComboBox()
        self.date_order.setObjectName("importDateOrder")
        self.date_order.addItem(self.tr("Day/month/year (31/12/2025)"), "dmy")
        self.date_order.addItem(self.tr("Month/day/year (12/31/2025)"), "mdy")
        self.date_label = QLabel(self.tr("&Dates in the file:"))
        self.date_label.setBuddy(self.date_order)
        settings = QSettings()
        self.existing.setCurrentIndex(
            max(0, self.existing.findData(settings.value(f"import/{list_name}/existing", "skip")))
        )
        self.create_missing.setChecked(
            bool(settings.value(f"import/{list_name}/createMissing", False, type=bool))
        )
        order = str(settings.value("import/dateOrder", "dmy"))
        self.date_order.setCurrentIndex(
            max(0, self.date_order.findData(order if order in DATE_ORDERS else "dmy"))
        )
        existing_label = QLabel(
            self.tr("A row whose &serial number is already in the database:")
            if inventory
            else self.tr("A row whose &customer is already in the database (same CPF/CNPJ, or same name):")
        )
        existing_label.setBuddy(self.existing)
        existing_label.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Updating changes only the fields the file has columns for; an empty cell empties the field."
            )
        )
        hint.setProperty("role", "caption")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.date_label, self.date_order)
        layout = QVBoxLayout(self)
        layout.addWidget(existing_label)
        layout.addWidget(self.existing)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addWidget(self.create_missing)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addStretch(1)

    def show_dates(self, shown: bool) -> None:
        self.date_label.setVisible(shown)
        self.date_order.setVisible(shown)

    def options(self) -> ImportOptions:
        return ImportOptions(
            self.existing.currentData(),
            self.create_missing.isChecked() and self.list_name == "inventory",
            self.date_order.currentData(),
        )

    def validatePage(self) -> bool:
        settings = QSettings()
        settings.setValue(f"import/{self.list_name}/existing", self.existing.currentData())
        settings.setValue(f"import/{self.list_name}/createMissing", self.create_missing.isChecked())
        settings.setValue("import/dateOrder", self.date_order.currentData())
        return True


class ImportWizard(QWizard):
    """Import of a file into ``list_name`` (inventory, customers). ``imported(result)`` once written."""

    imported = Signal(object)

    def __init__(self, list_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.list_name = list_name
        self.setWindowTitle(
            self.tr("Import items") if list_name == "inventory" else self.tr("Import customers")
        )
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.file_page = FilePage()
        self.mapping_page = MappingPage(list_name)
        self.options_page = OptionsPage(list_name)
        self.preview_page = PreviewPage()
        for number, page in (
            (FILE, self.file_page),
            (COLUMNS, self.mapping_page),
            (OPTIONS, self.options_page),
        ):
            self.setPage(number, page)
        self.setPage(PREVIEW, self.preview_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.preview_page.imported.connect(self._imported)
        self.imported_result: ImportResult | None = None
        fit_to_screen(self, 900, 620)

    def file_name(self) -> str:
        sheet = self.file_page.sheet
        return sheet.path.name if sheet is not None else ""

    def initializePage(self, page_id: int) -> None:
        if page_id == COLUMNS:
            self.mapping_page.set_file(self.file_page.headers, self.file_page.data_rows[:50])
        elif page_id == OPTIONS:
            mapping = self.mapping_page.mapping()
            self.options_page.show_dates(any(key in ("contract_start", "contract_end") for key in mapping))
        elif page_id == PREVIEW:
            mapping = self.mapping_page.mapping()
            headers = self.file_page.headers
            importer = importer_for(self.list_name, headers, mapping, self.options_page.options())
            order = [field.key for field in fields_of(self.list_name)]
            fields = sorted(
                ((importer.fields[key], column) for column, key in enumerate(mapping) if key),
                key=lambda pair: order.index(pair[0].key),
            )
            self.preview_page.file_name = self.file_name()
            self.preview_page.start(self.list_name, importer, headers, self.file_page.data_rows, fields)
        super().initializePage(page_id)

    def cleanupPage(self, page_id: int) -> None:
        if page_id == PREVIEW:
            self.preview_page.stop()
        super().cleanupPage(page_id)

    def _imported(self, result: ImportResult) -> None:
        self.imported_result = result
        self.imported.emit(result)

    def reject(self) -> None:
        page = self.preview_page
        if page.writing and page.task is not None:
            # Cancel during the write: the transaction is rolled back, so nothing stays.
            task = page.task
            page.cancel_writing()
            task.wait()
        page.stop()
        super().reject()
