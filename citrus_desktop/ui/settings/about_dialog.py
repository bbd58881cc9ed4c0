"""About Citrus Desktop: version, database in use, folders, Qt and PySide6 versions, licences."""

import html
import platform

import PySide6
from PySide6.QtCore import QStandardPaths, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from citrus_desktop import APP_NAME, __version__
from citrus_desktop.logs import log_folder
from citrus_desktop.store.database import library_versions
from citrus_desktop.ui.icons import icon


def data_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)


def _folder_link(path: str) -> str:
    return f'<a href="{QUrl.fromLocalFile(path).toString()}">{html.escape(path)}</a>'


class AboutDialog(QDialog):
    def __init__(self, database_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        logo = QLabel()
        logo.setPixmap(icon("citrus-desktop").pixmap(64, 64))
        title = QLabel(f"<h2>{APP_NAME} {__version__}</h2>")
        title.setObjectName("aboutTitle")
        rows = [
            (self.tr("Version"), html.escape(__version__)),
            (self.tr("Database"), html.escape(database_label)),
            (self.tr("Data folder"), _folder_link(data_folder())),
            (self.tr("Log folder"), _folder_link(str(log_folder()))),
            (self.tr("Qt"), qVersion()),
            (self.tr("PySide6"), PySide6.__version__),
            *library_versions(),
            (self.tr("Python"), platform.python_version()),
        ]
        details = QLabel(
            "<table>"
            + "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
            + "</table>"
        )
        details.setObjectName("aboutDetails")
        details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        details.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        licences = QLabel(
            self.tr(
                "Keeps each business customer's inventory: items, contracts and sites.<br><br>"
                "Built with Qt %1 and Qt for Python (PySide6) %2 under the GNU LGPL version 3; "
                "peewee (MIT), psycopg (LGPL-3.0) and Python (PSF licence). "
                "The Qt libraries are separate files in the installation folder and may be replaced."
            )
            .replace("%1", qVersion())
            .replace("%2", PySide6.__version__)
        )
        licences.setObjectName("aboutLicences")
        licences.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(details)
        layout.addWidget(licences)
        layout.addWidget(buttons)
