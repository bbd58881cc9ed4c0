"""Preferences: interface language and the staff member's name written into records."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from citrus_desktop.domain import access
from citrus_desktop.domain.recycle_bin import DEFAULT_RETENTION_DAYS, retention_days, set_retention_days
from citrus_desktop.domain.session import actor, set_actor
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.access import permit
from citrus_desktop.ui.records.record_dialog import RecordDialog

LANGUAGE_KEY = "interface/language"
STAFF_NAME_KEY = "staff/name"
START_PAGE_KEY = "interface/startPage"
START_PAGES = ("dashboard", "inventory")
NOTIFY_KEY = "notifications/expiringDaily"


def start_page() -> str:
    """The page the main window opens on: the dashboard unless the inventory was chosen."""
    value = str(QSettings().value(START_PAGE_KEY, START_PAGES[0]))
    return value if value in START_PAGES else START_PAGES[0]


def notify_daily() -> bool:
    """A desktop notification once a day of contracts ending within 30 days (on unless turned off)."""
    return str(QSettings().value(NOTIFY_KEY, "true")).lower() in ("true", "1")


def saved_language() -> str | None:
    value = QSettings().value(LANGUAGE_KEY, "")
    return str(value) or None


def apply_saved_staff_name() -> None:
    set_actor(str(QSettings().value(STAFF_NAME_KEY, "")) or None)


class PreferencesDialog(RecordDialog):
    """Language (applies on the next start) and the name recorded as who changed what."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("preferences", "", parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("preferencesLanguage")
        self.language.addItem(self.tr("System default"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Português (Brasil)", "pt_BR")
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language() or "")))
        self.form.add("language", self.tr("Language"), self.language)
        note = QLabel(self.tr("A new language applies the next time Citrus Desktop starts."))
        note.setProperty("role", "caption")
        note.setWordWrap(True)
        self.form.layout.addRow("", note)
        self.staff_name = QLineEdit(str(QSettings().value(STAFF_NAME_KEY, "")))
        self.staff_name.setObjectName("preferencesStaffName")
        self.staff_name.setPlaceholderText(actor())
        self.staff_name.setMaxLength(120)
        self.form.add("staff_name", self.tr("Your name"), self.staff_name)
        self.start_page = QComboBox()
        self.start_page.setObjectName("preferencesStartPage")
        self.start_page.addItem(self.tr("Dashboard"), "dashboard")
        self.start_page.addItem(self.tr("Inventory"), "inventory")
        self.start_page.setCurrentIndex(max(0, self.start_page.findData(start_page())))
        self.form.add("start_page", self.tr("Start page"), self.start_page)
        self.notify = QCheckBox(self.tr("Notify me once a day of contracts ending within 30 days"))
        self.notify.setObjectName("preferencesNotifyExpiring")
        self.notify.setChecked(notify_daily())
        self.form.add("notify", "", self.notify)
        self.retention = QSpinBox()
        self.retention.setObjectName("preferencesRetention")
        self.retention.setRange(1, 36_500)
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setToolTip(
            self.tr(
                "The recycle bin keeps deleted records this long, and the history keeps every change "
                "this long (each record's creation and last change are always kept). Older ones are "
                "erased at the next start. This applies to the whole database."
            )
        )
        try:
            self._retention = retention_days()
        except KnownProblem:
            self._retention = DEFAULT_RETENTION_DAYS
        self.retention.setValue(self._retention)
        self.form.add("retention", self.tr("Keep deleted records and history"), self.retention)
        permit(self.retention, access.current().purge_refusal())
        self.connection_button = QPushButton(self.tr("Database connection…"))
        self.connection_button.setObjectName("preferencesConnection")
        self.connection_button.clicked.connect(self.open_connection)
        self.form.layout.addRow("", self.connection_button)
        self.connection_dialog: QWidget | None = None

    def open_connection(self) -> None:
        from citrus_desktop.ui.settings.connection_dialog import ConnectionDialog

        self.connection_dialog = ConnectionDialog(self)
        self.connection_dialog.open()

    def save_record(self) -> int:
        if self.retention.value() != self._retention:
            set_retention_days(self.retention.value())  # a DomainError is shown in the dialog
            self._retention = self.retention.value()
        settings = QSettings()
        settings.setValue(LANGUAGE_KEY, self.language.currentData())
        settings.setValue(STAFF_NAME_KEY, self.staff_name.text().strip())
        settings.setValue(START_PAGE_KEY, self.start_page.currentData())
        settings.setValue(NOTIFY_KEY, "true" if self.notify.isChecked() else "false")
        apply_saved_staff_name()
        return 0
