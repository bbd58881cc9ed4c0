"""Checks `--smoke-test` runs beyond building the pages: what a frozen build most often loses."""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from citrus_desktop.resources_path import resource
from citrus_desktop.ui.translations import LANGUAGES, compiled_catalog


def translation_problems() -> list[str]:
    """Every language but English needs our catalogue and Qt's own, loadable and not empty."""
    problems = []
    frozen = getattr(sys, "_MEIPASS", None)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for language in LANGUAGES:
        if language == "en":
            continue
        catalog = compiled_catalog(language)
        translator = QTranslator()
        if catalog is None:
            problems.append(
                QCoreApplication.translate("SmokeTest", "no %1 translation catalogue in %2")
                .replace("%1", language)
                .replace("%2", str(resource("translations")))
            )
        elif not translator.load(str(catalog)) or translator.isEmpty():
            problems.append(
                QCoreApplication.translate(
                    "SmokeTest", "the %1 translation catalogue %2 is empty or unreadable"
                )
                .replace("%1", language)
                .replace("%2", str(catalog))
            )
        elif frozen and Path(frozen) not in catalog.parents:
            problems.append(
                QCoreApplication.translate("SmokeTest", "the %1 catalogue is not in the bundle: %2")
                .replace("%1", language)
                .replace("%2", str(catalog))
            )
        if not QTranslator().load(QLocale(language), "qtbase", "_", qt_folder):
            problems.append(
                QCoreApplication.translate("SmokeTest", "Qt's own %1 translation (qtbase) is missing from %2")
                .replace("%1", language)
                .replace("%2", qt_folder)
            )
    return problems


def resource_problems() -> list[str]:
    """The app icon is there and renders (needs Qt's SVG icon engine)."""
    path = resource("icons", "citrus-desktop.svg")
    if not path.exists():
        return [
            QCoreApplication.translate("SmokeTest", "the app icon is missing: %1").replace("%1", str(path))
        ]
    if QIcon(str(path)).pixmap(32, 32).isNull():
        return [
            QCoreApplication.translate("SmokeTest", "the app icon cannot be drawn (Qt SVG support missing)")
        ]
    return []


def dialog_problems(window: QWidget, database_label: str) -> list[str]:
    """The About, crash and History dialogs can be built."""
    from citrus_desktop.ui.crash_dialog import CrashDialog
    from citrus_desktop.ui.records.history_dialog import HistoryDialog
    from citrus_desktop.ui.settings.about_dialog import AboutDialog

    problems = []
    for name, build in (
        ("About", lambda: AboutDialog(database_label, window)),
        ("crash", lambda: CrashDialog("smoke test", window)),
        ("History", lambda: HistoryDialog("inventory_item", 0, window)),
    ):
        try:
            build().deleteLater()
        except Exception as error:
            problems.append(
                QCoreApplication.translate("SmokeTest", "the %1 dialog failed: %2")
                .replace("%1", name)
                .replace("%2", repr(error))
            )
    return problems


def spreadsheet_problems() -> list[str]:
    """Import reads workbooks with python-calamine and export writes them with xlsxwriter: both
    load and do their job (a frozen build can lose a compiled module)."""
    import tempfile

    problems = []
    try:
        import xlsxwriter
        from python_calamine import CalamineWorkbook

        with tempfile.TemporaryDirectory() as folder:
            path = str(Path(folder) / "smoke.xlsx")
            workbook = xlsxwriter.Workbook(path, {"strings_to_formulas": False})
            workbook.add_worksheet().write_string(0, 0, "=São Paulo")
            workbook.close()
            if CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python() != [["=São Paulo"]]:
                problems.append(
                    QCoreApplication.translate("SmokeTest", "a workbook written does not read back")
                )
    except Exception as error:
        problems.append(
            QCoreApplication.translate(
                "SmokeTest", "spreadsheet files cannot be read or written: %1"
            ).replace("%1", repr(error))
        )
    return problems


def label_problems() -> list[str]:
    """A label paints its QR code and Code 128 (segno, python-barcode) and printing support loads."""
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPrintSupport import QPrinter

    from citrus_desktop.domain.labels import LabelData
    from citrus_desktop.printing.label import paint_label, plan_label

    try:
        image = QImage(400, 240, QImage.Format.Format_Grayscale8)
        image.fill(QColor(255, 255, 255))
        plan = plan_label(50, 30, "SMOKE-1")
        painter = QPainter(image)
        paint_label(painter, 8.0, 0, 0, plan, LabelData("SMOKE-1", "c", "s", "t"))
        painter.end()
        dark = sum(
            1 for y in range(0, 240, 2) for x in range(0, 400, 2) if image.pixelColor(x, y).value() < 128
        )
        QPrinter(QPrinter.PrinterMode.HighResolution)
    except Exception as error:
        return [
            QCoreApplication.translate("SmokeTest", "labels cannot be drawn: %1").replace("%1", repr(error))
        ]
    if plan.bars is None or dark < 500:
        return [QCoreApplication.translate("SmokeTest", "labels come out without their codes")]
    return []


def notification_problems() -> list[str]:
    """On Linux the desktop notifications need jeepney (pure Python, easily left out of a bundle)."""
    if not sys.platform.startswith("linux"):
        return []
    try:
        import jeepney.io.blocking  # noqa: F401
    except ImportError as error:
        return [
            QCoreApplication.translate("SmokeTest", "desktop notifications cannot be sent: %1").replace(
                "%1", str(error)
            )
        ]
    return []


def smoke_problems(window: QWidget, database_label: str) -> list[str]:
    """Everything `--smoke-test` checks after the pages were built; empty when all is well."""
    return (
        translation_problems()
        + resource_problems()
        + dialog_problems(window, database_label)
        + spreadsheet_problems()
        + label_problems()
        + notification_problems()
    )
