"""About Citrus Desktop: version, database in use, folders, Qt and PySide6 versions, licences."""

import platform

import peewee
import PySide6
from PySide6.QtCore import QStandardPaths, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from citrus_desktop import APP_NAME, __version__
from citrus_desktop.ui.icons import icon


def log_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation) + "/logs"


class AboutDialog(QDialog):
    def __init__(self, database_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        logo = QLabel()
        logo.setPixmap(icon("citrus-desktop").pixmap(64, 64))
        title = QLabel(f"<h2>{APP_NAME} {__version__}</h2>")
        data_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        rows = [
            (self.tr("Database"), database_label),
            (self.tr("Data folder"), data_folder),
            (self.tr("Log folder"), log_folder()),
            (self.tr("Qt"), qVersion()),
            (self.tr("PySide6"), PySide6.__version__),
            (self.tr("peewee"), peewee.__version__),
            (self.tr("Python"), platform.python_version()),
        ]
        details = QLabel(
            "<table>"
            + "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
            + "</table>"
        )
        details.setObjectName("aboutDetails")
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        licences = QLabel(
            self.tr(
                "Keeps each business customer's inventory: items, contracts and sites.<br>"
                "Built with Qt and Qt for Python (PySide6), LGPL-3.0; peewee, MIT."
            )
        )
        licences.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(details)
        layout.addWidget(licences)
        layout.addWidget(buttons)
